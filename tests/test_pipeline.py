"""The tiny fixture plan, end to end: YAML → generator → MkDocs → site/, against golden files."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from tests.conftest import REPO

GOLDEN = REPO / "tests" / "golden" / "mini"


def test_content_matches_golden_files(mini_site: Path, update_golden: bool) -> None:
    content = mini_site / "content"
    produced = {p.relative_to(content).as_posix(): p for p in content.rglob("*.md")}
    if update_golden:
        if GOLDEN.exists():
            import shutil

            shutil.rmtree(GOLDEN)
        for rel, p in produced.items():
            (GOLDEN / rel).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / rel).write_bytes(p.read_bytes())
    expected = {p.relative_to(GOLDEN).as_posix(): p for p in GOLDEN.rglob("*.md")}
    assert sorted(produced) == sorted(expected), "pages added or removed (--update-golden to accept)"
    for rel, path in expected.items():
        assert produced[rel].read_text(encoding="utf-8") == path.read_text(encoding="utf-8"), rel


def test_site_has_every_page(mini_site: Path) -> None:
    site = mini_site / "site"
    for page in [
        "index.html",
        "plans/demo-city-2021-2025/index.html",
        "plans/demo-city-2021-2025/chapters/c2/index.html",
        "plans/demo-city-2021-2025/indicators/index.html",
        "plans/demo-city-2021-2025/indicators/compulsory-education-retention/index.html",
        "plans/demo-city-2021-2025/projects/index.html",
        "plans/demo-city-2021-2025/source/index.html",
        "compare/index.html",
        "compare/compulsory-education-retention/index.html",
        "domains/education/index.html",
        "downloads/index.html",
        "embed/demo-city-2021-2025/compulsory-education-retention.html",
        "sources/demo-city.txt",
    ]:
        assert (site / page).is_file(), page


def test_measure_text_and_anchor_rendered(mini_site: Path) -> None:
    html = (mini_site / "site/plans/demo-city-2021-2025/chapters/c2/index.html").read_text(encoding="utf-8")
    assert 'id="c2-s1-p1"' in html
    assert "<strong>扩大托育服务供给</strong>。每千人口拥有3岁以下婴幼儿托位数达到4.5个。" in html
    assert 'id="c2-s1"' in html  # explicit heading ids, never derived from Chinese titles


def test_qualitative_target_is_text_not_plotted(mini_site: Path) -> None:
    html = (mini_site / "site/plans/demo-city-2021-2025/indicators/assistance/index.html").read_text(encoding="utf-8")
    assert "应保尽保" in html
    assert "plan-chart" not in html.split('<div class="md-content"', 1)[1].split("</article>")[0]


def test_comparator_kept_in_chart_and_table(mini_site: Path) -> None:
    html = (
        mini_site / "site/plans/demo-city-2021-2025/indicators/compulsory-education-retention/index.html"
    ).read_text(encoding="utf-8")
    assert "≥99％" in html
    assert "plan-chart" in html


def _csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "CSV must start with a UTF-8 BOM for Excel"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


def test_downloads(mini_site: Path) -> None:
    site = mini_site / "site"
    plans = json.loads((site / "data/plans.json").read_text(encoding="utf-8"))["plans"]
    assert {p["id"] for p in plans} == {"demo-city-2021-2025", "demo-province-2021-2025"}
    assert all((site / p["source_file"]).is_file() for p in plans)
    rows = _csv(site / "data/indicators.csv")
    required = [
        "plan_id",
        "plan_title",
        "id",
        "name",
        "domain",
        "unit",
        "baseline_year",
        "baseline",
        "baseline_value",
        "target_year",
        "target",
        "target_value",
        "nature",
        "source_lines",
        "url",
    ]
    assert set(required) <= set(rows[0])
    row = next(r for r in rows if r["plan_id"] == "demo-city-2021-2025" and r["id"] == "compulsory-education-retention")
    assert (row["baseline"], row["baseline_value"], row["target"], row["target_value"], row["nature"]) == (
        "95%",
        "95",
        "≥99％",
        "99",
        "约束性",
    )
    projects = _csv(site / "data/projects.csv")
    assert [p["url"] for p in projects] == [
        "plans/demo-city-2021-2025/projects/#box-1-1",
        "plans/demo-city-2021-2025/projects/#box-1-2",
    ]


def _page(mini_site: Path, rel: str) -> str:
    html = (mini_site / "site" / rel).read_text(encoding="utf-8")
    return html.split('<div class="md-content"', 1)[1].split("</article>")[0]


def test_indicator_page_shows_status_observations_and_sources(mini_site: Path) -> None:
    html = _page(mini_site, "plans/demo-city-2021-2025/indicators/compulsory-education-retention/index.html")
    assert "进度正常" in html and "起点2020年95% → 2023年实际值98.2%，实际年均提高1.07个百分点" in html
    assert "起点为规划所写的基期值（2020年95%）" in html  # the start is the plan's own figure: said so
    assert "全市义务教育巩固率98.2%" in html
    assert 'href="../../../../observations/sources/demo-bulletin-2023/#L3"' in html
    assert "未公布" in html  # no official evaluation for the city
    assert "基期、实际与目标" in html
    source = _page(mini_site, "observations/sources/demo-bulletin-2023/index.html")
    assert 'id="L3"' in source and "示范市统计局" in source


def test_national_figures_are_context_never_status(mini_site: Path) -> None:
    html = _page(mini_site, "plans/demo-city-2021-2025/indicators/nursery-places-per-1000/index.html")
    assert "数据不足" in html  # the city's 3.1 has no starting point; the national 4.08 never decides
    assert "全国数据（仅作参考" in html and "4.08" in html


def test_official_status_quoted_apart_from_computed(mini_site: Path) -> None:
    html = _page(mini_site, "plans/demo-province-2021-2025/indicators/compulsory-education-retention/index.html")
    assert "已达到目标" in html  # computed: 97.2 ≥ 97
    assert "<strong>提前实现</strong>" in html and "示范省发展和改革委员会" in html


def test_chart_heading_promises_actual_values_only_when_there_are_some(mini_site: Path) -> None:
    html = _page(mini_site, "plans/demo-city-2021-2025/indicators/assistance/index.html")
    assert "基期与目标" in html and "基期、实际与目标" not in html
    assert "不计算（无数值目标）" in html


def test_counts_at_a_glance(mini_site: Path) -> None:
    plan = _page(mini_site, "plans/demo-city-2021-2025/index.html")
    assert (
        "3 项指标中：已达到目标 0 项，进度正常 1 项，进度落后 0 项，数据不足 1 项，规划期外目标，不计算 0 项，"
        "不计算（无数值目标） 1 项" in re.sub(r"<[^>]+>", "", plan)
    )
    assert "未公布（在已检索的公开来源中没有找到对本规划的官方评价）" in plan
    home = _page(mini_site, "index.html")
    assert "4 项指标中：已达到目标 1 项，进度正常 1 项" in re.sub(r"<[^>]+>", "", home)
    assert "目标进展" in _page(mini_site, "domains/education/index.html")
    assert "计算方法" in _page(mini_site, "observations/index.html")


def test_status_downloads(mini_site: Path) -> None:
    site = mini_site / "site"
    rows = {(r["plan_id"], r["id"]): r for r in _csv(site / "data/indicators.csv")}
    city = rows[("demo-city-2021-2025", "compulsory-education-retention")]
    assert (city["computed_status"], city["computed_status_sources"], city["official_status"]) == (
        "on-track",
        "demo-bulletin-2023:3",
        "未公布",
    )
    province = rows[("demo-province-2021-2025", "compulsory-education-retention")]
    assert (province["computed_status"], province["official_status"], province["official_status_sources"]) == (
        "achieved",
        "提前实现",
        "demo-evaluation:3",
    )
    assert rows[("demo-city-2021-2025", "assistance")]["computed_status"] == "not-applicable"
    obs = _csv(site / "data/observations.csv")
    assert [
        (o["plan_id"], o["indicator"], o["year"], o["value"], o["source_lines"], o["used_for_status"]) for o in obs
    ] == [
        ("demo-city-2021-2025", "compulsory-education-retention", "2023", "98.2", "3", "yes"),
        ("demo-city-2021-2025", "nursery-places-per-1000", "2023", "3.1", "4", "yes"),
        ("demo-city-2021-2025", "nursery-places-per-1000", "2023", "4.08", "5", "no"),
        ("demo-province-2021-2025", "compulsory-education-retention", "2023", "97.2", "3", "yes"),
    ]
    record = json.loads(
        (site / "data/indicators/demo-province-2021-2025/compulsory-education-retention.json").read_text("utf-8")
    )
    assert record["computed_status"] == "achieved"
    assert record["official_statements"][0]["source_detail"]["publisher"] == "示范省发展和改革委员会"
    assert "observations.csv" in _page(mini_site, "downloads/index.html")


@pytest.mark.parametrize("name", ["indicators.csv", "projects.csv"])
def test_every_download_url_resolves(real_site: Path, name: str) -> None:
    site = real_site / "site"
    rows = _csv(site / "data" / name)
    assert rows
    cache: dict[str, str] = {}
    for row in rows:
        path, _, anchor = row["url"].partition("#")
        page = site / path / "index.html"
        assert page.is_file(), row["url"]
        if anchor:
            html = cache.setdefault(path, page.read_text(encoding="utf-8"))
            assert f'id="{anchor}"' in html, row["url"]


def test_every_shared_concept_has_its_comparison_page(real_site: Path) -> None:
    from generator.loading.loader import load_site

    site = load_site(real_site / "data", real_site)
    plans_by_concept: dict[str, set[str]] = {}
    for plan in site.plans:
        for ind in plan.indicators:
            if ind.concept:
                plans_by_concept.setdefault(ind.concept, set()).add(plan.id)
    shared = [c for c, plans in plans_by_concept.items() if len(plans) >= 2]
    assert len(shared) >= 15
    for concept in shared:
        assert (real_site / "site/compare" / concept / "index.html").is_file(), concept
    matrix = (real_site / "site/compare/index.html").read_text(encoding="utf-8")
    assert all(f"{c}/" in matrix for c in shared)
