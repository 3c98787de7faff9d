"""The same concept in other plans, as an indicator page shows it: the nearest peers, the
link to the comparison page that holds this plan, and a chart while the peers are few."""

from __future__ import annotations

from dataclasses import dataclass

from generator import urls
from generator.model import Concept, Indicator
from generator.sitemodel.site import Plan, Site
from generator.sitemodel.targets import target_year
from generator.sitemodel.vocabulary import LEVEL, NATURE, dated_value, plan_name, value_text, year_of
from generator.views.concepts import ConceptIndex


@dataclass(frozen=True)
class PeerRow:
    plan: str
    name: str
    target: str
    target_year: int | str
    baseline: str
    nature: str
    link: str
    level: str
    draft: bool
    target_cell: str  # 2025年：≥95%, marked when outside that plan's period


@dataclass(frozen=True)
class Comparison:
    concept: Concept | None
    peers: list[PeerRow]
    link: str | None
    figure: str | None
    total: int = 0  # all peers, when more than PEERS: the page shows PEERS of them and no chart


# An indicator page lists the same concept in up to this many other plans (its province, its
# cities or counties and its neighbours first); all of them are on the comparison page.
PEERS = 12


def _nearest(plan: Plan, pairs: list[tuple[Plan, Indicator]]) -> list[tuple[Plan, Indicator]]:
    """Peers ordered: the plan's parent, its children, its siblings, then the rest (stable)."""
    parent = plan.meta.parent

    def rank(pair: tuple[Plan, Indicator]) -> int:
        p = pair[0]
        if parent and p.id == parent:
            return 0
        if p.meta.parent == plan.id:
            return 1
        return 2 if parent and p.meta.parent == parent else 3

    return sorted(pairs, key=rank)


def comparison(site: Site, plan: Plan, ind: Indicator, concepts: ConceptIndex) -> Comparison:
    """The same concept in other plans: peers, the comparison page and its chart."""
    url = urls.indicator(plan.id, ind.id)
    concept = site.concept_by_id.get(ind.concept) if ind.concept else None
    pairs = concepts.by_concept.get(concept.id, []) if concept else []
    pairs = [(p, i) for p, i in pairs if not (p.id == plan.id and i.id == ind.id)]
    total = len(pairs)
    if total > PEERS:
        pairs = _nearest(plan, pairs)[:PEERS]
    peers = [
        PeerRow(
            plan=plan_name(p.meta),
            name=i.name,
            target=value_text(i.target),
            target_year=year_of(i.target),
            baseline=value_text(i.baseline) if i.baseline else "",
            nature=NATURE[i.nature],
            link=urls.link(url, urls.indicator(p.id, i.id)),
            level=LEVEL[p.meta.level],
            draft=p.meta.status == "draft",
            target_cell=dated_value(
                year_of(i.target), value_text(i.target), not target_year(p.meta.period, i).in_period
            ),
        )
        for p, i in pairs
    ]
    shared = concept is not None and concepts.is_shared(concept.id)
    if not (shared and concept):
        return Comparison(concept, peers, None, None)
    link = urls.link(url, urls.concept_page(concept.id, concepts.page_of(concept.id, plan.id)))
    if total > PEERS:  # a chart of every plan would grow with the site: it is on the comparison page
        return Comparison(concept, peers, link, None, total)
    return Comparison(concept, peers, link, concepts.figure(concept.id, year_of(ind.target)))
