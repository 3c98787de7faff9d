"""One indicator per target: a target the plan states again is a note on the first statement.

Plans repeat their targets: the 主要目标 section states what a chapter states again, a 专栏 box
repeats its section, the text restates a row of the indicator table. A draft that repeats an
earlier one (or a table row) is folded into it, leaving a note with its line and words, when
- the names are alike: after brackets, a unit in brackets and a leading 全市/全省/我市 are set
  aside, every character of the shorter name occurs in the longer (护理型床位占比 and
  养老机构护理型床位占比; not 基本医疗保险参保率 and 基本养老保险参保率), and the shorter is at
  least 3/5 of the longer (零就业家庭 is not 退役军人零就业家庭, 覆盖率 not 托育服务覆盖率);
- the value is the same (both empty for words only, the same numbers for a range), and so is
  the unit (a headline's bare 500万 restates 500万人, which is kept) and the year, where both give one.
Not folded: two items of one sentence, and counts of one or two (建好1所公立综合医院, which
is per place: 市级 in one box, 每个县 in the next, outside the name), unless the whole sentence
is repeated word for word. The comparator may differ (表: 55%; 正文: 55%以上): the note keeps the words for the editor.
A table row is kept before text; otherwise the first statement is kept.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from generator.loading.crossref import UNIT_SUFFIX
from generator.sitemodel.values import COUNT_WORDS, numbers_in, unit_key

COUNTS = set(COUNT_WORDS)
MAGNITUDES = {"万", "亿"}
REGION = re.compile(r"^(?:全市|全省|全县|全区|我市|我省)")
WORDS_SUFFIX = re.compile(r"(?:动态清零|应保尽保|全覆盖|稳定增长)$")  # a table row named 零就业家庭动态清零


def fold_restatements(indicators: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The indicators with restated targets folded into the statement they repeat."""
    # a table row before text; a count written with its unit (500万人) before a headline's bare 500万
    order = sorted(range(len(indicators)), key=lambda i: (indicators[i]["origin"] != "table", _bare(indicators[i]), i))
    kept: list[dict[str, Any]] = []
    folded: set[int] = set()
    for i in order:
        ind = indicators[i]
        first = next((k for k in kept if _same_target(k, ind)), None) if ind["origin"] == "text" else None
        if first is None:
            kept.append(ind)
            continue
        folded.add(i)
        words = ind["target"]["as_written"]
        first.setdefault("notes", []).append(
            f"第{ind['lines'][0]}行再次写到这一目标：{ind['name']}{words}（导入时已并入本条，请核对是否为同一指标）。"
        )
    return [ind for i, ind in enumerate(indicators) if i not in folded]


def _same_target(a: dict[str, Any], b: dict[str, Any]) -> bool:
    ta, tb = a.get("target"), b.get("target")
    if not ta or not tb or not _names_alike(a["name"], b["name"]):
        return False
    years_differ = bool(ta.get("year") and tb.get("year") and ta["year"] != tb["year"])
    if a["quote"] == b["quote"]:  # a sentence repeated word for word (not for another year); within one, two items
        return bool(a["lines"] != b["lines"]) and not years_differ
    if ta.get("value") is not None and ta["value"] <= 2 and a.get("unit") in COUNTS:
        return False  # 1所公立综合医院: per place (市级, 每个县) in words the name does not hold
    if ta.get("value") != tb.get("value"):
        return False
    if ta.get("value") is None and numbers_in(ta.get("as_written") or "") != numbers_in(tb.get("as_written") or ""):
        return False  # two ranges (1—2所, 2—3所) are two targets
    units = sorted((unit_key(a["unit"]), unit_key(b["unit"])), key=len) if a.get("unit") and b.get("unit") else []
    if units and units[0] != units[1] and not (units[0] in MAGNITUDES and units[1].startswith(units[0])):
        return False  # (技能人才总量达500万 restates 达到500万人以上)
    return not years_differ


def _bare(ind: dict[str, Any]) -> bool:
    """Whether a count is written with a magnitude alone (500万), its unit left to the name."""
    return bool(ind.get("unit")) and unit_key(ind["unit"]) in MAGNITUDES


def _core(name: str) -> str:
    name = WORDS_SUFFIX.sub("", UNIT_SUFFIX.sub("", name.replace(" ", "")))
    return REGION.sub("", re.sub(r"[（()）“”\"]", "", name))


def _names_alike(a: str, b: str) -> bool:
    short, long = sorted((_core(a), _core(b)), key=len)
    return len(short) >= 3 and len(short) >= 0.6 * len(long) and not Counter(short) - Counter(long)
