"""A plan folder's files as the editors start them: `new-plan` (empty) and `import` (drafted).

The one place for the schema header of data files, the plan.yaml record a new plan starts
from, and the check that a plan id is a slug.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from generator.loading.yamlio import dump
from generator.messages import t
from generator.model.common import SLUG_PATTERN
from generator.problems import UsageError

SOURCE_PLACEHOLDER = "PUT-THE-PLAN-TEXT-IN-data-sources.txt"
SCHEMA_HEADER = "# yaml-language-server: $schema=../../../schema/{}.schema.json"


def check_plan_id(plan_id: str) -> None:
    if not re.fullmatch(SLUG_PATTERN, plan_id):
        raise UsageError(t("bad_plan_id", plan_id=plan_id))


def plan_meta(
    plan_id: str,
    source_file: str,
    *,
    title: str = "（规划全称）",
    short_title: str | None = None,
    region: str = "（地区）",
    level: str = "city",
    period: tuple[int, int] = (2026, 2030),
    issuer: str | None = None,
    issued: dt.date | None = None,
    published: dt.date | None = None,
    doc_number: str | None = None,
    status: str = "unknown",
    notes: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """plan.yaml's record, keys in the order the committed plans write them."""
    return {
        "id": plan_id,
        "title": title,
        "short_title": short_title or title,
        "issuer": issuer,
        "level": level,
        "region": region,
        "parent": None,
        "kind": "action-plan" if "方案" in title else "five-year-plan",
        "status": status,
        "period": {"start": period[0], "end": period[1]},
        "issued": issued,
        "published": published,
        "doc_number": doc_number,
        "source": {
            "file": source_file,
            "origin": None,
            "completeness": "complete",
            "missing": [],
            "notes": notes or [],
        },
    }


def write_plan_folder(
    folder: Path,
    meta: dict[str, Any],
    chapters: list[dict[str, Any]] | None = None,
    boxes: list[dict[str, Any]] | None = None,
    indicators: list[dict[str, Any]] | None = None,
) -> None:
    """plan.yaml, chapters.yaml, projects.yaml and indicators.yaml, each with its schema header."""
    dump(meta, folder / "plan.yaml", SCHEMA_HEADER.format("plan"))
    dump({"chapters": chapters or []}, folder / "chapters.yaml", SCHEMA_HEADER.format("chapters"))
    dump({"boxes": boxes or []}, folder / "projects.yaml", SCHEMA_HEADER.format("projects"))
    dump({"indicators": indicators or []}, folder / "indicators.yaml", SCHEMA_HEADER.format("indicators"))


def write_skeleton(data_dir: Path, plan_id: str) -> Path:
    check_plan_id(plan_id)
    folder = data_dir / "plans" / plan_id
    if folder.exists():
        raise UsageError(t("folder_exists", folder=folder))
    # never another plan's text: the plan does not validate until its own source is named
    write_plan_folder(folder, plan_meta(plan_id, SOURCE_PLACEHOLDER, short_title="（简称）"))
    return folder
