"""What the prose reader found → draft indicator records for indicators.yaml (origin: text)."""

from __future__ import annotations

import re
from typing import Any

from generator.importer.domains import guess_domain
from generator.importer.prose import Found
from generator.loading.crossref import holds_phrase
from generator.messages import t
from generator.sitemodel.values import stated_comparator


def to_indicators(
    found: list[Found], first_id: int, domains: dict[int, str], period: tuple[int, int]
) -> list[dict[str, Any]]:
    """Draft indicator records (ids t1, t2 …); `domains` gives each line's section domain."""
    out: list[dict[str, Any]] = []
    for k, f in enumerate(found, first_id):
        ind: dict[str, Any] = {
            "id": f"t{k}",
            "name": f.name,
            **({} if holds_phrase(f.quote, f.name) else {"name_composed": True}),  # put together from its words
            "concept": None,
            "domain": _domain(f.name, domains.get(f.lines[0], "general")),
            "category": None,
            "unit": f.unit,
            "baseline": _baseline(f),
            "target": None if f.past else _value(f.as_written, f.value, f.comparator, f.year, f.upper),
            "nature": "unspecified",
            "origin": "text",
            "table": None,
            "quote": f.quote,
            "lines": list(f.lines),
        }
        if f.past and (f.year or f.period):
            value = None if f.upper else f.value  # an observation holds one number, not a range
            obs = {"year": f.year, "period": f.period, "as_written": f.as_written, "value": value}
            ind["observations"] = [{**obs, "lines": list(f.lines)}]
        notes = _notes(f)
        if notes:
            ind["notes"] = notes
        if not f.past and f.year is not None and not period[0] <= f.year <= period[1]:
            ind["year_caveat"] = f"原句设定的年份为{f.year}年，不在规划期{period[0]}–{period[1]}年之内；按原文记录。"
        out.append(ind)
    return out


def _domain(name: str, section: str) -> str:
    """The domain the name's words give, else the domain of the section it is written in."""
    guess = guess_domain(name)
    return section if guess == "general" else guess


def _value(
    as_written: str, value: float | None, comparator: str | None, year: int | None, upper: float | None = None
) -> dict[str, Any]:
    out = {"year": year, "as_written": as_written, "value": value, "comparator": comparator}
    return {**out, "upper": upper} if upper is not None else out


def _baseline(f: Found) -> dict[str, Any] | None:
    if not f.baseline:
        return None
    text, value = f.baseline
    years = re.findall(r"(20\d\d)\s*年", text)
    comparator = None if value is None else (stated_comparator(text) or "=")
    return _value(text, value, comparator, int(years[-1]) if years else None)


def _notes(f: Found) -> list[str]:
    notes = []
    if f.by_model:
        notes.append(t("import_read_done_note", as_written=f.as_written))
    if f.past and not (f.year or f.period):
        notes.append(f"已取得的成绩，原句未写年份或时期：{f.as_written}")
    if f.value is None and f.unit and not f.past:
        notes.append("原文给出的是一个范围，不是单一数值；数值留空。")
    return notes
