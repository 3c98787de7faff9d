"""A plan's files of content/ kept whole while nothing they are made from changed.

A plan's own pages (overview, chapters, indicators, 专栏, source text, report, the indicator
pages with their downloads and embeds) are made by the views from the plan itself and from what
``views.others_of`` leaves of the site (every plan without its text, the vocabularies, what later
sources report), with its indicators' changes in the history, the site's address and the edit
links. That is all they can read, so a plan's key is a digest of exactly that, with the build's
code, its settings and the templates' text.

The record (``.build/plans.json``) maps each plan to its key and to the SHA-256 of each file its
pages gave, with the file's stamp in content/ (device, inode, size, modification time) after the
build wrote it. A plan whose key is recorded is neither viewed nor rendered: its files stay in
content/ as they are, and only if every one of them still has the recorded digest (read again
unless its stamp is the recorded one); anything else is made again. So an edit of one plan's
text makes that plan's pages only, and an edit of what others read of it (an indicator, its
name) makes every plan's pages again.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from pathlib import Path

from generator.building import render
from generator.building.rendered import Rendered, context_bytes
from generator.history.changelog import Timeline
from generator.inputs import file_stamp
from generator.sitemodel.site import Plan, Site
from generator.views.edit import EditLinks
from generator.views.history import indicator_history

FORMAT = 2  # the record's layout and the way keys are made; a new one forgets every record


def _templates() -> str:
    h = hashlib.sha256()
    folder = render.TEMPLATES  # read when a key is made: the folder the build renders from
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            h.update(f"{path.relative_to(folder).as_posix()}\0".encode() + path.read_bytes())
    return h.hexdigest()


class PlanParts:
    """The last build's plans' files (see the module's text). ``shared``: a digest of what every
    plan's pages are made from besides the plan itself, or None when it cannot be made (then no
    plan is kept)."""

    def __init__(
        self,
        record: Path,
        content: Path,
        rendered: Rendered,
        others: Site,
        timeline: Timeline | None,
        site_url: str,
        edit: EditLinks,
    ) -> None:
        self.record, self.content, self.timeline = record, content, timeline
        # fields, not the objects: a cached property computed in one build and not in the next
        # (a lookup table of the site's) would change the bytes, not the values
        site = {f.name: getattr(others, f.name) for f in dataclasses.fields(others)}
        site.update(plans=[_fields(plan) for plan in others.plans], tracking=_fields(others.tracking))
        values = context_bytes(sorted(site.items()))
        self.shared: str | None = None
        if values is not None:
            h = hashlib.sha256(f"{FORMAT}\0{rendered.shared}\0{_templates()}\0{site_url}\0{edit}\0".encode())
            h.update(values)
            self.shared = h.hexdigest()
        self.old = _read(record)
        self.new: dict[str, dict[str, object]] = {}  # plan id → key, files (path → [SHA-256])

    def key(self, plan: Plan) -> str | None:
        if self.shared is None:
            return None
        # of the change history, what the plan's pages show: its indicators' own changes
        history = [indicator_history(self.timeline, plan.id, ind.id) for ind in plan.indicators]
        values = context_bytes((_fields(plan), history))
        return None if values is None else hashlib.sha256(self.shared.encode() + values).hexdigest()

    def kept(self, keys: dict[str, str | None]) -> dict[str, list[str]]:
        """The plans whose key is the recorded one and whose files in content/ are as recorded:
        plan id → its files (paths under content/)."""
        out = {}
        for pid, key in keys.items():
            entry = self.old.get(pid)
            if key is None or not isinstance(entry, dict) or entry.get("key") != key:
                continue
            files = _verified(self.content, entry.get("files"))
            if files is not None:
                out[pid] = sorted(files)
                self.new[pid] = {"key": key, "files": files}
        return out

    def remember(self, pid: str, key: str | None, files: dict[str, bytes]) -> None:
        if key is not None:
            self.new[pid] = {
                "key": key,
                "files": {p: [hashlib.sha256(d).hexdigest()] for p, d in sorted(files.items())},
            }

    def save(self) -> None:
        """Record this build's plans, with their files' stamps: to be called once content/ holds them."""
        for entry in self.new.values():
            files = entry["files"]
            assert isinstance(files, dict)
            for path, found in files.items():
                files[path] = [found[0], *file_stamp(os.path.join(self.content, path))]
        text = json.dumps({"format": FORMAT, "plans": self.new}, sort_keys=True, separators=(",", ":"))
        tmp = self.record.with_name(f".{self.record.name}.{os.getpid()}.new")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, self.record)


def _fields(obj: object) -> tuple[object, ...]:
    """A dataclass's fields' values (its cached properties left out)."""
    return tuple(getattr(obj, f.name) for f in dataclasses.fields(obj))  # type: ignore[arg-type]


def _read(record: Path) -> dict[str, object]:
    try:
        data = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("plans"), dict):
        return {}
    return dict(data["plans"])


def _verified(content: Path, files: object) -> dict[str, list[object]] | None:
    """The recorded files (path → [SHA-256, stamp…]) if each still has its digest in content/
    (read only when its stamp is not the recorded one); None if any has not."""
    if not isinstance(files, dict) or not files:
        return None
    out: dict[str, list[object]] = {}
    for path, found in files.items():
        if not isinstance(found, list) or not found:
            return None
        full = os.path.join(content, path)
        try:
            if found[1:] == file_stamp(full):
                out[path] = [found[0]]
                continue
            with open(full, "rb") as handle:
                data = handle.read()
        except OSError:
            return None
        if hashlib.sha256(data).hexdigest() != found[0]:
            return None
        out[path] = [found[0]]
    return out
