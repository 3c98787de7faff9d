"""Every comparison a page states is one the data supports: the real data, the real build.

The checker here reads the built pages and the YAML, and holds each sentence to a rule of
its own (written for this test, not imported from the generator): a claim of 高于/等于/低于
needs numbers, the same unit and the same stated year, and must follow the comparators.
"""

from __future__ import annotations

import csv
import html
import io
import json
import math
import re
from pathlib import Path
from urllib.parse import urljoin

import pytest
from playwright.sync_api import Browser

from generator.model import Indicator, Value
from generator.sitemodel.site import Plan, Site
from tests.conftest import FIXTURE, built, make_root, serve_dir

WORDS = {"above": "高于", "equal": "等于", "below": "低于"}


@pytest.fixture
def data(real_data: Site) -> Site:
    return real_data


def _indicator(site: Site, key: str) -> tuple[Plan, Indicator]:
    pid, _, iid = key.partition("/")
    plan = site.plan_by_id[pid]
    return plan, next(i for i in plan.indicators if i.id == iid)


def _text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def _cascade(page: str) -> list[tuple[str, str, str]]:
    return [
        (rel, key, _text(body))
        for rel, key, body in re.findall(r'<li data-relation="(\w+)" data-indicator="([^"]+)">(.*?)</li>', page, re.S)
    ]


def _table(page: str) -> dict[str, list[str]]:
    rows = re.findall(r'<tr data-indicator="([^"]+)"[^>]*>(.*?)</tr>', page, re.S)
    badge = re.compile(r' <span class="draft-tag">草案</span>')  # repeats the name's （征求意见稿）
    return {
        key: [_text(badge.sub("", c)) for c in re.findall(r"<td[^>]*>(.*?)</td>", body, re.S)] for key, body in rows
    }


def _shown(v: Value | None) -> str:
    if v is None:
        return "（未列出）"
    return f"原文残损（{v.illegible}）" if v.illegible else v.as_written


# -- the test's own reading of two targets -----------------------------------------------------


def _admits(v: Value, x: float) -> bool:
    assert v.value is not None
    if v.upper is not None:
        return v.value <= x <= v.upper
    return {
        "=": x == v.value,
        ">=": x >= v.value,
        ">": x > v.value,
        "<=": x <= v.value,
        "<": x < v.value,
    }[v.comparator or "="]


def _samples(a: Value, b: Value) -> list[float]:
    marks = {n for v in (a, b) for n in (v.value, v.upper) if n is not None}
    eps = 1e-6
    return sorted({m + d for m in marks for d in (-1, -eps, 0, eps, 1)} | {-math.inf, math.inf})


def _wholly(a: Value, b: Value, higher: bool) -> bool:
    """Every sampled value a admits lies above (below) every sampled value b admits."""
    xs = _samples(a, b)
    av = [x for x in xs if math.isfinite(x) and _admits(a, x)]
    bv = [x for x in xs if math.isfinite(x) and _admits(b, x)]
    return bool(av and bv) and (min(av) > max(bv) if higher else max(av) < min(bv))


def _requirement(v: Value) -> tuple[str, float, int] | None:
    """What a floor, a ceiling or a plain number asks for: its side, its number, how strict."""
    if v.upper is not None or v.value is None:
        return None
    side = {"=": "point", ">=": "floor", ">": "floor", "<=": "ceiling", "<": "ceiling"}[v.comparator or "="]
    strict = {">": 1, "<": -1}.get(v.comparator or "=", 0)
    return side, v.value, strict


def supported(claim: str, a: Value, b: Value) -> bool:
    if claim == "incomparable":
        return True
    if a.illegible or b.illegible or a.value is None or b.value is None:
        return False
    if claim == "equal":
        return (a.value, a.comparator, a.upper) == (b.value, b.comparator, b.upper)
    higher = claim == "above"
    if _wholly(a, b, higher):
        return True
    ra, rb = _requirement(a), _requirement(b)
    if ra is None or rb is None:
        return False
    sides = {ra[0], rb[0]}
    if len(sides) == 1 and ra[0] != "point" or sides in ({"point", "floor"}, {"point", "ceiling"}):
        if ra[1] == rb[1] and ra[0] != rb[0]:  # 95 against ≥95: the same number, no order
            return False
        return (ra[1], ra[2]) > (rb[1], rb[2]) if higher else (ra[1], ra[2]) < (rb[1], rb[2])
    return False


@pytest.mark.parametrize(
    ("claim", "a", "b", "ok"),
    [
        ("equal", ("95%", 95, "="), ("超过95%", 95, ">"), False),
        ("below", ("95%", 95, "="), ("超过95%", 95, ">"), True),
        ("equal", ("95%", 95, "="), ("≥95%", 95, ">="), False),
        ("above", ("≥96%", 96, ">="), ("≥95%", 95, ">="), True),
        ("above", ("≥95%", 95, ">="), ("≤96%", 96, "<="), False),
    ],
)
def test_the_checker_refuses_what_the_issue_saw(
    claim: str, a: tuple[str, float, str], b: tuple[str, float, str], ok: bool
) -> None:
    def v(t: tuple[str, float, str]) -> Value:
        return Value.model_validate({"as_written": t[0], "value": t[1], "comparator": t[2]})

    assert supported(claim, v(a), v(b)) is ok


# -- the real site -----------------------------------------------------------------------------


def _concept_pages(real_site: Path) -> list[Path]:
    return sorted((real_site / "site" / "compare").glob("*/index.html"))


def test_every_cascade_sentence_is_supported(real_site: Path, data: Site) -> None:
    pages = _concept_pages(real_site)
    assert len(pages) >= 20
    claims = 0
    for path in pages:
        page = path.read_text(encoding="utf-8")
        table = _table(page)
        for rel, key, sentence in _cascade(page):
            plan, ind = _indicator(data, key)
            assert f"目标“{_shown(ind.target)}”" in sentence, (path, sentence)
            if ind.target is None:
                assert rel in ("incomparable", "none"), sentence
                continue
            if ind.target.illegible:
                assert rel == "incomparable" and "原文残损" in sentence, sentence
            if ind.target.year is not None and not plan.meta.period.start <= ind.target.year <= plan.meta.period.end:
                assert "规划期外目标" in sentence, sentence
            assert table[key][6] == {"none": "省级未设定", "incomparable": "无法比较", **WORDS}[rel], (path, key)
            if rel not in WORDS:
                continue
            claims += 1
            province = [p for p in data.plans if p.meta.level == "province" and p.id == (plan.meta.parent or p.id)]
            theirs = [
                i
                for p in province
                for i in p.indicators
                if i.concept == ind.concept and i.target and f"“{_shown(i.target)}”" in sentence.split(WORDS[rel], 1)[1]
            ]
            assert theirs, (path, sentence)
            other = theirs[0]
            assert other.target is not None
            assert ind.unit == other.unit, sentence
            assert ind.target.year is not None and ind.target.year == other.target.year, sentence
            assert supported(rel, ind.target, other.target), (path, sentence)
    assert claims >= 10  # the real data does compare


def test_comparisons_download_the_cells_the_page_shows(real_site: Path) -> None:
    site = real_site / "site"
    for path in _concept_pages(real_site):
        page = path.read_text(encoding="utf-8")
        table = _table(page)
        links = re.findall(r'<a href="([^"]+\.(?:csv|json))">(?:CSV|JSON)</a>', page)
        assert len(links) == 2, path
        files = {Path(link).suffix: (path.parent / link).resolve() for link in links}
        rows = list(csv.DictReader(io.StringIO(files[".csv"].read_text(encoding="utf-8-sig"))))
        doc = json.loads(files[".json"].read_text(encoding="utf-8"))
        assert doc["rows"] == rows
        assert len(rows) == len(table), path
        for row in rows:
            key = f"{row['规划编号']}/{row['指标页面'].rstrip('/').rsplit('/', 1)[-1]}"
            assert list(row.values())[:7] == table[key], (path, key)
    matrix = (site / "compare" / "index.html").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO((site / "data" / "compare.csv").read_text(encoding="utf-8-sig"))))
    shown = [_text(th) for th in re.findall(r'<th scope="row">(.*?)</th>', matrix, re.S)]
    assert [r["指标"] for r in rows] == shown


def test_a_damaged_cell_never_shows_as_a_number(real_site: Path, data: Site) -> None:
    site = real_site / "site"
    damaged = [(p, i) for p in data.plans for i in p.indicators if i.target and i.target.illegible]
    assert damaged  # Xinxiang's 免疫规划 row
    for plan, ind in damaged:
        assert ind.target is not None
        key = f"{plan.id}/{ind.id}"
        for path in _concept_pages(real_site):
            row = _table(path.read_text(encoding="utf-8")).get(key)
            if row:
                assert row[3].endswith(f"原文残损（{ind.target.illegible}）") or "原文残损" in row[3], row
        page = (site / "plans" / plan.id / "indicators" / ind.id / "index.html").read_text(encoding="utf-8")
        assert "原文残损" in _text(page)
        got = list(
            csv.DictReader(io.StringIO((site / "data/indicators" / plan.id / f"{ind.id}.csv").read_text("utf-8-sig")))
        )
        assert got[0]["target"].startswith("原文残损") and got[0]["target_value"] == ""


# -- in the browser, at a phone's width and a desk's ---------------------------------------------


@pytest.mark.browser
@pytest.mark.parametrize("width", [360, 1280])
def test_comparison_pages_as_read(browser: Browser, real_site: Path, width: int) -> None:
    with serve_dir(real_site / "site") as base:
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.goto(base + "compare/immunisation-rate/")
        row = page.locator('tr[data-indicator="xinxiang-2026-2030/immunisation-rate"]')
        target = row.locator('td[data-label="目标"]')
        assert target.is_visible()
        assert "原文残损" in target.inner_text() and "规划期外目标" in target.inner_text()
        assert "无法比较" in row.locator('td[data-label="与省级相比"]').inner_text()
        item = page.locator('li[data-indicator="xinxiang-2026-2030/immunisation-rate"]').inner_text()
        assert "原文残损" in item and "等于" not in item

        page.goto(base + "compare/pension-insurance-coverage/")
        anyang = page.locator('li[data-indicator="anyang-2021-2025/pension-insurance-coverage"]').inner_text()
        assert "低于" in anyang and "等于" not in anyang  # 95% against 超过95%
        href = page.get_by_role("link", name="CSV").get_attribute("href") or ""
        got = page.request.get(urljoin(page.url, href))
        assert got.ok and "基本养老保险参保率" in got.text()

        page.goto(base + "compare/")
        cell = page.locator("table.compare-matrix tr", has_text="适龄儿童免疫规划疫苗接种率").inner_text()
        assert "2025年：原文残损（原文作「0%」，数字残损）（规划期外目标）" in cell and "2025年：0%" not in cell
        page.close()


# -- the cascade for > and for ranges, built from the fixture plans with the city's target rewritten --

CITY_TARGET = "target: {year: 2025, as_written: ≥99％, value: 99, comparator: '>='}"


def _rewritten_site(tmp: Path, written: str, fields: str) -> Path:
    """The mini plans with the city's 义务教育巩固率 target (and its source cell) written otherwise."""
    root = make_root(tmp, FIXTURE / "data")
    indicators = root / "data/plans/demo-city-2021-2025/indicators.yaml"
    text = indicators.read_text(encoding="utf-8")
    assert CITY_TARGET in text
    text = text.replace(CITY_TARGET, f"target: {{year: 2025, as_written: '{written}', {fields}}}")
    indicators.write_text(text.replace("| ≥99％ |", f"| {written} |"), encoding="utf-8")
    source = root / "data/sources/demo-city.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("≥99％", written), encoding="utf-8")
    return built(root)


@pytest.mark.browser
@pytest.mark.parametrize(
    ("written", "fields", "relation", "words"),
    [
        ("97%-99%", "value: 97, upper: 99, comparator: '='", "无法比较", "区间与对方有重叠"),  # against 97%
        ("超过97%", "value: 97, comparator: '>'", "高于", "高于示范省"),  # > against a plain 97%
        ("不低于97%", "value: 97, comparator: '>='", "无法比较", "数值相同"),  # ≥97 against 97
    ],
)
def test_cascade_follows_comparators_in_the_browser(
    browser: Browser, tmp_path: Path, written: str, fields: str, relation: str, words: str
) -> None:
    site = _rewritten_site(tmp_path / "site", written, fields)
    key = "demo-city-2021-2025/compulsory-education-retention"
    with serve_dir(site / "site") as base:
        for width in (360, 1280):
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.goto(base + "compare/compulsory-education-retention/")
            item = page.locator(f'li[data-indicator="{key}"]')
            assert item.is_visible() and words in item.inner_text(), item.inner_text()
            cell = page.locator(f'tr[data-indicator="{key}"] td[data-label="与省级相比"]')
            assert cell.is_visible() and cell.inner_text() == relation
            page.close()
    rows = list(
        csv.DictReader(
            io.StringIO((site / "site/data/compare/compulsory-education-retention.csv").read_text("utf-8-sig"))
        )
    )
    city = next(r for r in rows if r["规划编号"] == "demo-city-2021-2025")
    assert city["与省级目标相比"] == relation and city["区间上限"] == ("99" if "upper" in fields else "")


@pytest.mark.browser
def test_markup_in_a_figures_words_is_text_in_the_chart(browser: Browser, tmp_path: Path) -> None:
    """An as_written with a link shows the link's markup as characters, in the chart and the embed."""
    written = '≥99％ <a href="https://example.org/">以官方数据为准</a>'
    site = _rewritten_site(tmp_path / "site", written, "value: 99, comparator: '>='")
    with serve_dir(site / "site") as base:
        for path in (
            "plans/demo-city-2021-2025/indicators/compulsory-education-retention/",
            "compare/compulsory-education-retention/",
            "embed/demo-city-2021-2025/compulsory-education-retention.html",
        ):
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(base + path)
            page.wait_for_selector(".plan-chart:is([data-waiting], [data-drawn])", state="attached")  # the page listens
            page.keyboard.press("Shift")  # charts are drawn once the reader engages with the page
            page.wait_for_selector(".plan-chart .main-svg")
            assert page.locator(".plan-chart a").count() == 0, path  # no live link inside the chart
            words = page.evaluate("[...document.querySelectorAll('.plan-chart text')].map(t => t.textContent)")
            hover = page.evaluate(
                "(() => { const d = document.querySelector('.plan-chart').data;"
                " return d.map(t => [t.text, t.hovertext].flat().join(' ')).join(' '); })()"
            )
            assert "<a href" not in " ".join(words) or "&lt;" not in " ".join(words)
            assert "以官方数据为准" in " ".join(words) + hover, path
            page.close()
