"""更新记录: the git history of data/, parsed and shown with the plans' names."""

from __future__ import annotations

import subprocess
from pathlib import Path

from generator.history.changelog import Change, parse_log, read_history
from generator.loading.loader import load_site
from generator.views.changes import ChangesContext, changes_page
from tests.conftest import FIXTURE, make_root

LOG = (
    "\x1eabc1234\x1f2026-03-02\x1fHenan: 2023 bulletin figures\n\n说明：补充2023年统计公报的数字\n\x1d\n\n"
    "data/observations/demo-city-2021-2025.yaml\ndata/sources/observations/sources.yaml\n"
    "\x1edef5678\x1f2026-01-05\x1fFix target of 托位数\n\x1d\n\ndata/plans/demo-city-2021-2025/indicators.yaml\n"
    "\x1e0000000\x1f2026-01-01\x1fOnly code\n\n说明：只改代码\n\x1d\n\n"
)


def test_parse_log_keeps_data_commits_newest_first() -> None:
    changes = parse_log(LOG)
    assert [c.commit for c in changes] == ["abc1234", "def5678"]
    assert changes[0].note == "补充2023年统计公报的数字"  # the 说明： line, not the English subject
    assert changes[1] == Change("def5678", "2026-01-05", "", ("data/plans/demo-city-2021-2025/indicators.yaml",))


def test_changes_page_names_plans_and_parts() -> None:
    site = load_site(FIXTURE / "data", FIXTURE)
    page = changes_page(site, parse_log(LOG))
    assert isinstance(page.context, ChangesContext)
    rows = page.context.rows
    assert [t.label for t in rows[0].touched] == ["示范市规划：实际值与官方评价", "实际值来源"]
    assert rows[0].touched[0].link == "../plans/demo-city-2021-2025/"
    assert [t.label for t in rows[1].touched] == ["示范市规划：指标"]


def test_history_across_three_commits(tmp_path: Path) -> None:
    root = make_root(tmp_path / "repo", FIXTURE / "data")

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)

    git("init", "-q")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "add", "data")
    env_commit = ["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m"]
    git(*env_commit, "Add the fixture plans")
    ind = root / "data/plans/demo-city-2021-2025/indicators.yaml"
    ind.write_text(ind.read_text(encoding="utf-8").replace("4.5个", "4.6个"), encoding="utf-8")
    git("add", "data")
    git(*env_commit, "Correct the nursery target\n\n说明: 更正托位数目标（原文为4.6个）\nSigned-off-by: t")
    (root / "notes.txt").write_text("not data\n", encoding="utf-8")
    git("add", "notes.txt")
    git(*env_commit, "Outside data")
    changes = read_history(root)
    assert [c.note for c in changes] == ["更正托位数目标（原文为4.6个）", ""]
    assert changes[0].files == ("data/plans/demo-city-2021-2025/indicators.yaml",)


def test_no_history_outside_git(tmp_path: Path) -> None:
    assert read_history(tmp_path) == ()
