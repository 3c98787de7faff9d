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
        done = subprocess.run(
            ["git", *args],
            cwd=root,
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=120,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise NoGit(str(exc)) from exc
    if done.returncode != 0:
        raise NoGit(done.stderr.strip())
    return done.stdout


class RevisionUnreadable(Exception):
    """git could not give this revision's data/ (unknown revision, no data/ there, no git)."""


class NotACommit(RevisionUnreadable):
    """What was given as a revision does not name a commit of this repository."""

    def __init__(self, rev: str) -> None:
        super().__init__(rev)
        self.rev = rev


def commit_id(root: Path, rev: str) -> str:
    """The full id of the commit ``rev`` names; NotACommit for anything else (an option such
    as ``--output=FILE`` included: it is read as a revision, never as an option)."""
    try:
        out = git(root, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}")
    except NoGit as exc:
        raise NotACommit(rev) from exc
    return out.strip()


def changed_paths(root: Path, base: str, head: str | None = None) -> list[str]:
    """git's list of the files that differ between two commits (ids from ``commit_id``), or
    between a commit and the working tree when ``head`` is None."""
    try:
        out = git(
            root, "diff", "--name-only", "--no-renames", "-z", "--end-of-options", base, *([head] if head else []), "--"
        )
    except NoGit as exc:
        raise RevisionUnreadable(str(exc)) from exc
    return sorted(p for p in out.split("\0") if p)


def export_data(root: Path, treeish: str, dest: Path) -> Path:
    """Write ``treeish``'s data/ under ``dest`` and return that data/ folder.

    ``treeish`` is a commit (its data/ is taken) or the tree id of a data/ folder itself; git
    says which (a full commit id and a tree id look alike)."""
    if treeish.startswith("-"):
        raise RevisionUnreadable(f"not a revision: {treeish}")
    kind = subprocess.run(
        ["git", "-C", str(root), "cat-file", "-t", "--end-of-options", treeish],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    spec = treeish if kind.stdout.strip() == "tree" else f"{treeish}:data"
    args = ["git", "-C", str(root), "archive", "--format=tar", "--prefix=data/", "--end-of-options", spec]
    result = subprocess.run(args, capture_output=True, timeout=120, check=False)
    if result.returncode != 0:
        raise RevisionUnreadable(result.stderr.decode("utf-8", "replace").strip())
    with tarfile.open(fileobj=io.BytesIO(result.stdout)) as tar:
        tar.extractall(dest, filter="data")
    return dest / "data"


class Blobs:
    """File contents from git's object store, read by one ``git cat-file --batch`` for as long as
    this is open (a process per file would cost more than most files)."""

    def __init__(self, root: Path) -> None:
        try:
            self.proc = subprocess.Popen(
                ["git", "-C", str(root), "cat-file", "--batch"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
        except OSError as exc:
            raise NoGit(str(exc)) from exc

    def read(self, oid: str) -> bytes:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        try:
            self.proc.stdin.write(f"{oid}\n".encode())
            self.proc.stdin.flush()
            header = self.proc.stdout.readline().split()
        except OSError as exc:
            raise RevisionUnreadable(str(exc)) from exc
        if len(header) != 3 or header[1] != b"blob":
            raise RevisionUnreadable(f"not a file in git: {oid}")
        data = self.proc.stdout.read(int(header[2]))
        self.proc.stdout.read(1)  # the newline after the contents
        return data

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait()
        if self.proc.stdout is not None:
            self.proc.stdout.close()

    def __enter__(self) -> Blobs:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def update_data(root: Path, old: str, new: str, data: Path, blobs: Blobs | None = None) -> None:
    """Turn ``data``, written by ``export_data`` from the data/ tree ``old``, into the tree ``new``:
    only the files the two differ by are written or removed (git's list, with the new contents'
    ids; ``blobs`` reads them, one reader for many calls where given)."""
    if old.startswith("-") or new.startswith("-"):
        raise RevisionUnreadable(f"not a revision: {old} {new}")
    try:
        out = git(root, "diff-tree", "-r", "-z", "--no-renames", old, new)
    except NoGit as exc:
        raise RevisionUnreadable(str(exc)) from exc
    fields = out.split("\0")
    changes = [(fields[k].split(), fields[k + 1]) for k in range(0, len(fields) - 1, 2) if fields[k].startswith(":")]
    reader = blobs or Blobs(root)
    try:
        for (_, mode, _, oid, status), rel in changes:
            path = data / rel
            path.unlink(missing_ok=True)
            if status != "D" and mode.startswith("100"):  # a file, not a link or a submodule
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(reader.read(oid))
                continue
            for folder in path.parents:  # a folder left empty was removed with its last file
                if folder == data or not folder.is_dir() or any(folder.iterdir()):
                    break
                folder.rmdir()
    finally:
        if blobs is None:
            reader.close()
