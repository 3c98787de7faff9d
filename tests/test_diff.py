"""`python -m generator diff`: fixture git repositories with known commits, exact report lines."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.__main__ import main
from generator.messages import t
from generator.review.report import code, run
from tests.conftest import ASSISTANCE, FIXTURE, REPO, commit, edit, git

IND = "data/plans/demo-city-2021-2025/indicators.yaml"
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


SRC = "data/sources/demo-city.txt"


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


def modes(base: str, head: str) -> str:
    return t("diff_read_modes", base=f"`{base}`", head=f"`{head}`")


def test_no_change(repo: Path) -> None:
    report = run(repo, "HEAD")
    assert report.exit_code == 0
    assert lines(report.text) == ["### 数据变更：`HEAD` → `工作区`", "", modes("HEAD", "工作区"), "", "数据没有变化。"]


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
        "- `示范市规划` › `义务教育巩固率` › 目标值（`2025`年） › 原文写法：`≥99％` → `≥98％`（原文第14–17行）",
        "- `示范市规划` › `义务教育巩固率` › 目标值（`2025`年） › 数值：`99` → `98`（原文第14–17行）",
    ]
    assert "- 指标：`示范市规划` › `义务教育巩固率`（字段：quote、所引原文）" in got
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
    problem = f"{prov}:14:46: indicators[0].observations[1].value: 96 没有出现在所引原文第 3"
    assert any(line.startswith(problem) for line in got)


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
        == "- 指标：`示范市规划` › `义务教育巩固率（正文）`（`plans/demo-city-2021-2025/indicators/retention-text/`）"
    )
    assert "#### 消失的网址" not in got


def test_removed_address_without_redirect_fails_as_the_build_does(repo: Path) -> None:
    edit(repo, IND, "id: assistance", "id: social-assistance")
    report = run(repo, "HEAD")
    assert report.exit_code == 1
    got = lines(report.text)
    assert "| 指标 | 1 | 1 | 0 |" in got
    i = got.index("#### 消失的网址")
    assert got[i + 2 : i + 3] == [
        f"- `{ASSISTANCE}`：**没有跳转**，这个已发布的网址会失效（请在 data/redirects.yaml 中添加跳转）",
    ]
    # the build's own check (addresses.check), its problem as `validate` prints it
    i = got.index(t("diff_lost_title"))
    breaks = t("address_breaks", page=ASSISTANCE + "index.md")
    assert got[i + 4 : i + 7] == ["```text", f"data/addresses.txt:2:1: {ASSISTANCE}: {breaks}", "```"]
    assert got[-1] == t("diff_failed_lost", n=1)
    assert f"- 指标：`示范市规划` › `困难群众救助`（`{ASSISTANCE}`）" in got


def test_a_published_address_deleted_from_the_list_fails_too(repo: Path) -> None:
    """Renaming an indicator and deleting its line from data/addresses.txt hides nothing."""
    edit(repo, IND, "id: assistance", "id: social-assistance")
    listed = repo / "data/addresses.txt"
    listed.write_text(listed.read_text(encoding="utf-8").replace(ASSISTANCE + "\n", ""), encoding="utf-8")
    report = run(repo, "HEAD")
    assert report.exit_code == 1
    assert t("diff_address_unlisted", addr=ASSISTANCE) in report.text


def test_removed_address_with_redirect(repo: Path) -> None:
    edit(repo, IND, "id: assistance", "id: social-assistance")
    (repo / "data/redirects.yaml").write_text(
        f"redirects:\n  {ASSISTANCE}index.md: plans/demo-city-2021-2025/indicators/social-assistance/index.md\n",
        encoding="utf-8",
    )
    commit(repo, "rename with a redirect")
    report = run(repo, "HEAD~1", "HEAD")
    assert report.exit_code == 0
    got = lines(report.text)
    assert t("diff_lost_title") not in got
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
    exit_code = main(["--root", str(repo), "diff", "no-such-rev", "--output", str(output)])
    assert exit_code == 1
    assert t("diff_not_commit", rev="`no-such-rev`") in output.read_text(encoding="utf-8")


def test_an_option_given_as_a_revision_is_refused_and_never_reaches_git(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "clobbered.md"
    for argv in (["--", f"--output={target}"], ["HEAD", "--", f"--output={target}"]):  # as base, as head
        exit_code = main(["--root", str(repo), "diff", *argv])
        assert exit_code == 1
        assert t("diff_not_commit", rev=f"`--output={target}`") in capsys.readouterr().out
        assert not target.exists()
    tree = git(repo, "rev-parse", "HEAD:data").strip()  # a tree, not a commit
    assert run(repo, tree).exit_code == 1


def test_dropping_a_year_the_text_does_not_give_passes(repo: Path) -> None:
    prov = "data/plans/demo-province-2021-2025/indicators.yaml"
    edit(repo, prov, "{year: 2015, as_written: 93%,", "{year: null, period: “十二五”末, as_written: 93%,")
    report = run(repo, "HEAD")
    assert report.exit_code == 0
    line = "- `示范省规划` › `义务教育巩固率` › `观测值1`（`“十二五”末`） › 年份：`2015` → （空）（原文第3行）"
    assert line in lines(report.text)


def test_a_removed_plan_is_one_line_and_its_addresses_are_listed(repo: Path) -> None:
    shutil.rmtree(repo / "data/plans/demo-city-2021-2025")
    (repo / "data/observations/demo-city-2021-2025.yaml").unlink()  # its later figures go with it
    got = lines(run(repo, "HEAD").text)
    assert "| 规划 | 0 | 1 | 0 |" in got and "| 指标 | 0 | 3 | 0 |" in got
    i = got.index("#### 删除")
    assert got[i + 2 : i + 4] == [
        "- 规划：`示范市规划` › `示范市“十四五”公共服务规划`（`plans/demo-city-2021-2025/`）及其全部内容",
        "",
    ]
    assert f"- `{ASSISTANCE}`：**没有跳转**，这个已发布的网址会失效（请在 data/redirects.yaml 中添加跳转）" in got
    assert "- `compare/compulsory-education-retention/`：没有跳转（尚未发布）" in got


PAYLOAD = "[详见](https://example.org) ![](https://example.org/px.png) @someone </details>"
CODE_SPAN = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)")


def test_every_datum_is_quoted_as_text(repo: Path) -> None:
    edit(repo, IND, "as_written: ≥99％, value: 99,", f"as_written: '≥99％ {PAYLOAD}', value: 99,")
    report = run(repo, "HEAD")
    got = lines(report.text)
    line = (
        "- `示范市规划` › `义务教育巩固率` › 目标值（`2025`年） › 原文写法："
        f"`≥99％` → `≥99％ {PAYLOAD}`（原文第14–17行）"
    )
    assert line in got
    outside = CODE_SPAN.sub("", report.text)  # what Markdown would interpret
    for live in ("](", "<", "@", "http"):
        assert live not in outside, live


def test_code_keeps_backticks_and_line_breaks_inert() -> None:
    assert code("a`b") == "``a`b``"
    assert code("`x") == "`` `x ``"
    assert code("x``") == "``` x`` ```"
    assert code("a\n</details>\n\n# b") == "`a </details>  # b`"
    assert code("") == "（空）"
    assert code(2025) == "`2025`"


def test_a_base_that_fails_todays_rules_is_read_leniently(repo: Path) -> None:
    """A change that tightens a rule and fixes the data at once: the base breaks today's rule
    (a number its cited lines do not state), the head is fixed and validates strictly."""
    edit(repo, IND, "as_written: ≥99％, value: 99,", "as_written: ≥98％, value: 98,")
    commit(repo, "base that today's rules refuse")
    edit(repo, IND, "as_written: ≥98％, value: 98,", "as_written: ≥99％, value: 99,")
    commit(repo, "fixed")
    report = run(repo, "HEAD~1", "HEAD")
    assert report.exit_code == 0, report.text
    got = lines(report.text)
    assert got[2] == modes("HEAD~1", "HEAD")
    i = got.index(t("diff_base_problems", n=1))
    assert got[i + 2 : i + 7] == [
        t("diff_base_problems_why"),
        "",
        "```text",
        f"{IND}:8:51: indicators[0].target.value: 98 没有出现在所引原文第 14–17 行中",
        "```",
    ]
    assert "- `示范市规划` › `义务教育巩固率` › 目标值（`2025`年） › 数值：`98` → `99`（原文第14–17行）" in got
    # the head is still read strictly
    assert run(repo, "HEAD", "HEAD~1").exit_code == 1


def test_changes_outside_data_are_named_at_the_top(repo: Path) -> None:
    (repo / "generator/review").mkdir(parents=True)
    (repo / "generator/review/report.py").write_text("EXIT = 0\n", encoding="utf-8")
    (repo / ".github/workflows").mkdir(parents=True)
    (repo / ".github/workflows/site.yml").write_text("on: push\n", encoding="utf-8")
    edit(repo, "data/redirects.yaml", "redirects: {}", "redirects: {} # emptied")
    commit(repo, "code, workflow and data")
    got = lines(run(repo, "HEAD~1", "HEAD").text)
    assert got[2:7] == [
        t("diff_other_files", n=2),
        "",
        "- `.github/workflows/site.yml`",
        "- `generator/review/report.py`",
        "",
    ]
    assert got[7] == modes("HEAD~1", "HEAD")
    # a data-only change says nothing of the kind, and the working tree is compared too
    edit(repo, "generator/review/report.py", "EXIT = 0", "EXIT = 1")
    assert lines(run(repo, "HEAD").text)[2:5] == [t("diff_other_files", n=1), "", "- `generator/review/report.py`"]
    assert t("diff_other_files", n=2) not in run(repo, "HEAD~1", "HEAD~1").text


def test_the_workflow_diff_step_compares_a_full_commit_id(repo: Path, tmp_path: Path) -> None:
    """The pull-request job's step, run as written (bar the install), with a full commit id."""
    from ruamel.yaml import YAML

    workflow = YAML(typ="safe").load((REPO / ".github/workflows/site.yml").read_text(encoding="utf-8"))
    step = next(s for s in workflow["jobs"]["diff"]["steps"] if s.get("id") == "diff")
    script = step["run"].replace("bash scripts/setup.sh\n", "")
    assert "bash scripts/setup.sh" not in script and '-m generator diff "$BASE_SHA"' in script
    base_sha = git(repo, "rev-parse", "HEAD").strip()
    assert len(base_sha) == 40
    edit(repo, IND, "as_written: ≥99％, value: 99,", "as_written: ≥98％, value: 98,")
    edit(repo, IND, "quote: 义务教育巩固率 | 95% | ≥99％ | 约束性", "quote: 义务教育巩固率 | 95% | ≥98％ | 约束性")
    edit(repo, SRC, "≥99％", "≥98％")
    commit(repo, "target 98")  # the checked-out pull request
    (repo / ".venv").symlink_to(REPO / ".venv")
    env = os.environ | {
        "BASE_SHA": base_sha,
        "PREVIEW_URL": "https://example.invalid/pr-preview/pr-1/",
        "GITHUB_OUTPUT": str(tmp_path / "output"),
        "GITHUB_STEP_SUMMARY": str(tmp_path / "summary"),
        "PYTHONPATH": str(REPO),
    }
    subprocess.run(["bash", "-e", "-c", script], cwd=repo, env=env, check=True, timeout=300)
    assert (tmp_path / "output").read_text(encoding="utf-8") == "code=0\n"
    got = lines((repo / "comment.md").read_text(encoding="utf-8"))
    assert got[0] == f"### 数据变更：`{base_sha}` → `工作区`"
    assert "- `示范市规划` › `义务教育巩固率` › 目标值（`2025`年） › 数值：`99` → `98`（原文第14–17行）" in got
