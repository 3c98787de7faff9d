"""Hostile or careless edits that must not run, leak or lose anything."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.building.write import swap
from generator.loading.loader import load_site
from generator.loading.yamlio import split_lines
from generator.problems import DataError
from tests.conftest import FIXTURE, REPO, cli_report, fixture_with_addresses, make_root, rename_indicator, run_cli

REDIRECTS = "data/redirects.yaml"
OLD_PAGE = "plans/demo-city-2021-2025/indicators/assistance/index.md"
NEW_PAGE = "plans/demo-city-2021-2025/indicators/social-assistance/index.md"


def test_a_symlinked_source_is_refused(tmp_path: Path) -> None:
    root = make_root(tmp_path / "sym", FIXTURE / "data")
    (root / "data/sources/leak.txt").symlink_to("/etc/passwd")
    with pytest.raises(DataError) as exc:
        load_site(root / "data", root)
    assert "data/sources/leak.txt:1:1: data/ 中不允许符号链接；请把文件复制进来" in exc.value.report().splitlines()


@pytest.mark.parametrize(
    ("key", "target", "message"),
    [
        (OLD_PAGE, 'https://x/"+alert(1)+"', "必须是本站页面路径"),
        (OLD_PAGE, '"></script><script>alert(1)</script>', "必须是本站页面路径"),
        (OLD_PAGE, "http://example.gov.cn/x", "必须是本站页面路径"),
        ("../../../../x.md", NEW_PAGE, "必须是本站页面路径"),
        ("/tmp/x/index.md", NEW_PAGE, "必须是本站页面路径"),
        ("index.md", NEW_PAGE, "“index.md”是本站现有页面；重定向会覆盖它"),
        (OLD_PAGE, "plans/nowhere/index.md", "目标“plans/nowhere/index.md”不是本站页面"),
        ("plans/never-published/index.md", NEW_PAGE, "从未发布过（不在 data/addresses.txt 中）"),
    ],
)
def test_bad_redirects_are_refused_with_their_line(tmp_path: Path, key: str, target: str, message: str) -> None:
    root = fixture_with_addresses(tmp_path)
    rename_indicator(root)
    (root / REDIRECTS).write_text(f"redirects:\n  {json.dumps(key)}: {json.dumps(target)}\n", encoding="utf-8")
    before = (root / "site/index.html").read_bytes()
    result = run_cli(root, "build")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{REDIRECTS}:2:" in result.stderr and message in result.stderr, result.stderr
    assert (root / "site/index.html").read_bytes() == before
    assert not (tmp_path / "x.md").exists()


def test_redirect_loops_and_lists_are_refused(tmp_path: Path) -> None:
    root = fixture_with_addresses(tmp_path)
    rename_indicator(root)
    (root / REDIRECTS).write_text(f"redirects:\n  {OLD_PAGE}: {OLD_PAGE}\n", encoding="utf-8")
    result = run_cli(root, "build")
    assert result.returncode == 1 and "本身又被重定向" in result.stderr
    (root / REDIRECTS).write_text("redirects:\n  - a\n", encoding="utf-8")
    result = run_cli(root, "build")
    assert result.returncode == 1 and f"{REDIRECTS}:2:3: redirects: 应为“键: 值”映射" in result.stderr


def test_source_lines_are_counted_like_an_editor_counts_them() -> None:
    text = "第一行\u2028仍是第一行\f\x1c\x85\r\n第二行\n"
    assert split_lines(text) == ["第一行\u2028仍是第一行\f\x1c\x85", "第二行"]


def test_a_build_killed_at_the_swap_leaves_a_whole_site(tmp_path: Path) -> None:
    """Swap many times in a child process and kill it at random moments: site/ is always whole."""
    target, staging = tmp_path / "site", tmp_path / "new"
    target.mkdir()
    (target / "index.html").write_text("old", encoding="utf-8")
    script = (
        "import sys, pathlib\n"
        "from generator.building.write import swap\n"
        "t, s = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])\n"
        "for i in range(100000):\n"
        "    s.mkdir(); (s / 'index.html').write_text(str(i)); swap(s, t)\n"
    )
    for delay in (0.05, 0.1, 0.2, 0.3, 0.5):
        proc = subprocess.Popen([sys.executable, "-c", script, str(target), str(staging)], cwd=REPO)
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert (target / "index.html").is_file(), "site/ vanished or is half there"
        for leftover in (staging, tmp_path / "site.old"):
            if leftover.exists():
                import shutil

                shutil.rmtree(leftover)


def test_swap_replaces_the_whole_folder(tmp_path: Path) -> None:
    target, staging = tmp_path / "site", tmp_path / "new"
    target.mkdir()
    (target / "gone.html").write_text("x", encoding="utf-8")
    staging.mkdir()
    (staging / "index.html").write_text("new", encoding="utf-8")
    swap(staging, target)
    assert sorted(p.name for p in target.iterdir()) == ["index.html"] and not staging.exists()


def test_validate_refuses_what_build_refuses_at_the_addresses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Hostile or wrong redirects and a renamed published page: validate gives the build's lines."""
    root = fixture_with_addresses(tmp_path)
    rename_indicator(root)
    cases = {
        "script in target": (OLD_PAGE, '"></script><script>alert(1)</script>', "必须是本站页面路径"),
        "key outside the site": ("../../../../x.md", NEW_PAGE, "必须是本站页面路径"),
        "over a live page": ("index.md", NEW_PAGE, "“index.md”是本站现有页面；重定向会覆盖它"),
        "generated folder": ("pagefind/index.md", NEW_PAGE, "在程序生成的目录 pagefind/ 下"),
        "assets folder": ("assets/index.md", NEW_PAGE, "在程序生成的目录 assets/ 下"),
    }
    for name, (key, target, message) in cases.items():
        (root / REDIRECTS).write_text(f"redirects:\n  {json.dumps(key)}: {json.dumps(target)}\n", encoding="utf-8")
        validated = cli_report(root, "validate", capsys)
        assert validated[0] == 1 and any(ln.startswith(f"{REDIRECTS}:2:") and message in ln for ln in validated[1]), (
            name,
            validated,
        )
        assert cli_report(root, "build", capsys) == validated, name
    (root / REDIRECTS).write_text("redirects:\n  - a\n", encoding="utf-8")
    validated = cli_report(root, "validate", capsys)
    assert f"{REDIRECTS}:2:3: redirects: 应为“键: 值”映射" in validated[1]
    assert cli_report(root, "build", capsys) == validated
    (root / REDIRECTS).unlink()
    validated = cli_report(root, "validate", capsys)
    assert validated[0] == 1 and any(
        ln.startswith("data/addresses.txt:") and "这个已发布的地址会失效" in ln for ln in validated[1]
    ), validated
    assert cli_report(root, "build", capsys) == validated


def test_an_alias_bomb_is_refused_at_once(tmp_path: Path) -> None:
    """'Billion laughs': nine levels of nine aliases, a few hundred bytes, 9^9 values if expanded."""
    root = make_root(tmp_path / "bomb", FIXTURE / "data")
    rows = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        rows.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    (root / "data/concepts.yaml").write_text("\n".join(rows) + "\nconcepts: []\n", encoding="utf-8")
    start = time.monotonic()
    result = run_cli(root, "validate")
    assert time.monotonic() - start < 10
    assert result.returncode == 1
    assert "data/concepts.yaml:1:4: 不允许使用锚点 & 和别名 *" in result.stderr, result.stderr


def test_validate_lists_the_pages_the_build_writes(mini_site: Path) -> None:
    """The page list validate checks the addresses against is the build's own."""
    from generator.building.addresses import planned_pages
    from generator.config import Config
    from generator.views import site_view

    config = Config.from_env(mini_site)
    view = site_view(load_site(mini_site / "data", mini_site), config.site_url)
    built = sorted(p.relative_to(config.content_dir).as_posix() for p in config.content_dir.rglob("*.md"))
    assert planned_pages(view) == built


def test_a_lone_surrogate_is_refused_in_english_too(tmp_path: Path) -> None:
    root = make_root(tmp_path / "surrogate", FIXTURE / "data")
    path = root / "data/plans/demo-city-2021-2025/indicators.yaml"
    text = path.read_text(encoding="utf-8").replace("    name: 困难群众救助\n", '    name: "\\ud800"\n', 1)
    path.write_text(text, encoding="utf-8")
    result = run_cli(root, "validate", env={"PLAN_SITE_LANG": "en"})
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert "indicators[1].name: the value holds the invisible control character U+D800" in result.stderr
