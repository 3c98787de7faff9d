"""`python -m generator import <text file> --plan <id>`: write a draft plan folder."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

from generator.importer.draft import Draft, Importer
from generator.importer.notice import region_of
from generator.importer.text import read_lines
from generator.messages import t
from generator.problems import UsageError
from generator.skeleton import check_plan_id, plan_meta, write_plan_folder


def write_draft(text_file: Path, plan_id: str, data_dir: Path, *, force: bool = False) -> tuple[Path, Draft]:
    check_plan_id(plan_id)
    folder = data_dir / "plans" / plan_id
    if folder.exists() and not force:
        raise UsageError(t("draft_exists", folder=folder))
    lines = read_lines(text_file)
    draft = Importer(lines).run()
    sources = data_dir / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    target = sources / text_file.name
    if target.exists() and target.read_bytes() != text_file.read_bytes():
        raise UsageError(t("source_name_taken", name=text_file.name))  # never overwrite another text
    if not target.exists():
        shutil.copyfile(text_file, target)
    meta = draft_meta(plan_id, text_file.name, draft, lines)
    write_plan_folder(folder, meta, draft.chapters, draft.boxes, draft.indicators)
    return folder, draft


def draft_meta(plan_id: str, source_file: str, draft: Draft, lines: list[str]) -> dict[str, Any]:
    """plan.yaml from the title and the notice the importer read."""
    notice = draft.notice
    region, level = region_of(draft.title or named_title(lines))
    return plan_meta(
        plan_id,
        source_file,
        title=draft.title or plan_id,
        short_title=_short(draft.title),
        region=region or "（地区）",
        level=level,
        period=draft.period,
        issuer=notice.issuer,
        issued=notice.issued,
        published=notice.published,
        doc_number=notice.doc_number,
        status=notice.status,
        notes=notice.notes,
    )


NAMED = re.compile(r"编制(?:了)?《([^《》]{4,60}?(?:规划|方案))》")


def named_title(lines: list[str]) -> str | None:
    """A plan that lost its title page often names itself: ……，编制《平顶山市“十四五”…规划》。"""
    for line in lines[:80]:
        m = NAMED.search(line)
        if m:
            return m.group(1)
    return None


def _short(title: str | None) -> str | None:
    """The title without the period in brackets: …行动方案(2023—2025年) → …行动方案."""
    return title and title.split("(")[0].split("（")[0] or None


def report(folder: Path, draft: Draft) -> str:
    prose = sum(1 for i in draft.indicators if i["origin"] == "text")
    lines = [
        f"draft written to {folder}/",
        f"  chapters {len(draft.chapters)}, sections {sum(len(c['sections']) for c in draft.chapters)}, "
        f"boxes {len(draft.boxes)}, table rows {len(draft.indicators) - prose}, prose targets {prose}",
        "  check by eye: plan.yaml (level, region, issuer, dates), every title, lead phrase and domain,",
        "  and each prose target's name, year and comparator against its quote.",
    ]
    if draft.unplaced:
        lines.append(f"  {len(draft.unplaced)} lines were not placed in the plan (review them):")
        lines += [f"    line {n}: {why}: {text[:60]}" for n, why, text in draft.unplaced]
    return "\n".join(lines)
