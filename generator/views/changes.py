"""更新记录: what changed in the data and when, from the git history. Pure."""

from __future__ import annotations

from dataclasses import dataclass

from generator import urls
from generator.history.changelog import Change, Timeline
from generator.sitemodel.site import Site
from generator.views.history import RecentRow, recent_rows
from generator.views.page import Context, Page

PLAN_FILE = {
    "plan.yaml": "基本信息",
    "chapters.yaml": "章节正文",
    "indicators.yaml": "指标",
    "projects.yaml": "专栏项目",
}
SHARED = {
    "data/domains.yaml": "领域",
    "data/concepts.yaml": "指标概念",
    "data/redirects.yaml": "网址跳转",
    "data/addresses.txt": "网址记录",
}


@dataclass(frozen=True)
class Touched:
    label: str
    link: str


@dataclass(frozen=True)
class ChangeRow:
    date: str
    commit: str
    note: str  # the commit message's 说明： line ('' when it has none)
    touched: list[Touched]


@dataclass(frozen=True)
class ChangesContext(Context):
    template = "changes.md.j2"
    rows: list[ChangeRow]
    recent: list[RecentRow]
    available: bool  # False: built outside a git checkout, no history to read
    feed: str
    limit: int


def touched(site: Site, path: str, from_url: str) -> Touched:
    """A changed file as readers know it: the plan and part, or the shared list; else the path."""
    parts = path.split("/")
    plan_id = parts[2].removesuffix(".yaml") if len(parts) == 3 else (parts[2] if len(parts) > 3 else "")
    plan = site.plan_by_id.get(plan_id)
    if parts[:2] == ["data", "plans"] and plan and len(parts) == 4:
        return Touched(
            f"{plan.meta.short_title}：{PLAN_FILE.get(parts[3], parts[3])}", urls.link(from_url, urls.plan(plan.id))
        )
    if parts[:2] == ["data", "observations"] and plan:
        return Touched(f"{plan.meta.short_title}：实际值与官方评价", urls.link(from_url, urls.plan(plan.id)))
    if path.startswith("data/sources/observations/"):
        return Touched("实际值来源", urls.link(from_url, urls.observations()))
    if path.startswith("data/sources/"):
        return Touched(f"规划原文 {parts[-1]}", "")
    return Touched(SHARED.get(path, path), "")


def changes_page(site: Site, history: tuple[Change, ...], timeline: Timeline | None = None) -> Page:
    here = urls.changes()
    rows = []
    for c in history:
        seen: dict[str, Touched] = {}
        for f in c.files:
            t = touched(site, f, here)
            seen.setdefault(t.label, t)
        rows.append(ChangeRow(c.date, c.commit, c.note, list(seen.values())))
    recent = recent_rows(site, timeline, here)
    limit = timeline.limit if timeline else 0
    return Page(
        here,
        "最近更新",
        ChangesContext(rows, recent, timeline is not None, "feed.xml" if timeline and timeline.commits else "", limit),
    )
