"""What a change does to the data: two git revisions compared through the models.

``compare`` is pure (two loaded snapshots → a short Chinese Markdown report); ``run`` does the
I/O: it exports each revision's data/ with ``git archive``, loads it with the loader, and
turns invalid data or an unknown revision into a readable report instead of a traceback.

The revision before the change is read leniently (its problems under today's rules are a note:
a change may tighten a rule and fix the data at once); the one after it strictly, including the
build's own address check (``addresses.check``). Every datum in the report is quoted with
``code`` (the report is posted as a pull-request comment: data must not become links, images,
mentions or HTML there).
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from generator import revisions
from generator.building import addresses
from generator.building.addresses import published, redirect_map
from generator.config import Config
from generator.loading.loader import Loader
from generator.messages import t
from generator.problems import DataError, Problem
from generator.review.data_changes import FIELD_NAMES, KINDS, PARTS, Changes, Entry, ValueChange, diff_entries
from generator.sitemodel.site import Site
from generator.sitemodel.values import fmt_number
from generator.sitemodel.vocabulary import NATURE, lines_text

WORKTREE = "工作区"
_BACKTICKS = re.compile("`+")
MAX_ITEMS = 50  # per list, so a comment stays readable (and under GitHub's size limit)


@dataclass(frozen=True)
class Snapshot:
    """One revision's data: the loaded site plus the address records beside it."""

    site: Site
    redirects: dict[str, str]
    published: frozenset[str]
    problems: tuple[str, ...] = ()  # read leniently: its problems under today's rules (a note)
    lost: tuple[str, ...] = ()  # read strictly: what the build's address check refuses


@dataclass(frozen=True)
class Report:
    text: str
    exit_code: int  # 1 when a value changed without its evidence, an address breaks, or no comparison


# -- the report ---------------------------------------------------------------------------


def code(value: object) -> str:
    """A datum as inline code, the one way data enters the report: inside a code span Markdown
    makes no link, image, mention or HTML. Line breaks become spaces (a line could otherwise
    open an HTML block); the fence is one backtick longer than any run of backticks inside."""
    text = " ".join(str(value).splitlines())
    if not text:
        return "（空）"
    fence = "`" * (max(map(len, _BACKTICKS.findall(text)), default=0) + 1)
    if text[0] in "` " or text[-1] in "` ":
        text = f" {text} "
    return f"{fence}{text}{fence}"


def block(text: str) -> str:
    """Text (validation problems, git's messages) as a fenced block no line of it can close."""
    fence = "`" * max(3, max(map(len, _BACKTICKS.findall(text)), default=0) + 1)
    return f"{fence}text\n{text}\n{fence}"


def _show(field: str, value: Any) -> str:
    if value is None or value == "":
        return "（空）"
    if field == "nature":
        return code(NATURE.get(value, value))
    if isinstance(value, float):
        return code(fmt_number(value))
    return code(value)


def _lines(lines: tuple[int, int]) -> str:
    return f"原文第{lines_text(lines)}行"


def _thing(e: Entry) -> str:
    """plan › label, both quoted (a label such as '指标 › 观测值2' is quoted part by part)."""
    return " › ".join(code(part) for part in [e.plan, *e.label.split(" › ")])


def _where(entry: Entry, field: str) -> str:
    """Where a value sits, for a reader: plan › indicator › part (year)."""
    place = _thing(entry)
    part = field.split(".")[0]
    if part in PARTS:
        year = entry.fields.get(f"{part}.year")
        return f"{place} › {PARTS[part]}（{code(year)}年）" if year else f"{place} › {PARTS[part]}"
    if entry.kind == "观测值":
        when = f"{code(entry.fields['year'])}年" if entry.fields.get("year") else code(entry.fields.get("period") or "")
        return f"{place}（{when}）"
    return place


def _value_line(change: ValueChange) -> str:
    name = {"unit": "单位", "nature": "性质"}.get(change.field) or FIELD_NAMES[change.field.split(".")[-1]]
    old, new = _show(change.field, change.old), _show(change.field, change.new)
    return f"- {_where(change.entry, change.field)} › {name}：{old} → {new}（{_lines(change.lines)}）"


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
        out.append(f"- {_thing(e)}（{_lines(e.fields['lines'])}）：{code(evidence)}")
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
    lines = [f"- {e.kind}：{_thing(e)}（{code(e.url)}）" + ("及其全部内容" if e.kind == "规划" else "") for e in shown]
    return [f"#### {title}", "", *_capped(lines), ""]


def _other_lines(other: list[tuple[Entry, list[str]]]) -> list[str]:
    if not other:
        return []
    out = ["#### 其他修改", ""]
    for e, fields in other:
        names = "、".join("所引原文" if f == "_cited" else f for f in fields)
        out.append(f"- {e.kind}：{_thing(e)}（字段：{names}）")
    return [*out[:2], *_capped(out[2:]), ""]


def address_lines(base: Snapshot, head: Snapshot) -> list[str]:
    """Page addresses the change removes, and whether a redirect keeps each one working."""
    gone = sorted(_addresses(base.site) - _addresses(head.site))
    if not gone:
        return []
    out = ["#### 消失的网址", ""]
    for addr in gone:
        target = head.redirects.get(addr + "index.md")
        if target is not None:
            out.append(f"- {code(addr)}：已有跳转 → {code(target.removesuffix('index.md'))}")
        elif addr in base.published | head.published:
            out.append(f"- {code(addr)}：**没有跳转**，这个已发布的网址会失效（请在 data/redirects.yaml 中添加跳转）")
        else:
            out.append(f"- {code(addr)}：没有跳转（尚未发布）")
    return [*out[:2], *_capped(out[2:]), ""]


def _addresses(site: Site) -> set[str]:
    return set(addresses.page_addresses(addresses.site_pages(site)))


def title(names: tuple[str, str]) -> str:
    return f"### 数据变更：{code(names[0])} → {code(names[1])}"


def other_files_lines(others: tuple[str, ...], unknown: str = "") -> list[str]:
    """Changed files outside data/ (git's list), or why git could not list them."""
    if unknown:
        return [t("diff_other_files_unknown", reason=code(unknown)), ""]
    if not others:
        return []
    return [t("diff_other_files", n=len(others)), "", *_capped([f"- {code(p)}" for p in others]), ""]


def _notes(base: Snapshot, head: Snapshot, names: tuple[str, str]) -> list[str]:
    out = [t("diff_read_modes", base=code(names[0]), head=code(names[1])), ""]
    if base.problems:
        problems = "\n".join(base.problems)
        out += [t("diff_base_problems", n=len(base.problems)), "", t("diff_base_problems_why"), "", block(problems), ""]
    if head.lost:
        out += [t("diff_lost_title"), "", t("diff_lost_why"), "", block("\n".join(head.lost)), ""]
    return out


def compare(
    base: Snapshot, head: Snapshot, names: tuple[str, str], others: tuple[str, ...] = (), unknown: str = ""
) -> Report:
    """The report on what ``head`` changes in ``base``'s data; ``others`` are the changed files
    outside data/ (``unknown``: why git could not list them). Pure."""
    changes = diff_entries(base.site, head.site)
    gone = address_lines(base, head)
    lines = [title(names), "", *other_files_lines(others, unknown)]
    lines += _notes(base, head, names)
    if not (changes.added or changes.removed or changes.changed or gone):
        lines.append("数据没有变化。")
    else:
        lines += [*_summary(changes), "", *_unsupported_lines(changes)]
        if changes.values:
            lines += ["#### 数值变化", "", *_capped([_value_line(c) for c in changes.values]), ""]
        lines += _entry_lines("新增", changes.added) + _entry_lines("删除", changes.removed)
        lines += _other_lines(changes.other) + gone
    if changes.unsupported:
        lines.append(f"**检查未通过**：{len(changes.unsupported)} 处数值改动缺少原文依据。")
    if head.lost:
        lines.append(t("diff_failed_lost", n=len(head.lost)))
    failed = bool(changes.unsupported or head.lost)
    return Report("\n".join(lines).rstrip("\n") + "\n", 1 if failed else 0)


# -- reading revisions --------------------------------------------------------------------


class RevisionError(Exception):
    """A revision whose data cannot be read or does not validate; the message is the report."""


class _Noted(list[Problem]):
    """Problems found while reading leniently: kept for the report, and never a reason for the
    loader to stop (it stops when its list of problems is non-empty, i.e. true)."""

    def __bool__(self) -> bool:
        return False


class _LenientLoader(Loader):
    """The loader, reading on past problems: the same models, the same checks, all reported."""

    def __init__(self, data_dir: Path, root: Path | None = None) -> None:
        super().__init__(data_dir, root)
        self.problems = _Noted()


def _failed(name: str, problems: list[Problem]) -> RevisionError:
    listed = "\n".join(str(p) for p in problems)
    return RevisionError(f"❌ {code(name)} 的数据没有通过校验（{len(problems)} 个问题），无法比较：\n\n{block(listed)}")


def load_snapshot(data_dir: Path, name: str) -> Snapshot:
    """A revision read strictly: it must validate; the build's address check runs on it too."""
    try:
        site = Loader(data_dir, data_dir.parent).load()
        redirects = redirect_map(data_dir / "redirects.yaml", data_dir.parent)
    except DataError as exc:
        raise _failed(name, exc.problems) from exc
    try:
        addresses.check_planned(Config(root=data_dir.parent), site)  # the build's check
        lost: tuple[str, ...] = ()
    except addresses.AddressError as exc:
        lost = tuple(str(p) for p in exc.problems)
    return Snapshot(site, redirects, frozenset(published(data_dir / "addresses.txt")), lost=lost)


def load_lenient(data_dir: Path, name: str) -> Snapshot:
    """A revision read leniently: its problems under today's rules become a note."""
    loader = _LenientLoader(data_dir, data_dir.parent)
    try:
        site = loader.load()
    except DataError as exc:  # no domains or concepts: nothing to compare with
        raise _failed(name, exc.problems) from exc
    problems: list[Problem] = list(loader.problems)
    try:
        redirects = redirect_map(data_dir / "redirects.yaml", data_dir.parent)
    except DataError as exc:
        redirects = {}
        problems += exc.problems
    noted = tuple(str(p) for p in sorted(set(problems)))
    return Snapshot(site, redirects, frozenset(published(data_dir / "addresses.txt")), problems=noted)


def export_data(root: Path, commit: str, name: str, dest: Path) -> Path:
    try:
        return revisions.export_data(root, commit, dest)
    except revisions.RevisionUnreadable as exc:
        raise RevisionError(f"❌ 读不到版本 {code(name)} 的 data/：\n\n{block(str(exc))}") from exc


def _others(root: Path, base: str, head: str | None) -> tuple[tuple[str, ...], str]:
    """The changed files outside data/, from git's own list; or why there is no list."""
    try:
        changed = revisions.changed_paths(root, base, head)
    except revisions.RevisionUnreadable as exc:
        return (), str(exc) or "git diff"
    return tuple(p for p in changed if not p.startswith("data/")), ""


def run(root: Path, base: str, head: str | None = None) -> Report:
    """Compare ``base`` with ``head`` (default: the working tree's data/). Both must name
    commits; they reach git only as full commit ids."""
    names = (base, head or WORKTREE)
    top = title(names) + "\n\n"
    try:
        base_id = revisions.commit_id(root, base)
        head_id = revisions.commit_id(root, head) if head else None
    except revisions.NotACommit as exc:
        return Report(top + t("diff_not_commit", rev=code(exc.rev)) + "\n", 1)
    with tempfile.TemporaryDirectory(prefix="plan-diff-") as tmp:
        try:
            old = load_lenient(export_data(root, base_id, base, Path(tmp) / "base"), base)
            new_dir = export_data(root, head_id, names[1], Path(tmp) / "head") if head_id else root / "data"
            new = load_snapshot(new_dir, names[1])
        except RevisionError as exc:
            return Report(top + str(exc) + "\n", 1)
    unlisted = sorted(old.published - new.published)  # data/addresses.txt only ever grows
    new = replace(new, lost=new.lost + tuple(t("diff_address_unlisted", addr=a or "/") for a in unlisted))
    others, unknown = _others(root, base_id, head_id)
    return compare(old, new, names, others, unknown)
