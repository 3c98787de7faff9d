"""`new-plan`: a skeleton plan folder that validates as written."""

from __future__ import annotations

import re
from pathlib import Path

from generator.problems import UsageError
from generator.yamlio import dump

HEADER = "# yaml-language-server: $schema=../../../schema/{}.schema.json"


def write_skeleton(data_dir: Path, plan_id: str) -> Path:
    if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", plan_id):
        raise UsageError(f"'{plan_id}' is not a URL-safe id (lower-case letters, digits, hyphens)")
    folder = data_dir / "plans" / plan_id
    if folder.exists():
        raise UsageError(f"{folder} exists already")
    sources = sorted(p.name for p in (data_dir / "sources").glob("*.txt"))
    source = sources[0] if sources else "PUT-THE-SOURCE-FILE-IN-data-sources.txt"
    dump(
        {
            "id": plan_id,
            "title": "（规划全称）",
            "short_title": "（简称）",
            "issuer": None,
            "level": "city",
            "region": "（地区）",
            "parent": None,
            "kind": "five-year-plan",
            "status": "unknown",
            "period": {"start": 2026, "end": 2030},
            "issued": None,
            "published": None,
            "doc_number": None,
            "source": {"file": source, "origin": None, "completeness": "complete", "missing": [], "notes": []},
        },
        folder / "plan.yaml",
        HEADER.format("plan"),
    )
    dump({"chapters": []}, folder / "chapters.yaml", HEADER.format("chapters"))
    dump({"indicators": []}, folder / "indicators.yaml", HEADER.format("indicators"))
    dump({"boxes": []}, folder / "projects.yaml", HEADER.format("projects"))
    return folder
