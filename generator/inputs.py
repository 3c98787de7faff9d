"""Everything a build is made from, as one digest, so that a build whose inputs did not change
since the last successful one does nothing (and says what it said then).

The inputs are taken whole, not as a list of today's page kinds: every file under data/ and
overrides/, mkdocs.yml, the generator's own code and templates, package-lock.json, the installed
Python packages and the Pagefind binary, the settings read from the environment, and git's list
of the commits that touched data/ (the change history and the dates come from it). A new data
file, template or asset is an input the day it is added.

What the last build left is checked too: site/, content/ and mkdocs.gen.yml must be as that
build wrote them (every file's path, size and modification time), so a site deleted or edited
by hand is rebuilt. A build removes the record before it starts and writes it only once it has
succeeded, so a failed or killed build never leaves a record that a later build could trust.

This module imports nothing heavy: the command line asks it before loading MkDocs.
"""

from __future__ import annotations

import fcntl
import functools
import hashlib
import json
import os
import platform
import re
import sys
import sysconfig
from collections.abc import Iterable, Iterator
from pathlib import Path

from generator import revisions
from generator.config import ROOT, Config

PACKAGE = Path(__file__).resolve().parent
BUILD = "generator.building.build"  # the module that runs a build: its imports are the build's code
RECORD = "inputs.json"  # under .build/
ENVIRONMENT = ("PAGEFIND_BINARY", "PLAN_SITE_LANG")  # besides Config's own settings
IMPORT = re.compile(
    r"^[ \t]*(?:from[ \t]+(generator(?:\.\w+)*)[ \t]+import[ \t]+(\([^)]*\)|[\w ,\t]+)|import[ \t]+(generator(?:\.\w+)*))",
    re.M,
)


def _files(folder: Path) -> Iterator[Path]:
    """Every file under ``folder`` (which may itself be a symbolic link), in a stable order."""
    if not folder.exists():
        return
    for here, dirs, files in os.walk(folder, followlinks=True):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if not name.endswith(".pyc"):
                yield Path(here, name)


def _add_tree(h: hashlib._Hash, label: str, folder: Path) -> None:
    h.update(f"\0tree {label}\0".encode())
    for path in _files(folder):
        data = path.read_bytes()
        h.update(f"{path.relative_to(folder).as_posix()}\0{len(data)}\0".encode())
        h.update(data)


def _add_file(h: hashlib._Hash, label: str, path: Path) -> None:
    data = path.read_bytes() if path.is_file() else b"(none)"
    h.update(f"\0file {label}\0{len(data)}\0".encode())
    h.update(data)


def _module_file(name: str) -> Path | None:
    return _module_file_in(PACKAGE, name)


@functools.cache
def _module_file_in(package: Path, name: str) -> Path | None:
    """The source file of a generator module (a build does not add modules while it runs)."""
    rel = Path(*name.split("."))
    for candidate in (package.parent / rel.with_suffix(".py"), package.parent / rel / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def file_stamp(path: str | os.PathLike[str]) -> list[int]:
    """What says a file is the one seen before: device, inode, size and modification time (ns)."""
    st = os.stat(path)
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns]


Stamp = tuple[int, ...]  # a file's version: its ``file_stamp``


@functools.cache
def _imported(path: Path, stamp: Stamp) -> tuple[str, ...]:
    """The generator modules a source file names in its imports (read once per version of it)."""
    out = []
    for m in IMPORT.finditer(path.read_text(encoding="utf-8")):
        base = m.group(1) or m.group(3)
        out.append(base)
        if m.group(2):  # from generator import a, b: a and b may be modules
            out += [f"{base}.{n.strip()}" for n in m.group(2).replace("(", "").replace(")", "").split(",")]
    return tuple(out)


def _code_versions(*modules: str) -> dict[Path, Stamp]:
    """The source files of ``modules`` and of every generator module they import, however
    indirectly (read from the sources: a module added tomorrow is followed too), with their stamps."""
    seen: dict[Path, Stamp] = {}
    named: set[str] = set()
    todo = list(modules)
    while todo:
        name = todo.pop()
        if name in named:
            continue
        named.add(name)
        path = _module_file(name) if name.startswith("generator") else None
        if path is None or path in seen:
            continue
        stamp = seen[path] = tuple(file_stamp(path))
        todo.append(name.rpartition(".")[0])  # importing a module runs its package's __init__ first
        todo += _imported(path, stamp)
    return seen


def code_files(*modules: str) -> list[Path]:
    """The source files of ``modules`` and of every generator module they import."""
    return sorted(_code_versions(*modules))


def code_digest(*modules: str) -> str:
    """A digest of the code that ``modules`` run: what a cache of their results is keyed by. A
    build asks for it a dozen times, for overlapping sets of files: it is worked out again only
    when one of its files changed (``file_stamp``)."""
    return _code_digest(tuple(sorted(_code_versions(*modules).items())))


@functools.cache
def _code_digest(files: tuple[tuple[Path, Stamp], ...]) -> str:
    h = hashlib.sha256(platform.python_version().encode())
    for path, _ in files:
        _add_file(h, path.relative_to(PACKAGE.parent).as_posix(), path)
    h.update(_packages())
    return h.hexdigest()


@functools.cache
def _packages() -> bytes:
    """The installed distributions with their versions (their metadata folders' names), as this
    process found them: a build does not install packages while it runs."""
    names: set[str] = set()
    for key in ("purelib", "platlib"):
        folder = Path(sysconfig.get_paths()[key])
        if folder.is_dir():
            names |= {p.name for p in folder.iterdir() if p.name.endswith(".dist-info")}
    return b"\0packages\0" + "\n".join(sorted(names)).encode()


def _git_history(root: Path) -> bytes:
    try:
        return revisions.git(root, "log", "-n1000", "--format=%H %ct", "--", "data").encode()
    except revisions.NoGit:
        return b"(no git)"


def inputs_digest(config: Config) -> str:
    """One digest of everything the build of ``config`` reads."""
    h = hashlib.sha256()
    h.update(json.dumps([sys.version, config.site_url, config.repo_url, config.repo_branch]).encode())
    h.update(json.dumps({k: os.environ.get(k) for k in ENVIRONMENT}, sort_keys=True).encode())
    _add_tree(h, "data", config.data_dir)
    _add_tree(h, "overrides", config.root / "overrides")
    _add_file(h, "mkdocs.yml", config.mkdocs_base)
    for path in code_files(BUILD):  # the build's code (not the importers', which make no page)
        _add_file(h, path.relative_to(PACKAGE.parent).as_posix(), path)
    _add_tree(h, "generator/templates", PACKAGE / "templates")
    _add_file(h, "package-lock.json", ROOT / "package-lock.json")
    h.update(_packages())
    pagefind = sorted((ROOT / "node_modules" / "@pagefind").glob("*/bin/*"))
    h.update(b"\0pagefind\0")
    for path in pagefind:
        st = path.stat()
        h.update(f"{path}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    h.update(b"\0git\0" + _git_history(config.root))
    return h.hexdigest()


def _stamps(folder: str, rel: str = "") -> Iterator[str]:
    """Each file under ``folder`` as path, size and modification time, in a stable order (the
    outputs are tens of thousands of files at a province's scale: plain strings, no Path objects)."""
    with os.scandir(folder) as found:
        entries = sorted(found, key=lambda e: e.name)
    for entry in entries:
        if entry.is_dir():
            yield from _stamps(entry.path, f"{rel}{entry.name}/")
        else:
            st = entry.stat()
            yield f"{rel}{entry.name}\0{st.st_size}\0{st.st_mtime_ns}\n"


def current_outputs(config: Config) -> str:
    """The outputs as they are now (what the last build left, unless something changed them): every
    output file's path, size and modification time."""
    h = hashlib.sha256()
    for label, folder in (("site", config.site_dir), ("content", config.content_dir)):
        if not folder.is_dir():
            return "(missing)"
        h.update(f"\0{label}\0".encode())
        h.update("".join(_stamps(str(folder))).encode())
    if not config.mkdocs_generated.is_file():
        return "(missing)"
    _add_file(h, "mkdocs.gen.yml", config.mkdocs_generated)
    return h.hexdigest()


def outputs_touched(config: Config, outputs: str | None = None) -> bool:
    """Whether something other than a build changed site/, content/ or mkdocs.gen.yml since the
    last successful build (site/'s files are the units' cached files, linked: a page edited in
    site/ is edited in the cache too). ``outputs``: ``current_outputs(config)``, if the caller
    has it (a province's outputs are tens of thousands of files: walked once per build)."""
    try:
        record = json.loads((config.work_dir / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return not isinstance(record, dict) or record.get("outputs") != (outputs or current_outputs(config))


def recorded(config: Config) -> bool:
    """Whether a successful build left its record (otherwise nothing is compared with it)."""
    return (config.work_dir / RECORD).is_file()


def forget(config: Config) -> None:
    """A build has started: the outputs are no longer those of a finished build."""
    (config.work_dir / RECORD).unlink(missing_ok=True)


def remember(config: Config, digest: str, notes: Iterable[str]) -> None:
    """The build from inputs ``digest`` succeeded; ``notes`` are what it told the editor."""
    record = {"inputs": digest, "outputs": current_outputs(config), "notes": list(notes)}
    path = config.work_dir / RECORD
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)


def unchanged(config: Config, digest: str | None = None, outputs: str | None = None) -> list[str] | None:
    """The notes of the last build when neither its inputs nor its outputs changed since;
    None when a build is needed. ``outputs``: ``current_outputs(config)``, if the caller has it."""
    path = config.work_dir / RECORD
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or record.get("inputs") != (digest or inputs_digest(config)):
        return None  # (the inputs first: an edit's build walks no output for this)
    if record.get("outputs") != (outputs or current_outputs(config)):
        return None
    notes = record.get("notes")
    return [str(n) for n in notes] if isinstance(notes, list) else None


def up_to_date(config: Config) -> list[str] | None:
    """``unchanged`` for the command line, under the build lock: None while a build of the same
    checkout runs (the build itself then says so)."""
    lock = config.work_dir / "build.lock"
    if not config.work_dir.is_dir():
        return None
    with open(lock, "w", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return None
        return unchanged(config)
