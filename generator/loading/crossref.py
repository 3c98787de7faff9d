"""Checks across fields and files that a single model cannot make: unique ids, references
to domains, concepts, chapters and plans, line numbers inside the source, years inside the
plan's period, numbers that match their text. Each returns problems; none raises."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from generator.loading.located import Located
from generator.loading.yamlio import Loc
from generator.messages import t
from generator.messages import what as what_
from generator.model import Indicator, IndicatorList, Outline, PlanMeta, ProjectList
from generator.problems import Problem
from generator.sitemodel.targets import target_year
from generator.sitemodel.values import fmt_number, number_in_source, number_in_text, value_problems
from generator.sitemodel.vocabulary import ANCHORS

Known = set[str] | None  # the ids a reference may name; None when their file could not be read
PAGE_NUMBER = re.compile(r"^\d{1,3}、")
UNIT_SUFFIX = re.compile(r"[（(]([^（()）]{1,8})[)）]$")  # the unit a table row adds: 城镇新增就业人数（万人）
RESERVED_ANCHORS = frozenset(ANCHORS.values())  # the templates write these (vocabulary.ANCHORS)


def plan_meta(item: Located[PlanMeta]) -> list[Problem]:
    m = item.model
    if m.issued and m.published and m.published < m.issued:
        return [item.problem(("published",), t("published_before_issued", published=m.published, issued=m.issued))]
    return []


def parents(metas: dict[str, Located[PlanMeta]]) -> list[Problem]:
    """Every parent is a known plan, and following parents never comes back to the start."""
    out = []
    for pid, item in sorted(metas.items()):
        out += reference(item, ("parent",), item.model.parent, set(metas), "plan")
        seen = [pid]
        parent = item.model.parent
        while parent in metas and parent not in seen:
            seen.append(parent)
            parent = metas[parent].model.parent
        if parent is not None and parent in seen:
            chain = " → ".join([*seen, parent])
            out.append(item.problem(("parent",), t("parent_cycle", chain=chain)))
    return out


def anchors(item: Located[Any], entries: list[tuple[Loc, str]], what: str) -> list[Problem]:
    """Ids that become HTML ids on one page: unique together and not one of the page's own."""
    out = unique(item, entries, what)
    for loc, ident in entries:
        if ident in RESERVED_ANCHORS:
            out.append(item.problem(loc, t("reserved_anchor", ident=ident)))
    return out


def _not_in_lines(value: float, lines: tuple[int, int]) -> str:
    """ "第 86 行" for one line, "第 86–90 行" for a range."""
    if lines[0] == lines[1]:
        return t("not_in_line", number=fmt_number(value), line=lines[0])
    return t("not_in_lines", number=fmt_number(value), first=lines[0], last=lines[1])


def source_numbers(item: Located[IndicatorList], source: list[str]) -> list[Problem]:
    """Every stated number occurs in the lines the indicator cites."""
    out = []
    for i, ind in enumerate(item.model.indicators):
        cited = cited_text(source, ind.lines)
        for part in ("baseline", "target"):
            value = getattr(ind, part)
            if value is not None and value.value is not None and not number_in_source(value.value, cited):
                msg = _not_in_lines(value.value, ind.lines)
                out.append(item.problem(("indicators", i, part, "value"), msg))
        for k, obs in enumerate(ind.observations):
            text = cited_text(source, obs.lines)
            if obs.value is not None and not number_in_source(obs.value, text):
                msg = _not_in_lines(obs.value, obs.lines)
                out.append(item.problem(("indicators", i, "observations", k, "value"), msg))
    return out


def cited_text(source: Sequence[str], lines: tuple[int, int]) -> str:
    """The cited lines as one text; a page number that opens a continuation line (a PDF's
    '44、') is dropped, so a number split by a page break reads whole."""
    first, *rest = source[lines[0] - 1 : lines[1]] or [""]
    return first + "".join(PAGE_NUMBER.sub("", ln, count=1) for ln in rest)


def unique(item: Located[Any], entries: Iterable[tuple[Loc, str]], kind: str) -> list[Problem]:
    seen: dict[str, Loc] = {}
    out = []
    for loc, ident in entries:
        if ident in seen:
            first = item.doc.position(seen[ident])[0]
            out.append(item.problem(loc, t("duplicate_id", what=what_(kind), ident=ident, first=first)))
        else:
            seen[ident] = loc
    return out


def reference(
    item: Located[Any], loc: Loc, value: str | None, known: Known, kind: str, chapter: str | None = None
) -> list[Problem]:
    """An id that must name something known; None for ``known`` means the list itself could
    not be read (its own error is reported once, not again at every use)."""
    if value is None or known is None or value in known:
        return []
    hint = difflib.get_close_matches(value, sorted(known), n=1, cutoff=0.6)
    tail = t("did_you_mean", hint=hint[0]) if hint else ""
    if chapter is not None:
        return [item.problem(loc, t("unknown_section", chapter=chapter, value=value) + tail)]
    return [item.problem(loc, t("unknown_ref", what=what_(kind), value=value) + tail)]


MANY_OUTSIDE = 3  # more lines than this outside the text: the text is the wrong one, say it once


def locators(items: Iterable[Located[Any]], n_lines: int, meta: Located[PlanMeta] | None = None) -> list[Problem]:
    """Every `lines: [a, b]` ends inside the source file. When many do not (an empty, cut or
    wrong text), one problem at ``meta``'s source.file says so instead of one per locator."""
    out: list[tuple[Problem, int]] = []
    for item in items:
        for loc, value in _walk(item.doc.data, ()):
            is_locator = loc and loc[-1] == "lines" and isinstance(value, list) and len(value) == 2
            if is_locator and isinstance(value[1], int) and value[1] > n_lines:
                out.append((item.problem(loc, t("outside_source", line=value[1], total=n_lines)), value[1]))
    if meta is not None and len(out) > MANY_OUTSIDE:
        first, line = out[0]
        where = f"{first.path}:{first.line}"
        msg = t("lines_outside_source", n=len(out), file=meta.model.source.file, total=n_lines, where=where, line=line)
        return [meta.problem(("source", "file"), msg)]
    return [p for p, _ in out]


def outline(item: Located[Outline], domain_ids: Known) -> list[Problem]:
    chapters = item.model.chapters
    out = unique(item, ((("chapters", i, "id"), c.id) for i, c in enumerate(chapters)), "chapter")
    sections = [
        (("chapters", i, "sections", j, "id"), s.id) for i, c in enumerate(chapters) for j, s in enumerate(c.sections)
    ]
    measures: list[tuple[Loc, str]] = []
    for i, c in enumerate(chapters):
        out += reference(item, ("chapters", i, "domain"), c.domain, domain_ids, "domain")
        measures += [(("chapters", i, "measures", k, "id"), m.id) for k, m in enumerate(c.measures)]
        for j, s in enumerate(c.sections):
            measures += [(("chapters", i, "sections", j, "measures", k, "id"), m.id) for k, m in enumerate(s.measures)]
    return out + anchors(item, sections + measures, "section or measure")


def indicators(item: Located[IndicatorList], meta: PlanMeta, domain_ids: Known, concept_ids: Known) -> list[Problem]:
    inds = item.model.indicators
    out = unique(item, ((("indicators", i, "id"), x.id) for i, x in enumerate(inds)), "indicator")
    for i, ind in enumerate(inds):
        base = ("indicators", i)
        out += reference(item, (*base, "domain"), ind.domain, domain_ids, "domain")
        out += reference(item, (*base, "concept"), ind.concept, concept_ids, "concept")
        out += _values(item, base, ind)
        out += _years(item, base, ind, meta)
        if name_in_quote(ind) == ind.name_composed:
            msg = t("name_in_quote" if ind.name_composed else "name_not_in_quote", name=ind.name)
            out.append(item.problem((*base, "name_composed" if ind.name_composed else "name"), msg))
    return out


def name_in_quote(ind: Indicator) -> bool:
    """Whether the quote holds the name as one phrase (spaces and bracket widths aside; a table
    row's name without the unit it ends with, 城镇新增就业人数（万人）)."""
    return holds_phrase(ind.quote, UNIT_SUFFIX.sub("", ind.name) if ind.origin == "table" else ind.name)


def holds_phrase(quote: str, name: str) -> bool:
    """Whether the words hold the name as written, spaces and bracket widths aside."""
    return _squeeze(name) in _squeeze(quote)


def _squeeze(text: str) -> str:
    return "".join(text.split()).replace("（", "(").replace("）", ")")


def _values(item: Located[IndicatorList], base: Loc, ind: Indicator) -> list[Problem]:
    out = []
    for part in ("baseline", "target"):
        value = getattr(ind, part)
        if value is not None:
            out += [item.problem((*base, part, sub), msg) for msg, sub in value_problems(value, ind.quote)]
    for k, obs in enumerate(ind.observations):
        if obs.value is not None and not number_in_text(obs.value, obs.as_written):
            msg = t("not_in_written", number=fmt_number(obs.value), written=obs.as_written)
            out.append(item.problem((*base, "observations", k, "value"), msg))
    return out


def _years(item: Located[IndicatorList], base: Loc, ind: Indicator, meta: PlanMeta) -> list[Problem]:
    b, tg, period = ind.baseline, ind.target, meta.period
    out = []
    if ind.year_caveat is None:
        when = target_year(period, ind)  # the one rule for a target's year
        if not when.in_period:
            msg = t("target_outside_period", year=when.year, start=period.start, end=period.end)
            out.append(item.problem((*base, "target", "year"), msg))
        if b and b.year is not None and b.year > period.end:
            msg = t("baseline_after_period", year=b.year, end=period.end)
            out.append(item.problem((*base, "baseline", "year"), msg))
    written = meta.issued.year if meta.issued else period.start
    for k, obs in enumerate(ind.observations):
        if obs.year is not None and obs.year > written:
            msg = t("observation_future", year=obs.year, written=written)
            out.append(item.problem((*base, "observations", k, "year"), msg))
    if b and tg and b.year is not None and tg.year is not None and b.year > tg.year:
        out.append(item.problem((*base, "baseline", "year"), t("baseline_after_target", year=b.year, target=tg.year)))
    return out


def projects(item: Located[ProjectList], chapters_file: Located[Outline] | None, domain_ids: Known) -> list[Problem]:
    boxes = item.model.boxes
    out: list[Problem] = []
    items = [(("boxes", i, "items", j, "id"), x.id) for i, b in enumerate(boxes) for j, x in enumerate(b.items)]
    box_ids: list[tuple[Loc, str]] = [(("boxes", i, "id"), b.id) for i, b in enumerate(boxes)]
    out += anchors(item, [*box_ids, *items], "box or box item")
    chapters = {c.id: c for c in chapters_file.model.chapters} if chapters_file else {}
    chapter_ids = set(chapters) if chapters_file else None
    for i, box in enumerate(boxes):
        out += reference(item, ("boxes", i, "domain"), box.domain, domain_ids, "domain")
        out += reference(item, ("boxes", i, "chapter"), box.chapter, chapter_ids, "chapter")
        chapter = chapters.get(box.chapter)
        if chapter and box.section:
            known = {s.id for s in chapter.sections}
            out += reference(item, ("boxes", i, "section"), box.section, known, "section", chapter=box.chapter)
    return out


def _walk(node: Any, loc: tuple[int | str, ...]) -> Iterator[tuple[tuple[int | str, ...], Any]]:
    yield loc, node
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _walk(v, (*loc, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _walk(v, (*loc, i))
