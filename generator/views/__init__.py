"""Site → pages with typed contexts (numbers, URLs, anchors). Pure: no I/O, easy to test.

One module per family of pages: plan_pages (and indicator_pages) for one plan, crossplan
for domains, comparisons for comparisons, home for the home page, navigation and search words,
downloads for the site-wide data files. labels and rows hold what several families share.
"""

from __future__ import annotations

from dataclasses import replace

from generator.history.changelog import Change, Timeline
from generator.sitemodel.site import Site
from generator.views.about import about_page
from generator.views.changes import changes_page
from generator.views.comparisons import compare_part
from generator.views.concepts import ConceptIndex
from generator.views.crossplan import domain_pages
from generator.views.downloads import downloads_part
from generator.views.edit import NO_EDIT, EditLinks
from generator.views.feed import atom_feed, feed_path
from generator.views.generations import generation_pairs, generation_view
from generator.views.history import indicator_history
from generator.views.home import home_page, nav
from generator.views.indicator_pages import IndicatorContext
from generator.views.observation_pages import observations_file, tracker_pages
from generator.views.page import Embed, FileOut, Page, Part, SiteView
from generator.views.plan_pages import plan_part

__all__ = ["EditLinks", "Embed", "FileOut", "Page", "SiteView", "site_view"]


def with_extras(site: Site, pages: list[Page], timeline: Timeline | None) -> list[Page]:
    """Each indicator page with its own change history and its plan's other generation."""
    pairs = generation_pairs(site)
    out = []
    for page in pages:
        ctx = page.context
        if isinstance(ctx, IndicatorContext):
            key = f"{ctx.plan.id}/{ctx.ind.id}"
            history = indicator_history(timeline, ctx.plan.id, ctx.ind.id)
            generations = [generation_view(site, pair, page.url) for pair in pairs.get(key, [])]
            page = replace(page, context=replace(ctx, history=history, generations=generations))
        out.append(page)
    return out


def site_view(
    site: Site,
    site_url: str,
    history: tuple[Change, ...] = (),
    timeline: Timeline | None = None,
    edit: EditLinks = NO_EDIT,
) -> SiteView:
    """Every page and file of the site, computed once; templates only place the values."""
    concepts = ConceptIndex(site)
    part = Part()
    for plan in site.plans:
        part += plan_part(site, plan, site_url, concepts, edit)
    part.pages += domain_pages(site)
    part += compare_part(site, concepts)
    part += downloads_part(site)
    part.pages += tracker_pages(site)
    part.files.append(observations_file(site))
    part.pages.append(changes_page(site, history, timeline))
    if timeline is not None and timeline.commits:  # no feed of nothing, and no entries dated 1970
        part.files.append(FileOut(feed_path(), atom_feed(site, timeline, site_url)))
    part.pages.append(home_page(site, concepts))
    part.pages.append(about_page(site))
    return SiteView(
        tuple(with_extras(site, part.pages, timeline)), tuple(part.files), tuple(part.embeds), tuple(nav(site))
    )
