"""Site → pages with their context (numbers, URLs, anchors). Pure: no I/O, easy to test."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from generator import charts, urls
from generator.escape import mkdocs_text
from generator.model import Box, Indicator, Value
from generator.site import Plan, Site

LEVEL = {"province": "省级", "city": "市级", "county": "县级"}
KIND = {"five-year-plan": "五年规划", "action-plan": "行动方案"}
STATUS = {"in-force": "现行有效", "draft": "征求意见稿（草案）", "unknown": "未注明"}
NATURE = {"binding": "约束性", "expected": "预期性", "unspecified": "未注明"}
COMPARATOR = {"=": "", ">=": "≥", ">": ">", "<=": "≤", "<": "<"}
INDICATOR_COLUMNS = [
    "plan_id",
    "plan_title",
    "id",
    "name",
    "concept",
    "domain",
    "category",
    "unit",
    "baseline_year",
    "baseline",
    "baseline_value",
    "baseline_comparator",
    "target_year",
    "target",
    "target_value",
    "target_comparator",
    "nature",
    "origin",
    "source_lines",
    "url",
]
NAV_PLAN_LIMIT = 30  # plans listed in the site-wide navigation, at most
PROJECT_COLUMNS = [
    "plan_id",
    "plan_title",
    "box",
    "box_title",
    "chapter",
    "domain",
    "item",
    "title",
    "text",
    "source_lines",
    "url",
]


@dataclass(frozen=True)
class Page:
    url: str
    template: str
    title: str
    context: dict[str, Any]

    @property
    def file(self) -> str:
        return urls.page_file(self.url)


@dataclass(frozen=True)
class FileOut:
    path: str  # under content/
    data: bytes


@dataclass
class SiteView:
    pages: list[Page] = field(default_factory=list)
    files: list[FileOut] = field(default_factory=list)
    nav: list[Any] = field(default_factory=list)
    search_terms: list[str] = field(default_factory=list)
    embeds: list[dict[str, Any]] = field(default_factory=list)


def lines_text(lines: tuple[int, int]) -> str:
    return f"{lines[0]}" if lines[0] == lines[1] else f"{lines[0]}–{lines[1]}"


def value_text(v: Value | None) -> str:
    if v is None:
        return "（未列出）"
    return v.as_written if v.as_written.strip() else "（空白）"


def value_number(v: Value | None) -> float | None:
    return v.value if v is not None else None


def chart_points(ind: Indicator) -> list[tuple[str, float, str]]:
    """Only values the text states as numbers are plotted; the rest stay text."""
    points: list[tuple[str, float, str]] = []
    if ind.baseline and ind.baseline.value is not None:
        points.append((f"{ind.baseline.year or '基期'}年 基期", ind.baseline.value, ind.baseline.as_written))
    for obs in ind.observations:
        if obs.value is not None:
            points.append((f"{obs.year}年 实际" if obs.year else f"{obs.period} 实际", obs.value, obs.as_written))
    if ind.target and ind.target.value is not None:
        points.append((f"{ind.target.year or '期末'}年 目标", ind.target.value, ind.target.as_written))
    return points


def _csv(rows: list[dict[str, Any]], columns: list[str]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\r\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def _json(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode("utf-8")


def _fmt(x: float | None) -> str:
    return "" if x is None else f"{x:g}"


class Builder:
    """Computes every page once; templates only place the values."""

    def __init__(self, site: Site, site_url: str) -> None:
        self.site = site
        self.site_url = site_url
        self.view = SiteView()
        self._figures: dict[str, str | None] = {}
        self.by_concept: dict[str, list[tuple[Plan, Indicator]]] = defaultdict(list)
        for plan in site.plans:
            for ind in plan.indicators:
                if ind.concept:
                    self.by_concept[ind.concept].append((plan, ind))
        self.shared = set(self.shared_concepts())

    # -- shared pieces ------------------------------------------------------------------
    def plan_card(self, plan: Plan) -> dict[str, Any]:
        m = plan.meta
        return {
            "id": m.id,
            "title": m.title,
            "short_title": m.short_title,
            "issuer": m.issuer or "原文未载明",
            "level": LEVEL[m.level],
            "region": m.region,
            "kind": KIND[m.kind],
            "status": STATUS[m.status],
            "period": f"{m.period.start}—{m.period.end}年",
            "doc_number": m.doc_number or "原文未载明",
            "issued": m.issued.isoformat() if m.issued else "原文未载明",
            "published": m.published.isoformat() if m.published else "原文未载明",
            "completeness": "完整" if m.source.completeness == "complete" else "不完整（部分缺失）",
            "partial": m.source.completeness == "partial",
            "counts": plan.counts(),
            "url": urls.plan(m.id),
        }

    def indicator_row(self, plan: Plan, ind: Indicator) -> dict[str, Any]:
        domain = self.site.domain_by_id[ind.domain]
        return {
            "plan_id": plan.id,
            "plan_title": plan.meta.title,
            "plan_short": plan.meta.short_title,
            "id": ind.id,
            "name": ind.name,
            "concept": ind.concept or "",
            "domain": ind.domain,
            "domain_name": domain.name,
            "category": ind.category or "",
            "unit": ind.unit or "",
            "baseline_year": ind.baseline.year if ind.baseline and ind.baseline.year else "",
            "baseline": value_text(ind.baseline) if ind.baseline else "",
            "baseline_value": _fmt(value_number(ind.baseline)),
            "baseline_comparator": ind.baseline.comparator or "" if ind.baseline else "",
            "target_year": ind.target.year if ind.target and ind.target.year else "",
            "target": value_text(ind.target) if ind.target else "",
            "target_value": _fmt(value_number(ind.target)),
            "target_comparator": ind.target.comparator or "" if ind.target else "",
            "nature": NATURE[ind.nature],
            "origin": "表格" if ind.origin == "table" else "正文",
            "source_lines": lines_text(ind.lines),
            "url": urls.indicator(plan.id, ind.id),
        }

    def citation(self, plan: Plan, title: str, url: str) -> str:
        m = plan.meta
        parts = [m.issuer or "发布机关原文未载明", f"《{m.title}》"]
        if m.doc_number:
            parts.append(m.doc_number)
        if m.issued:
            parts.append(f"{m.issued.year}年{m.issued.month}月{m.issued.day}日")
        parts.append(title)
        return "，".join(parts) + f"。{self.site_url}{url}"

    # -- pages --------------------------------------------------------------------------
    def build(self) -> SiteView:
        for plan in self.site.plans:
            self.plan_pages(plan)
        self.domain_pages()
        self.compare_pages()
        self.downloads()
        self.home()
        self.nav()
        self.terms()
        return self.view

    def add(self, page: Page) -> None:
        self.view.pages.append(page)

    def plan_pages(self, plan: Plan) -> None:
        pid = plan.id
        card = self.plan_card(plan)
        base = urls.plan(pid)
        chapters = [
            {
                "id": c.id,
                "label": " ".join(x for x in (c.number, c.title or "") if x) or "（无标题）",
                "link": urls.link(base, urls.chapter(pid, c.id)),
                "sections": len(c.sections),
            }
            for c in plan.chapters
        ]
        self.add(
            Page(
                base,
                "plan.md.j2",
                plan.meta.short_title,
                {
                    "plan": card,
                    "meta": plan.meta,
                    "chapters": chapters,
                    "missing": [
                        {
                            "text": n.text,
                            "lines": lines_text(n.lines) if n.lines else "",
                            "link": urls.link(base, urls.source(pid, n.lines)) if n.lines else "",
                        }
                        for n in plan.meta.source.missing
                    ],
                    "notes": [
                        {
                            "text": n.text,
                            "lines": lines_text(n.lines) if n.lines else "",
                            "link": urls.link(base, urls.source(pid, n.lines)) if n.lines else "",
                        }
                        for n in plan.meta.source.notes
                    ],
                    "links": {
                        "indicators": urls.link(base, urls.indicators(pid)),
                        "projects": urls.link(base, urls.projects(pid)),
                        "source": urls.link(base, urls.source(pid)),
                        "raw": urls.link(base, urls.source_file(plan.meta.source.file)),
                    },
                },
            )
        )
        boxes_by_chapter: dict[str, list[Box]] = defaultdict(list)
        for box in plan.boxes:
            boxes_by_chapter[box.chapter].append(box)
        for ch in plan.chapters:
            url = urls.chapter(pid, ch.id)
            self.add(
                Page(
                    url,
                    "chapter.md.j2",
                    " ".join(x for x in (ch.number, ch.title or "") if x) or "（无标题）",
                    {
                        "plan": card,
                        "chapter": ch,
                        "domain": self.site.domain_by_id[ch.domain],
                        "domain_link": urls.link(url, urls.domain(ch.domain)),
                        "src": lambda lines, _u=url: urls.link(_u, urls.source(pid, lines)),
                        "lines_text": lines_text,
                        "boxes": [
                            {"box": b, "link": urls.link(url, urls.projects(pid) + f"#{b.id}")}
                            for b in boxes_by_chapter[ch.id]
                        ],
                        "plan_link": urls.link(url, base),
                        "siblings": [dict(c, link=urls.link(url, urls.chapter(pid, c["id"]))) for c in chapters],
                    },
                )
            )
        ind_url = urls.indicators(pid)
        rows = [
            dict(self.indicator_row(plan, i), link=urls.link(ind_url, urls.indicator(pid, i.id)))
            for i in plan.indicators
        ]
        self.add(
            Page(
                ind_url,
                "indicators.md.j2",
                f"{plan.meta.short_title} · 指标",
                {
                    "plan": card,
                    "rows": rows,
                    "plan_link": urls.link(ind_url, base),
                    "csv": urls.link(ind_url, "data/indicators.csv"),
                },
            )
        )
        for ind in plan.indicators:
            self.indicator_page(plan, ind)
        self.projects_page(plan)
        self.source_page(plan)

    def indicator_page(self, plan: Plan, ind: Indicator) -> None:
        pid = plan.id
        url = urls.indicator(pid, ind.id)
        domain = self.site.domain_by_id[ind.domain]
        points = chart_points(ind)
        figure = charts.indicator_figure(points, domain.colour, ind.unit or "") if points else None
        concept = self.site.concept_by_id.get(ind.concept) if ind.concept else None
        peers = [
            {
                "plan": p.meta.short_title,
                "name": i.name,
                "target": value_text(i.target),
                "target_year": (i.target.year if i.target else None) or "",
                "baseline": value_text(i.baseline) if i.baseline else "",
                "nature": NATURE[i.nature],
                "link": urls.link(url, urls.indicator(p.id, i.id)),
                "level": LEVEL[p.meta.level],
            }
            for p, i in (self.by_concept.get(ind.concept, []) if ind.concept else [])
            if not (p.id == pid and i.id == ind.id)
        ]
        row = self.indicator_row(plan, ind)
        shared = concept is not None and concept.id in self.shared
        self.add(
            Page(
                url,
                "indicator.md.j2",
                ind.name,
                {
                    "plan": card_min(plan),
                    "ind": ind,
                    "row": row,
                    "domain": domain,
                    "nature": NATURE[ind.nature],
                    "baseline": value_text(ind.baseline),
                    "target": value_text(ind.target),
                    "figure": figure,
                    "points": points,
                    "observations": [
                        {
                            "year": o.year or o.period,
                            "text": o.as_written,
                            "lines": lines_text(o.lines),
                            "link": urls.link(url, urls.source(pid, o.lines)),
                        }
                        for o in ind.observations
                    ],
                    "source_link": urls.link(url, urls.source(pid, ind.lines)),
                    "lines": lines_text(ind.lines),
                    "concept": concept,
                    "peers": peers,
                    "compare_link": urls.link(url, urls.concept(concept.id)) if shared else None,
                    "compare_figure": self.concept_figure(concept.id) if shared and concept else None,
                    "citation": self.citation(plan, f"指标“{ind.name}”（原文第{lines_text(ind.lines)}行）", url),
                    "csv": urls.link(url, urls.indicator_download(pid, ind.id, "csv")),
                    "json": urls.link(url, urls.indicator_download(pid, ind.id, "json")),
                    "embed": f'<iframe src="{self.site_url}{urls.embed(pid, ind.id)}" title="{ind.name}" width="100%" height="380" loading="lazy" style="border:0"></iframe>',
                    "plan_link": urls.link(url, urls.plan(pid)),
                    "domain_link": urls.link(url, urls.domain(ind.domain)),
                    "indicators_link": urls.link(url, urls.indicators(pid)),
                },
            )
        )
        self.view.files.append(FileOut(urls.indicator_download(pid, ind.id, "csv"), _csv([row], INDICATOR_COLUMNS)))
        record = dict(
            row,
            observations=[o.model_dump() for o in ind.observations],
            quote=ind.quote,
            notes=list(ind.notes),
            source_file=plan.meta.source.file,
            baseline_detail=ind.baseline.model_dump() if ind.baseline else None,
            target_detail=ind.target.model_dump() if ind.target else None,
        )
        self.view.files.append(FileOut(urls.indicator_download(pid, ind.id, "json"), _json(record)))
        self.view.embeds.append(
            {
                "path": urls.embed(pid, ind.id),
                "title": ind.name,
                "plan": plan.meta.short_title,
                "figure": figure,
                "points": points,
                "page": f"{self.site_url}{url}",
                "baseline": value_text(ind.baseline),
                "target": value_text(ind.target),
            }
        )

    def projects_page(self, plan: Plan) -> None:
        url = urls.projects(plan.id)
        boxes = []
        for box in plan.boxes:
            chapter = plan.chapter_by_id.get(box.chapter)
            boxes.append(
                {
                    "box": box,
                    "domain": self.site.domain_by_id[box.domain],
                    "domain_link": urls.link(url, urls.domain(box.domain)),
                    "chapter": " ".join(x for x in (chapter.number, chapter.title or "") if x)
                    if chapter
                    else box.chapter,
                    "chapter_link": urls.link(url, urls.chapter(plan.id, box.chapter)),
                    "items": [
                        {
                            "item": it,
                            "lines": lines_text(it.lines),
                            "link": urls.link(url, urls.source(plan.id, it.lines)),
                        }
                        for it in box.items
                    ],
                }
            )
        self.add(
            Page(
                url,
                "projects.md.j2",
                f"{plan.meta.short_title} · 专栏项目",
                {
                    "plan": card_min(plan),
                    "boxes": boxes,
                    "missing": plan.meta.source.missing,
                    "plan_link": urls.link(url, urls.plan(plan.id)),
                    "csv": urls.link(url, "data/projects.csv"),
                },
            )
        )

    def source_page(self, plan: Plan) -> None:
        url = urls.source(plan.id)
        self.add(
            Page(
                url,
                "source.md.j2",
                f"{plan.meta.short_title} · 原文",
                {
                    "plan": card_min(plan),
                    "lines": list(enumerate(plan.source_lines, 1)),
                    "raw": urls.link(url, urls.source_file(plan.meta.source.file)),
                    "file": plan.meta.source.file,
                    "plan_link": urls.link(url, urls.plan(plan.id)),
                },
            )
        )

    def domain_pages(self) -> None:
        cards = []
        for d in self.site.domains:
            url = urls.domain(d.id)
            inds = [
                dict(self.indicator_row(p, i), link=urls.link(url, urls.indicator(p.id, i.id)))
                for p in self.site.plans
                for i in p.indicators
                if i.domain == d.id
            ]
            items = [
                {
                    "plan": p.meta.short_title,
                    "box": b,
                    "item": it,
                    "link": urls.link(url, urls.project_item(p.id, it.id)),
                }
                for p in self.site.plans
                for b in p.boxes
                if b.domain == d.id
                for it in b.items
            ]
            chapters = [
                {
                    "plan": p.meta.short_title,
                    "label": " ".join(x for x in (c.number, c.title or "") if x),
                    "link": urls.link(url, urls.chapter(p.id, c.id)),
                }
                for p in self.site.plans
                for c in p.chapters
                if c.domain == d.id
            ]
            self.add(
                Page(
                    url, "domain.md.j2", d.name, {"domain": d, "indicators": inds, "items": items, "chapters": chapters}
                )
            )
            cards.append(
                {"domain": d, "indicators": len(inds), "items": len(items), "link": urls.link("domains/", url)}
            )
        self.add(Page("domains/", "domains.md.j2", "领域", {"cards": cards}))

    def shared_concepts(self) -> list[str]:
        """Concepts that two or more plans measure: each gets a comparison page."""
        return [c.id for c in self.site.concepts if len({p.id for p, _ in self.by_concept.get(c.id, [])}) >= 2]

    def compare_pages(self) -> None:
        shared = self.shared_concepts()
        plans = self.site.plans
        matrix = []
        for cid in shared:
            concept = self.site.concept_by_id[cid]
            cells = []
            for p in plans:
                hits = [i for q, i in self.by_concept[cid] if q.id == p.id]
                cells.append(
                    [
                        {"text": value_text(i.target), "link": urls.link(urls.compare(), urls.indicator(p.id, i.id))}
                        for i in hits
                    ]
                )
            matrix.append({"concept": concept, "cells": cells, "link": urls.link(urls.compare(), urls.concept(cid))})
        self.add(
            Page(
                urls.compare(),
                "compare.md.j2",
                "跨规划对比",
                {
                    "plans": [p.meta.short_title for p in plans],
                    "matrix": matrix,
                },
            )
        )
        for cid in shared:
            concept = self.site.concept_by_id[cid]
            url = urls.concept(cid)
            self.add(
                Page(
                    url,
                    "concept.md.j2",
                    concept.name,
                    {
                        "concept": concept,
                        "domain": self.site.domain_by_id[concept.domain],
                        "rows": self.concept_rows(cid, url),
                        "figure": self.concept_figure(cid),
                        "compare_link": urls.link(url, urls.compare()),
                    },
                )
            )

    def concept_rows(self, cid: str, from_url: str) -> list[dict[str, Any]]:
        """The concept in every plan, province first: one row per indicator."""
        pairs = sorted(self.by_concept[cid], key=lambda pi: (pi[0].meta.level != "province", pi[0].id, pi[1].id))
        return [
            {
                "plan": p.meta.short_title,
                "level": LEVEL[p.meta.level],
                "region": p.meta.region,
                "name": i.name,
                "baseline": value_text(i.baseline) if i.baseline else "",
                "baseline_year": (i.baseline.year if i.baseline else None) or "",
                "target": value_text(i.target),
                "target_year": (i.target.year if i.target else None) or "",
                "value": i.target.value if i.target else None,
                "unit": i.unit or "",
                "nature": NATURE[i.nature],
                "link": urls.link(from_url, urls.indicator(p.id, i.id)),
                "province": p.meta.level == "province",
            }
            for p, i in pairs
        ]

    def concept_figure(self, cid: str) -> str | None:
        """Targets stated as numbers, one bar per plan (the province in dark grey); computed once."""
        if cid not in self._figures:
            concept = self.site.concept_by_id[cid]
            colour = self.site.domain_by_id[concept.domain].colour
            numeric = [r for r in self.concept_rows(cid, "") if r["value"] is not None]
            self._figures[cid] = (
                charts.bars_figure(
                    [
                        f"{r['plan']}·{r['name'][:10]}"
                        if sum(x["plan"] == r["plan"] for x in numeric) > 1
                        else r["plan"]
                        for r in numeric
                    ],
                    [r["value"] for r in numeric],
                    [r["target"] for r in numeric],
                    ["#333333" if r["province"] else colour for r in numeric],
                    concept.unit or numeric[0]["unit"],
                )
                if numeric
                else None
            )
        return self._figures[cid]

    def downloads(self) -> None:
        plans = []
        ind_rows: list[dict[str, Any]] = []
        proj_rows: list[dict[str, Any]] = []
        for p in self.site.plans:
            meta = p.meta.model_dump(mode="json")
            meta["source_file"] = urls.source_file(p.meta.source.file)
            meta["url"] = urls.plan(p.id)
            meta["counts"] = p.counts()
            plans.append(meta)
            ind_rows += [self.indicator_row(p, i) for i in p.indicators]
            for b in p.boxes:
                for it in b.items:
                    proj_rows.append(
                        {
                            "plan_id": p.id,
                            "plan_title": p.meta.title,
                            "box": b.number,
                            "box_title": b.title,
                            "chapter": b.chapter,
                            "domain": b.domain,
                            "item": it.number or "",
                            "title": it.title or "",
                            "text": it.text,
                            "source_lines": lines_text(it.lines),
                            "url": urls.project_item(p.id, it.id),
                        }
                    )
        self.view.files += [
            FileOut("data/plans.json", _json({"plans": plans})),
            FileOut("data/indicators.csv", _csv(ind_rows, INDICATOR_COLUMNS)),
            FileOut("data/projects.csv", _csv(proj_rows, PROJECT_COLUMNS)),
        ]
        self.add(
            Page(
                "downloads/",
                "downloads.md.j2",
                "数据下载",
                {
                    "files": [
                        {
                            "name": "plans.json",
                            "link": urls.link("downloads/", "data/plans.json"),
                            "what": "全部规划的基本信息（JSON）",
                            "count": len(plans),
                        },
                        {
                            "name": "indicators.csv",
                            "link": urls.link("downloads/", "data/indicators.csv"),
                            "what": "全部指标，每行一项（CSV，UTF-8 BOM，可直接用 Excel 打开）",
                            "count": len(ind_rows),
                        },
                        {
                            "name": "projects.csv",
                            "link": urls.link("downloads/", "data/projects.csv"),
                            "what": "全部专栏项目，每行一项（CSV）",
                            "count": len(proj_rows),
                        },
                    ],
                    "columns": INDICATOR_COLUMNS,
                    "project_columns": PROJECT_COLUMNS,
                },
            )
        )

    def home(self) -> None:
        plans = [dict(self.plan_card(p), link=urls.link("", urls.plan(p.id))) for p in self.site.plans]
        domains = self.site.domains
        series = [
            (p.meta.short_title, colour, [sum(1 for i in p.indicators if i.domain == d.id) for d in domains])
            for p, colour in zip(self.site.plans, _palette(len(self.site.plans)), strict=True)
        ]
        figure = charts.stacked_figure([d.name for d in domains], series) if self.site.plans else None
        table = [
            {"domain": d.name, "link": urls.link("", urls.domain(d.id)), "counts": [s[2][k] for s in series]}
            for k, d in enumerate(domains)
        ]
        totals = {
            k: sum(c["counts"][k] for c in plans) for k in ("chapters", "measures", "indicators", "boxes", "box_items")
        }
        self.add(
            Page(
                "",
                "home.md.j2",
                "首页",
                {
                    "plans": plans,
                    "figure": figure,
                    "table": table,
                    "series": [s[0] for s in series],
                    "totals": totals,
                    "compare": urls.link("", urls.compare()),
                    "downloads": urls.link("", "downloads/"),
                    "shared": len(self.shared_concepts()),
                },
            )
        )

    def nav(self) -> None:
        """Navigation in each plan's own order. Labels are HTML-escaped: MkDocs prints them raw."""
        nav: list[Any] = [{"首页": "index.md"}]
        plans = []
        for p in self.site.plans:
            entries: list[Any] = [{"概览": urls.page_file(urls.plan(p.id))}]
            entries += [
                {
                    mkdocs_text(" ".join(x for x in (c.number, c.title or "") if x) or "（无标题）"): urls.page_file(
                        urls.chapter(p.id, c.id)
                    )
                }
                for c in p.chapters
            ]
            entries += [
                {"指标": urls.page_file(urls.indicators(p.id))},
                {"专栏项目": urls.page_file(urls.projects(p.id))},
                {"原文": urls.page_file(urls.source(p.id))},
            ]
            plans.append({mkdocs_text(p.meta.short_title): entries})
        if len(plans) <= NAV_PLAN_LIMIT:
            nav.append({"规划": plans})
        # beyond the limit, plans are reached from the home page's list and each plan page's
        # contents: a site-wide nav of every plan would make every page grow with the site
        nav.append(
            {
                "领域": [{"全部领域": "domains/index.md"}]
                + [{mkdocs_text(d.name): urls.page_file(urls.domain(d.id))} for d in self.site.domains]
            }
        )
        nav.append({"对比": urls.page_file(urls.compare())})
        nav.append({"下载": "downloads/index.md"})
        self.view.nav = nav

    def terms(self) -> None:
        """Words for jieba's user dictionary, taken from the data itself."""
        words: set[str] = set()
        for d in self.site.domains:
            words.add(d.name)
        # short terms only: a long name as one token could not be found by a part of it
        for c in self.site.concepts:
            words.update(a for a in c.aliases if 2 <= len(a) <= 5)
            if len(c.name) <= 5:
                words.add(c.name)
        for p in self.site.plans:
            words.add(p.meta.region)
        self.view.search_terms = sorted(w for w in words if re.fullmatch(r"[\u4e00-\u9fff0-9A-Za-z]+", w))


def card_min(plan: Plan) -> dict[str, Any]:
    m = plan.meta
    return {
        "id": m.id,
        "title": m.title,
        "short_title": m.short_title,
        "issuer": m.issuer,
        "doc_number": m.doc_number,
        "partial": m.source.completeness == "partial",
    }


def _palette(n: int) -> list[str]:
    base = [
        "#333333",
        "#1f77b4",
        "#ff7f0e",
        "#2ca02c",
        "#d62728",
        "#9467bd",
        "#8c564b",
        "#e377c2",
        "#7f7f7f",
        "#bcbd22",
        "#17becf",
    ]
    return [base[i % len(base)] for i in range(n)]


def build_view(site: Site, site_url: str) -> SiteView:
    return Builder(site, site_url).build()
