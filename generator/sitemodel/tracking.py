"""The tracker's part of the Site: archived observation sources and, per plan, the later
figures and official statements recorded in data/observations/. Frozen, like the Site."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from generator.model.observation import (
    ObservationSource,
    OfficialStatus,
    PlanObservations,
    ReportedValue,
    TargetMethod,
)


@dataclass(frozen=True)
class SourceText:
    """An archived observation source with its lines (numbered like the plans' texts)."""

    meta: ObservationSource
    lines: tuple[str, ...] = field(repr=False)

    @property
    def id(self) -> str:
        return self.meta.id


@dataclass(frozen=True)
class Tracking:
    sources: tuple[SourceText, ...] = ()
    plans: tuple[PlanObservations, ...] = ()

    @cached_property
    def source_by_id(self) -> dict[str, SourceText]:
        return {s.id: s for s in self.sources}

    @cached_property
    def as_of(self) -> dt.date | None:
        """The publication date of the newest archived source: the statuses are computed as of then
        (a target year before it has passed). From the data, never the clock."""
        dates = [s.meta.date for s in self.sources if s.meta.date is not None]
        return max(dates) if dates else None

    @cached_property
    def _by_plan(self) -> dict[str, PlanObservations]:
        return {p.plan: p for p in self.plans}

    def of_plan(self, plan_id: str) -> PlanObservations | None:
        return self._by_plan.get(plan_id)

    @cached_property
    def _observations(self) -> dict[tuple[str, str], list[ReportedValue]]:
        out: dict[tuple[str, str], list[ReportedValue]] = {}
        for p in self.plans:
            for o in p.observations:
                out.setdefault((p.plan, o.indicator), []).append(o)
        return out

    def observations(self, plan_id: str, indicator_id: str) -> list[ReportedValue]:
        return list(self._observations.get((plan_id, indicator_id), ()))

    def official(self, plan_id: str, indicator_id: str | None) -> list[OfficialStatus]:
        p = self.of_plan(plan_id)
        return [o for o in p.official if o.indicator == indicator_id] if p else []

    def method(self, plan_id: str, indicator_id: str) -> TargetMethod | None:
        p = self.of_plan(plan_id)
        return next((m for m in p.methods if m.indicator == indicator_id), None) if p else None
