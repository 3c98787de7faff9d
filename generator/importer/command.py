"""`python -m generator import <text file> --plan <id>`: write a draft plan folder."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.importer.draft import Draft, Importer, plan_skeleton, read_lines
from generator.yamlio import dump

SCHEMA = "# yaml-language-server: $schema=../../../schema/{}.schema.json"


def write_draft(text_file: Path, plan_id: str, data_dir: Path, *, force: bool = False) -> tuple[Path, Draft]:
    folder = data_dir / "plans" / plan_id
    if folder.exists() and not force:
        raise FileExistsError(f"{folder} exists; pass --force to overwrite the draft")
    draft = Importer(read_lines(text_file)).run()
    sources = data_dir / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    target = sources / text_file.name
    if not target.exists() or target.resolve() != text_file.resolve():
        shutil.copyfile(text_file, target)
    dump(plan_skeleton(plan_id, text_file, draft.title, draft.period), folder / "plan.yaml", SCHEMA.format("plan"))
    dump({"chapters": draft.chapters}, folder / "chapters.yaml", SCHEMA.format("chapters"))
    dump({"boxes": draft.boxes}, folder / "projects.yaml", SCHEMA.format("projects"))
    dump({"indicators": draft.indicators}, folder / "indicators.yaml", SCHEMA.format("indicators"))
    return folder, draft


def report(folder: Path, draft: Draft) -> str:
    lines = [
        f"draft written to {folder}/",
        f"  chapters {len(draft.chapters)}, sections {sum(len(c['sections']) for c in draft.chapters)}, "
        f"boxes {len(draft.boxes)}, table rows {len(draft.indicators)}",
        "  check by eye: plan.yaml (level, region, issuer, dates), every title, lead phrase and domain.",
    ]
    if draft.unplaced:
        lines.append(f"  {len(draft.unplaced)} lines were not placed in the plan (review them):")
        lines += [f"    line {n}: {why}: {text[:60]}" for n, why, text in draft.unplaced]
    return "\n".join(lines)
