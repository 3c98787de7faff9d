"""What changed in each indicator, commit by commit: the data at each of the latest commits that
touched data/ (at most LIMIT) is loaded through the models and compared with its parent's.

Each revision's data/ is reduced to a small state per indicator (reader-facing labels → text)
and cached by the git tree id of data/ and the code that computes it (under .build/history/),
so a rebuild loads only data it has not seen; identical data in two commits is loaded once.
A revision is loaded through the same cache of parsed files as the build (.build/parsed/,
keyed by each file's bytes): only the files a commit changed are parsed again, the others are
read back from the cache. The timeline itself is kept too (timeline.pickle), by the commits,
their trees and the code: a build whose commits are those of the last one compares nothing.
Dates are the commits' own dates. Outside a git checkout there is no
timeline (``None``), and the pages say so.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import tempfile
from pathlib import Path

from generator import inputs, revisions
from generator.history.changelog import TIMELINE_LIMIT, CommitChanges, FieldChange, Timeline, note_of
from generator.loading.loader import Memo, load_site
from generator.model import Value
from generator.problems import DataError
from generator.sitemodel.site import Site
from generator.sitemodel.vocabulary import NATURE, number_text

CACHE_VERSION = inputs.code_digest(__name__)[:16]  # this module and all it imports: new code, new states

State = dict[str, dict[str, str]]  # "plan/indicator" → label → text


# -- the state of the data at one revision (pure) ----------------------------------------


def _part(out: dict[str, str], label: str, v: Value | None) -> None:
    if v is None:
        return
    out[label] = f"{v.year}年：{v.as_written}" if v.year else v.as_written
    if v.value is not None:
        out[f"{label}数值"] = f"{v.comparator or ''}{number_text(v.value)}"


def indicator_states(site: Site) -> State:
    """Every indicator's reader-visible content, one text per label."""
    state: State = {}
    for plan in site.plans:
        sources = site.tracking.source_by_id
        for ind in plan.indicators:
            out = {"名称": ind.name, "单位": ind.unit or "", "性质": NATURE[ind.nature], "原文引文": ind.quote}
            _part(out, "基期", ind.baseline)
            _part(out, "目标", ind.target)
            for o in ind.observations:
                out[f"实际值（{o.year or o.period}年，规划原文）".replace("年年", "年")] = o.as_written
            for r in site.tracking.observations(plan.id, ind.id):
                title = sources[r.source].meta.title if r.source in sources else r.source
                text = r.as_written + (f"（存疑：{r.doubt}）" if r.doubt else "")
                out[f"实际值（{r.region}，{r.year or r.period}年，{title}）".replace("年年", "年")] = text
            for s in site.tracking.official(plan.id, ind.id):
                out[f"官方评价（{s.year or ''}）".replace("（）", "")] = s.status
            if ind.notes:
                out["原文未明之处"] = "；".join(ind.notes)
            if ind.year_caveat:
                out["年份说明"] = ind.year_caveat
            state[f"{plan.id}/{ind.id}"] = {k: v for k, v in out.items() if v}
    return state


def compare_states(old: State | None, new: State) -> dict[str, tuple[FieldChange, ...]]:
    """Per indicator, the labels whose text changed: added, removed or old → new."""
    before = old or {}
    out: dict[str, tuple[FieldChange, ...]] = {}
    for key in sorted(set(before) | set(new)):
        if key not in before:
            out[key] = (FieldChange("指标", "", new[key].get("名称", key)),)
            continue
        if key not in new:
            out[key] = (FieldChange("指标", before[key].get("名称", key), ""),)
            continue
        a, b = before[key], new[key]
        labels = [*a, *(k for k in b if k not in a)]
        moved = tuple(FieldChange(k, a.get(k, ""), b.get(k, "")) for k in labels if a.get(k, "") != b.get(k, ""))
        if moved:
            out[key] = moved
    return out


# -- reading revisions (I/O) -------------------------------------------------------------


def _trees(root: Path, revs: list[str]) -> list[str | None]:
    """The tree id of data/ at each revision; None where it has none (e.g. before the first commit)."""
    out = revisions.git(root, "cat-file", "--batch-check", stdin="".join(f"{r}:data\n" for r in revs))
    return [ln.split()[0] if ln.endswith(" tree") or " tree " in ln else None for ln in out.splitlines()]


class _Revisions:
    """Loads revisions of data/ one after another in one folder: the first is written whole, each
    next one by writing only the files it differs by (git's list), and the loads share a memo,
    so a revision costs about what its changes cost, not what the whole site costs."""

    def __init__(self, root: Path, folder: Path, parsed: Path | None, blobs: revisions.Blobs) -> None:
        self.root, self.folder, self.parsed, self.blobs = root, folder, parsed, blobs
        self.memo = Memo()
        self.tree: str | None = None  # what self.folder / "data" holds now

    def state(self, tree: str) -> State | None:
        data = self.folder / "data"
        try:
            if self.tree is not None:
                revisions.update_data(self.root, self.tree, tree, data, self.blobs)
                self.tree = tree
        except (revisions.RevisionUnreadable, revisions.NoGit):
            self.tree = None  # written afresh below
        try:
            if self.tree is None:
                shutil.rmtree(data, ignore_errors=True)
                revisions.export_data(self.root, tree, self.folder)
                self.tree = tree
        except (revisions.RevisionUnreadable, revisions.NoGit):
            shutil.rmtree(data, ignore_errors=True)
            self.tree = None
            return None
        try:
            return indicator_states(load_site(data, self.folder, self.parsed, self.memo))
        except DataError:
            return None  # a revision whose data did not validate: compared as if absent


def _stored(cache: Path, tree: str) -> State | None | bool:
    """The cached state of ``tree`` (None for data that could not be read), or False when not cached."""
    path = cache / f"{tree}.json"
    if not path.exists():
        return False
    stored = json.loads(path.read_text(encoding="utf-8"))
    if stored.get("version") != CACHE_VERSION:
        return False
    return stored["state"]  # type: ignore[no-any-return]


def _states(
    root: Path, cache: Path, trees: list[str | None], parsed: Path | None, known: dict[str, State] | None = None
) -> dict[str, State | None]:
    """The state of every tree: from the cache or ``known`` (the checkout's own), the others
    loaded in the order given (commits next to each other differ by little)."""
    out: dict[str, State | None] = {}
    todo = []
    for tree in dict.fromkeys(t for t in trees if t is not None):
        found = _stored(cache, tree)
        if found is False and known and tree in known:
            found = known[tree]
            cache.mkdir(parents=True, exist_ok=True)
            record = json.dumps({"version": CACHE_VERSION, "state": found}, ensure_ascii=False)
            (cache / f"{tree}.json").write_text(record, encoding="utf-8")
        if found is False:
            todo.append(tree)
        else:
            out[tree] = found  # type: ignore[assignment]
    if not todo:
        return out
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="plan-history-") as tmp, revisions.Blobs(root) as blobs:
        reader = _Revisions(root, Path(tmp), parsed, blobs)
        for tree in todo:
            out[tree] = state = reader.state(tree)
            record = json.dumps({"version": CACHE_VERSION, "state": state}, ensure_ascii=False)
            (cache / f"{tree}.json").write_text(record, encoding="utf-8")
    return out


def _checkout_state(root: Path, site: Site | None) -> dict[str, State]:
    """The state of HEAD's data/ from ``site``, the build's own load of data/, when data/ is as
    HEAD has it (nothing changed, added or ignored in it): a commit just made costs no load."""
    if site is None or revisions.git(root, "status", "--porcelain", "--ignored", "--", "data").strip():
        return {}
    (tree,) = _trees(root, ["HEAD"])
    return {tree: indicator_states(site)} if tree else {}


def read_timeline(
    root: Path, cache: Path, parsed: Path | None = None, limit: int = TIMELINE_LIMIT, site: Site | None = None
) -> Timeline | None:
    """The per-indicator changes of the latest ``limit`` commits that touched data/; None
    outside a git checkout. ``parsed`` is the cache of parsed files shared with the build;
    ``site``: the build's own load of the checkout's data/ (HEAD's, when data/ is unchanged)."""
    fmt = "--format=%x1e%H%x1f%h%x1f%cI%x1f%B"
    try:
        log = revisions.git(root, "log", "--no-merges", f"-n{limit}", fmt, "--", "data")
        commits = [r.split("\x1f") for r in log.split("\x1e") if r.count("\x1f") == 3]
        revs = [r for full, *_ in commits for r in (full, f"{full}^")]
        trees = _trees(root, revs) if revs else []
    except revisions.NoGit:
        return None
    # the timeline is a function of the commits, their data/ trees and this code: an uncommitted
    # edit, the build after a failed one … read it back instead of comparing every state again
    key = hashlib.sha256(json.dumps([CACHE_VERSION, limit, log, trees]).encode()).hexdigest()
    record = cache / "timeline.pickle"
    try:
        found_key, found = pickle.loads(record.read_bytes())
        if found_key == key and isinstance(found, Timeline):
            return found
    except (OSError, ValueError, TypeError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
        pass
    try:
        known = _checkout_state(root, site)
    except revisions.NoGit:
        return None
    states = _states(root, cache, trees, parsed, known)
    out = []
    for i, (_full, short, time, message) in enumerate(commits):
        new = states.get(trees[2 * i] or "")
        if new is None:
            continue
        changed = compare_states(states.get(trees[2 * i + 1] or ""), new)
        if changed:
            out.append(CommitChanges(short, time, note_of(message), changed))
    result = Timeline(tuple(out), limit)
    cache.mkdir(parents=True, exist_ok=True)
    tmp = record.with_name(record.name + ".tmp")
    tmp.write_bytes(pickle.dumps((key, result)))
    os.replace(tmp, record)
    return result
