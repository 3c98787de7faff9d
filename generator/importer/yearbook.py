"""Tables of results one row a line whose header no other reader knows (a statistical yearbook's).

A yearbook's table (19-21 卫生事业基本情况(1995—2010年), 18-7 各类医院机构、床位及人员数) often comes with a
header over several lines, in two languages, that the indicator and place readers do not open a table
at; its rows still stand one a line: a label (1995, 医院总计, 石家庄市 Shijiazhuang, 2.观众人数 | 万人次)
and its figures, bare numbers parted by blanks or bars. Three such rows running make a table of
results: each figure is what was, an observation, of the year its row names (1995) or else the one the
title gives ((2006年)), named after its row and its column where a header line above has a cell for
each figure (else after its row and the figure's place in it, 第3栏). A title that sets figures
(目标, 任务, 计划, 分解 …) makes no table of results: its rows are left to the other readers.
"""

from __future__ import annotations

import re
from typing import Any

from generator.importer.phrases import LIST_NUMBER
from generator.importer.table import BARE_NUMBER, UNIT_CELL, cell_value, cells_of, table_record

YEAR_LABEL = re.compile(r"^((?:19|20)\d\d)\s*年?$")
ENGLISH = re.compile(r"^(?=.*[A-Za-z])[A-Za-z0-9 .,&'()/-]+$")  # Total, 1st Division: a label's other language
# a title that sets figures: its rows are tasks, not results
SETS = re.compile(r"目标|任务|计划|规划|预期|分解|分配|下达|安排|将")
TITLE_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
RUN = 3  # rows running that make a table


def row_of(text: str) -> tuple[str, str | None, list[str]] | None:
    """(label, unit, figures) of a line that is a row of results: a label (a year, or words; not a
    sentence), perhaps a unit cell, then two or more bare numbers and nothing else; else None."""
    if "。" in text or "，" in text:
        return None
    cells = [c for c in cells_of(text) if c and not ENGLISH.match(c)]
    k = next(
        (j for j, c in enumerate(cells) if BARE_NUMBER.match(c) and not (j == 0 and YEAR_LABEL.match(c))), len(cells)
    )
    head, figures = cells[:k], cells[k:]
    if len(figures) < 2 or not head or not all(BARE_NUMBER.match(f) for f in figures):
        return None
    if any(
        re.search(r"\d", LIST_NUMBER.sub("", c)) for c in head[1:] + ([] if YEAR_LABEL.match(head[0]) else head[:1])
    ):
        return None  # (满意度 | 90% | 98% | 5 | 5: a figure among the label's cells, no row of results)
    unit = head[-1] if len(head) > 1 and UNIT_CELL.match(head[-1]) else None
    label = re.sub(r"\s+", "", "".join(head[:-1] if unit else head))
    return (label, unit, figures) if 0 < len(label) <= 20 else None


def _run(texts: list[str], i: int) -> tuple[int, int]:
    """The first and last index of the rows running through texts[i]."""
    first = last = i
    while first > 0 and row_of(texts[first - 1]):
        first -= 1
    while last + 1 < len(texts) and row_of(texts[last + 1]):
        last += 1
    return first, last


def results_row(texts: list[str], i: int) -> bool:
    """Whether texts[i] is a row of a table of results (see the module's text)."""
    if row_of(texts[i]) is None:
        return False
    first, last = _run(texts, i)
    return last - first + 1 >= RUN and not SETS.search(_title(texts, first))


def _title(texts: list[str], first: int) -> str:
    """The lines above a table's rows that stand for its title and header (up to eight)."""
    return " ".join(texts[max(0, first - 8) : first])


def _columns(texts: list[str], first: int, width: int) -> list[str] | None:
    """The column names a header line above the rows gives, one for each figure (a first cell over
    the labels, 年份 or 指标, left out), the nearest such line first."""
    for text in reversed(texts[max(0, first - 8) : first]):
        cells = [re.sub(r"\s+", "", c) for c in cells_of(text) if c.strip() and not ENGLISH.match(c)]
        if len(cells) == width + 1:
            cells = cells[1:]
        if len(cells) == width and not any(re.fullmatch(r"[-\d.—]+", c) for c in cells):  # (18-7: a table's number)
            return cells
    return None


def read_row(n: int, texts: list[str], i: int, indicators: list[dict[str, Any]]) -> None:
    """Observations of the figures of a row of a table of results (results_row)."""
    row = row_of(texts[i])
    assert row is not None
    label, unit, figures = row
    first, _ = _run(texts, i)
    columns = _columns(texts, first, len(figures))
    labelled = YEAR_LABEL.match(label)
    titled = TITLE_YEAR.findall(_title(texts, first))
    year = int(labelled.group(1)) if labelled else int(titled[-1]) if titled else None
    name = "" if labelled else label
    for k, figure in enumerate(figures):
        column = columns[k] if columns else f"第{k + 1}栏"
        ind = table_record(len(indicators) + 1, name + column, unit, (None, None), [(n, texts[i])])
        value = cell_value(figure, year)["value"]
        ind["observations"] = [{"year": year, "period": None, "as_written": figure, "value": value, "lines": [n, n]}]
        indicators.append(ind)
