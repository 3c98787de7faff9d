"""Owns content/: nothing else writes there. Writes everything or nothing (staged, then swapped)."""

from __future__ import annotations

import ctypes
import os
import shutil
from collections.abc import Sequence
from pathlib import Path

from generator.building.render import environment, render
from generator.views import SiteView
from generator.views.page import Embed


class DuplicatePath(RuntimeError):
    pass


def stage_content(
    view: SiteView, sources: Path, published: Sequence[str], staging: Path, compiled: Path | None = None
) -> list[str]:
    """Render every page and file into ``staging``, with the ``published`` texts of ``sources``;
    refuse to write one path twice. ``compiled``: the templates compiled by earlier builds."""
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    env = environment(compiled)
    written: set[str] = set()

    def put(rel: str, data: bytes) -> None:
        if rel in written:
            raise DuplicatePath(f"two outputs want the same path: {rel}")
        written.add(rel)
        target = staging / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)

    for page in view.pages:
        put(page.file, render(env, page.context).encode("utf-8"))
    for f in view.files:
        put(f.path, f.data)
    for embed in view.embeds:
        put(embed.path, render(env, embed.context).encode("utf-8"))
    for name in published:
        put(f"sources/{name}", (sources / name).read_bytes())
    return sorted(written)


def stage_redirects(pages: Sequence[Embed], staging: Path, compiled: Path | None = None) -> list[str]:
    """The redirect pages (views/redirects.py) into ``staging``, beside the pages: MkDocs copies them."""
    env = environment(compiled)
    for page in pages:
        target = staging / page.path
        if target.exists():
            raise DuplicatePath(f"two outputs want the same path: {page.path}")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render(env, page.context).encode("utf-8"))
    return [p.path for p in pages]


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    return bool(result == 0)


def swap(staging: Path, target: Path) -> None:
    """Replace ``target`` with ``staging`` as a whole. There is no moment without a whole
    ``target``: the two folders are exchanged in one atomic step, then the old one removed."""
    old = target.with_name(target.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if not target.exists():
        staging.rename(target)
        return
    if _exchange(staging, target):
        shutil.rmtree(staging)  # now holds the old site
        return
    target.rename(old)  # not Linux: two renames, the old site kept beside until the new one is in
    staging.rename(target)
    shutil.rmtree(old)


def sync(staging: Path, target: Path) -> int:
    """Make ``target`` equal to ``staging``, touching only files that changed (live reload
    watchers keep working). A changed file is replaced, not rewritten: the built site holds
    hard links to content/'s downloads, which must keep the bytes of the site they belong to.
    Returns the number of files written or removed."""
    changed = 0
    target.mkdir(parents=True, exist_ok=True)
    new = {p.relative_to(staging) for p in staging.rglob("*") if p.is_file()}
    for rel in sorted(new):
        src, dst = staging / rel, target / rel
        data = src.read_bytes()
        if not dst.is_file() or dst.read_bytes() != data:
            dst.parent.mkdir(parents=True, exist_ok=True)
            src.replace(dst)  # a new file, never written in place: the site links content/'s files
            changed += 1
    for old in sorted(target.rglob("*"), reverse=True):
        rel = old.relative_to(target)
        if old.is_file() and rel not in new:
            old.unlink()
            changed += 1
        elif old.is_dir() and not any(old.iterdir()):
            old.rmdir()
    shutil.rmtree(staging)
    return changed
