"""What a change does to the data: two git revisions compared through the models.

``compare`` is pure (two loaded snapshots → a short Chinese Markdown report); ``run`` does the
I/O: it exports each revision's data/ with ``git archive``, loads it with the loader, and
turns invalid data or an unknown revision into a readable report instead of a traceback.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import revisions
from generator.addresses import published, redirect_map
from generator.compare_data import FIELD_NAMES, KINDS, Changes, Entry, ValueChange, diff_entries, pages
from generator.loader import load_site
from generator.problems import DataError
from generator.site import Site
from generator.values import fmt_number
from generator.views.labels import NATURE, lines_text

WORKTREE = "工作区"
MAX_ITEMS = 50  # per list, so a comment stays readable (and under GitHub's size limit)


@dataclass(frozen=True)
class Snapshot:
    """One revision's data: the loaded site plus the address records beside it."""

    site: Site
    redirects: dict[str, str]
    published: frozenset[str]


@dataclass(frozen=True)
class Report:
    text: str
    exit_code: int  # 1 when a value changed without its evidence, or a revision cannot be compared


# -- the report ---------------------------------------------------------------------------


def _show(field: str, value: Any) -> str:
    if value is None or value == "":
        return "（空）"
    if field == "nature":
        return str(NATURE.get(value, value))
    if isinstance(value, float):
        return fmt_number(value)
    return str(value)


def _lines(lines: tuple[int, int]) -> str:
    return f"原文第{lines_text(lines)}行"


def _value_line(change: ValueChange) -> str:
    name = {"unit": "单位", "nature": "性质"}.get(change.field) or FIELD_NAMES[change.field.split(".")[-1]]
    old, new = _show(change.field, change.old), _show(change.field, change.new)
    return f"- {change.where} › {name}：{old} → {new}（{_lines(change.lines)}）"


def _summary(changes: Changes) -> list[str]:
    rows = ["| 类别 | 新增 | 删除 | 修改 |", "|---|---|---|---|"]
    for kind in KINDS:
        counts = [
            sum(e.kind == kind for e in changes.added),
            sum(e.kind == kind for e in changes.removed),
            sum(n.kind == kind for _, n in changes.changed),
        ]
        rows.append(f"| {kind} | {counts[0]} | {counts[1]} | {counts[2]} |")
    return rows


def _unsupported_lines(changes: Changes) -> list[str]:
    if not changes.unsupported:
        return []
    out = [
        "#### ❌ 数值改了，引文和原文行却没变",
        "",
        "下列条目的数值有改动，但 quote、lines 和所引原文都与改动前相同，新值在引文和所引原文中也找不到，改动缺少原文依据。"
        "请对照原文核对；原文确实如此时，请同时更正 quote 或 lines。",
        "",
    ]
    for e in changes.unsupported:
        evidence = e.fields.get("quote") or e.fields["_cited"]
        out.append(f"- {e.plan} › {e.label}（{_lines(e.fields['lines'])}）：「{evidence}」")
    return [*out[:4], *_capped(out[4:]), ""]


def _capped(items: list[str]) -> list[str]:
    if len(items) <= MAX_ITEMS:
        return items
    return [*items[:MAX_ITEMS], f"- ……另有 {len(items) - MAX_ITEMS} 项"]


def _entry_lines(title: str, items: list[Entry]) -> list[str]:
    """Added or removed things; a whole plan is one line, not one per indicator."""
    plans = tuple(e.url for e in items if e.kind == "规划")
    shown = [e for e in items if e.kind == "规划" or not e.url.startswith(plans)]
    if not shown:
        return []
    lines = [
        f"- {e.kind}：{e.plan} › {e.label}（`{e.url}`）" + ("及其全部内容" if e.kind == "规划" else "") for e in shown
    ]
    return [f"#### {title}", "", *_capped(lines), ""]


def _other_lines(other: list[tuple[Entry, list[str]]]) -> list[str]:
    if not other:
        return []
    out = ["#### 其他修改", ""]
    for e, fields in other:
        names = "、".join("所引原文" if f == "_cited" else f for f in fields)
        out.append(f"- {e.kind}：{e.plan} › {e.label}（字段：{names}）")
    return [*out[:2], *_capped(out[2:]), ""]


def address_lines(base: Snapshot, head: Snapshot) -> list[str]:
    """Page addresses the change removes, and whether a redirect keeps each one working."""
    gone = sorted(pages(base.site) - pages(head.site))
    if not gone:
        return []
    out = ["#### 消失的网址", ""]
    for addr in gone:
        target = head.redirects.get(addr + "index.md")
        if target is not None:
            out.append(f"- `{addr}`：已有跳转 → `{target.removesuffix('index.md')}`")
        elif addr in base.published | head.published:
            out.append(f"- `{addr}`：**没有跳转**，这个已发布的网址会失效（请在 data/redirects.yaml 中添加跳转）")
        else:
            out.append(f"- `{addr}`：没有跳转（尚未发布）")
    return [*out[:2], *_capped(out[2:]), ""]


def compare(base: Snapshot, head: Snapshot, names: tuple[str, str]) -> Report:
    """The report on what ``head`` changes in ``base``'s data. Pure."""
    changes = diff_entries(base.site, head.site)
    addresses = address_lines(base, head)
    lines = [f"### 数据变更：`{names[0]}` → `{names[1]}`", ""]
    if not (changes.added or changes.removed or changes.changed or addresses):
        return Report("\n".join([*lines, "数据没有变化。", ""]), 0)
    lines += [*_summary(changes), "", *_unsupported_lines(changes)]
    if changes.values:
        lines += ["#### 数值变化", "", *_capped([_value_line(c) for c in changes.values]), ""]
    lines += _entry_lines("新增", changes.added) + _entry_lines("删除", changes.removed)
    lines += _other_lines(changes.other) + addresses
    if changes.unsupported:
        lines.append(f"**检查未通过**：{len(changes.unsupported)} 处数值改动缺少原文依据。")
    return Report("\n".join(lines).rstrip("\n") + "\n", 1 if changes.unsupported else 0)


# -- reading revisions --------------------------------------------------------------------


class RevisionError(Exception):
    """A revision whose data cannot be read or does not validate; the message is the report."""


def load_snapshot(data_dir: Path, name: str) -> Snapshot:
    try:
        site = load_site(data_dir, data_dir.parent)
        redirects = redirect_map(data_dir / "redirects.yaml", data_dir.parent)
    except DataError as exc:
        problems = "\n".join(str(p) for p in exc.problems)
        raise RevisionError(
            f"❌ `{name}` 的数据没有通过校验（{len(exc.problems)} 个问题），无法比较：\n\n```text\n{problems}\n```"
        ) from exc
    return Snapshot(site, redirects, frozenset(published(data_dir / "addresses.txt")))


def export_data(root: Path, rev: str, dest: Path) -> Path:
    try:
        return revisions.export_data(root, rev, dest)
    except revisions.RevisionUnreadable as exc:
        raise RevisionError(f"❌ 读不到版本 `{rev}` 的 data/：{exc}") from exc


def run(root: Path, base: str, head: str | None = None) -> Report:
    """Compare ``base`` with ``head`` (default: the working tree's data/)."""
    names = (base, head or WORKTREE)
    title = f"### 数据变更：`{names[0]}` → `{names[1]}`\n\n"
    with tempfile.TemporaryDirectory(prefix="plan-diff-") as tmp:
        try:
            old = load_snapshot(export_data(root, base, Path(tmp) / "base"), base)
            new_dir = export_data(root, head, Path(tmp) / "head") if head else root / "data"
            new = load_snapshot(new_dir, names[1])
        except RevisionError as exc:
            return Report(title + str(exc) + "\n", 1)
    return compare(old, new, names)
