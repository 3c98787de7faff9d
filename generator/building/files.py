"""The files of a built tree (content/, a unit's output, the site), listed by one walk, and a
tree made of hard links to given files.

A province's site holds tens of thousands of files; listing them as ``Path`` objects
(``sorted(folder.rglob("*"))``) cost more than reading them. This gives their paths as strings, in
the order ``sorted(rglob)`` gives them (by their parts: ``a/b`` before ``a-b``).
"""

from __future__ import annotations

import os
import shutil
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


def link_tree(target: Path, wanted: dict[str, str], skip: tuple[str, ...] = ()) -> None:
    """Make ``target`` hold exactly the files ``wanted`` gives (its path: the file to link there),
    as hard links, changing only what is not so already; the top folders ``skip`` names are left
    as they are."""
    target.mkdir(parents=True, exist_ok=True)
    tree = _Tree(os.fspath(target))
    tree.keep_only(wanted, skip)
    for rel, src in wanted.items():
        tree.link(src, rel)


class _Tree:
    """A folder made to hold hard links to given files; each of its folders made once."""

    def __init__(self, root: str) -> None:
        self.root = root
        self.folders = {""}
        self.held: set[str] = set()  # files already the ones wanted

    def keep_only(self, wanted: dict[str, str], skip: tuple[str, ...] = ()) -> None:
        """Remove every file that is not the one ``wanted`` names (the same inode), and the
        folders left empty, except in the top folders ``skip`` names; remember what is kept."""
        top = self.root
        walked = []
        for here, dirs, names in os.walk(top):  # the top's skipped folders are not entered
            if here == top:
                dirs[:] = [d for d in dirs if d not in skip]
            walked.append((here, dirs, names))
        for here, dirs, names in reversed(walked):  # a folder's own folders before it
            prefix = "" if here == top else here[len(top) + 1 :].replace(os.sep, "/") + "/"
            for name in names + [d for d in dirs if os.path.islink(os.path.join(here, d))]:
                rel, path = prefix + name, os.path.join(here, name)
                src = wanted.get(rel)
                if src is not None and _same(src, path):
                    self.held.add(rel)
                else:
                    os.unlink(path)
            if here != top and not os.listdir(here):
                os.rmdir(here)
            elif here != top:
                self.folders.add(prefix.rstrip("/"))

    def link(self, src: str, rel: str) -> None:
        if rel in self.held:
            return
        folder = rel.rpartition("/")[0]
        if folder not in self.folders:
            os.makedirs(os.path.join(self.root, folder), exist_ok=True)
            while folder not in self.folders:
                self.folders.add(folder)
                folder = folder.rpartition("/")[0]
        dest = os.path.join(self.root, rel)
        try:
            os.link(src, dest)
        except OSError:
            shutil.copy2(src, dest)


def _same(src: str, path: str) -> bool:
    try:
        a, b = os.stat(src), os.lstat(path)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)
