"""Where a plan's items are written, read from the loader's positions: the file as the
repository names it and the line of each item's ``id:`` (the edit links point there)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from generator.loading.located import Located
from generator.model import IndicatorList, Outline, PlanMeta, ProjectList
from generator.sitemodel.site import Place, Places


def _at(item: Located[Any], *loc: int | str, key: bool = False) -> Place:
    line, _ = item.doc.position(loc, key=key)
    return Place(item.doc.path, line)


def _by_id(item: Located[Any] | None, key: str, entries: Sequence[Any]) -> dict[str, Place]:
    if item is None:
        return {}
    return {e.id: _at(item, key, i, "id") for i, e in enumerate(entries)}


def plan_places(
    meta: Located[PlanMeta],
    chapters: Located[Outline] | None,
    indicators: Located[IndicatorList] | None,
    projects: Located[ProjectList] | None,
) -> Places:
    """Positions of the plan, its chapters, indicators and boxes (ids are unique once valid)."""
    return Places(
        plan=_at(meta, "id"),
        indicators_file=_at(indicators, "indicators", key=True) if indicators else None,
        projects_file=_at(projects, "boxes", key=True) if projects else None,
        chapters=_by_id(chapters, "chapters", chapters.model.chapters if chapters else []),
        indicators=_by_id(indicators, "indicators", indicators.model.indicators if indicators else []),
        boxes=_by_id(projects, "boxes", projects.model.boxes if projects else []),
    )
