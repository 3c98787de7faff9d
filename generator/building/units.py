"""Builds that grow with the edit, not with the site: MkDocs runs per unit (see mkdocs_run),
only for units whose inputs changed, in parallel worker processes, and the units' folders
are put together into one site.

Each unit keeps, in .build/units/<unit>/, its output and a fingerprint of what it was built
from: its own Markdown pages, the MkDocs configuration (for a plan, with the navigation as
its pages show it: the other plans' names, its own chapters), overrides/, the versions of
MkDocs and Material, and the code that drives MkDocs (``mkdocs_run`` and what it imports, with
the installed packages). The site unit (home, domains, comparisons, downloads, assets, sitemap)
depends on its own pages, on what the navigation and the page footers show of every other page
(its path, front matter and first heading, as MkDocs reads a page it does not render) and on
the paths of content/'s other files. Those files (data downloads, embeds, redirect pages, share
images) are not MkDocs' work: the site unit records which of them MkDocs would copy, and
``assemble`` links them into the site from content/ itself, so a changed download rebuilds no
page. Within a plan's unit that is rebuilt, a page whose own text and whose view of its unit's
pages are those of the last build is taken from that build (``page_keys``). A CI shard builds its share of the units and keeps only those in the
cache; the merge job puts the shards' caches together and is a normal build that finds every
unit up to date (`build --all-links`).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from collections import defaultdict
from collections.abc import Iterable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from mkdocs.utils import get_markdown_title
from mkdocs.utils.meta import YAML_RE, get_data

from generator import workers
from generator.building import mkdocs_run
from generator.building.digests import Digests
from generator.building.files import files_under, link_tree
from generator.building.mkdocs_run import SITE_UNIT, STATIC_LIST, Unit, build_units, unit_of
from generator.building.render import compiled_folder
from generator.config import Config
from generator.inputs import code_digest
from generator.sitemodel.vocabulary import NAV_PLANS

KNOWN = "content-known.json"  # the front matters MkDocs' workers need of pages they do not render
PAGE_KEYS = "pages.json"  # beside a plan unit's output: what each page was built from (page_keys)


def pages_by_unit(files: list[str]) -> dict[str, list[str]]:
    """content/'s Markdown pages (of ``files``, its files) by their unit."""
    units: dict[str, list[str]] = defaultdict(list)
    for rel in files:
        if rel.endswith(".md"):
            units[unit_of(rel)].append(rel)
    units.setdefault(SITE_UNIT, [])
    return dict(units)


def _seen_of(rel: str, text: bytes) -> bytes:
    """What a page not rendered gives the others: its path, front matter and first heading
    (MkDocs' title when the front matter names none); the whole text where it has no front matter."""
    source = text.decode("utf-8", errors="replace")
    front = YAML_RE.match(source)
    if front is None:
        return rel.encode() + b"\0" + text
    title = get_markdown_title(source[front.end() :]) or ""
    return "\0".join((rel, front.group(0), title)).encode()


def _titled(text: bytes) -> bool:
    """Whether the page's front matter names its title (MkDocs then never takes it from the page)."""
    front = YAML_RE.match(text.decode("utf-8", errors="replace"))
    return front is not None and re.search(r"^title:", front.group(1), re.M) is not None


def _digest(parts: Iterable[bytes]) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(hashlib.sha256(part).digest())
    return h.hexdigest()


def _tree(folder: Path) -> list[bytes]:
    return [
        p.relative_to(folder).as_posix().encode() + b"\0" + p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    ]


def _nav_seen_from(nav: list[Any], unit: str) -> list[Any]:
    """The navigation as a plan's pages render it (navigation.prune): other plans by name only."""
    out: list[Any] = []
    for entry in nav:
        ((label, value),) = entry.items()
        if label == NAV_PLANS and isinstance(value, list):
            value = [p if _plan_of(p) == unit else next(iter(p)) for p in value]
        out.append({label: value})
    return out


def _plan_of(entry: dict[str, Any]) -> str | None:
    (value,) = entry.values()
    first = value[0] if isinstance(value, list) and value else None
    return unit_of(next(iter(first.values()))) if isinstance(first, dict) else None


class _Texts:
    """What the fingerprints take from content/'s pages: each page's digest (by its file's stamp,
    as ``Digests`` keeps them: a page that ``sync`` did not write again is not read), the digest of
    what it gives the other units (``_seen_of``) and its front matter as MkDocs reads it, both
    kept by the page's digest. The front matters of the pages that name their title are handed to
    MkDocs' workers (``known``), which then read no other page than their units' own."""

    def __init__(self, config: Config) -> None:
        self.content = config.content_dir
        self.digests = Digests(config.content_dir, config.work_dir / "content-digests.json")
        self.record = config.work_dir / "content-seen.json"
        self.known_file = config.work_dir / KNOWN
        try:
            known = json.loads(self.record.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            known = {}
        self.known: dict[str, list[Any]] = known if isinstance(known, dict) else {}
        self.seen: dict[str, list[Any]] = {}

    def _info(self, rel: str) -> list[Any]:
        """[digest, digest of what the page gives the others, its front matter or None]."""
        if rel in self.seen:
            return self.seen[rel]
        digest = self.digests.of(rel)
        known = self.known.get(rel)
        if isinstance(known, list) and len(known) == 3 and known[0] == digest:
            info = known
        else:
            text = (self.content / rel).read_bytes()
            info = [digest, hashlib.sha256(_seen_of(rel, text)).hexdigest(), _front(text)]
        self.seen[rel] = info
        return info

    def own(self, rel: str) -> bytes:
        return f"{rel}\0{self._info(rel)[0]}".encode()

    def given(self, rel: str) -> bytes:
        return str(self._info(rel)[1]).encode()

    def save(self) -> None:
        self.digests.save()
        tmp = self.record.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.seen), encoding="utf-8")
        os.replace(tmp, self.record)
        stamps = self.digests.seen
        known = {rel: [*stamps[rel][:4], info[2]] for rel, info in self.seen.items() if info[2] is not None}
        tmp = self.known_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(known, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.known_file)


def _front(text: bytes) -> dict[str, Any] | None:
    """The page's front matter as MkDocs reads it, when it names the title (then MkDocs needs
    nothing else of a page it does not render) and is plain JSON; None otherwise."""
    _, found = get_data(text.decode("utf-8", errors="replace"))
    if "title" not in found:
        return None
    try:
        return found if json.loads(json.dumps(found, ensure_ascii=False)) == found else None
    except (TypeError, ValueError):
        return None


def _shared(config: Config) -> list[bytes]:
    """What every unit is made from besides its pages: overrides/, the versions of MkDocs and
    Material, and the code that drives MkDocs (with the installed packages and Python's version)."""
    versions = [f"{p}=={metadata.version(p)}".encode() for p in ("mkdocs", "mkdocs-material")]
    return [*versions, code_digest(mkdocs_run.__name__).encode(), *_tree(config.root / "overrides")]


def fingerprints(config: Config, files: list[str], epoch: str) -> dict[str, str]:
    """Each unit's fingerprint, from content/'s ``files`` (all of them, as paths under it)."""
    units = pages_by_unit(files)
    gen = json.loads(config.mkdocs_generated.read_text(encoding="utf-8"))
    gen.update(docs_dir=None, site_dir=None)  # where this checkout is does not change a page
    shared = _shared(config)
    texts = _Texts(config)
    out = {}
    for name, pages in units.items():
        if name == SITE_UNIT:
            own = [texts.own(p) for p in pages]
            others = sorted(p for n, ps in units.items() if n != SITE_UNIT for p in ps)
            own += [texts.given(p) for p in others]
            own += [p.encode() for p in files if not p.endswith(".md")]
            own += [json.dumps(gen, sort_keys=True).encode(), epoch.encode()]  # the sitemap carries the date
        else:
            seen = dict(gen, nav=_nav_seen_from(gen["nav"], name), plugins=None)
            own = [texts.own(p) for p in pages]
            own.append(json.dumps(seen, sort_keys=True).encode())
        out[name] = _digest([*shared, *own])
    texts.save()
    return out


def page_keys(config: Config, units: dict[str, list[str]]) -> dict[str, dict[str, str]]:
    """For a plan's unit, what each of its pages is made from: its own text, and what every
    page gives the others in the same build (the navigation, the neighbours' titles). A page
    whose key is the one it was built with comes out the same, and is taken from the last build
    of its unit. The site unit's pages (the sitemap, the theme's files) are always all built."""
    gen = json.loads(config.mkdocs_generated.read_text(encoding="utf-8"))
    gen.update(docs_dir=None, site_dir=None)
    shared = _shared(config)
    out: dict[str, dict[str, str]] = {}
    for name, pages in units.items():
        if name == SITE_UNIT:
            continue
        seen = dict(gen, nav=_nav_seen_from(gen["nav"], name), plugins=None)
        texts = {p: (config.content_dir / p).read_bytes() for p in pages}
        if not all(_titled(t) for t in texts.values()):
            continue  # a page's title would come from its rendering: every page is built again
        context = _digest([*shared, json.dumps(seen, sort_keys=True).encode(), *(_seen_of(p, texts[p]) for p in pages)])
        out[name] = {p: _digest([context.encode(), p.encode(), texts[p]]) for p in pages}
    return out


def render(config: Config, jobs: int, shard: tuple[int, int] | None = None, epoch: str = "") -> list[str]:
    """Bring every unit's folder up to date (or, for shard (i, n), the units whose place in
    the sorted list is i modulo n, and drop the others from the cache: a cache restored from
    an older run would otherwise hand stale units to the merge); returns the units rebuilt."""
    cache = config.work_dir / "units"
    cache.mkdir(parents=True, exist_ok=True)
    files = files_under(config.content_dir)
    units = pages_by_unit(files)
    prints = fingerprints(config, files, epoch)
    mine = [n for k, n in enumerate(sorted(units)) if shard is None or k % shard[1] == shard[0] - 1]
    stale = [n for n in mine if _stored(cache / n) != prints[n]]
    keys = page_keys(config, {n: units[n] for n in stale})
    previous = config.work_dir / "units-previous"  # the stale units' last builds, while they are rebuilt
    shutil.rmtree(previous, ignore_errors=True)
    previous.mkdir()
    todo = []
    for n in stale:
        folder = cache / n
        old = _kept_pages(folder)
        if old:
            folder.rename(previous / n)
        shutil.rmtree(folder, ignore_errors=True)
        same = frozenset(p for p, key in keys.get(n, {}).items() if old.get(p) == key)
        todo.append(Unit(n, tuple(units[n]), folder / "out", previous / n / "out", same))
        folder.joinpath("out").mkdir(parents=True)
    compiled = compiled_folder(config.work_dir / "theme-templates", code_digest(mkdocs_run.__name__))
    _run_all(config.mkdocs_generated, todo, jobs, config.work_dir / KNOWN, compiled)
    for unit in todo:
        folder = unit.out.parent
        (folder / PAGE_KEYS).write_text(json.dumps(keys.get(unit.name, {}), sort_keys=True), encoding="utf-8")
        (folder / "fingerprint").write_text(prints[unit.name], encoding="utf-8")
    shutil.rmtree(previous)
    for gone in sorted(p for p in cache.iterdir() if p.name not in mine):
        shutil.rmtree(gone)  # a shard keeps only its share: what it hands to the merge is that
    return stale


def _kept_pages(folder: Path) -> dict[str, str]:
    """The keys of the pages a unit's last successful build made (none if it did not finish)."""
    try:
        if not (folder / "fingerprint").is_file():
            return {}
        found = json.loads((folder / PAGE_KEYS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def _stored(folder: Path) -> str | None:
    path = folder / "fingerprint"
    whole = (folder / "out").is_dir() and (folder.name != SITE_UNIT or (folder / STATIC_LIST).is_file())
    return path.read_text(encoding="utf-8") if path.exists() and whole else None


# A worker process costs about half a second of CPU to start (Python, MkDocs, the theme): with jobs 0 (the
# command's default), one is started for each this many pages to render, at most one per core
PAGES_PER_WORKER = 300


def worker_count(jobs: int, todo: Sequence[Unit]) -> int:
    """The worker processes for ``todo``: ``jobs``, or with 0 as many as the pages to render need."""
    if jobs > 0:
        return jobs
    pages = sum(len(u.pages) - len(u.same) for u in todo)
    return min(os.cpu_count() or 1, max(1, pages // PAGES_PER_WORKER))


def _run_all(
    config_file: Path, todo: list[Unit], jobs: int, known: Path | None = None, compiled: Path | None = None
) -> None:
    jobs = worker_count(jobs, todo)
    if jobs <= 1 or len(todo) <= 1:
        if todo:
            build_units(config_file, todo, known, compiled)
        return
    groups: list[list[Unit]] = [[] for _ in range(min(jobs, len(todo)))]
    for i, unit in enumerate(sorted(todo, key=lambda u: -len(u.pages))):
        groups[i % len(groups)].append(unit)
    # the first group is rendered here, while the workers render the others: a worker costs
    # its start (Python, MkDocs, the theme), which this process has paid already
    with workers.pool(len(groups) - 1) as pool:
        results = [pool.submit(build_units, config_file, g, known, compiled) for g in groups[1:]]
        build_units(config_file, groups[0], known, compiled)
        for result in results:
            result.result()


SPARE = "site-spare"  # under the build's folder: the site before last, the next assemble's start


def assemble(config: Config, target: Path, keep: tuple[str, ...] = ()) -> list[str]:
    """Put the units' folders, and the files of content/ that MkDocs copies as they are,
    together into ``target`` (hard links: no copying). It starts from the site the last build
    replaced (``swap`` keeps it as the spare) or from what a failed build left in ``target``:
    making the folders of a province's site costs more than all its links, and those trees
    differ from the new one only in what the builds since changed. A file that is not the one
    it should be (another inode) is linked again, and a file no unit gives is removed, except
    in the top folders ``keep`` names (the later stages' own: they bring them up to date).
    Returns the files put there, as ``files_under`` lists them (the later stages need not walk
    the site again)."""
    spare = config.work_dir / SPARE
    if not target.exists() and spare.is_dir():
        spare.rename(target)
    shutil.rmtree(spare, ignore_errors=True)
    target.mkdir(parents=True, exist_ok=True)
    wanted: dict[str, str] = {}
    for unit in sorted((config.work_dir / "units").iterdir()):
        out = unit / "out"
        for rel in files_under(out):
            _want(wanted, rel, os.path.join(out, rel))
    static = config.work_dir / "units" / SITE_UNIT / STATIC_LIST
    for rel in json.loads(static.read_text(encoding="utf-8")):
        _want(wanted, rel, os.path.join(config.content_dir, rel))
    link_tree(target, wanted, skip=keep)
    return sorted(wanted, key=lambda path: path.split("/"))


def _want(wanted: dict[str, str], rel: str, src: str) -> None:
    if rel in wanted:
        raise RuntimeError(f"two units wrote {rel}")
    wanted[rel] = src


def unchecked(config: Config) -> list[str]:
    """Units whose pages' links have not passed a check since they were built (a build that
    failed at the link check leaves them so: the next build checks them again)."""
    cache = config.work_dir / "units"
    return sorted(p.name for p in cache.iterdir() if p.is_dir() and not (p / "checked").exists())


def mark_checked(config: Config, names: Iterable[str]) -> None:
    for name in names:
        (config.work_dir / "units" / name / "checked").write_text("", encoding="utf-8")


def unit_pages(config: Config, names: Iterable[str]) -> list[str]:
    """The HTML files of these units, relative to the site (to check only what was rebuilt)."""
    out = []
    for name in names:
        folder = config.work_dir / "units" / name / "out"
        out += files_under(folder, ".html")
    return sorted(out)
