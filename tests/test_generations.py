"""Generations side by side: the mini fixture plus a second-generation plan of the same city
(tests/fixtures/generations/), 2021–2025 → 2026–2030."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.building.render import environment, render
from generator.loading.loader import load_site
from generator.sitemodel.site import Site
from generator.views import site_view
from generator.views.generations import successions
from tests.conftest import FIXTURE, REPO, built, make_root

SECOND = REPO / "tests" / "fixtures" / "generations" / "data"
EARLIER = "plans/demo-city-2021-2025/indicators/compulsory-education-retention/"
LATER = "plans/demo-city-2026-2030/indicators/compulsory-education-retention/"


def two_generations(tmp: Path) -> Path:
    """A build root with the mini fixture's data and the second-generation plan beside it."""
    root = make_root(tmp, FIXTURE / "data")
    shutil.copytree(SECOND, root / "data", dirs_exist_ok=True)
    return root


@pytest.fixture
def site(tmp_path: Path) -> Site:
    root = two_generations(tmp_path / "root")
    return load_site(root / "data", root)


def section(site: Site, url: str) -> str:
    page = next(p for p in site_view(site, "").pages if p.url == url)
    text = render(environment(), page.context)
    return text[text.index("## 上期目标、实际与新目标") : text.index("## 其他规划中的同类指标")]


def cells(text: str) -> list[list[str]]:
    rows = [r for r in text.split("<tr>")[2:]]
    return [[c.split(">", 1)[1].split("<")[0] for c in r.split("<td")[1:]] for r in rows]


def test_both_pages_show_earlier_target_achieved_and_new_target(site: Site) -> None:
    assert [(a.id, b.id) for a, b in successions(site)] == [("demo-city-2021-2025", "demo-city-2026-2030")]
    for url, words in [(EARLIER, "本规划的下一期"), (LATER, "本规划的上一期")]:
        text = section(site, url)
        assert words in text
        assert [c[:3] for c in cells(text)] == [
            ["上期基期", "2020", "95%"],
            ["上期目标", "2025", "≥99％"],
            ["实际", "2023", "全市义务教育巩固率98.2%"],
            ["实际（新规划所列基期）", "2025", "98.6%"],
            ["新目标", "2030", "≥99.5％"],
        ]


def test_unstated_target_year_is_read_as_every_page_reads_it(site: Site) -> None:
    """No year is invented: the cell says the text states none, and that the period's end is taken,
    in target_year's own words (the indicator page, the charts and the tracker say the same)."""
    text = section(site, "plans/demo-city-2026-2030/indicators/nursery/")
    assert [c[:3] for c in cells(text)] == [
        ["上期目标", "原文未写目标年份，按规划期末（2025年）计", "4.5个"],
        ["实际", "2023", "全市每千人口拥有3岁以下婴幼儿托位数3.1个"],
        ["新目标", "2030", "5.5个"],
    ]


@pytest.mark.parametrize(
    ("old", "new"), [("start: 2026, end: 2030", "start: 2027, end: 2031"), ("region: 示范市", "region: 另一市")]
)
def test_no_generations_unless_same_region_and_next_period(tmp_path: Path, old: str, new: str) -> None:
    root = two_generations(tmp_path / "root")
    plan = root / "data/plans/demo-city-2026-2030/plan.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    site = load_site(root / "data", root)
    assert successions(site) == []
    page = next(p for p in site_view(site, "").pages if p.url == LATER)
    assert "上期目标、实际与新目标" not in render(environment(), page.context)


def test_built_site_links_resolve(tmp_path: Path) -> None:
    """The whole build (with its link check) passes; the section is on both built pages."""
    root = built(two_generations(tmp_path / "root"))
    for url in (EARLIER, LATER):
        html = (root / "site" / url / "index.html").read_text(encoding="utf-8")
        assert 'id="generations"' in html
