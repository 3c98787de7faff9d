"""The one registry of data files: which file name holds which model."""

from __future__ import annotations

from pydantic import BaseModel

from generator.model.indicator import IndicatorList
from generator.model.observation import ObservationSources, PlanObservations
from generator.model.outline import Outline
from generator.model.plan import PlanMeta
from generator.model.project import ProjectList
from generator.model.redirects import Redirects
from generator.model.taxonomy import ConceptList, Taxonomy

PLAN_FILES: dict[str, type[BaseModel]] = {
    "plan.yaml": PlanMeta,
    "chapters.yaml": Outline,
    "indicators.yaml": IndicatorList,
    "projects.yaml": ProjectList,
}
SHARED_FILES: dict[str, type[BaseModel]] = {
    "domains.yaml": Taxonomy,
    "concepts.yaml": ConceptList,
    "redirects.yaml": Redirects,
}

# The tracker: data/observations/<plan-id>.yaml and the archived sources' registry
# data/sources/observations/sources.yaml; keyed by schema name (schema/<name>.schema.json).
TRACKER_SCHEMAS: dict[str, type[BaseModel]] = {
    "observations": PlanObservations,
    "observation-sources": ObservationSources,
}


def schema_name(file_name: str) -> str:
    """plan.yaml → plan (schema/plan.schema.json)."""
    return file_name.removesuffix(".yaml")
