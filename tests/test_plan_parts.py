"""A plan's pages are kept whole while what they are made from is unchanged (building/plan_parts.py):
made again after an edit of the plan or of what its pages show of the others, and then
the same bytes as a clean build."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import generator.views as views
from generator.building.build import build_site
from generator.config import Config
from tests.conftest import FIXTURE, REPO, edit, git, make_root, tree_digest

CITY = "demo-city-2021-2025"
PROVINCE = "demo-province-2021-2025"
PLAN = f"data/plans/{CITY}/plan.yaml"
CITY_IND = f"data/plans/{CITY}/indicators.yaml"


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The plans whose pages the views make, in the order asked (the others are kept whole)."""
    out: list[str] = []
    plan_part = views.plan_pages.plan_part

    def counted(site, plan, *args, **kwargs):  # type: ignore[no-untyped-def]
        out.append(plan.id)
        return plan_part(site, plan, *args, **kwargs)

    monkeypatch.setattr(views, "plan_part", counted)
    return out


def _as_clean(root: Path, tmp: Path) -> None:
    fresh = make_root(tmp, root / "data")
    build_site(Config.from_env(fresh), jobs=1)
    for name in ("content", "site"):
        cached, clean = tree_digest(root / name), tree_digest(fresh / name)
        assert cached.keys() == clean.keys(), name
        assert [k for k in cached if cached[k] != clean[k]] == [], name
    shutil.rmtree(fresh)


def test_a_plan_s_pages_are_made_again_only_when_what_they_read_changed(tmp_path: Path, made: list[str]) -> None:
    root = make_root(tmp_path / "a", FIXTURE / "data")
    config = Config.from_env(root)
    build_site(config, jobs=1)
    made.clear()

    # a note on the city's source: no other plan's page shows it
    edit(root, PLAN, "第1行为规划标题。", "第1行为规划的标题。")
    build_site(config, jobs=1)
    assert made == [CITY]
    _as_clean(root, tmp_path / "b")

    # the name of the city's indicator, which the province's page of the same concept shows
    made.clear()
    edit(root, CITY_IND, "    name: 义务教育巩固率\n", "    name: 义务教育巩固率（全市）\n")
    build_site(config, jobs=1)
    assert sorted(made) == [CITY, PROVINCE]
    province_page = root / f"site/plans/{PROVINCE}/indicators/compulsory-education-retention/index.html"
    assert "义务教育巩固率（全市）" in province_page.read_text(encoding="utf-8")
    _as_clean(root, tmp_path / "c")

    # a kept plan's file changed in content/ by hand: that plan is made again
    made.clear()
    page = root / f"content/plans/{PROVINCE}/index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n手改的一行\n", encoding="utf-8")
    build_site(config, jobs=1)
    assert made == [PROVINCE]
    assert "手改的一行" not in page.read_text(encoding="utf-8")
    _as_clean(root, tmp_path / "d")


_SCRIPT = """
import json, sys
from pathlib import Path
from generator.building.build import Timings, write_content
from generator.config import Config
config = Config.from_env(Path(sys.argv[1]))
config.work_dir.mkdir(exist_ok=True)
write_content(config, Timings())
plans = json.loads((config.work_dir / "plans.json").read_text(encoding="utf-8"))["plans"]
print(json.dumps({pid: entry["key"] for pid, entry in plans.items()}))
"""


def test_a_plan_s_key_is_the_same_in_every_process(tmp_path: Path) -> None:
    """The real data in two processes with other hash seeds, the second reading the parse cache:
    every plan gets the same key, so an unchanged plan is kept by the next build."""
    root = make_root(tmp_path / "real", REPO / "data")
    keys = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
        done = subprocess.run(
            [sys.executable, "-c", _SCRIPT, str(root)], env=env, capture_output=True, text=True, timeout=600, cwd=REPO
        )
        assert done.returncode == 0, done.stderr[-3000:]
        keys.append(json.loads(done.stdout.strip().splitlines()[-1]))
    assert len(keys[0]) == 5 and keys[0] == keys[1]


def test_an_edit_not_yet_committed_keeps_the_other_plans(tmp_path: Path, made: list[str]) -> None:
    """With a change history: the build of the committed data takes that commit from its own load,
    the build of an edit not yet committed reads it from git; the other plan's pages are kept
    all the same (a plan's key holds its own indicators' changes, not how the history was read)."""
    root = make_root(tmp_path / "a", FIXTURE / "data")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "data")
    git(root, "commit", "-q", "-m", "数据")
    config = Config.from_env(root)
    build_site(config, jobs=1)
    made.clear()
    edit(root, PLAN, "第1行为规划标题。", "第1行为规划的标题。")
    build_site(config, jobs=1)
    assert made == [CITY]
    made.clear()
    git(root, "commit", "-q", "-am", "改说明")
    build_site(config, jobs=1)
    assert made == []  # the city's indicators did not change in that commit
