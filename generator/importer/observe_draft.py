"""`python -m generator observe <text> --plan <id>`: archive the text and append drafted observations.

The draft goes where the loader reads it, so it is checked by the same validation as every other
figure: the text becomes data/sources/observations/<source-id>.txt, its entry is appended to
sources.yaml, and the drafted figures are appended to data/observations/<plan>.yaml. Nothing already
there is changed: a source id that exists is refused, existing entries keep their lines, and a
figure already recorded is not drafted again. Every drafted figure carries a doubt (shown, never used
for the status) until an editor has checked it against the text and deleted the doubt.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ruamel.yaml import YAML

from generator.importer.observe import Proposal, Reading, read_text
from generator.loading.loader import load_site
from generator.loading.observations import OBSERVATIONS_DIR, SOURCES_DIR, SOURCES_FILE
from generator.loading.yamlio import _flow_locators, read_source  # _flow_locators: the house style lines: [3, 3]
from generator.messages import t
from generator.model.observation import PlanObservations
from generator.problems import DataError, UsageError
from generator.sitemodel.site import Site

SOURCE_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
OBSERVATIONS_HEADER = "# yaml-language-server: $schema=../../schema/observations.schema.json\n"
SOURCES_HEADER = "# yaml-language-server: $schema=../../../schema/observation-sources.schema.json\nsources:\n"


@dataclass(frozen=True)
class SourceFacts:
    """What the editor tells the command about the page the text was taken from."""

    url: str | None = None
    reposted_by: str | None = None
    publisher: str | None = None
    title: str | None = None
    date: dt.date | None = None


@dataclass(frozen=True)
class Draft:
    reading: Reading
    proposals: tuple[Proposal, ...]  # those written (already recorded figures are not)
    left_out: tuple[tuple[str, int, str, str], ...]  # (indicator, line, as written, reason)
    source: dict[str, object]
    warnings: tuple[str, ...]
    written: tuple[Path, ...]


def concept_names(site: Site) -> dict[str, list[str]]:
    return {c.id: [c.name, *c.aliases] for c in site.concepts}


def draft_observations(
    text_file: Path,
    plan_id: str,
    data_dir: Path,
    root: Path | None = None,
    *,
    source_id: str | None = None,
    facts: SourceFacts | None = None,
    write: bool = True,
    site: Site | None = None,
) -> Draft:
    """Read the text and, when ``write``, append the draft. ``site`` is the loaded data, when the
    caller has it; by default the data is loaded here and must be valid before anything is added."""
    facts = facts or SourceFacts()
    site = site or load_site(data_dir, root)
    plan = next((p for p in site.plans if p.id == plan_id), None)
    if plan is None:
        raise UsageError(t("observe_unknown_plan", plan=plan_id))
    sid = source_id or text_file.stem.lower()
    target = _source_file(data_dir, sid, site, refuse_taken=write)
    lines, problems = read_source(text_file, str(text_file))
    if lines is None:
        raise DataError(problems)
    committed = site.tracking.of_plan(plan_id)
    reading = read_text(lines, plan, concept_names(site), committed)
    proposals, recorded = _new_only(reading.proposals, committed)
    left = [(x.indicator, x.line, x.as_written, x.reason) for x in reading.left_out]
    left += [(p.indicator, p.line, p.as_written, t("observe_left_recorded")) for p in recorded]
    source, warnings = _source_entry(sid, reading, facts)
    written: list[Path] = []
    if proposals and write:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("\n".join(lines) + "\n", encoding="utf-8")
        _append_source(data_dir / SOURCES_FILE, source)
        entries = [_entry(p, sid, committed, proposals) for p in proposals]
        obs_file = data_dir / OBSERVATIONS_DIR / f"{plan_id}.yaml"
        _append_observations(obs_file, plan_id, sid, entries)
        written = [target, data_dir / SOURCES_FILE, obs_file]
    return Draft(reading, tuple(proposals), tuple(left), source, tuple(warnings), tuple(written))


def _source_file(data_dir: Path, sid: str, site: Site, *, refuse_taken: bool) -> Path:
    """Where the text is archived; a source id that is not a slug, or (when writing) is taken, is refused."""
    if not SOURCE_ID.fullmatch(sid) or len(sid) > 64:
        raise UsageError(t("observe_bad_id", id=sid))
    target = data_dir / SOURCES_DIR / f"{sid}.txt"
    taken = sid in site.tracking.source_by_id or target.exists() or _registered(data_dir / SOURCES_FILE, sid)
    if refuse_taken and taken:
        raise UsageError(t("observe_source_exists", id=sid, file=target.name))
    return target


def _registered(registry: Path, sid: str) -> bool:
    """Whether sources.yaml names the id, read as text (so an unreadable registry is never appended to blindly)."""
    if not registry.exists():
        return False
    return (
        re.search(rf"^\s*-?\s*id:\s*['\"]?{re.escape(sid)}['\"]?\s*$", registry.read_text(encoding="utf-8"), re.M)
        is not None
    )


def _new_only(
    proposals: tuple[Proposal, ...], committed: PlanObservations | None
) -> tuple[list[Proposal], list[Proposal]]:
    """Proposals not yet recorded (same indicator, year, value and scope), and those that are."""
    have = {(o.indicator, o.year, o.value, o.scope) for o in committed.observations} if committed else set()
    new: list[Proposal] = []
    old: list[Proposal] = []
    for p in proposals:
        scope = "national" if p.scope == "national" else "region"
        (old if (p.indicator, p.year, p.value, scope) in have else new).append(p)
    return new, old


def _entry(p: Proposal, sid: str, committed: PlanObservations | None, drafted: list[Proposal]) -> dict[str, object]:
    entry = p.observation(sid)
    doubts = [t("observe_draft_doubt")]
    if p.difference:
        doubts.append(p.difference)
    if p.scope == "national":
        doubts.append(t("observe_national"))
    scope = entry["scope"]
    others = (
        [o.value for o in committed.observations if (o.indicator, o.year, o.scope) == (p.indicator, p.year, scope)]
        if committed
        else []
    )
    others += [
        q.value for q in drafted if q is not p and (q.indicator, q.year, q.scope) == (p.indicator, p.year, p.scope)
    ]
    for other in sorted({v for v in others if v != p.value}):
        doubts.append(t("observe_conflict", year=p.year, other=f"{other:g}"))
    entry["doubt"] = "；".join(doubts)
    return entry


def _source_entry(sid: str, reading: Reading, facts: SourceFacts) -> tuple[dict[str, object], list[str]]:
    guess = reading.source
    placeholder = t("observe_unknown")
    warnings = []
    title = facts.title or guess.title
    publisher = facts.publisher or guess.publisher
    if title is None:
        warnings.append(t("observe_unknown_source", what="标题", placeholder=placeholder))
    if publisher is None:
        warnings.append(t("observe_unknown_source", what="发布机关", placeholder=placeholder))
    date = facts.date or (dt.date(*guess.date) if guess.date else None)
    reposted = facts.reposted_by
    if reposted is None and facts.url:
        host = urlsplit(facts.url).hostname or ""
        if not host.endswith("gov.cn"):  # a government site publishes; any other site reposts
            reposted = host
    entry: dict[str, object] = {
        "id": sid,
        "file": f"{sid}.txt",
        "publisher": publisher or placeholder,
        "title": title or placeholder,
        "date": date.isoformat() if date else None,
        "url": facts.url,
        "reposted_by": reposted,
        "note": t("observe_source_note"),
    }
    return entry, warnings


def _dump_items(items: list[dict[str, object]], indent: int) -> str:
    yaml = YAML(typ="rt")
    yaml.width = 4096
    yaml.allow_unicode = True
    yaml.indent(mapping=2, sequence=2 + indent, offset=indent)
    buf = io.StringIO()
    yaml.dump(_flow_locators(items), buf)
    return buf.getvalue()


def _list_indent(lines: list[str], key: str) -> int:
    """How far the list under ``key:`` indents its items (2 when it has none yet)."""
    inside = False
    for line in lines:
        if re.match(rf"{key}:\s*$", line):
            inside = True
            continue
        if inside and (m := re.match(r"^( *)- ", line)):
            return len(m.group(1))
        if inside and line and not line.startswith((" ", "#", "-")):
            break
    return 2


def _append_source(registry: Path, entry: dict[str, object]) -> None:
    text = registry.read_text(encoding="utf-8") if registry.exists() else SOURCES_HEADER
    if not text.endswith("\n"):
        text += "\n"
    indent = _list_indent(text.splitlines(), "sources")
    registry.write_text(text + _dump_items([entry], indent), encoding="utf-8")


def _append_observations(path: Path, plan_id: str, sid: str, entries: list[dict[str, object]]) -> None:
    """Insert the entries at the end of the file's observations list; every other line stays as it was."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{OBSERVATIONS_HEADER}plan: {plan_id}\n", encoding="utf-8")
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next((k for k, ln in enumerate(lines) if re.match(r"observations:\s*(\[\s*\])?\s*$", ln)), None)
    if start is None:
        lines.append("observations:")
        start = len(lines) - 1
    elif lines[start].split(":", 1)[1].strip():  # observations: []
        lines[start] = "observations:"
    indent = _list_indent(lines, "observations")
    end = start + 1
    while end < len(lines) and (not lines[end] or lines[end].startswith((" ", "#", "-"))):
        end += 1
    while end - 1 > start and not lines[end - 1].strip():
        end -= 1  # keep the blank lines that separate the next key
    block = [" " * indent + t("observe_block_comment", source=sid)]
    block += _dump_items(entries, indent).rstrip("\n").split("\n")
    lines[end:end] = block
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def report(text_file: Path, plan_id: str, draft: Draft, data_dir: Path, root: Path) -> str:
    sid = str(draft.source["id"])
    if not draft.proposals:
        out = [t("observe_nothing", text=text_file, plan=plan_id)]
    else:
        out = [t("observe_draft_head", text=text_file, plan=plan_id, n=len(draft.proposals), source=sid)]
        for p in draft.proposals:
            national = t("observe_national_mark") if p.scope == "national" else ""
            line = t(
                "observe_proposal",
                indicator=p.indicator,
                national=national,
                year=p.year,
                value=f"{p.value:g}",
                unit=p.unit,
                line=p.line,
                written=p.as_written,
            )
            out.append(line + (f"  ⚠ {p.difference}" if p.difference else ""))
    if draft.left_out:
        out.append(t("observe_left_head"))
        out += [
            t("observe_left_line", indicator=ind, line=line, written=written, why=why)
            for ind, line, written, why in draft.left_out
        ]
    out += [f"  ⚠ {w}" for w in draft.warnings] if draft.proposals else []
    if draft.written:
        shown = [p.relative_to(root) if p.is_relative_to(root) else p for p in draft.written]
        out.append(t("observe_written", text=shown[0], registry=shown[1], observations=shown[2]))
        out.append(t("observe_review"))
    return "\n".join(out)
