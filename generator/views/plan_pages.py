"""The pages of one plan: overview, chapters, indicator list, projects, source text.

Each depends only on its own plan and the shared vocabularies, so a plan is a unit of build.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from generator import urls
from generator.model import Chapter, Domain, Measure, Note, ProjectBox, ProjectItem, Section
from generator.sitemodel.site import Plan, Site
from generator.sitemodel.vocabulary import chapter_label, lines_text, plan_name, section_label, without_bookmarks
from generator.views.concepts import ConceptIndex
from generator.views.edit import NO_EDIT, EditLinks
from generator.views.indicator_pages import indicator_part
from generator.views.page import Context, Page, Part
from generator.views.progress import StatusCounts, StatusLink, plan_counts, status_links
from generator.views.report import report_page
from generator.views.rows import LinkedIndicatorRow, PlanBrief, PlanCard, linked_row, plan_brief, plan_card


@dataclass(frozen=True)
class ChapterLink:
    id: str
    label: str
    link: str
    sections: int


@dataclass(frozen=True)
class NoteView:
    text: str
    lines: str
    link: str


@dataclass(frozen=True)
class PlanLinks:
    indicators: str
    projects: str
    source: str
    raw: str
    report: str


@dataclass(frozen=True)
class PlanContext(Context):
    template = "plan.md.j2"
    plan: PlanCard
    chapters: list[ChapterLink]
    missing: list[NoteView]
    notes: list[NoteView]
    links: PlanLinks
    status_counts: StatusCounts | None = None
    edit: str = ""  # 在 GitHub 上修改: the plan.yaml line; empty without REPO_URL


@dataclass(frozen=True)
class MeasureView:
    id: str
    lead: str | None
    text: str
    lines: str
    link: str


@dataclass(frozen=True)
class SectionView:
    id: str
    heading: str
    lost: bool  # the source lost this heading
    measures: list[MeasureView]


@dataclass(frozen=True)
class BoxLink:
    box: ProjectBox
    link: str


@dataclass(frozen=True)
class ChapterContext(Context):
    template = "chapter.md.j2"
    plan: PlanCard
    heading: str
    chapter: Chapter
    lines: str
    source_link: str
    measures: list[MeasureView]
    sections: list[SectionView]
    domain: Domain
    domain_link: str
    boxes: list[BoxLink]
    plan_link: str
    siblings: list[ChapterLink]
    edit: str = ""


@dataclass(frozen=True)
class IndicatorsContext(Context):
    template = "indicators.md.j2"
    plan: PlanCard
    rows: list[LinkedIndicatorRow]
    plan_link: str
    csv: str
    edit: str = ""
    status_links: list[StatusLink] = field(default_factory=list)  # by computed status: the lists


@dataclass(frozen=True)
class ItemView:
    item: ProjectItem
    lines: str
    link: str


@dataclass(frozen=True)
class BoxView:
    box: ProjectBox
    domain: Domain
    domain_link: str
    chapter: str
    chapter_link: str
    items: list[ItemView]
    edit: str = ""


@dataclass(frozen=True)
class ProjectsContext(Context):
    template = "projects.md.j2"
    plan: PlanBrief
    boxes: list[BoxView]
    missing: list[Note]
    plan_link: str
    csv: str
    edit: str = ""


@dataclass(frozen=True)
class SourceContext(Context):
    template = "source.md.j2"
    plan: PlanBrief
    lines: list[tuple[int, str]]
    raw: str
    file: str
    plan_link: str


def plan_part(site: Site, plan: Plan, site_url: str, concepts: ConceptIndex, edit: EditLinks = NO_EDIT) -> Part:
    """Every page and file that belongs to one plan."""
    part = Part()
    chapters = chapter_links(plan)
    part.pages.append(overview_page(plan, chapters, plan_counts(site, plan, urls.plan(plan.id)), edit))
    part.pages += [chapter_page(site, plan, ch, chapters, edit) for ch in plan.chapters]
    part.pages.append(indicators_page(site, plan, edit))
    for ind in plan.indicators:
        part += indicator_part(site, plan, ind, site_url, concepts, edit.link(plan.places.indicators.get(ind.id)))
    part.pages.append(projects_page(site, plan, edit))
    part.pages.append(source_page(plan))
    part.pages.append(report_page(site, plan))
    return part


def chapter_links(plan: Plan) -> list[ChapterLink]:
    base = urls.plan(plan.id)
    return [
        ChapterLink(c.id, chapter_label(c), urls.link(base, urls.chapter(plan.id, c.id)), len(c.sections))
        for c in plan.chapters
    ]


def _notes(plan: Plan, notes: list[Note], from_url: str) -> list[NoteView]:
    return [
        NoteView(
            n.text,
            lines_text(n.lines) if n.lines else "",
            urls.link(from_url, urls.source(plan.id, n.lines)) if n.lines else "",
        )
        for n in notes
    ]


def overview_page(
    plan: Plan, chapters: list[ChapterLink], counts: StatusCounts | None = None, edit: EditLinks = NO_EDIT
) -> Page:
    pid, base = plan.id, urls.plan(plan.id)
    links = PlanLinks(
        indicators=urls.link(base, urls.indicators(pid)),
        projects=urls.link(base, urls.projects(pid)),
        source=urls.link(base, urls.source(pid)),
        raw=urls.link(base, urls.source_file(plan.meta.source.file)),
        report=urls.link(base, urls.report(pid)),
    )
    src = plan.meta.source
    notes = _notes(plan, src.notes, base)
    edit_link = edit.link(plan.places.plan)
    context = PlanContext(plan_card(plan), chapters, _notes(plan, src.missing, base), notes, links, counts, edit_link)
    return Page(base, plan_name(plan.meta), context)


def _measures(plan: Plan, measures: list[Measure], from_url: str) -> list[MeasureView]:
    return [
        MeasureView(m.id, m.lead, m.text, lines_text(m.lines), urls.link(from_url, urls.source(plan.id, m.lines)))
        for m in measures
    ]


def _section(plan: Plan, s: Section, from_url: str) -> SectionView:
    return SectionView(s.id, section_label(s), not s.title, _measures(plan, s.measures, from_url))


def chapter_page(site: Site, plan: Plan, ch: Chapter, chapters: list[ChapterLink], edit: EditLinks = NO_EDIT) -> Page:
    pid = plan.id
    url = urls.chapter(pid, ch.id)
    label = chapter_label(ch)
    context = ChapterContext(
        plan=plan_card(plan),
        heading=label,
        chapter=ch,
        lines=lines_text(ch.lines),
        source_link=urls.link(url, urls.source(pid, ch.lines)),
        measures=_measures(plan, ch.measures, url),
        sections=[_section(plan, s, url) for s in ch.sections],
        domain=site.domain_by_id[ch.domain],
        domain_link=urls.link(url, urls.domain(ch.domain)),
        boxes=[BoxLink(b, urls.link(url, urls.project_box(pid, b.id))) for b in boxes_of(plan)[ch.id]],
        plan_link=urls.link(url, urls.plan(pid)),
        siblings=[ChapterLink(c.id, c.label, urls.link(url, urls.chapter(pid, c.id)), c.sections) for c in chapters],
        edit=edit.link(plan.places.chapters.get(ch.id)),
    )
    return Page(url, f"{label} · {plan_name(plan.meta)}", context)


def boxes_of(plan: Plan) -> dict[str, list[ProjectBox]]:
    """The plan's boxes by the chapter they sit in."""
    out: dict[str, list[ProjectBox]] = defaultdict(list)
    for box in plan.boxes:
        out[box.chapter].append(box)
    return out


def indicators_page(site: Site, plan: Plan, edit: EditLinks = NO_EDIT) -> Page:
    url = urls.indicators(plan.id)
    rows = [linked_row(site, plan, i, url) for i in plan.indicators]
    context = IndicatorsContext(
        plan_card(plan),
        rows,
        urls.link(url, urls.plan(plan.id)),
        urls.link(url, urls.INDICATORS_CSV),
        edit.link(plan.places.indicators_file),
        status_links(site, plan, url),
    )
    return Page(url, f"{plan_name(plan.meta)} · 指标", context)


def projects_page(site: Site, plan: Plan, edit: EditLinks = NO_EDIT) -> Page:
    url = urls.projects(plan.id)
    boxes = []
    for box in plan.boxes:
        chapter = plan.chapter_by_id.get(box.chapter)
        items = [ItemView(it, lines_text(it.lines), urls.link(url, urls.source(plan.id, it.lines))) for it in box.items]
        boxes.append(
            BoxView(
                box=box,
                domain=site.domain_by_id[box.domain],
                domain_link=urls.link(url, urls.domain(box.domain)),
                chapter=chapter_label(chapter) if chapter else box.chapter,
                chapter_link=urls.link(url, urls.chapter(plan.id, box.chapter)),
                items=items,
                edit=edit.link(plan.places.boxes.get(box.id)),
            )
        )
    context = ProjectsContext(
        plan_brief(plan),
        boxes,
        list(plan.meta.source.missing),
        urls.link(url, urls.plan(plan.id)),
        urls.link(url, urls.PROJECTS_CSV),
        edit.link(plan.places.projects_file),
    )
    return Page(url, f"{plan_name(plan.meta)} · 专栏项目", context)


def source_page(plan: Plan) -> Page:
    url = urls.source(plan.id)
    context = SourceContext(
        plan_brief(plan),
        [(n, without_bookmarks(line)) for n, line in enumerate(plan.source_lines, 1)],
        urls.link(url, urls.source_file(plan.meta.source.file)),
        plan.meta.source.file,
        urls.link(url, urls.plan(plan.id)),
    )
    return Page(url, f"{plan_name(plan.meta)} · 原文", context)
