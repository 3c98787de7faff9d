"""The public change history of data/, read from git: what changed and when. Read once per
build; the same commits always give the same history (commit dates, never the clock)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from generator import revisions

LIMIT = 200
# the line of a commit message that speaks to readers: commit messages are written in English for
# the project, the site shows readers only the Chinese words of this line (nothing where it is missing)
NOTE = re.compile(r"^说明[：:][ \t]*(\S.*?)[ \t]*$", re.M)
TIMELINE_LIMIT = 30  # commits compared value by value (generator/history/timeline.py); older ones are not listed


@dataclass(frozen=True)
class Change:
    commit: str  # abbreviated hash
    date: str  # YYYY-MM-DD, the commit's own date
    note: str  # the commit message's 说明： line, as written ('' when it has none)
    files: tuple[str, ...]  # changed paths under data/


def note_of(message: str) -> str:
    """The words for readers in a commit message: its first line that starts with 说明：."""
    found = NOTE.search(message)
    return found.group(1) if found else ""


LOG_FORMAT = "--format=%x1e%h%x1f%cs%x1f%B%x1d"


def parse_log(text: str) -> tuple[Change, ...]:
    """Output of git log with LOG_FORMAT and --name-only → changes, newest first."""
    out = []
    for record in text.split("\x1e"):
        head, _, rest = record.partition("\x1d")
        parts = head.split("\x1f")
        if len(parts) != 3:
            continue
        files = tuple(sorted(ln.strip() for ln in rest.splitlines() if ln.strip().startswith("data/")))
        if files:
            out.append(Change(parts[0], parts[1], note_of(parts[2]), files))
    return tuple(out)


def read_history(root: Path, limit: int = LIMIT) -> tuple[Change, ...]:
    """The latest commits that touched data/; empty when root is not in a git checkout."""
    try:
        log = revisions.git(root, "log", "--no-merges", f"-n{limit}", LOG_FORMAT, "--name-only", "--", "data")
    except revisions.NoGit:
        return ()
    return parse_log(log)


@dataclass(frozen=True)
class FieldChange:
    label: str
    old: str  # '' = added
    new: str  # '' = removed


@dataclass(frozen=True)
class CommitChanges:
    commit: str  # abbreviated hash
    time: str  # the commit's date and time, ISO 8601
    note: str  # the commit message's 说明： line ('' when it has none)
    indicators: dict[str, tuple[FieldChange, ...]]  # "plan/indicator" → what changed

    @property
    def date(self) -> str:
        return self.time[:10]


@dataclass(frozen=True)
class Timeline:
    commits: tuple[CommitChanges, ...]  # newest first
    limit: int = TIMELINE_LIMIT

    def of(self, key: str) -> list[CommitChanges]:
        return [c for c in self.commits if key in c.indicators]
