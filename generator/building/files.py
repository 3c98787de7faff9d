"""The files of a built tree (content/, a unit's output, the site), listed by one walk.

A province's site holds tens of thousands of files; listing them as ``Path`` objects
(``sorted(folder.rglob("*"))``) cost more than reading them. This gives their paths as strings, in
the order ``sorted(rglob)`` gives them (by their parts: ``a/b`` before ``a-b``).
"""

from __future__ import annotations

import os
from pathlib import Path


def files_under(folder: Path, suffix: str = "") -> list[str]:
    """Every file under ``folder`` whose name ends with ``suffix``, as a path relative to it with
    '/' between its parts, sorted by those parts; none for a folder that does not exist."""
    out: list[str] = []
    root = os.path.normpath(folder)
    start = len(root) + 1  # os.walk's folders all begin with the root it was given
    for here, _folders, names in os.walk(root):
        prefix = here[start:].replace(os.sep, "/") + "/" if len(here) > len(root) else ""
        out += [prefix + name for name in names if name.endswith(suffix)]
    return sorted(out, key=lambda path: path.split("/"))
