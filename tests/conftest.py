"""Shared fixtures: real data or the tiny fixture plan, built for real into a temporary root."""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from playwright.sync_api import Browser, sync_playwright
from ruamel.yaml import YAML

from generator import urls
from generator.building import search_index
from generator.building.build import build_site
from generator.config import Config
from generator.loading.loader import load_site
from generator.sitemodel.site import Site

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "tests" / "fixtures" / "mini"
# Each committed plan's source text, as its plan.yaml names it (read without loading the whole site)
SEEDS = {
    path.parent.name: YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))["source"]["file"]
    for path in sorted((REPO / "data/plans").glob("*/plan.yaml"))
}
ASSISTANCE = "plans/demo-city-2021-2025/indicators/assistance/"  # a page of the mini fixture
# The developer's own settings never reach a test: a test that needs one sets it itself
SETTINGS = ("SITE_URL", "REPO_URL", "REPO_BRANCH", "PLAN_SITE_LANG", "SOURCE_DATE_EPOCH")


# No timed assertions: on a loaded machine an example may take any time (Hypothesis' deadline is one)
settings.register_profile("project", deadline=None)
settings.load_profile("project")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite tests/golden/ from this build (read the diff)"
    )


def pytest_configure(config: pytest.Config) -> None:
    for name in SETTINGS:
        os.environ.pop(name, None)


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def make_root(tmp: Path, data: Path) -> Path:
    """A build root: a copy of ``data`` beside the project's own mkdocs.yml and overrides/."""
    tmp.mkdir(parents=True, exist_ok=True)
    shutil.copytree(data, tmp / "data")
    (tmp / "mkdocs.yml").symlink_to(REPO / "mkdocs.yml")
    (tmp / "overrides").symlink_to(REPO / "overrides")
    return tmp


def built(root: Path) -> Path:
    build_site(Config.from_env(root))
    return root


# -- running the command line and git, as an editor would ------------------------------------


def run_cli(root: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(root), *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


def cli_report(root: Path, command: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    """Exit code and error lines of one command run in this process (the build's note that there
    is no history is not a data problem and is left out)."""
    from generator.__main__ import main
    from generator.messages import t

    code = main(["--root", str(root), command])
    err = capsys.readouterr().err
    return code, [ln for ln in err.splitlines() if ln != t("no_history")]


def git(root: Path, *args: str) -> str:
    cmd = ["git", "-C", str(root), "-c", "user.name=Test", "-c", "user.email=test@example.invalid", *args]
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def edit(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} in {rel}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def commit(root: Path, message: str) -> None:
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", message)


def fixture_with_addresses(tmp_path: Path) -> Path:
    """A copy of the mini fixture, built, with its address list written by the command (made once
    for the whole run, under a lock shared by pytest-xdist's workers, then copied for each test)."""
    shared = tmp_path.parent if os.environ.get("PYTEST_XDIST_WORKER") is None else tmp_path.parent.parent
    made = shared / "addressed-mini"
    with open(f"{made}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (made / ".built").is_file():  # a worker that failed half-way leaves no mark
            shutil.rmtree(made, ignore_errors=True)
            make_root(made, REPO / "tests/fixtures/mini/data")
            assert run_cli(made, "build").returncode == 0
            assert run_cli(made, "addresses").returncode == 0
            (made / ".built").touch()
    root = tmp_path / "addr"
    shutil.copytree(made, root, symlinks=True, ignore=shutil.ignore_patterns(".built"))
    assert ASSISTANCE in (root / "data/addresses.txt").read_text(encoding="utf-8").splitlines()
    return root


def rename_indicator(root: Path) -> None:
    path = root / "data/plans/demo-city-2021-2025/indicators.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("id: assistance", "id: social-assistance"), encoding="utf-8"
    )


def tree_digest(folder: Path) -> dict[str, str]:
    """Each file's digest, by its path; a built site's search bundle and offline zip by what they
    give a reader: an edit indexes the pages it changed in a part of their own (search_index.py),
    so the bundle's files are not a clean build's, while every page a search can show, and every
    entry of the zip, is the same (the offline index: its pages, whichever part holds them)."""
    out = {}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        if not p.is_file() or rel.startswith(f"{search_index.BUNDLE}/"):
            continue
        out[rel] = _zip_digest(p) if rel == urls.OFFLINE_BUNDLE else hashlib.sha256(p.read_bytes()).hexdigest()
    if (folder / search_index.BUNDLE / search_index.PARTS_FILE).is_file():
        out[f"{search_index.BUNDLE}/"] = _search_digest(folder)
    return out


def _search_digest(site: Path) -> str:
    """Every page a search can show (its fragment, as pagefind.js reads it), each once, and the
    bundle's scripts and WebAssembly."""
    pages = {}
    for _, paths in search_index.fragment_parts(site):
        for path in paths:
            fragment = search_index.read_fragment(path)
            assert fragment["url"] not in pages, fragment["url"]
            pages[fragment["url"]] = fragment
    h = hashlib.sha256(json.dumps(pages, sort_keys=True, ensure_ascii=False).encode())
    for path in sorted((site / search_index.BUNDLE).glob("*.js")) + sorted((site / search_index.BUNDLE).glob("wasm.*")):
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def _zip_digest(path: Path) -> str:
    """A zip's entries (names, dates, bytes), the offline index's parts as the pages they hold."""
    h, pages = hashlib.sha256(), []
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            data = zf.read(info)
            if "/assets/js/offline-index" in info.filename:
                text = data.decode("utf-8")
                if ".push(" in text:
                    pages += json.loads(text[text.index("(") + 1 : text.rindex(")")])
                continue
            h.update(f"{info.filename}\0{info.date_time}\0".encode() + hashlib.sha256(data).digest())
    h.update(json.dumps(sorted(pages, key=lambda p: p["u"]), ensure_ascii=False).encode())
    return h.hexdigest()


@pytest.fixture
def mini_root(tmp_path: Path) -> Path:
    return make_root(tmp_path / "mini", FIXTURE / "data")


def built_once(tmp_path_factory: pytest.TempPathFactory, name: str, data: Path) -> Path:
    """A site built from ``data`` once for the whole run. Under pytest-xdist every worker has its own
    session, so the first worker to get here builds into the run's shared folder, under a lock, and
    the others wait and read the same site (tests only read it)."""
    if os.environ.get("PYTEST_XDIST_WORKER") is None:
        return built(make_root(tmp_path_factory.mktemp(name), data))
    root = tmp_path_factory.getbasetemp().parent / name
    with open(f"{root}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (root / ".built").is_file():  # a worker that failed half-way leaves no mark
            shutil.rmtree(root, ignore_errors=True)
            built(make_root(root, data))
            (root / ".built").touch()
    return root


@pytest.fixture(scope="session")
def mini_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_once(tmp_path_factory, "mini-built", FIXTURE / "data")


@pytest.fixture(scope="session")
def real_data() -> Site:
    """The real data, loaded once for the whole session (a Site is frozen: tests share it)."""
    return load_site(REPO / "data", REPO)


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_once(tmp_path_factory, "real-built", REPO / "data")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve_dir(
    directory: Path, handler: type[http.server.SimpleHTTPRequestHandler] = QuietHandler, prefix: str = "/"
) -> Iterator[str]:
    """``directory`` served on 127.0.0.1 by ``handler``; the address of ``prefix`` on that server."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()


# -- a real browser: Debian's chromium, driven by Playwright --------------------------------

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
]


@pytest.fixture(scope="module")  # a module's own Playwright must not meet one still running
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def base_url(real_site: Path) -> Iterator[str]:
    """The real site, served on 127.0.0.1."""
    with serve_dir(real_site / "site") as url:
        yield url
