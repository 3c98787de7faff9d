"""The one site model: every plan with its body, plus the shared vocabularies. Frozen."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from generator.model import Chapter, Concept, Domain, Indicator, PlanMeta, ProjectBox
from generator.sitemodel.status import Status, indicator_status
from generator.sitemodel.tracking import Tracking


@dataclass(frozen=True)
class Place:
    """Where an item is written: its file, relative to the repository, and the line of its id."""

    file: str
    line: int


@dataclass(frozen=True)
class Places:
    """Where one plan's data is written, from the loader's positions (for edit links)."""

    plan: Place | None = None
    indicators_file: Place | None = None
    projects_file: Place | None = None
    chapters: Mapping[str, Place] = field(default_factory=dict)
    indicators: Mapping[str, Place] = field(default_factory=dict)
    boxes: Mapping[str, Place] = field(default_factory=dict)


@dataclass(frozen=True)
class Plan:
    meta: PlanMeta
    chapters: tuple[Chapter, ...]
    indicators: tuple[Indicator, ...]
    boxes: tuple[ProjectBox, ...]
    source_lines: tuple[str, ...] = field(repr=False)
    places: Places = field(default_factory=Places, repr=False, compare=False)

    @property
    def id(self) -> str:
        return self.meta.id

    @cached_property
    def chapter_by_id(self) -> dict[str, Chapter]:
        return {c.id: c for c in self.chapters}

    @cached_property
    def indicator_by_id(self) -> dict[str, Indicator]:
        return {i.id: i for i in self.indicators}

    def counts(self) -> dict[str, int]:
        return {
            "chapters": len(self.chapters),
            "sections": sum(len(c.sections) for c in self.chapters),
            "measures": sum(len(c.measures) + sum(len(s.measures) for s in c.sections) for c in self.chapters),
            "indicators": len(self.indicators),
            "boxes": len(self.boxes),
            "box_items": sum(len(b.items) for b in self.boxes),
        }


@dataclass(frozen=True)
class Site:
    plans: tuple[Plan, ...]
    domains: tuple[Domain, ...]
    concepts: tuple[Concept, ...]
    tracking: Tracking = field(default_factory=Tracking)

    @cached_property
    def domain_by_id(self) -> dict[str, Domain]:
        return {d.id: d for d in self.domains}

    @cached_property
    def concept_by_id(self) -> dict[str, Concept]:
        return {c.id: c for c in self.concepts}

    @cached_property
    def plan_by_id(self) -> dict[str, Plan]:
        return {p.id: p for p in self.plans}

    @cached_property
    def statuses(self) -> dict[tuple[str, str], Status]:
        """Each indicator's computed status (sitemodel/status.py), by plan id and indicator id:
        computed once, read by every page that counts or shows it."""
        t = self.tracking
        return {
            (p.id, i.id): indicator_status(i, p.meta.period, t.observations(p.id, i.id), t.method(p.id, i.id), t.as_of)
            for p in self.plans
            for i in p.indicators
        }

    @cached_property
    def source_files(self) -> tuple[str, ...]:
        """The original texts in data/sources/ the site publishes: those a plan cites, no others."""
        return tuple(sorted({p.meta.source.file for p in self.plans}))
