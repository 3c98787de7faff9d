"""The whole pipeline in a few readable lines: load → view → write content → MkDocs → swap site."""

from __future__ import annotations

import logging
import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from generator import addresses
from generator.config import Config
from generator.linkcheck import check_site
from generator.loader import load_site
from generator.mkdocs_config import generated_config, write_config
from generator.search_index import SearchIndexFailed, index_site
from generator.site import Site
from generator.views import SiteView, build_view
from generator.write import stage_content, swap, sync


class BuildFailed(RuntimeError):
    """MkDocs refused the site (strict mode); the previous site/ is untouched."""


@dataclass
class Timings:
    stages: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        yield
        self.stages[name] = time.perf_counter() - start


def source_date_epoch(config: Config, site: Site) -> str:
    """Dates in the site come from git (the data's last commit) or the data, never the clock."""
    try:
        out = subprocess.run(
            ["git", "log", "-1", "--format=%ct", "--", "data"],
            cwd=config.root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        if out:
            return out
    except (OSError, subprocess.CalledProcessError):
        pass
    dates = [d for p in site.plans for d in (p.meta.issued, p.meta.published) if d]
    return str(int(time.mktime(max(dates).timetuple()))) if dates else "0"


def generate(config: Config, timings: Timings) -> tuple[Site, SiteView]:
    """Validate the data and write content/ (plus the generated MkDocs config)."""
    with timings.stage("load+validate"):
        site = load_site(config.data_dir, config.root)
    with timings.stage("views"):
        view = build_view(site, config.site_url)
    with timings.stage("render"):
        staging = config.work_dir / "content-new"
        written = stage_content(view, config.data_dir / "sources", staging)
        redirects = addresses.check(config, written)
        sync(staging, config.content_dir)
        data = generated_config(config, view.nav, redirects, config.work_dir / "site-new")
        write_config(config.mkdocs_generated, data)
    return site, view


def mkdocs_build(config: Config, site: Site, timings: Timings) -> None:
    from mkdocs.commands.build import build as run_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    os.environ["SOURCE_DATE_EPOCH"] = source_date_epoch(config, site)
    new = config.work_dir / "site-new"
    with timings.stage("mkdocs"):
        try:
            cfg = load_config(config_file=str(config.mkdocs_generated), strict=True)
            run_build(cfg)
        except (Abort, ConfigurationError, SystemExit) as exc:
            raise BuildFailed(f"MkDocs build failed: {exc}") from exc
    with timings.stage("search"):
        try:
            index_site(new)
        except SearchIndexFailed as exc:
            raise BuildFailed(str(exc)) from exc
    with timings.stage("linkcheck"):
        broken = check_site(new, urlsplit(config.site_url).path or "/")
        if broken:
            shown = "\n  ".join(broken[:50])
            raise BuildFailed(f"{len(broken)} broken internal links:\n  {shown}")
    with timings.stage("swap"):
        swap(new, config.site_dir)


def build(config: Config) -> Timings:
    timings = Timings()
    config.work_dir.mkdir(exist_ok=True)
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    site, _ = generate(config, timings)
    mkdocs_build(config, site, timings)
    return timings
