"""Site-wide open data: plans.json, indicators.csv, projects.csv, and the page that lists them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator import urls
from generator.sitemodel.site import Plan, Site
from generator.sitemodel.vocabulary import lines_text
from generator.views.encode import csv_bytes, json_bytes
from generator.views.observation_pages import OBSERVATION_COLUMNS, observation_rows
from generator.views.page import Context, FileOut, Page, Part
from generator.views.rows import INDICATOR_COLUMNS, IndicatorRow, indicator_row

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
class DownloadFile:
    name: str
    link: str
    what: str
    count: int


@dataclass(frozen=True)
class DownloadsContext(Context):
    template = "downloads.md.j2"
    files: list[DownloadFile]
    columns: list[str]
    project_columns: list[str]
    observation_columns: list[str] = field(default_factory=list)
    offline: str = ""  # the offline bundle (generator/building/bundle.py)


def plan_record(plan: Plan) -> dict[str, Any]:
    meta = plan.meta.model_dump(mode="json")
    meta["source_file"] = urls.source_file(plan.meta.source.file)
    meta["url"] = urls.plan(plan.id)
    meta["counts"] = plan.counts()
    return meta


def project_rows(plan: Plan) -> list[dict[str, str]]:
    return [
        {
            "plan_id": plan.id,
            "plan_title": plan.meta.title,
            "box": b.number,
            "box_title": b.title,
            "chapter": b.chapter,
            "domain": b.domain,
            "item": it.number or "",
            "title": it.title or "",
            "text": it.text,
            "source_lines": lines_text(it.lines),
            "url": urls.project_item(plan.id, it.id),
        }
        for b in plan.boxes
        for it in b.items
    ]


def downloads_part(site: Site) -> Part:
    plans = [plan_record(p) for p in site.plans]
    ind_rows: list[IndicatorRow] = [indicator_row(site, p, i) for p in site.plans for i in p.indicators]
    proj_rows = [row for p in site.plans for row in project_rows(p)]
    here = urls.downloads()
    files = [
        DownloadFile("plans.json", urls.link(here, urls.PLANS_JSON), "全部规划的基本信息（JSON）", len(plans)),
        DownloadFile(
            "indicators.csv",
            urls.link(here, urls.INDICATORS_CSV),
            "全部指标，每行一项（CSV，UTF-8 BOM，可直接用 Excel 打开）",
            len(ind_rows),
        ),
        DownloadFile(
            "projects.csv", urls.link(here, urls.PROJECTS_CSV), "全部专栏项目，每行一项（CSV）", len(proj_rows)
        ),
        DownloadFile(
            "observations.csv",
            urls.link(here, urls.OBSERVATIONS_CSV),
            "规划期后公布的实际值，每行一个数字，附来源与行号（CSV）",
            len(observation_rows(site)),
        ),
    ]
    return Part(
        pages=[
            Page(
                here,
                "数据下载",
                DownloadsContext(
                    files, INDICATOR_COLUMNS, PROJECT_COLUMNS, OBSERVATION_COLUMNS, urls.link(here, urls.OFFLINE_BUNDLE)
                ),
            )
        ],
        files=[
            FileOut(urls.PLANS_JSON, json_bytes({"plans": plans})),
            FileOut(urls.INDICATORS_CSV, csv_bytes(ind_rows, INDICATOR_COLUMNS)),
            FileOut(urls.PROJECTS_CSV, csv_bytes(proj_rows, PROJECT_COLUMNS)),
        ],
    )
