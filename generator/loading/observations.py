"""Read and check the tracker's files: data/sources/observations/sources.yaml (the archived
sources) and data/observations/<plan-id>.yaml (later figures and official statements).

Every check points at file:line:col. A figure must name an indicator of its plan and a known
source, cite lines inside the archived text, and be quoted from those lines with its number;
its year must be one the source can report."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Protocol, TypeVar

from pydantic import BaseModel

from generator.loading import crossref
from generator.loading.located import Located
from generator.loading.yamlio import SOURCE_NAME, read_source
from generator.messages import t
from generator.model.observation import ObservationSources, OfficialStatus, PlanObservations, ReportedValue
from generator.problems import Problem
from generator.sitemodel.site import Plan
from generator.sitemodel.status import names_plan
from generator.sitemodel.tracking import SourceText, Tracking
from generator.sitemodel.values import fmt_number, number_in_text, unit_key
from generator.sitemodel.vocabulary import lines_text

M = TypeVar("M", bound=BaseModel)


class ReadFile(Protocol):
    """Parse and validate one file (the Loader's own reader, which collects its problems)."""

    def __call__(self, path: Path, model: type[M]) -> Located[M] | None: ...


SOURCES_DIR = Path("sources") / "observations"
SOURCES_FILE = SOURCES_DIR / "sources.yaml"
OBSERVATIONS_DIR = Path("observations")
_SPACE = re.compile(r"\s+")


def load_tracking(
    data_dir: Path,
    plans: dict[str, Plan],
    read: ReadFile,
    shown: Callable[[Path], str],
    unreadable: Collection[str] = (),
) -> tuple[Tracking, list[Problem]]:
    """The tracker's data and every problem in it; an empty Tracking when there is none.
    Plans in ``unreadable`` (their indicators.yaml has errors of its own) are not checked
    against their indicators, so one mistake is reported once."""
    problems: list[Problem] = []
    sources: list[SourceText] = []
    registry = data_dir / SOURCES_FILE
    known: crossref.Known = set()  # None: the registry is unreadable (reported once, not at every use)
    if registry.exists():
        item = read(registry, ObservationSources)
        known = {s.id for s in item.model.sources} if item is not None else None
        if item is not None:
            sources, more = _sources(item, data_dir / SOURCES_DIR, shown)
            problems += more
    by_id = {s.id: s for s in sources}
    files: list[PlanObservations] = []
    folder = data_dir / OBSERVATIONS_DIR
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        if path.is_symlink():
            continue  # refused by the loader's own check; never read through a link
        if path.suffix != ".yaml" or not path.is_file():
            problems.append(Problem(shown(path), 1, 1, "", t("obs_unexpected_file")))
            continue
        obs = read(path, PlanObservations)
        plan_unread = path.stem not in plans and (data_dir / "plans" / path.stem).is_dir()
        if obs is not None and path.stem not in unreadable and not plan_unread:
            problems += _plan_file(obs, path.stem, plans, by_id, known)
            files.append(obs.model)
    return Tracking(tuple(sources), tuple(files)), problems


def _sources(
    item: Located[ObservationSources], folder: Path, shown: Callable[[Path], str]
) -> tuple[list[SourceText], list[Problem]]:
    entries = list(enumerate(item.model.sources))
    out = crossref.unique(item, ((("sources", i, "id"), s.id) for i, s in entries), "source")
    out += crossref.unique(item, ((("sources", i, "file"), s.file) for i, s in entries), "source file")
    texts = []
    for i, s in entries:
        path = folder / s.file
        if not SOURCE_NAME.fullmatch(s.file) or path.is_symlink() or not path.is_file():
            out.append(item.problem(("sources", i, "file"), t("obs_no_source", name=s.file)))
            continue
        lines, problems = read_source(path, shown(path))  # the plans' texts' rules: size, UTF-8, hidden characters
        out += problems
        if lines is not None:
            texts.append(SourceText(s, tuple(lines)))
    registered = {s.file for _, s in entries}
    for path in sorted(folder.glob("*.txt")):
        if path.name not in registered:
            out.append(Problem(shown(path), 1, 1, "", t("obs_unregistered")))
    return texts, out


def _plan_file(
    item: Located[PlanObservations],
    stem: str,
    plans: dict[str, Plan],
    sources: dict[str, SourceText],
    source_ids: crossref.Known,
) -> list[Problem]:
    m = item.model
    if m.plan != stem:
        return [item.problem(("plan",), t("obs_plan_file", stem=stem))]
    if m.plan not in plans:
        return crossref.reference(item, ("plan",), m.plan, set(plans), "plan")
    plan = plans[m.plan]
    out = _methods(item, plan)
    for k, obs in enumerate(m.observations):
        out += _observation(item, ("observations", k), obs, plan, sources, source_ids)
    out += _conflicts(item)
    for k, st in enumerate(m.official):
        out += _official(item, ("official", k), st, plan, sources, source_ids)
    return out


def _methods(item: Located[PlanObservations], plan: Plan) -> list[Problem]:
    indicators = plan.indicator_by_id
    out: list[Problem] = []
    for k, meth in enumerate(item.model.methods):
        base = ("methods", k)
        out += crossref.reference(item, (*base, "indicator"), meth.indicator, set(indicators), "indicator")
        ind = indicators.get(meth.indicator)
        if ind and (ind.target is None or ind.target.value is None):
            out.append(item.problem((*base, "indicator"), t("obs_cumulative_number")))
    entries = ((("methods", k, "indicator"), x.indicator) for k, x in enumerate(item.model.methods))
    return out + crossref.unique(item, entries, "method")


def _observation(
    item: Located[PlanObservations],
    base: tuple[str, int],
    obs: ReportedValue,
    plan: Plan,
    sources: dict[str, SourceText],
    source_ids: crossref.Known,
) -> list[Problem]:
    indicators = plan.indicator_by_id
    out = crossref.reference(item, (*base, "indicator"), obs.indicator, set(indicators), "indicator")
    out += crossref.reference(item, (*base, "source"), obs.source, source_ids, "source")
    ind = indicators.get(obs.indicator)
    if ind and ind.unit and obs.unit and unit_key(obs.unit) != unit_key(ind.unit):
        out.append(item.problem((*base, "unit"), t("obs_unit", unit=obs.unit, expected=ind.unit)))
    if ind:
        out += _year(item, base, obs, plan, ind.baseline.year if ind.baseline else None, sources)
    src = sources.get(obs.source)
    if src:
        out += _cited(item, base, src, obs.lines, obs.as_written)
        if not number_in_text(obs.value, obs.as_written):
            msg = t("not_in_written", number=fmt_number(obs.value), written=obs.as_written)
            out.append(item.problem((*base, "value"), msg))
    return out


def _conflicts(item: Located[PlanObservations]) -> list[Problem]:
    """Two different figures for one indicator and year need a doubt on one of them."""
    observations = item.model.observations
    seen: dict[tuple[str, int | None, str, str], int] = {}
    out = []
    for k, obs in enumerate(observations):
        key = (obs.indicator, obs.year, obs.scope, obs.period or "")
        if key in seen and observations[seen[key]].value != obs.value and obs.doubt is None:
            first = item.doc.position(("observations", seen[key]))[0]
            out.append(item.problem(("observations", k, "value"), t("obs_conflict", first=first)))
        seen.setdefault(key, k)
    return out


def _official(
    item: Located[PlanObservations],
    base: tuple[str, int],
    st: OfficialStatus,
    plan: Plan,
    sources: dict[str, SourceText],
    source_ids: crossref.Known,
) -> list[Problem]:
    out: list[Problem] = []
    if st.indicator is not None:
        out += crossref.reference(item, (*base, "indicator"), st.indicator, set(plan.indicator_by_id), "indicator")
    elif not names_plan(plan.meta, st.quote):
        out.append(item.problem((*base, "quote"), t("obs_official_other_plan", title=plan.meta.title)))
    out += crossref.reference(item, (*base, "source"), st.source, source_ids, "source")
    if _squash(st.status) not in _squash(st.quote):
        out.append(item.problem((*base, "status"), t("obs_status_quote", status=st.status)))
    src = sources.get(st.source)
    if src:
        out += _cited(item, base, src, st.lines, st.quote, what="quote")
    return out


def _squash(text: str) -> str:
    return _SPACE.sub("", text)


def _cited(
    item: Located[PlanObservations],
    base: tuple[str, int],
    src: SourceText,
    lines: tuple[int, int],
    phrase: str,
    what: str = "as_written",
) -> list[Problem]:
    n = len(src.lines)
    if lines[1] > n:
        return [item.problem((*base, "lines"), t("obs_outside", line=lines[1], file=src.meta.file, total=n))]
    text = crossref.cited_text(list(src.lines), lines)
    if _squash(phrase) not in _squash(text):
        msg = t("obs_not_quoted", phrase=phrase, file=src.meta.file, lines=lines_text(lines))
        return [item.problem((*base, what), msg)]
    return []


def _year(
    item: Located[PlanObservations],
    base: tuple[str, int],
    obs: ReportedValue,
    plan: Plan,
    baseline_year: int | None,
    sources: dict[str, SourceText],
) -> list[Problem]:
    if obs.year is None:
        return []
    earliest = baseline_year if baseline_year is not None else plan.meta.period.start - 1
    if obs.year < earliest:
        msg = t("obs_too_early", year=obs.year, earliest=earliest)
        return [item.problem((*base, "year"), msg)]
    src = sources.get(obs.source)
    if src and src.meta.date and obs.year > src.meta.date.year:
        msg = t("obs_after_source", year=obs.year, date=src.meta.date)
        return [item.problem((*base, "year"), msg)]
    if obs.year > plan.meta.period.end:
        return [item.problem((*base, "year"), t("obs_after_period", year=obs.year, end=plan.meta.period.end))]
    return []
