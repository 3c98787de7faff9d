"""`python -m generator diff`: fixture git repositories with known commits, exact report lines."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from generator.__main__ import main
from generator.diff import run
from tests.conftest import FIXTURE

IND = "data/plans/demo-city-2021-2025/indicators.yaml"
ASSISTANCE = "plans/demo-city-2021-2025/indicators/assistance/"
NEW_INDICATOR = """\
  - id: retention-text
    name: 义务教育巩固率（正文）
    name_composed: true
    domain: education
    unit: '%'
    target: {year: 2025, as_written: 96%, value: 96, comparator: '='}
    nature: unspecified
    origin: text
    quote: 到2025年，义务教育巩固率达到96%。
    lines: [6, 6]
"""


def git(root: Path, *args: str) -> str:
    cmd = ["git", "-C", str(root), "-c", "user.name=Test", "-c", "user.email=test@example.invalid", *args]
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


SRC = "data/sources/demo-city.txt"


def edit(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} in {rel}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def commit(root: Path, message: str) -> None:
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", message)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """The mini fixture committed once, with one published address and no redirects."""
    root = tmp_path / "repo"
    shutil.copytree(FIXTURE / "data", root / "data")
    (root / "data/addresses.txt").write_text(f"# published\n{ASSISTANCE}\n", encoding="utf-8")
    (root / "data/redirects.yaml").write_text("redirects: {}\n", encoding="utf-8")
    git(root, "init", "-q", "-b", "main")
    commit(root, "base")
    return root


def lines(report: str) -> list[str]:
    return report.splitlines()


def test_no_change(repo: Path) -> None:
    report = run(repo, "HEAD")
    assert report.exit_code == 0
    assert lines(report.text) == ["### 数据变更：`HEAD` → `工作区`", "", "数据没有变化。"]


def test_value_change_with_its_quote_shows_old_and_new(repo: Path) -> None:
    edit(repo, IND, "as_written: ≥99％, value: 99,", "as_written: ≥98％, value: 98,")
    edit(repo, IND, "quote: 义务教育巩固率 | 95% | ≥99％ | 约束性", "quote: 义务教育巩固率 | 95% | ≥98％ | 约束性")
    edit(repo, SRC, "≥99％", "≥98％")  # (the loader requires the number in the cited source lines)
    commit(repo, "target 98")
    report = run(repo, "HEAD~1", "HEAD")
    assert report.exit_code == 0
    got = lines(report.text)
    assert got[0] == "### 数据变更：`HEAD~1` → `HEAD`"
    assert "| 指标 | 0 | 0 | 1 |" in got and "| 观测值 | 0 | 0 | 0 |" in got
    i = got.index("#### 数值变化")
    assert got[i + 2 : i + 4] == [
        "- 示范市规划 › 义务教育巩固率 › 目标值（2025年） › 原文写法：≥99％ → ≥98％（原文第14–17行）",
        "- 示范市规划 › 义务教育巩固率 › 目标值（2025年） › 数值：99 → 98（原文第14–17行）",
    ]
    assert "- 指标：示范市规划 › 义务教育巩固率（字段：quote、所引原文）" in got
    assert not any("❌" in line or "检查未通过" in line for line in got)


def test_value_changed_but_quote_and_lines_did_not_fails(repo: Path) -> None:
    edit(repo, IND, "as_written: ≥99％, value: 99,", "as_written: ≥98％, value: 98,")
    report = run(repo, "HEAD")
    # the loader itself refuses a number its cited lines do not state, so the check fails there
    assert report.exit_code == 1
    got = lines(report.text)
    assert "❌ `工作区` 的数据没有通过校验（1 个问题），无法比较：" in got
    assert f"{IND}:8:51: indicators[0].target.value: 98 没有出现在所引原文第 14–17 行中" in got


def test_observation_value_changed_without_its_lines_fails(repo: Path) -> None:
    prov = "data/plans/demo-province-2021-2025/indicators.yaml"
    edit(repo, prov, "{year: 2020, as_written: 95%, value: 95,", "{year: 2020, as_written: 96%, value: 96,")
    report = run(repo, "HEAD")
    assert report.exit_code == 1
    got = lines(report.text)
    assert f"{prov}:14:46: indicators[0].observations[1].value: 96 没有出现在所引原文第 3–3 行中" in got


def test_new_indicator(repo: Path) -> None:
    path = repo / IND
    path.write_text(path.read_text(encoding="utf-8") + NEW_INDICATOR, encoding="utf-8")
    commit(repo, "new indicator")
    report = run(repo, "HEAD~1", "HEAD")
    assert report.exit_code == 0
    got = lines(report.text)
    assert "| 指标 | 1 | 0 | 0 |" in got
    i = got.index("#### 新增")
    assert (
        got[i + 2]
        == "- 指标：示范市规划 › 义务教育巩固率（正文）（`plans/demo-city-2021-2025/indicators/retention-text/`）"
    )
    assert "#### 消失的网址" not in got


def test_removed_address_without_redirect(repo: Path) -> None:
    edit(repo, IND, "id: assistance", "id: social-assistance")
    report = run(repo, "HEAD")
    got = lines(report.text)
    assert "| 指标 | 1 | 1 | 0 |" in got
    i = got.index("#### 消失的网址")
    assert got[i + 2 :] == [
        f"- `{ASSISTANCE}`：**没有跳转**，这个已发布的网址会失效（请在 data/redirects.yaml 中添加跳转）",
    ]
    assert f"- 指标：示范市规划 › 困难群众救助（`{ASSISTANCE}`）" in got


def test_removed_address_with_redirect(repo: Path) -> None:
    edit(repo, IND, "id: assistance", "id: social-assistance")
    (repo / "data/redirects.yaml").write_text(
        f"redirects:\n  {ASSISTANCE}index.md: plans/demo-city-2021-2025/indicators/social-assistance/index.md\n",
        encoding="utf-8",
    )
    commit(repo, "rename with a redirect")
    got = lines(run(repo, "HEAD~1", "HEAD").text)
    i = got.index("#### 消失的网址")
    assert got[i + 2 :] == [f"- `{ASSISTANCE}`：已有跳转 → `plans/demo-city-2021-2025/indicators/social-assistance/`"]


def test_invalid_data_is_reported_in_chinese(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(repo, IND, "    nature: binding\n", "    natrue: binding\n")
    code = main(["--root", str(repo), "diff", "HEAD"])
    out = capsys.readouterr().out
    assert code == 1
    assert "❌ `工作区` 的数据没有通过校验（2 个问题），无法比较：" in out
    assert f"{IND}:9:5: indicators[0].natrue: 未知字段“natrue”；是否想写“nature”？" in out
    assert "Traceback" not in out


def test_unknown_revision(repo: Path, tmp_path: Path) -> None:
    output = tmp_path / "report.md"
    code = main(["--root", str(repo), "diff", "no-such-rev", "--output", str(output)])
    assert code == 1
    assert "❌ 读不到版本 `no-such-rev` 的 data/：" in output.read_text(encoding="utf-8")


def test_dropping_a_year_the_text_does_not_give_passes(repo: Path) -> None:
    prov = "data/plans/demo-province-2021-2025/indicators.yaml"
    edit(repo, prov, "{year: 2015, as_written: 93%,", "{year: null, period: “十二五”末, as_written: 93%,")
    report = run(repo, "HEAD")
    assert report.exit_code == 0
    line = "- 示范省规划 › 义务教育巩固率 › 观测值1（“十二五”末） › 年份：2015 → （空）（原文第3行）"
    assert line in lines(report.text)


def test_a_removed_plan_is_one_line_and_its_addresses_are_listed(repo: Path) -> None:
    shutil.rmtree(repo / "data/plans/demo-city-2021-2025")
    (repo / "data/observations/demo-city-2021-2025.yaml").unlink()  # its later figures go with it
    got = lines(run(repo, "HEAD").text)
    assert "| 规划 | 0 | 1 | 0 |" in got and "| 指标 | 0 | 3 | 0 |" in got
    i = got.index("#### 删除")
    assert got[i + 2 : i + 4] == [
        "- 规划：示范市规划 › 示范市“十四五”公共服务规划（`plans/demo-city-2021-2025/`）及其全部内容",
        "",
    ]
    assert f"- `{ASSISTANCE}`：**没有跳转**，这个已发布的网址会失效（请在 data/redirects.yaml 中添加跳转）" in got
    assert "- `compare/compulsory-education-retention/`：没有跳转（尚未发布）" in got
