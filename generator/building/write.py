"""Owns content/: nothing else writes there. Everything is made in memory before anything is
written (a page only rendered when what it is rendered from changed: building/rendered.py);
then only the files whose bytes changed are replaced (the site is swapped in whole)."""

from __future__ import annotations

import ctypes
import os
import shutil
from collections.abc import Collection, Sequence
from pathlib import Path

from generator.building.render import environment, render
from generator.building.rendered import Rendered
from generator.views import SiteView
from generator.views.page import Context, Embed


class DuplicatePath(RuntimeError):
    pass


def render_content(
    view: SiteView,
    sources: Path,
    published: Sequence[str],
    compiled: Path | None = None,
    pages: Rendered | None = None,
) -> dict[str, bytes]:
    """Every page and file of content/, in memory (path under content/ → bytes), with the
    ``published`` texts of ``sources``; refuses to give one path twice. ``compiled``: the
    templates compiled by earlier builds; ``pages``: the pages of the last build, each taken
    again when its context and templates are the same (else every page is rendered)."""
    env = environment(compiled)
    out: dict[str, bytes] = {}

    def put(rel: str, data: bytes) -> None:
        if rel in out:
            raise DuplicatePath(f"two outputs want the same path: {rel}")
        out[rel] = data

    def page(rel: str, context: Context) -> bytes:
        return pages.page(env, rel, context) if pages is not None else render(env, context).encode("utf-8")

    for p in view.pages:
        put(p.file, page(p.file, p.context))
    for f in view.files:
        put(f.path, f.data)
    for embed in view.embeds:
        put(embed.path, page(embed.path, embed.context))
    for name in published:
        put(f"sources/{name}", (sources / name).read_bytes())
    return out


def add_files(files: dict[str, bytes], more: dict[str, bytes]) -> None:
    """Add ``more`` (redirect pages, share images) beside the pages; one path is never given twice."""
    for rel, data in more.items():
        if rel in files:
            raise DuplicatePath(f"two outputs want the same path: {rel}")
        files[rel] = data


def render_redirects(pages: Sequence[Embed], compiled: Path | None = None) -> dict[str, bytes]:
    """The redirect pages (views/redirects.py), to sit beside the pages: MkDocs copies them."""
    env = environment(compiled)
    return {page.path: render(env, page.context).encode("utf-8") for page in pages}


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    return bool(result == 0)


def swap(staging: Path, target: Path, spare: Path | None = None) -> None:
    """Replace ``target`` with ``staging`` as a whole. There is no moment without a whole
    ``target``: the two folders are exchanged in one atomic step, then the old one removed, or
    kept as ``spare`` (where the next build starts from: units.assemble)."""
    old = target.with_name(target.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if not target.exists():
        staging.rename(target)
        return
    if not _exchange(staging, target):  # not Linux: two renames, the old site kept beside until the new one is in
        target.rename(old)
        staging.rename(target)
        staging = old
    if spare is None:
        shutil.rmtree(staging)  # now holds the old site
        return
    if spare.exists():
        shutil.rmtree(spare)
    staging.rename(spare)


def sync(files: dict[str, bytes], target: Path, kept: Collection[str] = ()) -> int:
    """Make ``target`` hold exactly ``files`` (path under it → bytes), touching only files that
    changed (live reload watchers keep working). Everything is rendered before this runs, so a
    failed build writes nothing. A changed file is replaced, not rewritten: the built site holds
    hard links to content/'s downloads, which must keep the bytes of the site they belong to.
    ``kept``: files this build found in ``target`` holding the bytes it gives (not read again;
    they may be left out of ``files``). Returns the number of files written or removed."""
    changed = 0
    target.mkdir(parents=True, exist_ok=True)
    for rel in sorted(files):
        if rel in kept:
            continue
        if _create(target, rel, files[rel]):
            changed += 1
            continue
        if _holds(target, rel, files[rel]):
            continue
        dst = target / rel
        tmp = dst.with_name(f".{dst.name}.{os.getpid()}.new")
        tmp.write_bytes(files[rel])
        tmp.replace(dst)  # a changed file is never written in place: the site links content/'s files
        changed += 1
    wanted, top, gone = set(files) | set(kept), os.fspath(target), set()
    for here, dirs, names in os.walk(top, topdown=False):  # a folder after what it holds
        prefix = "" if here == top else here[len(top) + 1 :].replace(os.sep, "/") + "/"
        links = [d for d in dirs if os.path.islink(os.path.join(here, d))]
        held = len(dirs) - len(links) - sum(os.path.join(here, d) in gone for d in dirs)
        for name in [*names, *links]:
            if prefix + name in wanted:
                held += 1
            else:
                os.unlink(os.path.join(here, name))
                changed += 1
        if here != top and not held and not os.listdir(here):
            os.rmdir(here)
            gone.add(here)
    return changed


def _create(target: Path, rel: str, data: bytes) -> bool:
    """Write ``target``/``rel`` if no file is there yet (False when one is), making its folders
    as needed. A new file is written where it goes: nothing links it yet, and a build stopped
    half-way leaves a file whose bytes are not the ones wanted, which the next build replaces.
    (Writing beside it and renaming, as a changed file must be, took twice the CPU: 51,821 new
    files of a hundred plans' content/ in 6.0 and 10.3 CPU-s, against 2.6 and 5.5 this way.)"""
    path = os.path.join(target, rel)
    try:
        handle = open(path, "xb")  # noqa: SIM115 - the folder may be missing: made below
    except FileExistsError:
        return False
    except FileNotFoundError:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        handle = open(path, "xb")  # noqa: SIM115
    with handle:
        handle.write(data)
    return True


def _holds(target: Path, rel: str, data: bytes) -> bool:
    """Whether ``target``/``rel`` holds ``data`` (paths as strings: this runs for every file)."""
    try:
        with open(os.path.join(target, rel), "rb") as handle:
            return os.fstat(handle.fileno()).st_size == len(data) and handle.read() == data
    except OSError:
        return False
