"""What changed, when and why: an indicator's own change history and the site's latest
changes (最近更新), from the timeline read out of git (generator/history/timeline.py). Pure."""

from __future__ import annotations

from dataclasses import dataclass

from generator import urls
from generator.history.changelog import TIMELINE_LIMIT, CommitChanges, FieldChange, Timeline
from generator.sitemodel.site import Site
from generator.sitemodel.vocabulary import plan_name

RECENT = 60  # indicator changes on the 最近更新 list


@dataclass(frozen=True)
class HistoryRow:
    date: str
    commit: str
    note: str  # the commit message's 说明： line, as written ('' when it has none)
    items: list[str]  # what changed, old → new


@dataclass(frozen=True)
class IndicatorHistory:
    available: bool  # False: the build did not run in a git checkout
    rows: list[HistoryRow]
    limit: int = TIMELINE_LIMIT


@dataclass(frozen=True)
class RecentRow:
    key: str  # plan/indicator
    date: str
    commit: str
    note: str
    plan: str
    indicator: str
    link: str  # '' when the indicator is gone
    items: list[str]


def change_text(c: FieldChange) -> str:
    """One change in words: added, removed, or old → new."""
    if c.label == "指标":
        return f"新增指标“{c.new}”" if not c.old else f"删除指标“{c.old}”"
    if not c.old:
        return f"新增{c.label}：{c.new}"
    if not c.new:
        return f"删除{c.label}（原为：{c.old}）"
    return f"{c.label}：{c.old} → {c.new}"


def indicator_history(timeline: Timeline | None, plan_id: str, indicator_id: str) -> IndicatorHistory:
    if timeline is None:
        return IndicatorHistory(False, [])
    key = f"{plan_id}/{indicator_id}"
    rows = [HistoryRow(c.date, c.commit, c.note, [change_text(x) for x in c.indicators[key]]) for c in timeline.of(key)]
    return IndicatorHistory(True, rows, timeline.limit)


def _named(site: Site, key: str, from_url: str) -> tuple[str, str, str]:
    """(plan name, indicator name, link) as readers know them; ids when the thing is gone."""
    plan_id, _, ind_id = key.partition("/")
    plan = site.plan_by_id.get(plan_id)
    ind = plan.indicator_by_id.get(ind_id) if plan else None
    if plan is None or ind is None:
        return (plan_name(plan.meta) if plan else plan_id), ind_id, ""
    return plan_name(plan.meta), ind.name, urls.link(from_url, urls.indicator(plan_id, ind_id))


def commit_rows(site: Site, commit: CommitChanges, from_url: str) -> list[RecentRow]:
    out = []
    for key, changes in commit.indicators.items():
        plan, name, link = _named(site, key, from_url)
        items = [change_text(x) for x in changes]
        out.append(RecentRow(key, commit.date, commit.commit, commit.note, plan, name, link, items))
    return out


def recent_rows(site: Site, timeline: Timeline | None, from_url: str) -> list[RecentRow]:
    """The latest indicator changes, newest first, at most RECENT."""
    rows = [r for c in (timeline.commits if timeline else ()) for r in commit_rows(site, c, from_url)]
    return rows[:RECENT]
