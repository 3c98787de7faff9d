"""The coverage report (`python -m generator coverage`): its counts follow the data and agree with the
status counts the site prints."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from generator.loading.loader import load_site
from generator.sitemodel.site import Site
from generator.sitemodel.status import KINDS
from generator.views.coverage import COMPUTED, Coverage, coverage, numeric_target
from generator.views.progress import plan_counts
from tests.conftest import REPO, run_cli

SOURCE_ID = "anyang-test-jobs"
YAML_SAFE = YAML(typ="safe", pure=True)


def _copy_repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(REPO / "data", root / "data")
    return root


def _add_local_figure(root: Path, doubt: str | None = None) -> None:
    """An Anyang yearly figure for 城镇新增就业人员 (target ≥6.8万人), with its passage and source."""
    folder = root / "data" / "sources" / "observations"
    (folder / f"{SOURCE_ID}.txt").write_text("标题\n全年全市城镇新增就业人员7.1万人。\n", encoding="utf-8")
    sources_file = folder / "sources.yaml"
    sources: Any = YAML_SAFE.load(sources_file.read_text(encoding="utf-8"))
    sources["sources"].append(
        {
            "id": SOURCE_ID,
            "file": f"{SOURCE_ID}.txt",
            "publisher": "安阳市统计局",
            "title": "测试公报",
            "date": "2023-03-01",
            "url": None,
        }
    )
    YAML_SAFE.dump(sources, sources_file)
    obs_file = root / "data" / "observations" / "anyang-2021-2025.yaml"
    tracked: Any = YAML_SAFE.load(obs_file.read_text(encoding="utf-8"))
    figure: dict[str, Any] = {
        "indicator": "urban-new-jobs",
        "region": "安阳市",
        "scope": "region",
        "year": 2022,
        "as_written": "全年全市城镇新增就业人员7.1万人",
        "value": 7.1,
        "kind": "year",
        "unit": "万人",
        "source": SOURCE_ID,
        "lines": [2, 2],
    }
    if doubt:
        figure["doubt"] = doubt
    tracked["observations"].append(figure)
    YAML_SAFE.dump(tracked, obs_file)


def _anyang(root: Path) -> Coverage:
    site = load_site(root / "data", root)
    return next(c for c in coverage(site) if c.plan == "anyang-2021-2025")


@pytest.fixture
def site(real_data: Site) -> Site:
    return real_data


@pytest.fixture
def real(site: Site) -> list[Coverage]:
    return coverage(site)


def test_every_plan_has_a_row_and_counts_stay_within_the_plan(site: Site, real: list[Coverage]) -> None:
    assert [c.plan for c in real] == [p.id for p in site.plans]
    for c, plan in zip(real, site.plans, strict=True):
        assert c.computed <= c.numeric_targets <= len(plan.indicators)
        assert c.local_figures <= len(plan.indicators)


def test_computed_count_is_the_one_the_plan_page_prints(site: Site, real: list[Coverage]) -> None:
    for c, plan in zip(real, site.plans, strict=True):
        counts = plan_counts(site, plan, "").total.counts
        assert c.computed == sum(n for k, n in zip(KINDS, counts, strict=True) if k in COMPUTED), plan.id


def test_searches_not_found_are_counted_from_the_observation_file(real: list[Coverage]) -> None:
    for c in real:
        text: Any = YAML_SAFE.load((REPO / "data" / "observations" / f"{c.plan}.yaml").read_text(encoding="utf-8"))
        assert c.not_found == len(text.get("not_found") or [])


def test_worded_targets_are_not_numeric(site: Site) -> None:
    worded = [i for p in site.plans for i in p.indicators if i.target is not None and i.target.value is None]
    assert worded, "the plans have worded targets (稳定增长, 应保尽保)"
    assert not any(numeric_target(i) for i in worded)
    ranges = [i for p in site.plans for i in p.indicators if i.target is not None and i.target.upper is not None]
    assert all(numeric_target(i) for i in ranges)  # 97%-99% states numbers


def test_a_local_figure_meeting_its_target_adds_a_figure_and_a_status(tmp_path: Path) -> None:
    root = _copy_repo(tmp_path)
    before = _anyang(root)
    _add_local_figure(root)
    after = _anyang(root)
    assert after.local_figures == before.local_figures + 1
    assert after.computed == before.computed + 1  # 7.1万人 ≥ 6.8万人: achieved
    assert after.numeric_targets == before.numeric_targets and after.not_found == before.not_found


def test_a_doubtful_local_figure_is_shown_but_gives_no_status(tmp_path: Path) -> None:
    root = _copy_repo(tmp_path)
    before = _anyang(root)
    _add_local_figure(root, doubt="口径待核实")
    after = _anyang(root)
    assert after.local_figures == before.local_figures + 1
    assert after.computed == before.computed


def test_the_command_prints_a_chinese_table(tmp_path: Path) -> None:
    root = _copy_repo(tmp_path)
    _add_local_figure(root)
    done = run_cli(root, "coverage")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "有数值目标的指标" in out and "有计算状态的指标" in out and "检索未找到（条）" in out
    row = next(line for line in out.splitlines() if "anyang-2021-2025" in line)
    cells = [c.strip() for c in row.strip("|").split("|")]
    a = _anyang(root)
    assert cells[1:] == [str(a.numeric_targets), str(a.local_figures), str(a.computed), str(a.not_found)]
    assert out.splitlines()[-1].startswith("| 合计 |")
