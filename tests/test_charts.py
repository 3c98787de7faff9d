"""Charts on the real site, built from data/ by the real build: a time axis of years, baseline,
actual and target told apart, one line per kind of figure, no label cut off at 360 or 1280 px,
no button that sends a chart off the site, and a mode bar in Chinese."""

from __future__ import annotations

import hashlib
import html
import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from generator.sitemodel.site import Site
from generator.views.charts import contrast
from tests.conftest import REPO

WHITE, DARK = "#ffffff", "#1e2129"
FIGURE = re.compile(r'class="plan-chart" data-figure="([^"]*)"')

HENAN = "plans/henan-2021-2025/indicators/"
# A representative set: years far apart, a period total beside yearly figures, many points, a
# cumulative target, a figure with no year, the comparison dumbbells and an embed.
CHART_PAGES = [
    "",  # the home page's indicators by domain
    HENAN + "higher-education-enrolment/",
    HENAN + "urban-new-jobs/",
    HENAN + "preschool-enrolment/",
    HENAN + "provincial-medical-centres/",
    "plans/pingdingshan-2021-2025/indicators/urban-new-jobs-cumulative/",
    "plans/xinxiang-2026-2030/indicators/urban-new-jobs/",
    "compare/pension-insurance-coverage/",
    "compare/nursery-places-per-1000/",
    "embed/henan-2021-2025/preschool-enrolment.html",
    "embed/henan-2021-2025/urban-new-jobs.html",
]


def figures(site: Path, page: str) -> list[dict[str, Any]]:
    path = site / "site" / page
    text = (path / "index.html" if path.is_dir() else path).read_text(encoding="utf-8")
    return [json.loads(html.unescape(m)) for m in FIGURE.findall(text)]


def trace_named(fig: dict[str, Any], name: str) -> dict[str, Any]:
    return next(t for t in fig["data"] if t.get("name") == name)


# -- 1. years on a time axis -------------------------------------------------------------------


def test_years_sit_on_a_linear_axis_with_integer_year_ticks(real_site: Path) -> None:
    fig = figures(real_site, HENAN + "higher-education-enrolment/")[0]
    axis = fig["layout"]["xaxis"]
    assert axis["type"] == "linear" and axis["tickformat"] == "d"
    xs = sorted(x for t in fig["data"] for x in t["x"])
    assert xs == [2015, 2020, 2021, 2024, 2025]
    assert axis["tickvals"] == xs  # each year with a figure has its tick, whatever the width
    assert all(f["layout"]["xaxis"]["type"] == "linear" for f in all_indicator_figures(real_site))


def test_period_figures_span_their_years_and_others_are_left_out_with_a_note(real_site: Path) -> None:
    fig = figures(real_site, HENAN + "urban-new-jobs/")[0]
    span = trace_named(fig, "“十三五”时期（累计）")
    assert span["x"][0] == 2016 and span["x"][-1] == 2020 and set(span["y"]) == {687.44}
    page = (real_site / "site" / HENAN / "urban-new-jobs/index.html").read_text(encoding="utf-8")
    assert "横跨2016–2020年" in page
    # a figure named by a press conference, not a year: not in the chart, in the table, said so
    fig2 = figures(real_site, HENAN + "provincial-medical-centres/")
    page2 = (real_site / "site" / HENAN / "provincial-medical-centres/index.html").read_text(encoding="utf-8")
    assert all(15 not in t["y"] or t["name"].startswith("目标") for f in fig2 for t in f["data"])
    assert "未画入图中" in page2 and "全省建成15個省級醫學中心" in page2
    # a target whose year the text does not state: at the period's end, said with targets.py's note
    fig3 = figures(real_site, "plans/anyang-2021-2025/indicators/urban-new-jobs/")[0]
    assert trace_named(fig3, "目标")["x"] == [2025]


# -- 2. baseline, actual and target told apart ---------------------------------------------------


def all_indicator_figures(site: Path) -> list[dict[str, Any]]:
    pages = sorted((site / "site/plans").glob("*/indicators/*/index.html"))
    assert len(pages) > 400
    out = []
    for p in pages:
        out += [json.loads(html.unescape(m)) for m in FIGURE.findall(p.read_text(encoding="utf-8"))]
    return out


def test_roles_have_their_own_marker_a_legend_and_readable_colours(real_site: Path) -> None:
    symbols = {"基期": "circle-open", "目标": "diamond"}
    figs = all_indicator_figures(real_site)
    seen = set()
    for fig in figs:
        if fig["layout"].get("xaxis", {}).get("tickformat") != "d":
            continue  # a comparison's dumbbell (checked below)
        assert fig["layout"]["showlegend"] is True
        for t in fig["data"]:
            role = "目标" if t["name"].startswith("目标") else t["name"] if t["name"] == "基期" else "实际"
            seen.add(role)
            if role in symbols:
                assert t["marker"]["symbol"] == symbols[role], t
                assert "lines" not in t["mode"], t  # a target or baseline is never joined to actuals
            else:
                assert t["marker"]["symbol"] in ("circle", "line-ns-open"), t
            colour = t["marker"]["color"]
            assert contrast(colour, WHITE) >= 3 and contrast(colour, DARK) >= 3, (t["name"], colour)
    assert seen == {"基期", "实际", "目标"}
    for page in ("compare/pension-insurance-coverage/", "compare/nursery-places-per-1000/"):
        for fig in figures(real_site, page):
            for t in fig["data"]:
                colours = t["marker"]["color"] if "marker" in t else t["line"]["color"]
                for c in colours if isinstance(colours, list) else [colours]:
                    assert contrast(c, WHITE) >= 3 and contrast(c, DARK) >= 3, (page, t["name"], c)


# -- 3. figures of different kinds never share a line -------------------------------------------


def test_only_figures_of_one_kind_share_a_line(real_site: Path, real_data: Site) -> None:
    fig = figures(real_site, HENAN + "urban-new-jobs/")[0]
    yearly = trace_named(fig, "实际（当年数）")
    assert yearly["y"] == [125.39, 119.32] and "lines" in yearly["mode"]
    assert not any(687.44 in t["y"] and 125.39 in t["y"] for t in fig["data"])
    # every joined trace holds figures of one kind only (its name says which)
    site = real_data
    kinds = {"实际": "level", "实际（当年数）": "year", "实际（累计）": "cumulative"}
    for plan in site.plans:
        for ind in plan.indicators:
            page = f"plans/{plan.id}/indicators/{ind.id}/"
            figs = figures(real_site, page)
            if not figs:
                continue
            by_point = {(o.year, o.value): o.kind for o in ind.observations if o.year}
            by_point |= {(o.year, o.value): o.kind for o in site.tracking.observations(plan.id, ind.id) if o.year}
            for t in figs[0]["data"]:
                if t["name"] in kinds and "lines" in t["mode"]:
                    assert {by_point[(x, y)] for x, y in zip(t["x"], t["y"], strict=True)} == {kinds[t["name"]]}


def test_every_figure_of_the_real_site_passes_plotlys_validators(real_site: Path) -> None:
    """The figures are written as plain data (Plotly's figure objects cost most of a fresh build's
    views): Plotly's own validators read every one, so no property is misspelt or out of range."""
    import plotly.graph_objects as go

    pages = sorted((real_site / "site").rglob("*.html"))
    found = [fig for page in pages for fig in figures(real_site, page.relative_to(real_site / "site").as_posix())]
    kinds = {t["type"] for fig in found for t in fig["data"]}
    assert len(found) > 500 and kinds == {"scatter", "bar"}, (len(found), kinds)
    for fig in found:
        go.Figure(fig)  # raises on an unknown property or a value the property does not take


def test_a_cumulative_target_is_not_the_end_of_a_yearly_line(real_site: Path) -> None:
    fig = figures(real_site, "plans/pingdingshan-2021-2025/indicators/urban-new-jobs-cumulative/")[0]
    target = trace_named(fig, "目标（2021–2025年累计）")
    assert target["x"] == [2025] and target["y"] == [30] and "lines" not in target["mode"]


def test_flows_and_totals_in_the_data_say_their_kind(real_data: Site) -> None:
    """Words that name a total over years or a yearly figure agree with the figure's kind."""
    assert subprocess.run([".venv/bin/python", "-m", "generator", "validate"], cwd=REPO).returncode == 0
    site = real_data
    figures_ = [(o.as_written, o.kind, o.period) for p in site.plans for i in p.indicators for o in i.observations]
    for plan in site.plans:
        obs = site.tracking.of_plan(plan.id)
        if obs is not None:
            figures_ += [(o.as_written, o.kind, o.period) for o in obs.observations]
    for words, kind, period in figures_:
        if re.search(r"累计|累計|五年累计", words):
            assert kind == "cumulative", words
        if re.search(r"每年|年接待", words) or (re.search(r"新增", words) and not period):
            assert kind == "year", words
        if period and re.search(r"新增|新建|引进|救助", words):
            assert kind == "cumulative", words


# -- in the browser ---------------------------------------------------------------------------


def open_drawn(browser: Any, base: str, path: str, width: int) -> tuple[Any, list[str]]:
    page = browser.new_page(viewport={"width": width, "height": 900})
    requests: list[str] = []
    page.context.on("request", lambda r: requests.append(r.url))
    page.goto(base + path, wait_until="networkidle")
    page.wait_for_selector(".plan-chart:is([data-waiting], [data-drawn])", state="attached")  # the page listens
    page.keyboard.press("Shift")  # charts are drawn once the reader engages with the page
    page.wait_for_selector(".plan-chart .main-svg", timeout=15000)
    page.wait_for_function("[...document.querySelectorAll('.plan-chart')].every(c => c.querySelector('.main-svg'))")
    page.wait_for_timeout(300)
    return page, requests


# Every text a chart draws, its box, and the boxes it must stay inside and clear of.
MEASURE = """() => [...document.querySelectorAll('.plan-chart')].map(c => {
  const box = c.getBoundingClientRect();
  const svg = c.querySelector('.main-svg').getBoundingClientRect();
  const bar = c.querySelector('.modebar');
  const mb = bar ? bar.getBoundingClientRect() : null;
  const texts = [...c.querySelectorAll('svg text')].filter(t => t.textContent.trim() && t.getBBox().width > 0).map(t => {
    const r = t.getBoundingClientRect();
    return {text: t.textContent, l: r.left, r: r.right, t: r.top, b: r.bottom};
  });
  return {box: {l: box.left, r: box.right, t: box.top, b: box.bottom},
          svg: {l: svg.left, r: svg.right, t: svg.top, b: svg.bottom},
          bar: mb && {l: mb.left, r: mb.right, t: mb.top, b: mb.bottom},
          vw: document.documentElement.clientWidth, texts};
})"""


def _inside(r: dict[str, float], box: dict[str, float]) -> bool:
    return r["l"] >= box["l"] - 1 and r["r"] <= box["r"] + 1 and r["t"] >= box["t"] - 1 and r["b"] <= box["b"] + 1


def _overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return a["l"] < b["r"] - 1 and b["l"] < a["r"] - 1 and a["t"] < b["b"] - 1 and b["t"] < a["b"] - 1


@pytest.mark.browser
@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("path", CHART_PAGES)
def test_no_chart_label_is_cut_off(browser: Any, base_url: str, path: str, width: int) -> None:
    page, requests = open_drawn(browser, base_url, path, width)
    charts = page.evaluate(MEASURE)
    assert charts
    for chart in charts:
        assert chart["box"]["r"] <= chart["vw"] + 1, chart["box"]  # the chart fits the page
        assert chart["texts"]
        for t in chart["texts"]:
            assert _inside(t, chart["svg"]) and _inside(t, chart["box"]), (path, width, t, chart["svg"])
            if chart["bar"]:
                assert not _overlap(t, chart["bar"]), (path, width, t, chart["bar"])
    ticks = page.evaluate(
        "[...document.querySelectorAll('.plan-chart .xtick text, .plan-chart .ytick text')].map(t => {"
        " const r = t.getBoundingClientRect(); return {l: r.left, r: r.right, t: r.top, b: r.bottom}; })"
    )
    for i, a in enumerate(ticks):  # 2020年 and 2021年 side by side on a phone: never on top of each other
        assert not any(_overlap(a, b) for b in ticks[i + 1 :]), (path, width, a)
    assert [u for u in requests if not u.startswith((base_url, "data:", "blob:"))] == []
    page.close()


@pytest.mark.browser
def test_years_are_spaced_by_their_real_gaps(browser: Any, base_url: str) -> None:
    page, _ = open_drawn(browser, base_url, HENAN + "higher-education-enrolment/", 1280)
    px = page.evaluate(
        "() => { const ax = document.querySelector('.plan-chart')._fullLayout.xaxis;"
        " return [2015, 2020, 2021, 2025].map(y => ax.l2p(y)); }"
    )
    assert abs((px[1] - px[0]) - 5 * (px[2] - px[1])) < 1, px
    ticks = page.evaluate(
        "[...document.querySelector('.plan-chart').querySelectorAll('.xtick text')].map(t => t.textContent)"
    )
    assert ticks and all(re.fullmatch(r"\d{4}年", t) for t in ticks), ticks
    legend = page.evaluate(
        "[...document.querySelector('.plan-chart').querySelectorAll('.legendtext')].map(t => t.textContent)"
    )
    assert legend == ["实际", "目标"], legend
    page.close()


CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.browser
@pytest.mark.parametrize("path", [HENAN + "urban-new-jobs/", "compare/pension-insurance-coverage/"])
def test_mode_bar_speaks_chinese_and_sends_nothing_away(browser: Any, base_url: str, path: str) -> None:
    page, requests = open_drawn(browser, base_url, path, 1280)
    chart = page.locator(".plan-chart").first
    chart.hover()
    buttons = chart.locator(".modebar-btn")
    assert buttons.count() >= 3
    titles = []
    for k in range(buttons.count()):
        buttons.nth(k).hover()
        titles.append(buttons.nth(k).get_attribute("data-title") or "")
    assert all(CJK.search(t) for t in titles), titles
    assert not any(re.search(r"cloud|chart studio|plotly", t, re.I) for t in titles), titles
    assert chart.locator(".modebar a[href], .js-plot-link-container").count() == 0  # no logo, no link
    assert [u for u in requests if not u.startswith((base_url, "data:", "blob:"))] == []
    page.close()


# -- 5. the vendored files -----------------------------------------------------------------------


VENDOR = REPO / "overrides/assets/vendor"


def test_the_locale_is_the_bundles_version_and_checksummed() -> None:
    names = sorted(p.name for p in VENDOR.glob("*.js"))
    assert names == ["plotly-basic-4.1.1.min.js", "plotly-locale-zh-cn-4.1.1.js"], names
    rows = [line.split("  ") for line in (VENDOR / "SHA256SUMS").read_text().splitlines()]
    sums = {name: digest for digest, name in rows}
    for name in names:
        assert hashlib.sha256((VENDOR / name).read_bytes()).hexdigest() == sums[name], name
        assert name in (VENDOR / "README.md").read_text(encoding="utf-8")
    assert "Plotly.register(locale)" in (VENDOR / "plotly-locale-zh-cn-4.1.1.js").read_text(encoding="utf-8")
    old = "locale-zh-cn-" + "3."  # the 3.7.0 file is gone, and every reference to it
    tracked = subprocess.run(["git", "grep", "-l", old], cwd=REPO, capture_output=True, text=True)
    assert tracked.stdout == ""
    script = (REPO / "overrides/assets/js/site.js").read_text(encoding="utf-8")
    assert "plotly-locale-zh-cn-4.1.1.js" in script and "plotly-basic-4.1.1.min.js" in script
    for setting in ("showSendToCloud: false", "showEditInChartStudio: false", "displaylogo: false"):
        assert setting in script
