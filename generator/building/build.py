"""The whole pipeline in a few readable lines: load → view → write content → MkDocs → swap site."""

from __future__ import annotations

import calendar
import fcntl
import logging
import os
import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from generator import inputs, revisions, urls
from generator.building import addresses, units
from generator.building.bundle import make_bundle
from generator.building.digests import Digests
from generator.building.linkcheck import check_site
from generator.building.mkdocs_config import generated_config, write_config
from generator.building.mkdocs_run import BuildFailed
from generator.building.plan_parts import PlanParts
from generator.building.rendered import Rendered
from generator.building.search_index import BUNDLE, SearchIndexFailed, index_site
from generator.building.write import DuplicatePath, add_files, render_content, render_redirects, swap, sync
from generator.config import Config
from generator.history.changelog import read_history
from generator.history.timeline import read_timeline
from generator.loading.loader import load_site
from generator.messages import t
from generator.sitemodel.site import Site
from generator.views import EditLinks, SiteView, charts, others_of, share, site_view
from generator.views.redirects import redirect_pages


@dataclass
class Timings:
    stages: dict[str, float] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)  # user+sys, this process and its waited-for children
    notes: list[str] = field(default_factory=list)  # told to the editor (stderr), and again when nothing changed
    pages: tuple[int, int] = (0, 0)  # pages rendered, pages taken from the last build (building/rendered.py)

    def note(self, text: str) -> None:
        print(text, file=sys.stderr)
        self.notes.append(text)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start, cpu = time.perf_counter(), _cpu()
        yield
        self.stages[name] = time.perf_counter() - start
        self.cpu[name] = _cpu() - cpu


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def source_date_epoch(config: Config, site: Site) -> str:
    """Dates in the site come from git (the data's last commit) or the data, never the clock."""
    try:
        out = revisions.git(config.root, "log", "-1", "--format=%ct", "--", "data").strip()
        if out:
            return out
    except revisions.NoGit:
        pass
    dates = [d for p in site.plans for d in (p.meta.issued, p.meta.published) if d]
    return str(calendar.timegm(max(dates).timetuple())) if dates else "0"  # UTC: same everywhere


def write_content(config: Config, timings: Timings) -> tuple[Site, SiteView]:
    """Validate the data and write content/ (plus the generated MkDocs config)."""
    with timings.stage("load+validate"):
        site = load_site(config.data_dir, config.root, config.work_dir / "parsed")
    with timings.stage("history"):
        timeline = read_timeline(config.root, config.work_dir / "history", config.work_dir / "parsed", site=site)
    if timeline is None:  # the pages leave out what cannot be known; the build says why
        timings.note(t("no_history"))
    with timings.stage("views"):
        edit = EditLinks(config.repo_url, config.repo_branch)
        pages = Rendered(config.work_dir / "rendered.json", config.content_dir)
        parts = PlanParts(
            config.work_dir / "plans.json", config.content_dir, pages, others_of(site), timeline, config.site_url, edit
        )
        keys = {plan.id: parts.key(plan) for plan in site.plans}
        unchanged = parts.kept(keys)  # plans whose files are the last build's
        with charts.kept(config.work_dir / "figures.json"):
            view = site_view(site, config.site_url, read_history(config.root), timeline, edit, kept=set(unchanged))
    with timings.stage("render"):
        sources = config.data_dir / "sources"
        for stray in sorted({p.name for p in sources.glob("*.txt")} - set(site.source_files)):
            timings.note(t("source_not_cited", name=f"data/sources/{stray}"))
        compiled = config.work_dir / "templates"
        files = render_content(view, sources, site.source_files, compiled, pages)
        as_they_are = sorted(path for paths in unchanged.values() for path in paths)  # in content/ already
        pages.carry(as_they_are)
        for pid, paths in view.plans.items():
            parts.remember(pid, keys[pid], {path: files[path] for path in paths})
        redirects = addresses.check(config, sorted([*files, *as_they_are]))
        add_files(files, render_redirects(redirect_pages(redirects), compiled))
        data = generated_config(config, view.nav, config.work_dir / "site-new")
        kept = config.work_dir / "share"
        add_files(files, share.images(site, data["site_name"], data["site_description"], kept))
        if clash := sorted(set(as_they_are) & set(files)):
            raise DuplicatePath(f"two outputs want the same path: {clash[0]}")
        sync(files, config.content_dir, pages.kept)
        pages.save()  # content/ now holds every page recorded
        parts.save()
        timings.pages = (pages.rendered, pages.taken)
        write_config(config.mkdocs_generated, data)
    return site, view


def build_html(
    config: Config,
    site: Site,
    timings: Timings,
    *,
    jobs: int = 1,
    shard: tuple[int, int] | None = None,
    all_links: bool = False,
) -> None:
    """MkDocs turns content/ into a new site unit by unit (only the units whose inputs changed),
    the units are put together, searched, their links checked, then the new site replaces site/.
    A shard (i, n) only builds its share of the units into the cache, for a later merge; the
    merge checks every link (``all_links``), since the shards checked none."""
    epoch = source_date_epoch(config, site)
    os.environ["SOURCE_DATE_EPOCH"] = epoch  # MkDocs' own setting (its worker processes read it for the sitemap)
    new = config.work_dir / "site-new"
    with timings.stage("mkdocs"):
        units.render(config, jobs, shard, epoch)
    if shard is not None:
        return
    with timings.stage("assemble"):
        assembled = units.assemble(config, new, keep=(BUNDLE,))  # the search stage brings its own folder up to date
    digests = Digests(new, config.work_dir / "digests.json")  # the files the last build read, not read again
    with timings.stage("search"):
        try:
            # parts unchanged since the last build are kept in .build/search/
            index_site(
                new,
                config.work_dir / "search",
                digests=digests,
                pages=config.work_dir / "search-pages",
                files=assembled,
            )
        except SearchIndexFailed as exc:
            raise BuildFailed(str(exc)) from exc
    with timings.stage("bundle"):
        make_bundle(new, new / urls.OFFLINE_BUNDLE, int(epoch), config.work_dir / "bundle", digests, assembled)
        digests.save()
    with timings.stage("linkcheck"):
        to_check = units.unchecked(config)  # the rebuilt units, and any a failed check left
        only = None if all_links else units.unit_pages(config, to_check)
        broken = check_site(new, urlsplit(config.site_url).path or "/", only)
        if broken:
            shown = "\n  ".join(broken[:50])
            raise BuildFailed(t("broken_links", n=len(broken), shown=shown))
        units.mark_checked(config, to_check)
    with timings.stage("swap"):
        swap(new, config.site_dir, config.work_dir / units.SPARE)


def build_site(
    config: Config, *, jobs: int = 1, shard: tuple[int, int] | None = None, all_links: bool = False
) -> Timings:
    """The whole pipeline: data/ → content/ → site/. When nothing it reads changed since the
    last successful build (generator/inputs.py), and site/ is as that build left it, it does
    nothing but repeat what that build told the editor."""
    config.check_public()
    timings = Timings()
    config.work_dir.mkdir(exist_ok=True)
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    with one_build_at_a_time(config):
        with timings.stage("inputs"):
            digest = inputs.inputs_digest(config)
            whole = shard is None and not all_links  # a shard or a merge has its own work to do
            outputs = inputs.current_outputs(config) if whole and inputs.recorded(config) else None
            notes = inputs.unchanged(config, digest, outputs) if whole else None
        if notes is not None:
            for note in notes:
                timings.note(note)
            return timings
        if whole and inputs.outputs_touched(config, outputs):  # edited by hand: the units' cache shares site/'s files
            shutil.rmtree(config.work_dir / "units", ignore_errors=True)
        inputs.forget(config)
        site, _ = write_content(config, timings)
        build_html(config, site, timings, jobs=jobs, shard=shard, all_links=all_links)
        if whole:
            inputs.remember(config, digest, timings.notes)
    return timings


@contextmanager
def one_build_at_a_time(config: Config) -> Iterator[None]:
    """A second build of the same checkout is refused with a message while the first runs: both
    would write content/ and .build/. The lock is the kernel's, so a killed build leaves none."""
    with open(config.work_dir / "build.lock", "w", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise BuildFailed(t("build_busy")) from exc
        yield
