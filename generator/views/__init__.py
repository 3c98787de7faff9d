"""Site → pages with typed contexts (numbers, URLs, anchors). Pure: no I/O, easy to test.

One module per family of pages: plan_pages (and indicator_pages) for one plan, crossplan
for domains, comparisons for comparisons, home for the home page, navigation and search words,
downloads for the site-wide data files. labels and rows hold what several families share.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from generator.history.changelog import Change, Timeline
from generator.sitemodel.site import Places, Site
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

__all__ = ["EditLinks", "Embed", "FileOut", "Page", "SiteView", "others_of", "site_view"]


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


def others_of(site: Site) -> Site:
    """What a plan's own pages may read of the site: every plan without its text (chapters,
    专栏 boxes, source lines, the notes on its source) and without the places of its lines in its
    files, beside the vocabularies and what later sources report. A plan's pages are made from
    this and from the plan itself only, so they are the same whatever the other plans' texts say:
    the build keeps them while neither changed (building/plan_parts.py)."""
    plans = []
    for plan in site.plans:
        source = plan.meta.source.model_copy(update={"notes": [], "missing": []})
        meta = plan.meta.model_copy(update={"source": source})
        plans.append(replace(plan, meta=meta, chapters=(), boxes=(), source_lines=(), places=Places()))
    return replace(site, plans=tuple(plans))


def site_view(
    site: Site,
    site_url: str,
    history: tuple[Change, ...] = (),
    timeline: Timeline | None = None,
    edit: EditLinks = NO_EDIT,
    kept: Collection[str] = (),
) -> SiteView:
    """Every page and file of the site, computed once; templates only place the values. The
    plans named in ``kept`` are left out (their pages are the last build's: building/plan_parts.py);
    ``SiteView.plans`` says which outputs belong to which of the others."""
    others = others_of(site)
    mine = ConceptIndex(others)
    plans: dict[str, tuple[str, ...]] = {}
    part = Part()
    for plan in site.plans:
        if plan.id in kept:
            continue
        own = plan_part(others, plan, site_url, mine, edit)
        own.pages = with_extras(others, own.pages, timeline)
        plans[plan.id] = tuple([p.file for p in own.pages] + [f.path for f in own.files] + [e.path for e in own.embeds])
        part += own
    concepts = ConceptIndex(site)
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
    return SiteView(tuple(part.pages), tuple(part.files), tuple(part.embeds), tuple(nav(site)), plans)
