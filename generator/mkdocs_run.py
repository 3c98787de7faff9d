"""The one place that drives MkDocs: the whole site, or one unit of it.

A unit is a set of pages (one plan's, or the cross-plan pages). Every unit sees the whole
site's files and navigation, so each page comes out exactly as in a whole build, but only
its own pages are rendered: units run side by side in worker processes, or on separate CI
runners, and their outputs are disjoint parts of one site/. The site-wide unit also writes
the theme's assets, 404.html, the sitemap and the redirect pages.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from pathlib import Path

from mkdocs import utils
from mkdocs.commands.build import _build_extra_template, _build_page, _build_theme_template, _populate_page
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError
from mkdocs.structure.files import InclusionLevel, get_files, set_exclusions
from mkdocs.structure.nav import get_navigation
from mkdocs.structure.pages import Page

from generator.messages import t
from generator.problems import UserError


class BuildFailed(UserError):
    """MkDocs refused the site (strict mode) or links are broken; the previous site/ is untouched."""

    def report(self) -> str:
        return t("build_failed", what=self)


def build_unit(config_file: Path, pages: Collection[str] | None, *, site_wide: bool) -> list[str]:
    """Render ``pages`` (Markdown paths under docs_dir; None = all) into the configured site_dir.

    Returns the pages rendered. Raises BuildFailed on any warning (strict)."""
    counter = utils.CountHandler()
    counter.setLevel(logging.WARNING)
    logger = logging.getLogger("mkdocs")
    logger.addHandler(counter)
    try:
        done = _run(config_file, pages, site_wide)
    except (Abort, ConfigurationError, SystemExit) as exc:
        raise BuildFailed(t("mkdocs_failed", what=exc)) from exc
    finally:
        logger.removeHandler(counter)
    if counts := counter.get_counts():
        raise BuildFailed(t("mkdocs_failed", what=", ".join(f"{v} {k.lower()}" for k, v in counts)))
    return done


def _run(config_file: Path, pages: Collection[str] | None, site_wide: bool) -> list[str]:
    config = load_config(config_file=str(config_file), strict=True)
    config = config.plugins.on_config(config)
    config.plugins.on_pre_build(config=config)
    files = get_files(config)
    env = config.theme.get_env()
    files.add_files_from_theme(env, config)
    files = config.plugins.on_files(files, config=config)
    set_exclusions(files, config)
    nav = config.plugins.on_nav(get_navigation(files, config), config=config, files=files)
    docs = files.documentation_pages(inclusion=InclusionLevel.is_included)
    mine = [f for f in docs if pages is None or f.src_uri in pages]
    for file in docs:
        page = file.page if file.page is not None else Page(None, file, config)
        if pages is None or file.src_uri in pages:
            _populate_page(page, config, files)
        else:
            page.read_source(config)  # its title, for the navigation and page footers
    env = config.plugins.on_env(env, config=config, files=files)
    if site_wide:
        files.copy_static_files(inclusion=InclusionLevel.is_included)
        for template in config.theme.static_templates:
            _build_theme_template(template, env, files, config, nav)
        for template in config.extra_templates:
            _build_extra_template(template, files, config, nav)
    for file in mine:
        assert file.page is not None
        _build_page(file.page, config, docs, nav, env)
    for file in mine:
        assert file.page is not None
        file.page.validate_anchor_links(files=files, log_level=config.validation.links.anchors)
    if site_wide:
        config.plugins.on_post_build(config=config)
    return [f.src_uri for f in mine]
