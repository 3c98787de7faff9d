"""The one place that drives MkDocs: the site as units of pages, each into its own folder.

A unit is one plan's pages, or the cross-plan rest (home, domains, comparisons, downloads,
the theme's assets, 404, sitemap, redirects). Every unit sees the whole site's files and
navigation, so each page comes out exactly as in a whole build, but only its own pages are
rendered. Units run side by side in worker processes (or on separate CI runners); their
folders are disjoint parts of one site, put together by ``assemble``.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import FileSystemBytecodeCache
from markdown import Markdown
from mkdocs import utils
from mkdocs.commands.build import _build_extra_template, _build_page, _build_theme_template, _populate_page
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, ConfigurationError
from mkdocs.structure.files import File, Files, InclusionLevel, file_sort_key, get_files, set_exclusions
from mkdocs.structure.nav import get_navigation
from mkdocs.structure.pages import Page, _RawHTMLPreprocessor

from generator.building.files import files_under
from generator.building.raw_html import StashedRawHtml
from generator.inputs import file_stamp
from generator.messages import t
from generator.problems import UserError

SITE_UNIT = "_site"  # the cross-plan unit; plan ids are slugs, so they never start with '_'
STATIC_LIST = "static.json"  # beside the site unit's output: content/'s files MkDocs copies as they are


class BuildFailed(UserError):
    """MkDocs refused the site (strict mode) or links are broken; the previous site/ is untouched."""

    def report(self) -> str:
        return t("build_failed", what=self)


@dataclass(frozen=True)
class Unit:
    name: str
    pages: tuple[str, ...]  # Markdown paths under content/
    out: Path  # the unit's own output folder
    previous: Path | None = None  # the output folder of the unit's last build
    same: frozenset[str] = frozenset()  # pages made from what they were made from there: taken as they are


def unit_of(page: str) -> str:
    """plans/<plan>/… belongs to that plan's unit; every other page to the site unit."""
    parts = page.split("/")
    return parts[1] if len(parts) > 2 and parts[0] == "plans" else SITE_UNIT


def build_units(
    config_file: Path, units: Sequence[Unit], known: Path | None = None, compiled: Path | None = None
) -> None:
    """Render the units' pages, each into its own folder (strict: any warning fails). ``known``:
    the front matters of pages as the build found them (path → stamp and front matter), so that
    a page no unit here renders is not read (units.py). ``compiled``: a folder of the theme's
    templates as Jinja compiled them (``render.compiled_folder``), read instead of compiling them
    again in each process of each build."""
    counter = utils.CountHandler()
    counter.setLevel(logging.WARNING)
    logger = logging.getLogger("mkdocs")
    logger.addHandler(counter)
    try:
        _run(config_file, units, _known(known), compiled)
    except (Abort, ConfigurationError, SystemExit) as exc:
        raise BuildFailed(t("mkdocs_failed", what=exc)) from exc
    finally:
        logger.removeHandler(counter)
    if counts := counter.get_counts():
        raise BuildFailed(t("mkdocs_failed", what=", ".join(f"{v} {k.lower()}" for k, v in counts)))


def _run(config_file: Path, units: Sequence[Unit], known: dict[str, list[Any]], compiled: Path | None) -> None:
    config = load_config(config_file=str(config_file), strict=True)
    site_unit = next((u for u in units if u.name == SITE_UNIT), None)
    if site_unit is not None:
        config["site_dir"] = str(site_unit.out)
    config = config.plugins.on_config(config)
    config.plugins.on_pre_build(config=config)
    files = get_files(config) if site_unit is not None else _pages(config)
    env = config.theme.get_env()
    if compiled is not None:
        env.bytecode_cache = FileSystemBytecodeCache(str(compiled))
    if site_unit is not None:  # the theme's files are the site unit's to copy; no page links to one
        files.add_files_from_theme(env, config)
    files = config.plugins.on_files(files, config=config)
    set_exclusions(files, config)
    nav = config.plugins.on_nav(get_navigation(files, config), config=config, files=files)
    docs = files.documentation_pages(inclusion=InclusionLevel.is_included)
    owner = {page: u for u in units for page in u.pages}
    kept = {f.src_uri for f in docs if f.src_uri in owner and _kept(owner[f.src_uri], f)}
    mine = [f for f in docs if f.src_uri in owner and f.src_uri not in kept]
    with _raw_html_stashed_unparsed():
        _read(config, files, docs, {p: u for p, u in owner.items() if p not in kept}, known)
    for file in docs:
        if file.src_uri in kept:
            unit = owner[file.src_uri]
            assert unit.previous is not None
            dest = unit.out / file.dest_uri
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.link(unit.previous / file.dest_uri, dest)
    env = config.plugins.on_env(env, config=config, files=files)
    if site_unit is not None:  # the theme's files; content/'s own are linked in by units.assemble
        docs_dir = os.path.normpath(config.docs_dir)
        included: Callable[[InclusionLevel], bool] = InclusionLevel.is_included
        static = [f for f in files if not f.is_documentation_page() and included(f.inclusion)]
        ours = sorted(f.src_uri for f in static if f.src_dir and os.path.normpath(f.src_dir) == docs_dir)
        for file in static:
            if not (file.src_dir and os.path.normpath(file.src_dir) == docs_dir):
                file.copy_file()
        (site_unit.out.parent / STATIC_LIST).write_text(json.dumps(ours, ensure_ascii=False), encoding="utf-8")
        for template in config.theme.static_templates:
            _build_theme_template(template, env, files, config, nav)
        for template in config.extra_templates:
            _build_extra_template(template, files, config, nav)
    for file in mine:
        file.abs_dest_path = os.path.normpath(os.path.join(owner[file.src_uri].out, file.dest_uri))
        assert file.page is not None
        _build_page(file.page, config, docs, nav, env)
    if site_unit is not None:
        config.plugins.on_post_build(config=config)


def _pages(config: MkDocsConfig) -> Files:
    """content/'s Markdown pages, as ``get_files`` lists them, without its other files: the data
    downloads, embeds and images (most of a province's files) are linked from raw HTML, which
    MkDocs does not read, and copied into the site by the site unit. A plan's page whose Markdown
    linked to one would fail the build (strict), not come out otherwise."""
    docs_dir, site_dir = config.docs_dir, config.site_dir
    found = [File(p, docs_dir, site_dir, config.use_directory_urls) for p in files_under(Path(docs_dir), ".md")]
    found.sort(key=file_sort_key)
    set_exclusions(found, config)
    return Files(found)


@contextmanager
def _raw_html_stashed_unparsed() -> Iterator[None]:
    """MkDocs' preprocessor of raw HTML, which parses each page's HTML a first time to collect its
    anchors (0.75 of the 5.4 CPU-s a plain build of the 5 plans takes), is replaced by one that
    stores the templates' raw HTML blocks without Python-Markdown's parse (``raw_html``), which
    was half of the Markdown conversion of our pages. Every anchor and link of the built site is
    checked by ``linkcheck`` (raw HTML's too), so MkDocs' check of links to anchors is not run.
    The pages' HTML is the same."""
    register = _RawHTMLPreprocessor._register
    _RawHTMLPreprocessor._register = _stash_unparsed  # type: ignore[method-assign]
    try:
        yield
    finally:
        _RawHTMLPreprocessor._register = register  # type: ignore[method-assign]


def _stash_unparsed(self: _RawHTMLPreprocessor, md: Markdown) -> None:
    md.preprocessors.register(StashedRawHtml(md), "mkdocs_raw_html", priority=21)  # MkDocs' name and place


def _kept(unit: Unit, file: File) -> bool:
    """Whether the page's last build is taken as it is (made from the same, and still there)."""
    return unit.previous is not None and file.src_uri in unit.same and (unit.previous / file.dest_uri).is_file()


def _read(
    config: MkDocsConfig, files: Files, docs: Sequence[File], owner: dict[str, Unit], known: dict[str, list[Any]]
) -> None:
    """The units' pages in full; every other page only its front matter (its title, for the
    navigation and the page footers): from ``known`` while the file is the one the build read
    (device, inode, size, modification time), else read."""
    for file in docs:
        page = file.page if file.page is not None else Page(None, file, config)
        if file.src_uri in owner:
            _populate_page(page, config, files)
            continue
        found = known.get(file.src_uri)
        if found is not None and found[:4] == _stamp(file.abs_src_path):
            page.markdown, page.meta = "", found[4]
        else:
            page.read_source(config)


def _stamp(path: str | None) -> list[int] | None:
    try:
        return file_stamp(path or "")
    except OSError:
        return None


def _known(path: Path | None) -> dict[str, list[Any]]:
    if path is None:
        return {}
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}
