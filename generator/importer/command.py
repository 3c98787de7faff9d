"""`python -m generator import <text file> --plan <id>`: write a draft plan folder."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

from generator.importer.draft import Draft, Importer
from generator.importer.notice import region_of
from generator.importer.skeleton import check_plan_id, plan_meta, write_plan_folder
from generator.importer.text import read_lines
from generator.importer.years import REPORT_WORDS
from generator.messages import t
from generator.problems import UsageError


def write_draft(
    text_file: Path, plan_id: str, data_dir: Path, *, force: bool = False, url: str | None = None
) -> tuple[Path, Draft]:
    """Draft plan `plan_id` from a text. An existing folder is replaced only with `force`, and only
    when it is a draft this command wrote that nobody has changed since and git does not hold:
    a published plan, or a draft with an editor's changes, is never overwritten."""
    check_plan_id(plan_id)
    folder = data_dir / "plans" / plan_id
    replaced = None
    if folder.exists():
        if not force:
            raise UsageError(t("draft_exists", folder=folder))
        replaced = replaceable_draft(folder, data_dir)
    lines = read_lines(text_file)
    try:
        draft = Importer(lines, url).run()
    except Exception as exc:  # a reader's flaw on a text it was never tried on: nothing is written
        raise UsageError(t("import_failed", error=f"{type(exc).__name__}: {exc}")) from exc
    sources = data_dir / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    target = sources / text_file.name
    if target.exists() and target.read_bytes() != text_file.read_bytes():
        raise UsageError(t("source_name_taken", name=text_file.name))  # never overwrite another text
    if not target.exists():
        shutil.copyfile(text_file, target)
    meta = draft_meta(plan_id, text_file.name, draft, lines)
    if replaced is not None:
        shutil.rmtree(folder)  # files of the earlier draft that this one would not write again go too
        draft.replaced = t("draft_replaced", folder=folder, when=replaced["when"], text=replaced["text"])
    write_plan_folder(folder, meta, draft.chapters, draft.boxes, draft.indicators)
    record_draft(folder, data_dir, text_file.name)
    return folder, draft


def _record_path(folder: Path, data_dir: Path) -> Path:
    """Where import notes what it wrote: beside the build's files, never in data/."""
    return data_dir.parent / ".build" / "drafts" / f"{folder.name}.json"


def _fingerprints(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def record_draft(folder: Path, data_dir: Path, text: str) -> None:
    record = {"text": text, "when": dt.datetime.now().strftime("%Y-%m-%d %H:%M"), "files": _fingerprints(folder)}
    path = _record_path(folder, data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")


def replaceable_draft(folder: Path, data_dir: Path) -> dict[str, Any]:
    """The record of the earlier draft in `folder`, if it may be replaced; else a UsageError that
    says why not: git holds it (published), it has changed since import, or import never wrote it."""
    if committed(folder):
        raise UsageError(t("draft_published", folder=folder))
    path = _record_path(folder, data_dir)
    if not path.is_file():
        raise UsageError(t("draft_not_imported", folder=folder))
    record: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    now = _fingerprints(folder)
    changed = sorted(name for name in set(now) | set(record["files"]) if now.get(name) != record["files"].get(name))
    if changed:
        raise UsageError(t("draft_edited", folder=folder, files="、".join(changed)))
    return record


def committed(folder: Path) -> bool:
    """Whether git tracks any file of the folder (outside a git work tree: no)."""
    try:
        out = subprocess.run(
            ["git", "-C", str(folder), "ls-files", "--", "."], capture_output=True, text=True, check=False, timeout=30
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return out.returncode == 0 and bool(out.stdout.strip())


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


def _figure(ind: dict[str, Any]) -> str:
    """A drafted figure as the summary lists it: its name and its words (新增9个), else its sentence."""
    written = [o["as_written"] for o in ind.get("observations") or []]
    return f"{ind['name']}：{written[0]}" if written else ind["quote"][:60]


def report(folder: Path, draft: Draft) -> str:
    """The import summary, in the editor's language (generator.messages)."""
    prose = sum(1 for i in draft.indicators if i["origin"] == "text")
    sections = sum(len(c["sections"]) for c in draft.chapters)
    rows = len(draft.indicators) - prose
    lines = [draft.replaced] if draft.replaced else []
    lines += [
        t("import_written", folder=folder),
        t(
            "import_counts",
            chapters=len(draft.chapters),
            sections=sections,
            boxes=len(draft.boxes),
            rows=rows,
            prose=prose,
        ),
        t("import_check"),
    ]
    if draft.period_note:
        lines.append("  " + draft.period_note)
    if draft.this_year_undated:
        lines.append("  " + t("import_this_year_undated"))
    doubtful = [
        i for i in draft.indicators if i["origin"] == "text" and i.get("target") and REPORT_WORDS.search(i["quote"])
    ]
    if doubtful:  # a past figure drafted as a target is the worst slip a draft can make: these first
        lines.append(t("import_report_words", n=len(doubtful)))
        lines += [t("import_report_words_line", id=i["id"], line=i["lines"][0], text=i["quote"][:60]) for i in doubtful]
    if draft.read_done:
        lines.append(t("import_read_done", n=len(draft.read_done)))
        lines += [
            t("import_report_words_line", id=i["id"], line=i["lines"][0], text=_figure(i)) for i in draft.read_done
        ]
    if draft.unplaced:
        lines.append(t("import_unplaced", n=len(draft.unplaced)))
        lines += [t("import_unplaced_line", line=n, why=why, text=text[:60]) for n, why, text in draft.unplaced]
    return "\n".join(lines)
