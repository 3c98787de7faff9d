"""The one place that asks git: the history of data/, and the data of another revision
(`git archive` of data/ into a folder)."""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path


class NoGit(OSError):
    """Not a git checkout, no git, or git refused (the caller builds without history)."""


def git(root: Path, *args: str, stdin: str | None = None) -> str:
    """git's output for ``args`` run in ``root``; NoGit when it cannot answer."""
    try:
        done = subprocess.run(["git", *args], cwd=root, input=stdin, capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.SubprocessError) as exc:
        raise NoGit(str(exc)) from exc
    if done.returncode != 0:
        raise NoGit(done.stderr.strip())
    return done.stdout


class RevisionUnreadable(Exception):
    """git could not give this revision's data/ (unknown revision, no data/ there, no git)."""


def export_data(root: Path, treeish: str, dest: Path) -> Path:
    """Write ``treeish``'s data/ under ``dest`` and return that data/ folder.

    ``treeish`` is a revision (its data/ is taken) or the tree id of a data/ folder itself."""
    is_tree = len(treeish) == 40 and all(c in "0123456789abcdef" for c in treeish)
    args = ["git", "-C", str(root), "archive", "--format=tar", treeish] + ([] if is_tree else ["data"])
    result = subprocess.run(args, capture_output=True, timeout=120, check=False)
    if result.returncode != 0:
        raise RevisionUnreadable(result.stderr.decode("utf-8", "replace").strip())
    target = dest / "data" if is_tree else dest
    with tarfile.open(fileobj=io.BytesIO(result.stdout)) as tar:
        tar.extractall(target, filter="data")
    return dest / "data"
