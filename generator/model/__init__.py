"""Pydantic models: the single source of truth for the data in data/."""

from generator.model.common import Lines, Slug, Strict
from generator.model.indicator import FigureKind, Indicator, IndicatorList, Observation, Value
from generator.model.outline import Chapter, Measure, Outline, Section
from generator.model.plan import Note, Period, PlanMeta, Source
from generator.model.project import ProjectBox, ProjectItem, ProjectList
from generator.model.taxonomy import Concept, ConceptList, Domain, Taxonomy

__all__ = [
    "ProjectBox",
    "ProjectItem",
    "ProjectList",
    "Chapter",
    "Concept",
    "ConceptList",
    "Domain",
    "FigureKind",
    "Indicator",
    "IndicatorList",
    "Lines",
    "Measure",
    "Note",
    "Observation",
    "Outline",
    "Period",
    "PlanMeta",
    "Section",
    "Slug",
    "Source",
    "Strict",
    "Taxonomy",
    "Value",
]
