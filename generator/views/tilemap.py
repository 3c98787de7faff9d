"""A tile-grid map of Henan (a cartogram: one equal tile per city, placed roughly where the city
lies; no boundary data, so no map review number is needed) for a comparison page. Pure.

Each tile shows what the comparison's table shows for that city's plans — the same target
text (comparisons.TableRow.target) — and the computed status (progress.LABEL via status_of);
a city whose plans on this site do not set the indicator, or that has no plan on the site,
says so."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from generator.sitemodel.site import Site
from generator.sitemodel.status import KINDS, LABEL
from generator.views.progress import status_of


class TableRow(Protocol):
    """What the map reads of a comparison table's row (comparisons.TableRow)."""

    @property
    def key(self) -> str: ...  # plan id / indicator id
    @property
    def plan(self) -> str: ...
    @property
    def target(self) -> str: ...
    @property
    def draft(self) -> bool: ...
    @property
    def link(self) -> str: ...


# Henan's 17 prefecture-level cities and 济源 (a demonstration zone at that level), as
# (name, column, row) on a 5 × 8 grid: north at the top, west on the left.
CITIES: tuple[tuple[str, int, int], ...] = (
    ("安阳", 4, 1),
    ("鹤壁", 4, 2),
    ("濮阳", 5, 2),
    ("济源", 2, 3),
    ("焦作", 3, 3),
    ("新乡", 4, 3),
    ("三门峡", 1, 4),
    ("洛阳", 2, 4),
    ("郑州", 3, 4),
    ("开封", 4, 4),
    ("商丘", 5, 4),
    ("平顶山", 2, 5),
    ("许昌", 3, 5),
    ("南阳", 2, 6),
    ("漯河", 3, 6),
    ("周口", 4, 6),
    ("驻马店", 3, 7),
    ("信阳", 3, 8),
)

NOT_SET = "本站收录的该市规划未设此指标"
NO_PLAN = "本站未收录该市规划"


@dataclass(frozen=True)
class TileEntry:
    plan: str
    target: str  # exactly the table's target cell
    status: str  # progress.LABEL
    kind: str
    link: str  # the indicator's page
    draft: bool


@dataclass(frozen=True)
class Tile:
    city: str
    column: int
    row: int
    state: str  # "set", "not-set", "no-plan"
    entries: list[TileEntry]
    note: str  # for a tile without entries: NOT_SET or NO_PLAN


@dataclass(frozen=True)
class TileMap:
    tiles: list[Tile]
    legend: list[tuple[str, str]]  # (kind, label) of the statuses shown


def city_of(region: str) -> str | None:
    """The map's city for a plan's region (安阳市 → 安阳, 济源示范区 → 济源); None for the province
    or a place that is not one of the map's cities."""
    for name, _, _ in CITIES:
        if region.startswith(name):
            return name
    return None


def tile_map(site: Site, rows: Sequence[TableRow]) -> TileMap:
    """The map of a comparison table's rows (the province's row has no tile)."""
    by_city: dict[str, list[TileEntry]] = {}
    shown: set[str] = set()
    for r in rows:
        plan_id, indicator_id = r.key.split("/", 1)
        plan, target, draft, link = r.plan, r.target, r.draft, r.link
        p = site.plan_by_id[plan_id]
        city = city_of(p.meta.region)
        if city is None:
            continue
        ind = p.indicator_by_id[indicator_id]
        status = status_of(site, p, ind)
        shown.add(status.kind)
        by_city.setdefault(city, []).append(TileEntry(plan, target, LABEL[status.kind], status.kind, link, draft))
    with_plans = {city_of(p.meta.region) for p in site.plans}
    tiles = []
    for name, column, row in CITIES:
        entries = by_city.get(name, [])
        if entries:
            tiles.append(Tile(name, column, row, "set", entries, ""))
        elif name in with_plans:
            tiles.append(Tile(name, column, row, "not-set", [], NOT_SET))
        else:
            tiles.append(Tile(name, column, row, "no-plan", [], NO_PLAN))
    return TileMap(tiles, [(k, LABEL[k]) for k in KINDS if k in shown])
