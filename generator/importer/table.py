"""Indicator tables whose cells stand one per line, rows ending with a 约束性/预期性 cell.

A table starts at a 表N line, or at a run of short header cells (序号/领域/指标 … 属性) as text
taken from web pages and PDFs gives it. A row with one cell per header cell is read by its
column (指标, 单位, 2020年, 2025年, 属性); other rows, and the rows of 表N tables, by their
cells' looks.
"""

from __future__ import annotations

import re
from typing import Any

from generator.importer.domains import guess_domain
from generator.importer.outline import NATURE
from generator.loading.crossref import UNIT_SUFFIX
from generator.messages import t
from generator.sitemodel.values import numbers_in, stated_comparator

VALUE_CELL = re.compile(r"^[≥>≤<＞＜]?\s*[\d.]+\s*[%％]?\s*$")
HEADER_FIRST = {"序号", "领域", "类别", "分类", "指标", "指标名称", "具体指标"}
NATURE_HEADER = {"性质", "属性", "指标属性", "指标性质"}
NAME_HEADER = {"指标", "指标名称", "主要指标", "名称", "具体指标"}
CATEGORY_HEADER = {"领域", "类别", "分类"}


def header_at(texts: list[str], i: int) -> bool:
    """Whether texts[i] opens a run of short header cells that ends with a 属性/性质 cell."""
    if texts[i] not in HEADER_FIRST:
        return False
    for j in range(i + 1, min(i + 9, len(texts))):
        if len(texts[j]) > 12 or "。" in texts[j]:
            return False
        if texts[j] in NATURE_HEADER:
            return True
    return False


def _value(text: str, year: int | None) -> dict[str, Any]:
    nums = numbers_in(text)
    one = len(nums) == 1
    return {
        "year": year,
        "as_written": text,
        "value": nums[0] if one else None,
        "comparator": stated_comparator(text) if one else None,
    }


def _unit(name: str) -> str | None:
    m = UNIT_SUFFIX.search(name)
    return m.group(1) if m else None


class TableReader:
    """Turns the cells of one table into indicator records (ids i1, i2 … across the plan)."""

    def __init__(self, indicators: list[dict[str, Any]], unplaced: list[tuple[int, str, str]]) -> None:
        self.indicators = indicators
        self.unplaced = unplaced

    def read(self, cells: list[tuple[int, str]]) -> None:
        """Rows of a cell-per-line table whose rows end with a 约束性/预期性 cell."""
        label = re.match(r"^(表\s*[\d-]+)", cells[0][1])
        years = [int(y) for _, c in cells for y in re.findall(r"^(\d{4})年$", c)]
        base_year, target_year = (years + [None, None])[:2]
        row: list[tuple[int, str]] = []
        category: list[str] = []
        header: list[str] = []
        header_done = False
        for n, cell in cells[1:] if label else cells:
            if not header_done:
                header.append(cell)
                header_done = cell in NATURE_HEADER
                continue
            row.append((n, cell))
            if cell in NATURE:
                by_column = None if label else self._columns(row, header, category)  # 表N tables: by looks
                self._row(by_column or row, category, label.group(1) if label else None, base_year, target_year)
                row = []
        for n, cell in row:
            self.unplaced.append((n, t("unplaced_table_cell"), cell))

    @staticmethod
    def _columns(row: list[tuple[int, str]], header: list[str], category: list[str]) -> list[tuple[int, str]] | None:
        """The row's 领域, 指标 and value cells in the order _row reads them, when the row has one
        cell per header cell (or one fewer: its 领域 cell spans the rows above); else None."""
        at = next((k for k, h in enumerate(header) if h in CATEGORY_HEADER), None)
        if len(row) == len(header) - 1 and at is not None and category:
            row = [*row[:at], (row[0][0], category[-1]), *row[at:]]
        if len(row) != len(header) or not NAME_HEADER & set(header):
            return None
        cells = dict(zip(header, row, strict=True))
        name = next(cells[h] for h in header if h in NAME_HEADER)
        unit = cells.get("单位")
        if unit and unit[1] not in ("", "—", "——") and not _unit(name[1]):
            name = (name[0], f"{name[1]}（{unit[1]}）")  # the unit column, as the name's bracket
        values = [cells[h] for h in header if re.search(r"\d{4}年", h)]
        kept = [cells[h] for h in header if h in CATEGORY_HEADER]
        return [*kept, name, *values, cells[next(h for h in header if h in NATURE_HEADER)]]

    def _row(
        self, row: list[tuple[int, str]], category: list[str], label: str | None, by: int | None, ty: int | None
    ) -> None:
        cells = [c for _, c in row]
        nature = NATURE[cells[-1]]
        values = cells[:-1]
        # the name is the last cell that is not a value; cells before it are 领域 labels
        is_value = [
            bool(VALUE_CELL.match(c)) or c in ("——", "稳定增长", "应保尽保", "动态清零") or c.startswith("不低于")
            for c in values
        ]
        name_at = max((i for i, v in enumerate(is_value) if not v), default=0)
        if name_at > 0:
            category[:] = values[:name_at]
        name = values[name_at]
        vals = values[name_at + 1 :]
        k = len(self.indicators) + 1
        ind: dict[str, Any] = {
            "id": f"i{k}",
            "name": name,
            "concept": None,
            "domain": guess_domain(name, *category),
            "category": " / ".join(category) or None,
            "unit": _unit(name),
            "baseline": _value(vals[0], by) if len(vals) == 2 else None,
            "target": _value(vals[-1], ty) if vals else None,
            "nature": nature,
            "origin": "table",
            "table": label,
            "quote": " | ".join(cells),
            "lines": [row[0][0], row[-1][0]],
        }
        if len(vals) != 2:
            ind["notes"] = [f"这一行只有{len(vals)}个数值单元格，对应两栏；不清楚属于哪一栏。"]
        self.indicators.append(ind)
