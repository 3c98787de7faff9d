"""Two loaded sites flattened to comparable entries (plans, indicators, observations, measures,
boxes, items) and compared field by field. Pure; generator/review/report.py turns the result into a report."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from generator import urls
from generator.loading.crossref import cited_text
from generator.sitemodel.site import Plan, Site
from generator.sitemodel.values import number_in_text
from generator.sitemodel.vocabulary import NATURE

KINDS = ("规划", "指标", "观测值", "措施", "专栏", "专栏项目")
FIELD_NAMES = {
    "as_written": "原文写法",
    "value": "数值",
    "year": "年份",
    "comparator": "比较符",
    "period": "时期",
    "upper": "区间上限",
    "illegible": "原文残损说明",
    "kind": "数据类型",
}
VALUE_PARTS = ("year", "as_written", "value", "comparator", "upper", "illegible")
PARTS = {"baseline": "基期值", "target": "目标值"}


@dataclass(frozen=True)
class Entry:
    """One comparable thing (a plan, an indicator, a measure, …) flattened to its fields."""

    kind: str
    plan: str
    label: str
    fields: dict[str, Any]
    url: str


@dataclass(frozen=True)
class ValueChange:
    entry: Entry  # the indicator or observation the value belongs to (the new one)
    field: str
    old: Any
    new: Any
    lines: tuple[int, int]


# -- flattening the models ----------------------------------------------------------------


def _cited(plan: Plan, lines: tuple[int, int]) -> str:
    return cited_text(plan.source_lines, lines)


def _indicator_values(ind: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"unit": ind.unit, "nature": ind.nature}
    for part in PARTS:
        value = getattr(ind, part)
        for name in VALUE_PARTS:
            out[f"{part}.{name}"] = getattr(value, name) if value is not None else None
    return out


def _plan_entries(plan: Plan) -> Iterable[tuple[tuple[str, ...], Entry]]:
    name = plan.meta.short_title
    yield ("规划", plan.id), Entry("规划", name, plan.meta.title, plan.meta.model_dump(), urls.plan(plan.id))
    for ind in plan.indicators:
        fields = ind.model_dump(exclude={"observations", "baseline", "target"}) | _indicator_values(ind)
        fields["_cited"] = _cited(plan, ind.lines)
        yield ("指标", plan.id, ind.id), Entry("指标", name, ind.name, fields, urls.indicator(plan.id, ind.id))
        for i, obs in enumerate(ind.observations, 1):
            fields = obs.model_dump() | {"_cited": _cited(plan, obs.lines)}
            label = f"{ind.name} › 观测值{i}"
            yield (
                ("观测值", plan.id, ind.id, str(i)),
                Entry("观测值", name, label, fields, urls.indicator(plan.id, ind.id)),
            )
    for chapter in plan.chapters:
        for measure in [*chapter.measures, *(m for s in chapter.sections for m in s.measures)]:
            url = urls.measure(plan.id, chapter.id, measure.id)
            yield ("措施", plan.id, measure.id), Entry("措施", name, measure.id, measure.model_dump(), url)
    for box in plan.boxes:
        url = urls.projects(plan.id) + f"#{box.id}"
        yield ("专栏", plan.id, box.id), Entry("专栏", name, box.title, box.model_dump(exclude={"items"}), url)
        for item in box.items:
            label = f"{box.title} › {item.title or item.id}"
            url = urls.project_item(plan.id, item.id)
            yield ("专栏项目", plan.id, item.id), Entry("专栏项目", name, label, item.model_dump(), url)


def entries(site: Site) -> dict[tuple[str, ...], Entry]:
    return {key: entry for plan in site.plans for key, entry in _plan_entries(plan)}


# -- comparing ----------------------------------------------------------------------------

VALUE_FIELDS = {
    "指标": ("unit", "nature", *(f"{p}.{n}" for p in PARTS for n in VALUE_PARTS)),
    "观测值": ("year", "period", "as_written", "value", "kind", "illegible"),
}
EVIDENCE = ("quote", "lines", "_cited")


@dataclass(frozen=True)
class Changes:
    added: list[Entry]
    removed: list[Entry]
    changed: list[tuple[Entry, Entry]]
    values: list[ValueChange]
    unsupported: list[Entry]
    other: list[tuple[Entry, list[str]]]


def _changed_fields(old: Entry, new: Entry) -> list[str]:
    keys = [*old.fields, *(k for k in new.fields if k not in old.fields)]
    return [k for k in keys if old.fields.get(k) != new.fields.get(k)]


def is_stated(field: str, new: Any, evidence: str) -> bool:
    """Whether the evidence states a changed value's new content. Emptying a value claims
    nothing; comparators are checked against as_written and the quote by the loader; a
    period is the text's own words about when; illegible and kind are the editor's reading of it."""
    name = field.split(".")[-1]
    if new is None or new == "" or new == "unspecified" or name in ("comparator", "period", "illegible", "kind"):
        return True
    if name in ("value", "upper"):
        return number_in_text(new, evidence)
    if name == "nature":
        return NATURE[new] in evidence
    return str(new) in evidence


def is_unsupported(old: Entry, new: Entry, value_fields: list[str]) -> bool:
    """A value changed to something its quote and cited lines do not state, while the quote,
    the cited line numbers and the text at those lines stayed as they were."""
    if any(old.fields.get(k) != new.fields.get(k) for k in EVIDENCE if k in new.fields):
        return False
    evidence = "\n".join(filter(None, [new.fields.get("quote"), new.fields["_cited"]]))
    return not all(is_stated(f, new.fields.get(f), evidence) for f in value_fields)


def diff_entries(base: Site, head: Site) -> Changes:
    old, new = entries(base), entries(head)
    changed = [(old[k], new[k]) for k in new if k in old and old[k].fields != new[k].fields]
    values: list[ValueChange] = []
    unsupported: list[Entry] = []
    other: list[tuple[Entry, list[str]]] = []
    for o, n in changed:
        fields = _changed_fields(o, n)
        moved = [f for f in fields if f in VALUE_FIELDS.get(n.kind, ())]
        values += [ValueChange(n, f, o.fields.get(f), n.fields.get(f), n.fields["lines"]) for f in moved]
        if moved and is_unsupported(o, n, moved):
            unsupported.append(n)
        rest = [f for f in fields if f not in moved]
        if rest:
            other.append((n, rest))
    added = [new[k] for k in new if k not in old]
    removed = [old[k] for k in old if k not in new]
    return Changes(added, removed, changed, values, unsupported, other)
