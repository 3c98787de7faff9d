"""discover → parse → validate → cross-check → one frozen Site. Nothing here writes files."""

from __future__ import annotations

import difflib
import typing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from generator.model import (
    BoxList,
    ConceptList,
    Indicator,
    IndicatorList,
    Outline,
    PlanMeta,
    Taxonomy,
)
from generator.problems import DataError, Problem, display_path
from generator.site import Plan, Site
from generator.values import fmt_number, number_in_text, value_problems
from generator.yamlio import Document, Loc, parse

PLAN_FILES: dict[str, type[BaseModel]] = {
    "plan.yaml": PlanMeta,
    "chapters.yaml": Outline,
    "indicators.yaml": IndicatorList,
    "projects.yaml": BoxList,
}


@dataclass(frozen=True)
class Located:
    """A validated model with the document it came from, so later checks can point at lines."""

    doc: Document
    model: Any


def field_path(loc: Loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _model_at(root: type[BaseModel], loc: Loc) -> type[BaseModel] | None:
    """The model class that owns the mapping at ``loc`` (for 'did you mean')."""
    current: Any = root
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        info = current.model_fields.get(str(part))
        if info is None:
            return None
        current = _unwrap(info.annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _unwrap(annotation: Any) -> Any:
    for arg in (annotation, *_args_deep(annotation)):
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
    return annotation


def _args_deep(annotation: Any) -> Iterator[Any]:
    for arg in typing.get_args(annotation):
        yield arg
        yield from _args_deep(arg)


def _message(err: Any, root: type[BaseModel]) -> str:
    kind = err["type"]
    loc = err["loc"]
    if kind == "extra_forbidden":
        owner = _model_at(root, loc[:-1])
        known = list(owner.model_fields) if owner else []
        hint = difflib.get_close_matches(str(loc[-1]), known, n=1, cutoff=0.6)
        msg = f"unknown field '{loc[-1]}'"
        if hint:
            return f"{msg}; did you mean '{hint[0]}'?"
        return f"{msg}; allowed here: {', '.join(known)}" if known else msg
    if kind == "missing":
        return "required field is missing"
    if kind == "string_pattern_mismatch" and "a-z0-9" in str(err.get("ctx", {})):
        return "must be a URL-safe id: lower-case ASCII letters, digits and single hyphens (e.g. anyang-2021-2025)"
    if kind == "literal_error":
        return f"{err['msg']} (got {err['input']!r})"
    return str(err["msg"])


def validate(doc: Document, model: type[BaseModel]) -> tuple[Any | None, list[Problem]]:
    try:
        return model.model_validate(doc.data), []
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
            # tuple/union members add loc parts that are not in the file; keep the real path
            real = _real_loc(doc, loc)
            line, col = doc.position(real, key=err["type"] == "extra_forbidden")
            problems.append(Problem(doc.path, line, col, field_path(real), _message(err, model)))
        return None, problems


def _real_loc(doc: Document, loc: Loc) -> tuple[int | str, ...]:
    node: Any = doc.data
    out: list[int | str] = []
    for part in loc:
        if (
            isinstance(node, dict)
            and part in node
            or isinstance(node, list)
            and isinstance(part, int)
            and part < len(node)
        ):
            node = node[part]
        elif isinstance(node, dict | list):
            if isinstance(node, dict) and isinstance(part, str) and out[-1:] != [part]:
                out.append(part)  # missing key: name it, position falls back to the parent
            break
        else:
            break
        out.append(part)
    return tuple(out)


class Loader:
    """Collects every problem in one run; raises DataError at the end if there were any."""

    def __init__(self, data_dir: Path, root: Path | None = None) -> None:
        self.data_dir = data_dir
        self.root = root or data_dir.parent
        self.problems: list[Problem] = []

    # -- small helpers --------------------------------------------------------------
    def _load(self, path: Path, model: type[BaseModel]) -> Located | None:
        doc, problems = parse(path, display_path(path, self.root))
        self.problems += problems
        if doc is None:
            return None
        value, problems = validate(doc, model)
        self.problems += problems
        return Located(doc, value) if value is not None else None

    def _at(self, item: Located, loc: Loc, message: str, *, key: bool = False) -> None:
        line, col = item.doc.position(loc, key=key)
        self.problems.append(Problem(item.doc.path, line, col, field_path(loc), message))

    def _unique(self, item: Located, entries: Iterable[tuple[Loc, str]], what: str) -> None:
        seen: dict[str, Loc] = {}
        for loc, ident in entries:
            if ident in seen:
                first = item.doc.position(seen[ident])[0]
                self._at(item, loc, f"duplicate {what} id '{ident}' (first used on line {first})")
            else:
                seen[ident] = loc

    # -- the pipeline ---------------------------------------------------------------
    def load(self) -> Site:
        domains = self._load(self.data_dir / "domains.yaml", Taxonomy)
        concepts = self._load(self.data_dir / "concepts.yaml", ConceptList)
        domain_ids = {d.id for d in domains.model.domains} if domains else set()
        if domains:
            self._unique(domains, ((("domains", i, "id"), d.id) for i, d in enumerate(domains.model.domains)), "domain")
        if concepts:
            self._unique(
                concepts, ((("concepts", i, "id"), c.id) for i, c in enumerate(concepts.model.concepts)), "concept"
            )
            for i, c in enumerate(concepts.model.concepts):
                self._ref(concepts, ("concepts", i, "domain"), c.domain, domain_ids, "domain")
        concept_ids = {c.id for c in concepts.model.concepts} if concepts else set()

        plans_dir = self.data_dir / "plans"
        folders = sorted(p for p in plans_dir.iterdir() if p.is_dir()) if plans_dir.is_dir() else []
        self.metas: dict[str, Located] = {}
        plans = [p for p in (self._plan(f, domain_ids, concept_ids) for f in folders) if p]
        plan_ids = {p.id for p in plans}
        for plan in plans:
            self._ref(self.metas[plan.id], ("parent",), plan.meta.parent, plan_ids, "plan")
        if self.problems:
            raise DataError(self.problems)
        assert domains and concepts
        levels = {"province": 0, "city": 1, "county": 2}
        plans.sort(key=lambda p: (levels[p.meta.level], p.meta.region, p.id))
        return Site(tuple(plans), tuple(domains.model.domains), tuple(concepts.model.concepts))

    def _ref(self, item: Located, loc: Loc, value: str | None, known: set[str], what: str) -> None:
        if value is not None and value not in known:
            hint = difflib.get_close_matches(value, sorted(known), n=1, cutoff=0.6)
            tail = f"; did you mean '{hint[0]}'?" if hint else ""
            self._at(item, loc, f"unknown {what} '{value}'{tail}")

    def _plan(self, folder: Path, domain_ids: set[str], concept_ids: set[str]) -> Plan | None:
        files = {name: folder / name for name in PLAN_FILES}
        if not files["plan.yaml"].exists():
            path = display_path(files["plan.yaml"], self.root)
            self.problems.append(Problem(path, 1, 1, "", "every plan folder needs a plan.yaml"))
            return None
        for extra in sorted(folder.glob("*.y*ml")):
            if extra.name not in PLAN_FILES:
                path = display_path(extra, self.root)
                allowed = ", ".join(PLAN_FILES)
                self.problems.append(Problem(path, 1, 1, "", f"unexpected file; a plan folder holds {allowed}"))
        loaded = {
            name: self._load(path, model) if path.exists() else None
            for (name, path), model in zip(files.items(), PLAN_FILES.values(), strict=True)
        }
        meta = loaded["plan.yaml"]
        if meta is None:
            return None
        self.metas[meta.model.id] = meta
        if meta.model.id != folder.name:
            self._at(meta, ("id",), f"must equal the folder name '{folder.name}'")
        source_lines = self._source(meta)
        n_lines = len(source_lines) if source_lines is not None else None
        self._check_locators(loaded, n_lines)
        outline, inds, boxes = loaded["chapters.yaml"], loaded["indicators.yaml"], loaded["projects.yaml"]
        if outline:
            self._check_outline(outline, domain_ids)
        if inds:
            self._check_indicators(inds, meta.model, domain_ids, concept_ids)
        if boxes:
            self._check_boxes(boxes, outline, domain_ids)
        return Plan(
            meta=meta.model,
            chapters=tuple(outline.model.chapters) if outline else (),
            indicators=tuple(inds.model.indicators) if inds else (),
            boxes=tuple(boxes.model.boxes) if boxes else (),
            source_lines=tuple(source_lines or ()),
        )

    def _source(self, meta: Located) -> list[str] | None:
        name = meta.model.source.file
        path = self.data_dir / "sources" / name
        if "/" in name or "\\" in name or name.startswith(".") or not path.is_file():
            self._at(meta, ("source", "file"), f"no file '{name}' in data/sources/")
            return None
        return path.read_text(encoding="utf-8").splitlines()

    def _check_locators(self, loaded: dict[str, Located | None], n_lines: int | None) -> None:
        if n_lines is None:
            return
        for item in loaded.values():
            if item is None:
                continue
            for loc, value in _walk(item.doc.data, ()):
                is_locator = loc and loc[-1] == "lines" and isinstance(value, list) and len(value) == 2
                if is_locator and isinstance(value[1], int) and value[1] > n_lines:
                    self._at(item, loc, f"line {value[1]} is outside the source file ({n_lines} lines)")

    def _check_outline(self, item: Located, domain_ids: set[str]) -> None:
        chapters = item.model.chapters
        self._unique(item, ((("chapters", i, "id"), c.id) for i, c in enumerate(chapters)), "chapter")
        sections = [
            (("chapters", i, "sections", j, "id"), s.id)
            for i, c in enumerate(chapters)
            for j, s in enumerate(c.sections)
        ]
        self._unique(item, sections, "section")
        measures: list[tuple[Loc, str]] = []
        for i, c in enumerate(chapters):
            self._ref(item, ("chapters", i, "domain"), c.domain, domain_ids, "domain")
            measures += [(("chapters", i, "measures", k, "id"), m.id) for k, m in enumerate(c.measures)]
            for j, s in enumerate(c.sections):
                measures += [
                    (("chapters", i, "sections", j, "measures", k, "id"), m.id) for k, m in enumerate(s.measures)
                ]
        self._unique(item, measures, "measure")

    def _check_indicators(self, item: Located, meta: PlanMeta, domain_ids: set[str], concept_ids: set[str]) -> None:
        inds: list[Indicator] = item.model.indicators
        self._unique(item, ((("indicators", i, "id"), x.id) for i, x in enumerate(inds)), "indicator")
        for i, ind in enumerate(inds):
            base = ("indicators", i)
            self._ref(item, (*base, "domain"), ind.domain, domain_ids, "domain")
            self._ref(item, (*base, "concept"), ind.concept, concept_ids, "concept")
            for part in ("baseline", "target"):
                value = getattr(ind, part)
                if value is not None:
                    for msg, sub in value_problems(value, ind.quote):
                        self._at(item, (*base, part, sub), msg)
            b, t = ind.baseline, ind.target
            if ind.year_caveat is None:
                if t and t.year is not None and not meta.period.start <= t.year <= meta.period.end:
                    self._at(
                        item,
                        (*base, "target", "year"),
                        f"target year {t.year} is outside the plan's period {meta.period.start}–{meta.period.end}",
                    )
                if b and b.year is not None and b.year > meta.period.end:
                    self._at(
                        item,
                        (*base, "baseline", "year"),
                        f"baseline year {b.year} is after the plan's period ends ({meta.period.end})",
                    )
            if b and t and b.year is not None and t.year is not None and b.year > t.year:
                self._at(item, (*base, "baseline", "year"), f"baseline year {b.year} is after the target year {t.year}")
            for k, obs in enumerate(ind.observations):
                if obs.value is not None and not number_in_text(obs.value, obs.as_written):
                    self._at(
                        item,
                        (*base, "observations", k, "value"),
                        f"{fmt_number(obs.value)} does not appear in as_written '{obs.as_written}'",
                    )

    def _check_boxes(self, item: Located, outline: Located | None, domain_ids: set[str]) -> None:
        boxes = item.model.boxes
        self._unique(item, ((("boxes", i, "id"), b.id) for i, b in enumerate(boxes)), "box")
        items = [(("boxes", i, "items", j, "id"), x.id) for i, b in enumerate(boxes) for j, x in enumerate(b.items)]
        self._unique(item, items, "box item")
        chapters = {c.id: c for c in outline.model.chapters} if outline else {}
        for i, box in enumerate(boxes):
            self._ref(item, ("boxes", i, "domain"), box.domain, domain_ids, "domain")
            self._ref(item, ("boxes", i, "chapter"), box.chapter, set(chapters), "chapter")
            chapter = chapters.get(box.chapter)
            if chapter and box.section:
                self._ref(
                    item,
                    ("boxes", i, "section"),
                    box.section,
                    {s.id for s in chapter.sections},
                    f"section of chapter '{box.chapter}'",
                )


def _walk(node: Any, loc: tuple[int | str, ...]) -> Iterator[tuple[tuple[int | str, ...], Any]]:
    yield loc, node
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _walk(v, (*loc, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _walk(v, (*loc, i))


def load_site(data_dir: Path, root: Path | None = None) -> Site:
    return Loader(data_dir, root).load()
