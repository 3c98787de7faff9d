"""Digests of the new site's files for the stages that key a cache by them (the search index's
parts, the offline bundle's entries), each file read once per build at most, and not at all when
the file system says it is the file the last build read (same device, inode, size and modification
time to the nanosecond: the site is put together from hard links, so a page no unit rebuilt is the
same file as before, and a file written again is another)."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from generator.inputs import file_stamp


class Digests:
    """SHA-256 of files under one folder, by their paths relative to it; ``record``: where the
    last build's stamps and digests are kept (None: nothing kept, every file read)."""

    def __init__(self, folder: Path, record: Path | None = None) -> None:
        self.folder = folder
        self.root = os.fspath(folder)
        self.record = record
        self.known: dict[str, list[int | str]] = {}
        self.seen: dict[str, list[int | str]] = {}
        if record is not None:
            try:
                self.known = json.loads(record.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self.known = {}

    def of(self, rel: str) -> str:
        if rel in self.seen:
            return str(self.seen[rel][-1])
        path = os.path.join(self.root, rel)  # strings: a province's site asks for some 100,000
        stamp: list[int | str] = [*file_stamp(path)]
        known = self.known.get(rel)
        if known is not None and known[:4] == stamp:
            digest = str(known[4])
        else:
            with open(path, "rb") as handle:
                digest = hashlib.sha256(handle.read()).hexdigest()
        self.seen[rel] = [*stamp, digest]
        return digest

    def save(self) -> None:
        """Keep the stamps of the files asked for in this build (only those)."""
        if self.record is not None:
            self.record.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.record.with_suffix(".tmp")
            tmp.write_text(json.dumps(self.seen), encoding="utf-8")
            os.replace(tmp, self.record)
