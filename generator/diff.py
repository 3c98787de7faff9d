"""What a change does to the data: two git revisions compared through the models.

``compare`` is pure (two loaded snapshots → a short Chinese Markdown report); ``run`` does the
I/O: it exports each revision's data/ with ``git archive``, loads it with the loader, and
turns invalid data or an unknown revision into a readable report instead of a traceback.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import urls
from generator.addresses import published, redirect_map
from generator.loader import load_site
from generator.problems import DataError
from generator.site import Plan, Site
from generator.values import fmt_number, number_in_text
from generator.views.labels import NATURE

WORKTREE = "工作区"
KINDS = ("规划", "指标", "观测值", "措施", "专栏", "专栏项目")
FIELD_NAMES = {"as_written": "原文写法", "value": "数值", "year": "年份", "comparator": "比较符", "period": "时期"}
PARTS = {"baseline": "基期值", "target": "目标值"}
MAX_ITEMS = 50  # per list, so a comment stays readable (and under GitHub's size limit)


@dataclass(frozen=True)
class Snapshot:
    """One revision's data: the loaded site plus the address records beside it."""

    site: Site
    redirects: dict[str, str]
    published: frozenset[str]


@dataclass(frozen=True)
class Entry:
    """One comparable thing (a plan, an indicator, a measure, …) flattened to its fields."""

    kind: str
    plan: str
    label: str
    fields: dict[str, Any]
    url: str


@dataclass(frozen=True)
class ValueChange:
    where: str
    field: str
    old: Any
    new: Any
    lines: tuple[int, int]


@dataclass(frozen=True)
class Report:
    text: str
    exit_code: int  # 1 when a value changed without its evidence, or a revision cannot be compared


# -- flattening the models ----------------------------------------------------------------


def _cited(plan: Plan, lines: tuple[int, int]) -> str:
    return "\n".join(plan.source_lines[lines[0] - 1 : lines[1]])


def _indicator_values(ind: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"unit": ind.unit, "nature": ind.nature}
    for part in PARTS:
        value = getattr(ind, part)
        for name in ("year", "as_written", "value", "comparator"):
            out[f"{part}.{name}"] = getattr(value, name) if value is not None else None
    return out


def _plan_entries(plan: Plan) -> Iterable[tuple[tuple[str, ...], Entry]]:
    name = plan.meta.short_title
    yield ("规划", plan.id), Entry("规划", name, plan.meta.title, plan.meta.model_dump(), urls.plan(plan.id))
    for ind in plan.indicators:
        fields = ind.model_dump(exclude={"observations", "baseline", "target"}) | _indicator_values(ind)
        fields["_cited"] = _cited(plan, ind.lines)
        yield ("指标", plan.id, ind.id), Entry("指标", name, ind.name, fields, urls.indicator(plan.id, ind.id))
        for i, obs in enumerate(ind.observations, 1):
            fields = obs.model_dump() | {"_cited": _cited(plan, obs.lines)}
            label = f"{ind.name} › 观测值{i}"
            yield (
                ("观测值", plan.id, ind.id, str(i)),
                Entry("观测值", name, label, fields, urls.indicator(plan.id, ind.id)),
            )
    for chapter in plan.chapters:
        for measure in [*chapter.measures, *(m for s in chapter.sections for m in s.measures)]:
            url = urls.measure(plan.id, chapter.id, measure.id)
            yield ("措施", plan.id, measure.id), Entry("措施", name, measure.id, measure.model_dump(), url)
    for box in plan.boxes:
        url = urls.projects(plan.id) + f"#{box.id}"
        yield ("专栏", plan.id, box.id), Entry("专栏", name, box.title, box.model_dump(exclude={"items"}), url)
        for item in box.items:
            label = f"{box.title} › {item.title or item.id}"
            url = urls.project_item(plan.id, item.id)
            yield ("专栏项目", plan.id, item.id), Entry("专栏项目", name, label, item.model_dump(), url)


def entries(site: Site) -> dict[tuple[str, ...], Entry]:
    return {key: entry for plan in site.plans for key, entry in _plan_entries(plan)}


def pages(site: Site) -> set[str]:
    """The page addresses the site builds from this data (views.py makes the same pages)."""
    out = {urls.domain(d.id) for d in site.domains}
    measured: dict[str, set[str]] = {}
    for plan in site.plans:
        pid = plan.id
        out |= {urls.plan(pid), urls.indicators(pid), urls.projects(pid), urls.source(pid)}
        out |= {urls.chapter(pid, c.id) for c in plan.chapters}
        out |= {urls.indicator(pid, i.id) for i in plan.indicators}
        for ind in plan.indicators:
            if ind.concept:
                measured.setdefault(ind.concept, set()).add(pid)
    return out | {urls.concept(c) for c, plans in measured.items() if len(plans) >= 2}


# -- comparing ----------------------------------------------------------------------------

VALUE_FIELDS = {
    "指标": ("unit", "nature", *(f"{p}.{n}" for p in PARTS for n in ("year", "as_written", "value", "comparator"))),
    "观测值": ("year", "period", "as_written", "value"),
}
EVIDENCE = ("quote", "lines", "_cited")


@dataclass(frozen=True)
class Changes:
    added: list[Entry]
    removed: list[Entry]
    changed: list[tuple[Entry, Entry]]
    values: list[ValueChange]
    unsupported: list[Entry]
    other: list[tuple[Entry, list[str]]]


def _changed_fields(old: Entry, new: Entry) -> list[str]:
    keys = [*old.fields, *(k for k in new.fields if k not in old.fields)]
    return [k for k in keys if old.fields.get(k) != new.fields.get(k)]


def is_stated(field: str, new: Any, evidence: str) -> bool:
    """Whether the evidence states a changed value's new content. Emptying a value claims
    nothing; comparators are checked against as_written and the quote by the loader; a
    period is the text's own words about when."""
    name = field.split(".")[-1]
    if new is None or new == "" or new == "unspecified" or name in ("comparator", "period"):
        return True
    if name == "value":
        return number_in_text(new, evidence)
    if name == "nature":
        return NATURE[new] in evidence
    return str(new) in evidence


def is_unsupported(old: Entry, new: Entry, value_fields: list[str]) -> bool:
    """A value changed to something its quote and cited lines do not state, while the quote,
    the cited line numbers and the text at those lines stayed as they were."""
    if any(old.fields.get(k) != new.fields.get(k) for k in EVIDENCE if k in new.fields):
        return False
    evidence = "\n".join(filter(None, [new.fields.get("quote"), new.fields["_cited"]]))
    return not all(is_stated(f, new.fields.get(f), evidence) for f in value_fields)


def diff_entries(base: Site, head: Site) -> Changes:
    old, new = entries(base), entries(head)
    changed = [(old[k], new[k]) for k in new if k in old and old[k].fields != new[k].fields]
    values: list[ValueChange] = []
    unsupported: list[Entry] = []
    other: list[tuple[Entry, list[str]]] = []
    for o, n in changed:
        fields = _changed_fields(o, n)
        moved = [f for f in fields if f in VALUE_FIELDS.get(n.kind, ())]
        values += [ValueChange(_where(n, f), f, o.fields.get(f), n.fields.get(f), n.fields["lines"]) for f in moved]
        if moved and is_unsupported(o, n, moved):
            unsupported.append(n)
        rest = [f for f in fields if f not in moved]
        if rest:
            other.append((n, rest))
    added = [new[k] for k in new if k not in old]
    removed = [old[k] for k in old if k not in new]
    return Changes(added, removed, changed, values, unsupported, other)


def _where(entry: Entry, field: str) -> str:
    """Where a value sits, for a reader: plan › indicator › part (year)."""
    place = f"{entry.plan} › {entry.label}"
    part = field.split(".")[0]
    if part in PARTS:
        year = entry.fields.get(f"{part}.year")
        return f"{place} › {PARTS[part]}（{year}年）" if year else f"{place} › {PARTS[part]}"
    if entry.kind == "观测值":
        when = f"{entry.fields['year']}年" if entry.fields.get("year") else entry.fields.get("period")
        return f"{place}（{when}）"
    return place


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
    start, end = lines
    return f"原文第{start}行" if start == end else f"原文第{start}–{end}行"


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
    """Write ``rev``'s data/ under ``dest`` (git archive) and return that data/ folder."""
    result = subprocess.run(["git", "-C", str(root), "archive", "--format=tar", rev, "data"], capture_output=True)
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip()
        raise RevisionError(f"❌ 读不到版本 `{rev}` 的 data/：{message}")
    with tarfile.open(fileobj=io.BytesIO(result.stdout)) as tar:
        tar.extractall(dest, filter="data")
    return dest / "data"


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
