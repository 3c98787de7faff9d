"""The same measure across plans: which plans share a concept, its rows and its chart."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from generator import charts, urls
from generator.model import Indicator
from generator.site import Plan, Site
from generator.views.labels import LEVEL, NATURE, value_text, year_of

PROVINCE_COLOUR = "#333333"


@dataclass(frozen=True)
class ConceptRow:
    plan: str
    level: str
    region: str
    name: str
    baseline: str
    baseline_year: int | str
    target: str
    target_year: int | str
    value: float | None
    unit: str
    nature: str
    link: str
    province: bool


class ConceptIndex:
    """Indicators grouped by concept; a concept two or more plans measure is 'shared'."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.by_concept: dict[str, list[tuple[Plan, Indicator]]] = defaultdict(list)
        for plan in site.plans:
            for ind in plan.indicators:
                if ind.concept:
                    self.by_concept[ind.concept].append((plan, ind))

    @cached_property
    def shared(self) -> list[str]:
        """Concepts that two or more plans measure, in the vocabulary's order: each gets a page."""
        return [c.id for c in self.site.concepts if len({p.id for p, _ in self.by_concept.get(c.id, [])}) >= 2]

    def is_shared(self, concept_id: str) -> bool:
        return concept_id in self._shared_set

    @cached_property
    def _shared_set(self) -> frozenset[str]:
        return frozenset(self.shared)

    def rows(self, concept_id: str, from_url: str) -> list[ConceptRow]:
        """The concept in every plan, province first: one row per indicator."""
        pairs = sorted(self.by_concept[concept_id], key=lambda pi: (pi[0].meta.level != "province", pi[0].id, pi[1].id))
        return [
            ConceptRow(
                plan=p.meta.short_title,
                level=LEVEL[p.meta.level],
                region=p.meta.region,
                name=i.name,
                baseline=value_text(i.baseline) if i.baseline else "",
                baseline_year=year_of(i.baseline),
                target=value_text(i.target),
                target_year=year_of(i.target),
                value=i.target.value if i.target else None,
                unit=i.unit or "",
                nature=NATURE[i.nature],
                link=urls.link(from_url, urls.indicator(p.id, i.id)),
                province=p.meta.level == "province",
            )
            for p, i in pairs
        ]

    def figure(self, concept_id: str) -> str | None:
        """Targets stated as numbers, one bar per plan (the province in dark grey); computed once."""
        if concept_id not in self._figures:
            self._figures[concept_id] = self._figure(concept_id)
        return self._figures[concept_id]

    @cached_property
    def _figures(self) -> dict[str, str | None]:
        return {}

    def _figure(self, concept_id: str) -> str | None:
        concept = self.site.concept_by_id[concept_id]
        colour = self.site.domain_by_id[concept.domain].colour
        numeric = [r for r in self.rows(concept_id, "") if r.value is not None]
        if not numeric:
            return None
        labels = [f"{r.plan}·{r.name[:10]}" if sum(x.plan == r.plan for x in numeric) > 1 else r.plan for r in numeric]
        return charts.bars_figure(
            labels,
            [r.value for r in numeric if r.value is not None],
            [r.target for r in numeric],
            [PROVINCE_COLOUR if r.province else colour for r in numeric],
            concept.unit or numeric[0].unit,
        )
