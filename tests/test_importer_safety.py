"""What `import` may overwrite, and what it says: a draft never replaces a published plan or an
editor's changes; --force replaces only an earlier, unchanged draft and says so, in Chinese."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from generator.importer import command
from generator.importer.draft import Importer
from generator.problems import UsageError
from tests.conftest import REPO, SEEDS, run_cli

TEXT = REPO / "data/sources" / SEEDS["anyang-2021-2025"]
ENGLISH = ("draft written", "check by eye", "were not placed", "line ", "replaced", "heading runs")


def repo_root(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / "data/plans").mkdir(parents=True)
    for name in ("domains.yaml", "concepts.yaml"):
        shutil.copy(REPO / "data" / name, root / "data" / name)
    return root


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, timeout=60)


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_the_import_summary_is_chinese(tmp_path: Path) -> None:
    root = repo_root(tmp_path)
    result = run_cli(root, "import", str(TEXT), "--plan", "anyang-draft")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "草稿已写入" in out and "请逐项核对" in out and "行未归入规划" in out
    assert "第 94 行：重复出现的行（页眉？）" in out
    assert not [w for w in ENGLISH if w in out], out


def test_force_replaces_an_unchanged_earlier_draft_and_says_so(tmp_path: Path) -> None:
    root = repo_root(tmp_path)
    assert run_cli(root, "import", str(TEXT), "--plan", "anyang-draft").returncode == 0
    again = run_cli(root, "import", str(TEXT), "--plan", "anyang-draft")
    assert again.returncode == 1 and "--force" in again.stderr
    forced = run_cli(root, "import", str(TEXT), "--plan", "anyang-draft", "--force")
    assert forced.returncode == 0, forced.stderr
    assert "已替换" in forced.stdout and TEXT.name in forced.stdout and "导入后未改动" in forced.stdout


def test_force_never_overwrites_an_editors_changes(tmp_path: Path) -> None:
    root = repo_root(tmp_path)
    assert run_cli(root, "import", str(TEXT), "--plan", "anyang-draft").returncode == 0
    folder = root / "data/plans/anyang-draft"
    edited = (folder / "chapters.yaml").read_text(encoding="utf-8").replace("规划背景", "规划背景（已核对）", 1)
    (folder / "chapters.yaml").write_text(edited, encoding="utf-8")
    before = files(folder)
    result = run_cli(root, "import", str(TEXT), "--plan", "anyang-draft", "--force")
    assert result.returncode == 1
    assert "导入之后被修改过（chapters.yaml）" in result.stderr and "不会覆盖" in result.stderr
    assert files(folder) == before


def test_force_never_overwrites_a_published_plan(tmp_path: Path) -> None:
    """The committed plan, with an editor's uncommitted change on top: both stay as they are."""
    root = repo_root(tmp_path)
    plan = root / "data/plans/anyang-2021-2025"
    shutil.copytree(REPO / "data/plans/anyang-2021-2025", plan)
    (root / "data/sources").mkdir()
    shutil.copy(TEXT, root / "data/sources" / TEXT.name)
    git(root, "init", "-q")
    git(root, "add", "data")
    git(root, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "plan")
    (plan / "plan.yaml").write_text((plan / "plan.yaml").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    before = files(plan)
    result = run_cli(root, "import", str(TEXT), "--plan", "anyang-2021-2025", "--force")
    assert result.returncode == 1
    assert "是已发布的规划" in result.stderr and "加 --force 也不会" in result.stderr
    assert files(plan) == before


def test_force_never_overwrites_a_folder_import_did_not_write(tmp_path: Path) -> None:
    root = repo_root(tmp_path)
    assert run_cli(root, "new-plan", "kaifeng-2026-2030").returncode == 0
    folder = root / "data/plans/kaifeng-2026-2030"
    before = files(folder)
    result = run_cli(root, "import", str(TEXT), "--plan", "kaifeng-2026-2030", "--force")
    assert result.returncode == 1 and "不是 import 写出的草稿" in result.stderr
    assert files(folder) == before


def test_a_text_the_reader_cannot_read_writes_nothing_and_says_so_in_chinese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A flaw of the reader on a text it was never tried on (such as the IndexError an empty table
    row once gave) is told in Chinese, and no file is written."""
    root = repo_root(tmp_path)

    def flawed(self: Importer) -> None:
        raise IndexError("list index out of range")

    monkeypatch.setattr(Importer, "run", flawed)
    with pytest.raises(UsageError) as caught:
        command.write_draft(TEXT, "anyang-draft", root / "data")
    assert "导入程序读不懂这份文本，没有写入任何文件" in str(caught.value) and "IndexError" in str(caught.value)
    assert not (root / "data/plans/anyang-draft").exists() and not (root / "data/sources").exists()
