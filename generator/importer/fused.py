"""Indicator tables whose cells were run together with nothing between them.

Text copied out of a PDF often gives a whole table as one line: its header
(指标名称计量单位2020 年目标值资料来源), then each row's number, name, unit, value and source with no
blank or bar between them (3 服务业增加值占GDP 比重% ≥ 53省统计局4 种植业…). Such a line is cut here
into the cells the table reader takes, one a segment: a row is found by the value it sets (a sign
before a number: ≥ 53, =100, <4), its name is what stands between the cells before it and its
unit, and the cells after a value up to the next row are the row's source (省统计局, 省人社厅
/统计局), which the reader leaves out. A row's number run into the value before it (≥9818: 98,
then row 18) is cut off where it is the next row's number; a name of two indicators parted by /
(城镇登记失业率/城镇调查失业率% <4/<5.5) gives each its own row; a row whose value is words
(翻一番) with a figure in brackets (全省人均GDP ≥ 10万元) is that figure's row.
"""

from __future__ import annotations

import re

from generator.importer.phrases import UNITS
from generator.importer.table import TARGET_WORD

TARGET = "|".join(sorted(TARGET_WORD, key=lambda w: (-len(w), w)))  # 规划目标 before 目标
HEADER = re.compile(
    rf"(?:指标名称|指\s*标)\s*(?:计量)?单位\s*(?P<year>20\d\d)\s*年\s*(?P<target>{TARGET})"
    r"\s*(?:资料来源|数据来源|责任单位|牵头部门)?"
)
VALUE = re.compile(r"(?P<sign>[≥≤＞＜<>=])\s*(?P<num>\d+(?:\.\d+)?)")
SOURCE = re.compile(r"^\s*(?:[\u4e00-\u9fff]{1,8}?(?:局|厅|委|办|队|部|院|中心)\s*(?:/\s*)?)+")
HEADING = re.compile(r"^\s*[一二三四五六七八九十]+、[\u4e00-\u9fff]{2,8}?(?=\s*\d)")
ROW_NUMBER = re.compile(r"^\s*(\d{1,2})\s*(?=[\u4e00-\u9fff“(（])")
UNIT_END = re.compile(rf"(?P<unit>{UNITS}|标台|人年|件)\s*$")
UNIT_AFTER = re.compile(rf"\s*(?P<unit>{UNITS})?\s*[)）]?")  # (matched at a value's end)
LEAST_ROWS = 3  # values a line must set to be read as a table


def fused_rows(segs: list[tuple[int, str, bool]]) -> list[tuple[int, str, bool]]:
    """Segments with a table run together into one line given one cell a segment (the header's
    cells, then each row's: number, name, unit, value), as the table reader takes them."""
    out: list[tuple[int, str, bool]] = []
    for n, text, tab in segs:
        head = HEADER.search(text)
        rows = _rows(text[head.end() :]) if head else []
        if head is None or len(rows) < LEAST_ROWS:
            out.append((n, text, tab))
            continue
        if text[: head.start()].strip():
            out.append((n, text[: head.start()].strip(), tab))
        header = ["序号", "指标名称", "计量单位", f"{head.group('year')}年{head.group('target')}"]
        out += [(n, cell, False) for cell in header]  # (the sources are left out: they set no figure)
        for k, (name, unit, value) in enumerate(rows, 1):  # numbered again: a row's parts are rows
            out += [(n, cell, False) for cell in (str(k), name, unit, value) if cell]
    return out


def _rows(body: str) -> list[tuple[str, str | None, str]]:
    """(name, unit, value) of each row that sets a value, in the text's order."""
    rows: list[tuple[str, str | None, str]] = []
    start, last = 0, 0
    for m in VALUE.finditer(body):
        if m.start() < start:
            continue
        words = SOURCE.sub("", body[start : m.start()]) if rows else body[start : m.start()]
        words = HEADING.sub("", words)
        number = ROW_NUMBER.match(words)
        last = int(number.group(1)) if number else last
        words = words[number.end() :] if number else words
        inside = words.rsplit("(", 1)[1] if "(" in words else ")"
        if ")" not in inside:  # 翻一番(全省人均GDP ≥ 10万元): named by the bracket's words, or by the row's
            words = inside if len(re.findall(r"[\u4e00-\u9fffA-Z]", inside)) >= 4 else words.split("(", 1)[0]
        unit_m = UNIT_END.search(words)
        name = (words[: unit_m.start()] if unit_m else words).strip()
        num, after = m.group("num"), UNIT_AFTER.match(body, m.end())
        unit = unit_m.group("unit") if unit_m else (after.group("unit") if after else None)
        fused = str(last + 1)
        named_next = re.match(r"\s*[\u4e00-\u9fff]", body[m.end() :]) and not SOURCE.match(body[m.end() :])
        if num.endswith(fused) and len(num) > len(fused) and named_next:
            num, start = num[: -len(fused)], m.end() - len(fused)  # ≥9818 城镇…: 98, then row 18
        else:
            start = after.end() if after else m.end()
        if not name.strip("/ ") and rows and "/" in rows[-1][0]:  # <4/<5.5: the second of two names
            first, second = rows[-1][0].split("/", 1)
            rows[-1] = (first, rows[-1][1], rows[-1][2])
            name, unit = second, unit or rows[-1][1]
        if name.strip("/ "):
            sign = "" if m.group("sign") == "=" else m.group("sign")  # =100: the figure itself
            rows.append((name.strip("/ "), unit, f"{sign}{num}"))
    return rows
