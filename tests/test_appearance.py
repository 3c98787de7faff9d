"""What a reader meets before and beside the content, in Debian's chromium: share tags and
images, dark mode, charts that wait for the reader (online and in the offline bundle), and
the embed page at its published size."""

from __future__ import annotations

import struct
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser

from generator import urls
from generator.building.bundle import FOLDER
from generator.loading.loader import load_site
from generator.sitemodel.vocabulary import full_title, value_text
from tests.conftest import FIXTURE, serve_dir

pytestmark = pytest.mark.browser
playwright = pytest.importorskip("playwright.sync_api")

CITY = "demo-city-2021-2025"
INDICATOR = f"plans/{CITY}/indicators/compulsory-education-retention/"
KINDS = {
    "home": "",
    "plan": f"plans/{CITY}/",
    "chapter": f"plans/{CITY}/chapters/c1/",
    "indicator": INDICATOR,
    "comparison": "compare/compulsory-education-retention/",
    "domain": "domains/education/",
    "progress": "observations/",
    "downloads": "downloads/",
    "source": f"plans/{CITY}/source/",
}
PLAN_KINDS = ("plan", "chapter", "indicator", "source")
TAGS = """() => Object.fromEntries([...document.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')]
  .map(m => [m.getAttribute('property') || m.getAttribute('name'), m.content]))"""


@pytest.fixture(scope="module")
def base(mini_site: Path) -> Iterator[str]:
    with serve_dir(mini_site / "site") as url:
        yield url


def new_page(browser: Browser, **options: Any) -> Any:
    context = browser.new_context(viewport=options.pop("viewport", {"width": 1280, "height": 900}), **options)
    page: Any = context.new_page()  # carries the errors and requests it saw
    page.errors = []
    page.requests = []
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    context.on("request", lambda r: page.requests.append(r.url))
    return page


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_page_kind_has_share_tags_from_the_data(browser: Browser, base: str, kind: str) -> None:
    site = load_site(FIXTURE / "data", FIXTURE)
    city = next(p for p in site.plans if p.meta.id == CITY)
    page = new_page(browser)
    page.goto(base + KINDS[kind])
    tags = page.evaluate(TAGS)
    title = page.title()
    assert tags["og:title"] and title.startswith(tags["og:title"]), (tags, title)
    assert tags["twitter:title"] == tags["og:title"] and tags["twitter:description"] == tags["og:description"]
    assert tags["og:site_name"] == "公共服务和社会保障规划"
    described = page.evaluate("document.querySelector('meta[name=description]').content")
    assert tags["og:description"] == described
    if kind in PLAN_KINDS:
        assert city.meta.region in tags["og:description"] and full_title(city.meta) in tags["og:description"]
        assert tags["og:image"].endswith(urls.share_image(CITY))
    else:
        assert tags["og:image"].endswith(urls.share_image(None))
    if kind == "indicator":
        ind = next(i for i in city.indicators if i.id == "compulsory-education-retention")
        assert f"目标 {value_text(ind.target)}" in tags["og:description"], tags
    assert tags["twitter:card"] == "summary_large_image" and tags["twitter:image"] == tags["og:image"]
    image = page.evaluate("u => new URL(u, location.href).href", tags["og:image"])
    with urllib.request.urlopen(image) as response:  # the image is in the built site
        assert response.headers["Content-Type"] == "image/png"
        assert png_size(response.read()) == (1200, 630)
    assert page.errors == []
    page.context.close()


def chart_font_colour(page: Any) -> str:
    return str(page.evaluate("document.querySelector('.plan-chart')._fullLayout.font.color"))


def test_dark_mode_follows_the_setting_and_the_toggle_and_the_charts_follow(browser: Browser, base: str) -> None:
    page = new_page(browser, color_scheme="dark")
    page.goto(base + INDICATOR)
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    page.wait_for_selector(".plan-chart:is([data-waiting], [data-drawn])", state="attached")  # the page listens
    page.keyboard.press("Shift")
    page.wait_for_selector(".plan-chart .main-svg", timeout=15000)
    dark_font = chart_font_colour(page)
    # the toggle: Material's palette form in the header, named in Chinese
    toggle = page.locator("form[data-md-component=palette] label[title='切换到浅色模式']")
    assert toggle.count() == 1
    toggle.first.click()
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'default'")
    page.wait_for_function(f"document.querySelector('.plan-chart')._fullLayout.font.color !== '{dark_font}'")
    light_font = chart_font_colour(page)
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") != background
    assert dark_font.lower() == "#e3e5ea" and light_font.lower() != dark_font.lower()
    # the reader's choice is kept: the next page opens light although the system says dark
    page.goto(base + KINDS["plan"])
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "default"
    assert page.errors == []
    page.context.close()


def test_light_setting_gives_light_pages_and_charts(browser: Browser, base: str) -> None:
    page = new_page(browser, color_scheme="light")
    page.goto(base + INDICATOR)
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "default"
    page.wait_for_selector(".plan-chart:is([data-waiting], [data-drawn])", state="attached")  # the page listens
    page.keyboard.press("Shift")
    page.wait_for_selector(".plan-chart .main-svg", timeout=15000)
    assert chart_font_colour(page).lower() != "#e3e5ea"
    page.context.close()


def test_charts_wait_for_the_reader_then_are_interactive(browser: Browser, base: str) -> None:
    page = new_page(browser, viewport={"width": 360, "height": 800})
    page.goto(base + INDICATOR, wait_until="networkidle")
    assert not [u for u in page.requests if "plotly" in u]  # nothing heavy before the reader acts
    assert page.locator(".plan-chart button").first.inner_text() == "显示交互图表"
    page.locator(".plan-chart button").first.click()
    page.wait_for_selector(".plan-chart .main-svg", timeout=15000)
    assert [u for u in page.requests if "plotly" in u]
    point = page.locator(".plan-chart .scatterlayer .point").first
    point.hover(force=True)
    page.wait_for_selector(".plan-chart .hoverlayer .hovertext", timeout=15000)
    assert page.errors == []
    page.context.close()


@pytest.fixture(scope="module")
def unpacked(mini_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = tmp_path_factory.mktemp("offline-charts")
    with zipfile.ZipFile(mini_site / "site" / urls.OFFLINE_BUNDLE) as zf:
        zf.extractall(dest)
    return dest / FOLDER


def test_charts_draw_in_the_offline_bundle(browser: Browser, unpacked: Path) -> None:
    page = new_page(browser)
    page.goto((unpacked / INDICATOR / "index.html").as_uri())
    page.wait_for_selector(".plan-chart:is([data-waiting], [data-drawn])", state="attached")  # the page listens
    page.keyboard.press("Shift")
    page.wait_for_selector(".plan-chart .main-svg", timeout=15000)
    assert not [u for u in page.requests if not u.startswith(("file://", "data:", "blob:"))]
    assert page.errors == []
    page.context.close()


def test_embed_page_at_its_published_size(browser: Browser, base: str) -> None:
    page = new_page(browser, viewport={"width": 380, "height": 380})
    page.goto(base + urls.embed(CITY, "compulsory-education-retention"), wait_until="networkidle")
    page.wait_for_selector(".plan-chart .main-svg", timeout=15000)  # an embed is there for its chart
    assert page.locator("main").count() == 1
    assert page.locator("main h1").inner_text().startswith("义务教育巩固率")
    home = page.locator("header a", has_text="公共服务和社会保障规划")
    assert home.count() == 1
    back = page.locator("main h1 a")
    assert page.evaluate("a => new URL(a.href).pathname", back.element_handle()).endswith(INDICATOR)
    assert page.evaluate("document.querySelector('link[rel=icon]').href").endswith("favicon.png")
    # the data table: one link away, and then in view
    page.click("a[href='#data']")
    page.wait_for_timeout(100)
    top = page.evaluate("document.getElementById('data').getBoundingClientRect().top")
    assert 0 <= top < 380
    # x labels: readable size, none overlapping another, all inside the frame
    boxes = page.evaluate(
        """[...document.querySelectorAll('.plan-chart .xtick text')].map(t => {
             const r = t.getBoundingClientRect();
             return {l: r.left, r: r.right, size: parseFloat(getComputedStyle(t).fontSize)}; })"""
    )
    assert boxes and all(b["size"] >= 11 for b in boxes), boxes
    boxes.sort(key=lambda b: b["l"])
    assert all(a["r"] <= b["l"] for a, b in zip(boxes, boxes[1:], strict=False)), boxes
    assert all(b["l"] >= 0 and b["r"] <= 380 for b in boxes), boxes
    assert page.errors == []
    page.context.close()


def test_citations_copy_with_one_tap_in_both_forms(browser: Browser, base: str) -> None:
    site = load_site(FIXTURE / "data", FIXTURE)
    city = next(p for p in site.plans if p.meta.id == CITY).meta
    page = new_page(browser)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(base + INDICATOR)
    here = base + INDICATOR
    today = page.evaluate("new Date().toLocaleDateString('sv-SE', {timeZone: 'Asia/Shanghai'})")
    gbt = page.locator("article .citation-gbt").inner_text()
    dated = city.published or city.issued
    when = dated.isoformat() if dated else ""
    assert gbt.startswith(f"{city.issuer}. {full_title(city)}") if city.issuer else gbt.startswith(full_title(city))
    assert "[EB/OL]. " in gbt and gbt.endswith(f"[{today}]. {here}."), gbt
    if when:
        assert f"[EB/OL]. ({when})[{today}]" in gbt, gbt
    for selector in (".citation", ".citation-gbt"):
        button = page.locator(f"article button[data-copy='{selector}']")
        button.click()
        assert page.evaluate("navigator.clipboard.readText()") == page.locator(f"article {selector}").inner_text()
        assert button.inner_text() == "已复制"
    assert page.errors == []
    page.context.close()
