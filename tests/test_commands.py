"""Commands behave as documented whatever the machine: its locale, where they are run, a build already running."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest

from tests.conftest import FIXTURE, REPO, make_root


def generator(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m generator --root <root> <args>``, its output as text."""
    command = [sys.executable, "-m", "generator", "--root", str(root), *args]
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, encoding="utf-8", check=False)


def _gb18030(tmp: Path) -> dict[str, str]:
    """An environment whose locale is zh_CN.GB18030, compiled into ``tmp`` (no system change)."""
    if shutil.which("localedef") is None or not Path("/usr/share/i18n/locales/zh_CN").is_file():
        pytest.skip("localedef or the zh_CN locale source is missing (Debian's locales package)")
    folder = tmp / "locales"
    folder.mkdir()
    subprocess.run(["localedef", "-i", "zh_CN", "-f", "GB18030", str(folder / "zh_CN.GB18030")], check=False)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PYTHONUTF8", "PYTHONIOENCODING"))}
    env |= {"LOCPATH": str(folder), "LC_ALL": "zh_CN.GB18030", "LANG": "zh_CN.GB18030", "PYTHONPATH": str(REPO)}
    probe = [sys.executable, "-c", "import locale; print(locale.getpreferredencoding())"]
    got = subprocess.run(probe, env=env, capture_output=True, check=True).stdout.decode().strip()
    assert got == "GB18030", got  # the locale really is in force
    return env


def test_a_build_under_gb18030_reads_git_and_writes_utf8(tmp_path: Path) -> None:
    env = _gb18030(tmp_path)
    root = make_root(tmp_path / "repo", FIXTURE / "data")
    git = ["git", "-c", "user.name=编辑", "-c", "user.email=editor@example.org"]
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    subprocess.run(["git", "add", "data"], cwd=root, check=True)
    subprocess.run([*git, "commit", "-qm", "Data", "-m", "说明：录入示范市的规划数据"], cwd=root, check=True)
    done = subprocess.run(
        [sys.executable, "-m", "generator", "build"], cwd=root, env=env, capture_output=True, timeout=900
    )
    err = done.stderr.decode("gb18030", errors="replace")
    assert done.returncode == 0 and "Traceback" not in err, err
    changes = (root / "site/changes/index.html").read_text(encoding="utf-8")
    assert "录入示范市的规划数据" in changes  # git's UTF-8 read as UTF-8, not as GB18030


def test_outside_a_checkout_the_command_says_where_to_run_it(tmp_path: Path) -> None:
    done = generator(tmp_path, "validate")
    assert done.returncode == 1 and "找不到 data/ 文件夹" in done.stderr and "--root" in done.stderr
    assert "无法读取文件" not in done.stderr and "Traceback" not in done.stderr


def test_help_names_the_command_as_typed(tmp_path: Path) -> None:
    """Installed, the command is plan-site: its help says so (and speaks Chinese)."""
    launcher = tmp_path / "plan-site"
    launcher.write_text(
        f"#!{sys.executable}\nimport sys\nsys.path.insert(0, {str(REPO)!r})\n"
        "from generator.__main__ import main\nsys.exit(main())\n",
        encoding="utf-8",
    )
    launcher.chmod(0o755)
    done = subprocess.run([str(launcher), "--help"], capture_output=True, text=True, encoding="utf-8")
    assert done.stdout.startswith("usage: plan-site") and "检查 data/ 中的全部文件" in done.stdout


def test_a_second_build_while_one_runs_is_refused_with_a_message(mini_root: Path) -> None:
    import fcntl

    (mini_root / ".build").mkdir()
    with open(mini_root / ".build/build.lock", "w", encoding="utf-8") as running:  # a build holds it
        fcntl.flock(running, fcntl.LOCK_EX | fcntl.LOCK_NB)
        done = generator(mini_root, "build")
    assert done.returncode == 1 and "另一个构建正在进行" in done.stderr and "Traceback" not in done.stderr
    assert not (mini_root / "site").exists()  # nothing half-written


def test_only_the_texts_the_plans_cite_are_published(mini_root: Path) -> None:
    (mini_root / "data/sources/编辑笔记.txt").write_text("内部笔记，不公开\n", encoding="utf-8")
    done = generator(mini_root, "build")
    assert done.returncode == 0, done.stderr
    assert "data/sources/编辑笔记.txt 没有规划引用" in done.stderr
    published = sorted(p.name for p in (mini_root / "site/sources").iterdir())
    assert published == ["demo-city.txt", "demo-province.txt"]
    with zipfile.ZipFile(mini_root / "site/downloads/plans-offline.zip") as bundle:
        assert not [n for n in bundle.namelist() if "编辑笔记" in n]
        assert any(n.endswith("sources/demo-city.txt") for n in bundle.namelist())


def test_serve_answers_when_it_says_so_with_search_and_the_offline_bundle(mini_root: Path) -> None:
    import socket
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", "--root", str(mini_root), "serve", "--addr", f"127.0.0.1:{port}"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
    )
    watchdog = threading.Timer(180, proc.kill)  # a serve that never speaks ends the test, not the run
    watchdog.start()
    seen: list[str] = []
    try:
        assert proc.stdout is not None
        for raw in proc.stdout:
            seen.append(raw.decode("utf-8", "replace"))
            if "本地预览" in seen[-1]:
                break
        else:
            pytest.fail("serve never said where it answers:\n" + "".join(seen))
        base = f"http://127.0.0.1:{port}/"
        for path in ("", "downloads/plans-offline.zip", "pagefind/pagefind.js"):
            with urllib.request.urlopen(base + path, timeout=10) as got:  # at once, not 10 s later
                assert got.status == 200, path
    finally:
        watchdog.cancel()
        proc.terminate()
        proc.wait(timeout=30)


def _alive(pid: int) -> bool:
    """Running, not a zombie waiting to be reaped."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _children(pid: int) -> set[int]:
    try:
        found = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return set()
    return {int(c) for c in found}


def _cmdline(pid: int) -> bytes:
    """A process's command line; empty once it has exited (it may, between listing and reading)."""
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and prctl are Linux's")
def test_a_build_killed_during_mkdocs_leaves_no_workers(mini_root: Path) -> None:
    import signal
    import time

    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", "--root", str(mini_root), "build", "--jobs", "2"],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: set[int] = set()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        spawned = {c for c in _children(proc.pid) if b"multiprocessing" in _cmdline(c)}
        if len(spawned) >= 2:  # the pool is up: MkDocs is running in it
            workers = spawned
            break
        time.sleep(0.02)
    assert workers, "the build never started its workers"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.1)
    assert [w for w in workers if _alive(w)] == []


def test_every_command_is_in_the_readme() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "generator", "--help"], cwd=REPO, capture_output=True, text=True, encoding="utf-8"
    )
    commands = re.search(r"\{([a-z,-]+)\}", done.stdout)
    assert commands is not None, done.stdout
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [c for c in commands.group(1).split(",") if f"`python -m generator {c}" not in readme]
    assert missing == [], missing
