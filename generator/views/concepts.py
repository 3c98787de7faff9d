"""The same measure across plans: which plans share a concept, its rows and its chart."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from generator import urls
from generator.model import Indicator, Value
from generator.sitemodel.site import Plan, Site
from generator.sitemodel.targets import relation, target_year
from generator.sitemodel.vocabulary import LEVEL, NATURE, OUT_OF_PERIOD, RELATION, plan_name, value_text, year_of
from generator.views import charts

PROVINCE_COLOUR = "#333333"
# Beyond this many plans a concept's comparison is paged: the province and a summary on the first
# page, then this many cities a page (and compare/ counts plans instead of a column per plan).
COMPARE_PLANS = 20


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
    baseline_value: float | None
    unit: str
    nature: str
    link: str
    province: bool
    draft: bool
    plan_id: str
    parent: str | None
    indicator_id: str
    target_value: Value | None  # the target as the model holds it: what the cascade compares
    target_note: str  # 规划期外目标…: the target's year lies outside its plan's period (targets.target_year)

    @property
    def value(self) -> float | None:
        """The target's number, if it states one (what the chart plots)."""
        return self.target_value.value if self.target_value is not None else None


@dataclass(frozen=True)
class YearChart:
    """The plans whose targets share one year and unit, on one chart."""

    year: int | str
    unit: str
    figure: str
    caption: str


@dataclass(frozen=True)
class Cascade:
    """One city target set against the province's, in words."""

    plan: str
    name: str
    text: str
    relation: str  # above | equal | below | none | incomparable
    link: str = ""  # the city indicator's page, from the page that shows the cascade
    key: str = ""  # plan id/indicator id of the city indicator


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

    def city_groups(self, concept_id: str) -> list[list[str]]:
        """The cities' plan ids in pages of COMPARE_PLANS, in row order; none when one page holds the concept."""
        pairs = self.by_concept[concept_id]
        if len({p.id for p, _ in pairs}) <= COMPARE_PLANS:
            return []
        cities = sorted({p.id for p, _ in pairs if p.meta.level != "province"})
        return [cities[k : k + COMPARE_PLANS] for k in range(0, len(cities), COMPARE_PLANS)]

    def page_of(self, concept_id: str, plan_id: str) -> int:
        """The number of the comparison page showing this plan's rows (1: the province, or not paged)."""
        if concept_id not in self._page_by_plan:
            groups = self.city_groups(concept_id)
            self._page_by_plan[concept_id] = {p: n for n, g in enumerate(groups, start=2) for p in g}
        return self._page_by_plan[concept_id].get(plan_id, 1)

    @cached_property
    def _page_by_plan(self) -> dict[str, dict[str, int]]:
        return {}

    def rows(self, concept_id: str, from_url: str) -> list[ConceptRow]:
        """The concept in every plan, province first: one row per indicator."""
        pairs = sorted(self.by_concept[concept_id], key=lambda pi: (pi[0].meta.level != "province", pi[0].id, pi[1].id))
        return [
            ConceptRow(
                plan=plan_name(p.meta),
                level=LEVEL[p.meta.level],
                region=p.meta.region,
                name=i.name,
                baseline=value_text(i.baseline) if i.baseline else "",
                baseline_year=year_of(i.baseline),
                target=value_text(i.target),
                target_year=year_of(i.target),
                baseline_value=i.baseline.value if i.baseline else None,
                unit=i.unit or "",
                nature=NATURE[i.nature],
                link=urls.link(from_url, urls.indicator(p.id, i.id)),
                province=p.meta.level == "province",
                draft=p.meta.status == "draft",
                plan_id=p.id,
                parent=p.meta.parent,
                indicator_id=i.id,
                target_value=i.target,
                target_note="" if (ty := target_year(p.meta.period, i)).in_period else ty.note,
            )
            for p, i in pairs
        ]

    def figures(self, concept_id: str) -> list[YearChart]:
        """One chart per target year and unit; computed once per concept."""
        if concept_id not in self._figures:
            self._figures[concept_id] = self._charts(concept_id)
        return self._figures[concept_id]

    def figure(self, concept_id: str, year: int | str | None = None) -> str | None:
        """The chart for one target year (the first when none is asked for or none matches)."""
        found = self.figures(concept_id)
        for c in found:
            if c.year == year:
                return c.figure
        return found[0].figure if found else None

    @cached_property
    def _figures(self) -> dict[str, list[YearChart]]:
        return {}

    def _charts(self, concept_id: str) -> list[YearChart]:
        return self.charts_of(concept_id, self.rows(concept_id, ""))

    def charts_of(self, concept_id: str, chosen: list[ConceptRow]) -> list[YearChart]:
        """One chart per target year and unit, of these rows (the province's among them gives the reference)."""
        concept = self.site.concept_by_id[concept_id]
        colour = self.site.domain_by_id[concept.domain].colour
        groups: dict[tuple[int | str, str], list[ConceptRow]] = defaultdict(list)
        for r in chosen:
            if r.value is not None:
                groups[(r.target_year, r.unit)].append(r)
        out = []
        for (year, unit), rows in sorted(groups.items(), key=lambda kv: (kv[0][0] == "", str(kv[0][0]), kv[0][1])):
            province = next((r for r in rows if r.province), None)
            reference = None
            if province is not None and province.value is not None:
                reference = (province.value, f"省级目标 {province.target}")
            figure = charts.dumbbell_figure(
                [_chart_label(r, rows) for r in rows],
                [(r.baseline_value, r.baseline) if r.baseline_value is not None else None for r in rows],
                [(r.value, r.target) for r in rows if r.value is not None],
                [PROVINCE_COLOUR if r.province else colour for r in rows],
                unit,
                reference,
            )
            when = f"{year}年" if year != "" else "未注明年份的"
            caption = f"{concept.name}：{when}目标" + (f"（{unit}）" if unit else "")
            out.append(YearChart(year, unit, figure, caption + "，空心圆为基期，实心圆为目标"))
        return out


def cascade_of(rows: list[ConceptRow]) -> list[Cascade]:
    """The cascade sentence of each city row, against the province rows among ``rows``."""
    provinces = [r for r in rows if r.province]
    return [_cascade(r, provinces) for r in rows if not r.province]


def _chart_label(r: ConceptRow, rows: list[ConceptRow]) -> str:
    """The plan's display name, and the indicator's own name when the plan has two rows here;
    a target outside its plan's period says so."""
    label = f"{r.plan} · {r.name}" if sum(x.plan == r.plan for x in rows) > 1 else r.plan
    return label + (OUT_OF_PERIOD if r.target_note else "")


def _cascade(city: ConceptRow, provinces: list[ConceptRow]) -> Cascade:
    """One sentence; targets are compared only with the same unit and stated target year, and by
    their comparators (targets.relation): 95% is below 超过95%, not equal to it."""
    own = [p for p in provinces if city.parent and p.plan_id == city.parent] or provinces
    when = f"{city.target_year}年" if city.target_year else ""
    outside = f"（{city.target_note}）" if city.target_note else ""
    head = f"{city.plan}：“{city.name}”{when}目标“{city.target}”{outside}"

    def said(text: str, rel: str) -> Cascade:
        return Cascade(city.plan, city.name, text, rel, city.link, f"{city.plan_id}/{city.indicator_id}")

    if not own:
        return said(f"{head}；省级规划未设定此项目标。", "none")
    same = [p for p in own if p.unit == city.unit and p.target_year == city.target_year and p.target_year != ""]
    if not same:
        theirs = "、".join(f"{p.target_year}年“{p.target}”" if p.target_year else f"“{p.target}”" for p in own)
        return said(f"{head}；省级目标为{theirs}，年份或单位不同，不作比较。", "incomparable")
    p = same[0]
    rel, why = relation(city.target_value, p.target_value)
    theirs = f"{p.plan}{p.target_year}年目标“{p.target}”"
    if rel == "incomparable":
        return said(f"{head}；{theirs}：{why}。", rel)
    unit = f"（单位：{city.unit}）" if city.unit else ""
    return said(f"{head}，{RELATION[rel]}{theirs}{unit}。", rel)
