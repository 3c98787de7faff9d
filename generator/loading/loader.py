"""discover → parse → validate → cross-check → one frozen Site.

Every problem in every file is collected in one run; DataError carries them all.

Parsing with positions (ruamel's round-trip loader, pure Python) is most of the cost, so each
file's parsed and validated result, positions and problems included, can be kept in a
content-addressed cache (``parsed``: the build's and the change history's, .build/parsed/).
An entry is found by the file's bytes, the path it is shown by, the model it is read as, the
editor's language and the code that parses and validates it (generator/inputs.py follows the
imports): a change to any of these reads the file afresh, never an old entry. Nothing else
here writes files.

A plan folder's check (its files read, cross-checked and made one ``Plan``) is kept the same
way, found by its files, the texts it may cite, the vocabularies and the code. A ``Memo`` keeps
results in memory across loads of many revisions (the change history): a file already read is
not read back again, and a plan folder whose files, cited text and vocabularies are those of a
plan already checked is not checked again.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import inputs
from generator.loading import crossref
from generator.loading.crossref import Known
from generator.loading.located import Located, M, validate
from generator.loading.observations import load_tracking
from generator.loading.places import plan_places
from generator.loading.yamlio import SOURCE_NAME, parse, read_source
from generator.messages import english, t
from generator.model import ConceptList, IndicatorList, Outline, PlanMeta, ProjectList, Taxonomy
from generator.model.files import PLAN_FILES
from generator.model.redirects import Redirects
from generator.problems import DataError, Problem, display_path
from generator.sitemodel.site import Plan, Site

LEVEL_ORDER = {"province": 0, "city": 1, "county": 2}


@dataclass
class Memo:
    """What one process has read, shared by the loads of many revisions (by content, as the cache)."""

    files: dict[str, tuple[Any, list[Problem]]] = field(default_factory=dict)
    plans: dict[str, tuple[Any, list[Problem], bool]] = field(default_factory=dict)


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

    def __init__(
        self, data_dir: Path, root: Path | None = None, parsed: Path | None = None, memo: Memo | None = None
    ) -> None:
        self.data_dir = data_dir
        self.root = root or data_dir.parent
        self.parsed = parsed  # the cache of parsed files, or None to parse every file
        self.memo = memo
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
        item, problems = self._read(path, model)
        self.problems += problems
        return item

    def _read(self, path: Path, model: type[M]) -> tuple[Located[M] | None, list[Problem]]:
        shown = self._shown(path)
        entry = key = None
        if self.parsed is not None or self.memo is not None:
            try:
                raw = path.read_bytes()
            except OSError:
                raw = None  # parse says why
            if raw is not None:
                key = _entry_key(raw, shown, model)
                if self.memo is not None and key in self.memo.files:
                    return self.memo.files[key]
                if self.parsed is not None:
                    entry = self.parsed / f"{key}.pickle"
                    found = _cached(entry)
                    if found is not None:
                        self._remember(key, found)
                        return found  # type: ignore[no-any-return]
        doc, problems = parse(path, shown)
        item, more = validate(doc, model) if doc is not None else (None, [])
        result = (item, problems + more)
        if entry is not None:
            _store(entry, result)
        if key is not None:
            self._remember(key, result)
        return result

    def _remember(self, key: str, result: tuple[Any, list[Problem]]) -> None:
        if self.memo is not None:
            self.memo.files[key] = result

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
        """A plan folder checked, or its check as kept (in the memo, or in ``parsed`` as one entry
        per plan: its model, its plan.yaml as read and its problems, found by everything the check
        reads, so an unchanged plan costs one small read, not its four documents with positions)."""
        if self.memo is None and self.parsed is None:
            return self._check_plan(folder, domain_ids, concept_ids)
        key = self._plan_key(folder, domain_ids, concept_ids)
        kept = self.memo.plans.get(key) if self.memo is not None else None
        entry = self.parsed / f"plan-{key}.pickle" if self.parsed is not None else None
        if kept is None and entry is not None:
            kept = _cached(entry)
        if kept is None:
            before, unreadable = len(self.problems), set(self.unreadable_indicators)
            result = self._check_plan(folder, domain_ids, concept_ids)
            found = list(self.problems[before:])
            del self.problems[before:]
            kept = (result, found, self.unreadable_indicators != unreadable)
            self.unreadable_indicators = unreadable
            if entry is not None:
                _store(entry, kept)
        if self.memo is not None:
            self.memo.plans[key] = kept
        result, found, indicators_unreadable = kept
        self.problems += found
        if indicators_unreadable and result is not None:
            self.unreadable_indicators.add(result[0].id)
        return result

    def _plan_key(self, folder: Path, domain_ids: Known, concept_ids: Known) -> str:
        """Everything a plan folder's check reads: its files, the texts it may cite, the vocabularies,
        the editor's language and the code that checks it."""
        h = hashlib.sha256(f"{self._shown(folder)}\0{sorted(domain_ids or [])}\0{sorted(concept_ids or [])}".encode())
        h.update(f"{domain_ids is None}{concept_ids is None}{english()}\0{_code(__name__)}\0{self._sources}".encode())
        for path in sorted(folder.iterdir()):
            h.update(f"\0{path.name}\0{path.is_symlink()}\0".encode())
            if path.is_file():
                h.update(hashlib.sha256(path.read_bytes()).digest())
        return h.hexdigest()

    @functools.cached_property
    def _sources(self) -> str:
        """One digest of data/sources/ (names and bytes): the texts any plan may cite."""
        h = hashlib.sha256()
        for path in sorted((self.data_dir / "sources").glob("*")):
            h.update(f"\0{path.name}\0{path.is_symlink()}\0".encode())
            if path.is_file():
                h.update(hashlib.sha256(path.read_bytes()).digest())
        return h.hexdigest()

    def _check_plan(self, folder: Path, domain_ids: Known, concept_ids: Known) -> tuple[Plan, Located[PlanMeta]] | None:
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


@functools.cache
def _code(module: str) -> str:
    """The code that parses a file and validates it as a model of ``module``."""
    return inputs.code_digest("generator.loading.yamlio", "generator.loading.located", module)


def _entry_key(raw: bytes, shown: str, model: type[Any]) -> str:
    h = hashlib.sha256(
        f"{_code(model.__module__)}\0{model.__module__}.{model.__qualname__}\0{shown}\0{english()}\0".encode()
    )
    h.update(raw)
    return h.hexdigest()


def _cached(entry: Path) -> Any:
    """The stored result, or None when there is none or it cannot be read (then the file is parsed)."""
    try:
        return pickle.loads(entry.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None


def _store(entry: Path, result: object) -> None:
    """Written whole or not at all: a killed build leaves no half entry to be read."""
    entry.parent.mkdir(parents=True, exist_ok=True)
    tmp = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
    tmp.write_bytes(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    tmp.replace(entry)


def load_site(data_dir: Path, root: Path | None = None, parsed: Path | None = None, memo: Memo | None = None) -> Site:
    """The site from ``data_dir``; ``parsed`` is the cache of parsed files (None: no cache),
    ``memo`` what earlier loads in this process read."""
    return Loader(data_dir, root, parsed, memo).load()
