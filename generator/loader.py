"""discover → parse → validate → cross-check → one frozen Site. Nothing here writes files.

Every problem in every file is collected in one run; DataError carries them all.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import crossref
from generator.crossref import Known
from generator.located import Located, M, validate
from generator.messages import t
from generator.model import ConceptList, IndicatorList, Outline, PlanMeta, ProjectList, Taxonomy
from generator.model.files import PLAN_FILES
from generator.model.redirects import Redirects
from generator.observations import load_tracking
from generator.places import plan_places
from generator.problems import DataError, Problem, display_path
from generator.site import Plan, Site
from generator.yamlio import SOURCE_NAME, parse, read_source

LEVEL_ORDER = {"province": 0, "city": 1, "county": 2}


@dataclass(frozen=True)
class PlanFiles:
    """One plan folder's files, each validated (None when missing or invalid)."""

    meta: Located[PlanMeta]
    chapters: Located[Outline] | None
    indicators: Located[IndicatorList] | None
    projects: Located[ProjectList] | None

    def all(self) -> list[Located[Any]]:
        return [x for x in (self.meta, self.chapters, self.indicators, self.projects) if x is not None]


class Loader:
    """Collects every problem in one run; raises DataError at the end if there were any."""

    def __init__(self, data_dir: Path, root: Path | None = None) -> None:
        self.data_dir = data_dir
        self.root = root or data_dir.parent
        self.problems: list[Problem] = []
        self.unreadable_indicators: set[str] = set()  # plans whose indicators.yaml did not validate

    def load(self) -> Site:
        domains = self._file(self.data_dir / "domains.yaml", Taxonomy)
        concepts = self._file(self.data_dir / "concepts.yaml", ConceptList)
        domain_ids = self._vocabularies(domains, concepts)
        concept_ids = {c.id for c in concepts.model.concepts} if concepts else None
        plans_dir = self.data_dir / "plans"
        entries = sorted(plans_dir.iterdir()) if plans_dir.is_dir() else []
        folders = [p for p in entries if p.is_dir()]
        for stray in entries:  # a plan written as one file would be silently left out
            if stray.is_file() and not stray.name.startswith("."):
                self.problems.append(Problem(self._shown(stray), 1, 1, "", t("plan_file_not_folder")))
        self.problems += self._unsafe_files()
        loaded = [x for x in (self._plan(f, domain_ids, concept_ids) for f in folders) if x is not None]
        self.problems += crossref.parents({plan.id: meta for plan, meta in loaded})
        plans_by_id = {p.id: p for p, _ in loaded}
        tracking, problems = load_tracking(
            self.data_dir, plans_by_id, self._file, self._shown, self.unreadable_indicators
        )
        self.problems += problems
        self._optional(self.data_dir / "redirects.yaml", Redirects)  # its pages are checked in addresses.check
        if self.problems or not (domains and concepts):
            raise DataError(self.problems)
        plans = sorted((p for p, _ in loaded), key=lambda p: (LEVEL_ORDER[p.meta.level], p.meta.region, p.id))
        return Site(tuple(plans), tuple(domains.model.domains), tuple(concepts.model.concepts), tracking)

    def _file(self, path: Path, model: type[M]) -> Located[M] | None:
        doc, problems = parse(path, self._shown(path))
        self.problems += problems
        if doc is None:
            return None
        item, problems = validate(doc, model)
        self.problems += problems
        return item

    def _shown(self, path: Path) -> str:
        return display_path(path, self.root)

    def _vocabularies(self, domains: Located[Taxonomy] | None, concepts: Located[ConceptList] | None) -> Known:
        """Domain ids; checks both vocabularies' own ids and references."""
        domain_ids = {d.id for d in domains.model.domains} if domains else None
        if domains:
            ids = ((("domains", i, "id"), d.id) for i, d in enumerate(domains.model.domains))
            self.problems += crossref.unique(domains, ids, "domain")
        if concepts:
            entries = list(enumerate(concepts.model.concepts))
            self.problems += crossref.unique(concepts, ((("concepts", i, "id"), c.id) for i, c in entries), "concept")
            for i, c in entries:
                self.problems += crossref.reference(concepts, ("concepts", i, "domain"), c.domain, domain_ids, "domain")
        return domain_ids

    def _plan(self, folder: Path, domain_ids: Known, concept_ids: Known) -> tuple[Plan, Located[PlanMeta]] | None:
        files = self._plan_files(folder)
        if files is None:
            return None
        meta = files.meta
        if files.indicators is None and (folder / "indicators.yaml").exists():
            self.unreadable_indicators.add(meta.model.id)
        self.problems += crossref.plan_meta(meta)
        if meta.model.id != folder.name:
            self.problems.append(meta.problem(("id",), t("id_folder", folder=folder.name)))
        source_lines = self._source(meta)
        if source_lines is not None:
            outside = crossref.locators(files.all(), len(source_lines), meta)
            self.problems += outside
            if any(p.field == "source.file" for p in outside):
                source_lines = None  # the wrong text: said once, not again number by number
        if files.chapters:
            self.problems += crossref.outline(files.chapters, domain_ids)
        if files.indicators:
            self.problems += crossref.indicators(files.indicators, meta.model, domain_ids, concept_ids)
            if source_lines is not None:
                self.problems += crossref.source_numbers(files.indicators, source_lines)
        chapters_read = files.chapters is not None or not (folder / "chapters.yaml").exists()
        if files.projects and chapters_read:  # an unreadable chapters.yaml is reported once, not per box
            self.problems += crossref.projects(files.projects, files.chapters, domain_ids)
        plan = Plan(
            meta=meta.model,
            chapters=tuple(files.chapters.model.chapters) if files.chapters else (),
            indicators=tuple(files.indicators.model.indicators) if files.indicators else (),
            boxes=tuple(files.projects.model.boxes) if files.projects else (),
            source_lines=tuple(source_lines or ()),
            places=plan_places(meta, files.chapters, files.indicators, files.projects),
        )
        return plan, meta

    def _plan_files(self, folder: Path) -> PlanFiles | None:
        """Read and validate the folder's files; None when plan.yaml is missing or invalid."""
        plan_yaml = folder / "plan.yaml"
        if not plan_yaml.exists():
            self.problems.append(Problem(self._shown(plan_yaml), 1, 1, "", t("no_plan_yaml")))
            return None
        for extra in sorted(folder.iterdir()):
            if extra.name not in PLAN_FILES:
                allowed = ", ".join(PLAN_FILES)
                self.problems.append(Problem(self._shown(extra), 1, 1, "", t("unexpected_file", allowed=allowed)))
        meta = self._file(plan_yaml, PlanMeta)
        chapters = self._optional(folder / "chapters.yaml", Outline)
        indicators = self._optional(folder / "indicators.yaml", IndicatorList)
        projects = self._optional(folder / "projects.yaml", ProjectList)
        return PlanFiles(meta, chapters, indicators, projects) if meta else None

    def _optional(self, path: Path, model: type[M]) -> Located[M] | None:
        return self._file(path, model) if path.exists() else None

    def _source(self, meta: Located[PlanMeta]) -> list[str] | None:
        name = meta.model.source.file
        path = self.data_dir / "sources" / name
        if not SOURCE_NAME.fullmatch(name):
            self.problems.append(meta.problem(("source", "file"), t("source_name_bad", name=name)))
            return None
        if not path.is_file():
            self.problems.append(meta.problem(("source", "file"), t("no_source", name=name)))
            return None
        lines, problems = read_source(path, self._shown(path))
        self.problems += problems
        return lines

    def _unsafe_files(self) -> list[Problem]:
        """Symbolic links could publish any file of the machine: none are allowed under data/.
        Two names that differ only in case are one file on Windows and macOS checkouts."""
        out = []
        for folder, dirs, files in os.walk(self.data_dir):
            seen: dict[str, str] = {}
            for name in sorted(dirs + files):
                path = Path(folder) / name
                if path.is_symlink():
                    out.append(Problem(self._shown(path), 1, 1, "", t("symlink")))
                other = seen.setdefault(name.casefold(), name)
                if other != name:
                    out.append(Problem(self._shown(path), 1, 1, "", t("source_case_clash", other=other)))
        return out


def load_site(data_dir: Path, root: Path | None = None) -> Site:
    return Loader(data_dir, root).load()
