"""A site readable anywhere: published under a subpath (the 404 page), served by a server that names
no charset (the original texts), and a footer that says who publishes it and where its data comes
from. The fixture plan is built for real with a SITE_URL that has a subpath and served under it."""

from __future__ import annotations

import http.server
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urljoin
from urllib.request import urlopen

import pytest

from generator.building.build import build_site
from generator.config import Config
from tests.conftest import FIXTURE, QuietHandler, make_root, serve_dir

PREFIX = "/gov/plans/"
SITE_URL = "https://example.org" + PREFIX


@pytest.fixture(scope="module")
def sub_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_root(tmp_path_factory.mktemp("subpath"), FIXTURE / "data")
    build_site(Config(root=root.resolve(), site_url=SITE_URL))
    return root / "site"


class _UnderPrefix(QuietHandler):
    """A static host as GitHub Pages is one: the site under PREFIX, its 404.html for whatever is
    missing; and as many plain servers are: a .txt goes out as text/plain with no charset."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".txt": "text/plain"}

    def translate_path(self, path: str) -> str:
        if not path.startswith(PREFIX):
            return str(Path(self.directory) / "outside-the-prefix")
        return super().translate_path("/" + path[len(PREFIX) :])

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        if code != 404:
            super().send_error(code, message, explain)
            return
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def sub_url(sub_site: Path) -> Iterator[str]:
    with serve_dir(sub_site, _UnderPrefix, PREFIX) as url:
        yield url


@pytest.fixture
def tab(browser: Any, sub_url: str) -> Iterator[Any]:
    page = browser.new_page(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    page.close()


@pytest.mark.browser
def test_404_under_a_subpath_is_styled_chinese_and_its_links_work(tab: Any, sub_url: str) -> None:
    failed: list[str] = []
    tab.on("response", lambda r: failed.append(r.url) if r.status >= 400 and "missing" not in r.url else None)
    response = tab.goto(sub_url + "plans/no-such-plan/missing/")
    assert response.status == 404
    assert tab.locator("h1").inner_text() == "页面不存在"
    assert tab.evaluate("document.documentElement.lang") == "zh"
    # Material's stylesheet arrived: the header is fixed at the top, in the palette's colour
    header = tab.evaluate("getComputedStyle(document.querySelector('.md-header')).position")
    assert header == "sticky"
    assert tab.evaluate("getComputedStyle(document.querySelector('.md-header')).backgroundColor") != "rgba(0, 0, 0, 0)"
    assert failed == [], failed
    tab.click("article label[for='__search']")
    assert tab.evaluate("document.getElementById('__search').checked")
    tab.keyboard.type("托位", delay=30)
    tab.wait_for_selector(".md-search-result__item", timeout=15000)
    href = tab.locator(".md-search-result__item a").first.get_attribute("href")
    assert href.startswith(PREFIX), href
    tab.keyboard.press("Escape")
    tab.goto(sub_url + "missing/")
    tab.click("text=返回首页")
    tab.wait_for_load_state()
    assert tab.url == sub_url
    assert "公共服务和社会保障规划" in tab.locator("article h1").inner_text()
    assert tab.errors == []


def test_404_links_all_stay_under_the_published_path(sub_site: Path) -> None:
    html = (sub_site / "404.html").read_text(encoding="utf-8")
    links = re.findall(r'(?:href|src)="(/[^"]*)"', html)
    assert len(links) > 10
    assert [u for u in links if not u.startswith(PREFIX)] == []


@pytest.mark.browser
def test_original_text_from_a_server_without_charset_reads_right_and_downloads_unchanged(
    tab: Any, sub_url: str, sub_site: Path
) -> None:
    original = (FIXTURE / "data" / "sources" / "demo-city.txt").read_bytes()
    with urlopen(sub_url + "sources/demo-city.txt") as r:  # the server this is about
        assert r.headers["Content-Type"] == "text/plain"
        assert r.read() == original
    tab.goto(sub_url + "plans/demo-city-2021-2025/source/")
    assert tab.locator("#L1").inner_text().endswith("示范市“十四五”公共服务规划")
    assert "扩大托育服务供给" in tab.locator(".source-text").inner_text()
    with tab.expect_download() as info:
        tab.click(".plan-crumbs a[download]")
    path = info.value.path()
    assert Path(path).read_bytes() == original  # the archived bytes, not a re-encoded copy
    assert info.value.suggested_filename == "demo-city.txt"
    tab.goto(sub_url + "plans/demo-city-2021-2025/")
    with tab.expect_download() as info:
        tab.click("a[download][href$='.txt']")
    assert Path(info.value.path()).read_bytes() == original
    assert tab.errors == []


def test_every_link_to_an_original_text_downloads_it(sub_site: Path) -> None:
    links = [
        (page.relative_to(sub_site).as_posix(), tag)
        for page in sub_site.rglob("*.html")
        for tag in re.findall(r"<a [^>]*\.txt\"[^>]*>", page.read_text(encoding="utf-8"))
    ]
    assert len(links) >= 4  # each plan's page and its source page
    assert [(p, tag) for p, tag in links if " download" not in tag] == []


def test_footer_names_publisher_licence_and_sources_and_the_about_page_credits_the_tools(sub_site: Path) -> None:
    pages = [p for p in sub_site.rglob("*.html") if "embed" not in p.parts and "<footer" in p.read_text("utf-8")]
    assert len(pages) > 20
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "Made with" not in html and "squidfunk" not in html.split('class="md-copyright')[1], page
        footer = html.split('class="md-copyright')[1].split("</div>")[0]
        assert "发布者：" in footer and "数据许可：" in footer and '#sources">来源</a>' in footer, page
    about = (sub_site / "about" / "index.html").read_text(encoding="utf-8")
    assert "Material for MkDocs" in about and "Pagefind" in about and "Plotly" in about
    assert "示范市人民政府" in about  # each plan's issuer, from its plan.yaml
    assert about.count("/source/") >= 2


# -- the printable report per plan ----------------------------------------------------------

REPORT = "plans/demo-city-2021-2025/report/"
A4 = (595.28, 841.89)  # points


@pytest.mark.browser
def test_report_prints_on_a4_with_every_indicator_and_no_navigation(browser: Any, sub_url: str, tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(sub_url + REPORT)
    on_screen = page.locator("table.report-table tbody tr").all_inner_texts()
    assert len(on_screen) == 3  # the fixture plan's three indicators
    assert page.locator(".md-header").is_visible()  # the screen keeps its navigation
    page.emulate_media(media="print")
    for hidden in (".md-header", ".md-sidebar--primary", ".md-footer", "[data-site-search]"):
        assert not page.locator(hidden).first.is_visible(), hidden
    out = tmp_path / "report.pdf"
    page.pdf(path=str(out), prefer_css_page_size=True, print_background=True)
    page.close()
    reader = pypdf.PdfReader(str(out))
    for sheet in reader.pages:
        box = sheet.mediabox
        assert (round(float(box.width), 0), round(float(box.height), 0)) == (round(A4[0]), round(A4[1]))
    text = "".join(sheet.extract_text() for sheet in reader.pages).replace(" ", "").replace("\n", "")
    text = unicodedata.normalize("NFKC", text)  # the CJK font maps some glyphs to Kangxi radicals
    for name in ("义务教育巩固率", "困难群众救助", "每千人口拥有3岁以下婴幼儿托位数"):
        assert name in text, name
    assert "2023年:全市义务教育巩固率98.2%" in text  # the latest figure (NFKC: a colon of ASCII width)
    assert "示范市统计局" in text and "第14–17行" in text and "进度正常" in text
    for navigation in ("最近更新", "搜索规划", "关于本站", "发布者："):  # nav, search box, footer
        assert navigation not in text, navigation


# -- phones (360 px) and a desk (1280 px), on the real site ------------------------------------

PAGE_KINDS = {
    "home": "",
    "plan": "plans/anyang-2021-2025/",
    "indicators": "plans/anyang-2021-2025/indicators/",
    "indicator": "plans/henan-2021-2025/indicators/provincial-medical-centres/",
    "domain": "domains/education/",
    "comparison": "compare/pension-insurance-coverage/",
    "progress": "observations/",
    "report": "plans/anyang-2021-2025/report/",
}

TABLES = """[...document.querySelectorAll('article table')].filter(t => t.offsetParent).map(t => {
  const box = t.closest('.md-typeset__scrollwrap, .table-scroll');
  const hint = box && box.previousElementSibling && box.previousElementSibling.classList.contains('table-hint')
    ? box.previousElementSibling : null;
  const cap = t.querySelector('caption');
  let capRight = 0;
  if (cap) { const r = document.createRange(); r.selectNodeContents(cap); capRight = r.getBoundingClientRect().right; }
  return {
    cls: t.className,
    scrolls: !!box && box.scrollWidth > box.clientWidth + 1,
    hint: hint && hint.offsetParent ? hint.textContent : '',
    columns: (t.querySelector('thead tr') || t.querySelector('tr')).children.length,
    capRight: capRight,
    right: t.getBoundingClientRect().right,
    boxRight: (box || t.parentElement).getBoundingClientRect().right,
    article: document.querySelector('article').getBoundingClientRect().right,
  };
})"""


@pytest.mark.browser
@pytest.mark.parametrize("kind", list(PAGE_KINDS))
def test_phone_tables_say_they_scroll_and_keep_captions_whole(browser: Any, base_url: str, kind: str) -> None:
    page = browser.new_page(viewport={"width": 360, "height": 740})
    page.goto(base_url + PAGE_KINDS[kind])
    tables = page.evaluate(TABLES)
    page.close()
    assert tables, kind
    for t in tables:
        if t["scrolls"]:  # wider than the phone: the reader is told, with the number of columns
            assert t["hint"] == f"表格较宽：左右滑动查看全部 {t['columns']} 列", t
        else:
            assert t["hint"] == "", t
        assert t["capRight"] <= 360, t  # the caption's text ends on the screen


@pytest.mark.browser
def test_home_table_of_domains_scrolls_on_a_phone_and_says_so(browser: Any, base_url: str) -> None:
    """The one wide plain table every reader meets first: five plans and their domains."""
    page = browser.new_page(viewport={"width": 360, "height": 740})
    page.goto(base_url)
    hints = page.locator(".table-hint").all_inner_texts()
    page.close()
    assert hints and all(h.startswith("表格较宽") for h in hints), hints


@pytest.mark.browser
@pytest.mark.parametrize("kind", list(PAGE_KINDS))
def test_desk_tables_keep_their_right_border(browser: Any, base_url: str, kind: str) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(base_url + PAGE_KINDS[kind])
    tables = page.evaluate(TABLES)
    page.close()
    for t in tables:
        if not t["scrolls"]:
            assert t["right"] <= t["boxRight"] + 0.5 and t["right"] <= t["article"] + 0.5, t


@pytest.mark.browser
def test_phone_card_links_stay_on_one_line_and_draft_tag_is_readable(browser: Any, base_url: str) -> None:
    page = browser.new_page(viewport={"width": 360, "height": 740})
    page.goto(base_url + PAGE_KINDS["indicator"])
    links = page.evaluate(
        """[...document.querySelectorAll('article table.stack td a')].filter(a => /^第.+行$/.test(a.textContent))
        .map(a => [a.textContent, a.getClientRects().length, a.getBoundingClientRect().width])"""
    )
    assert links, "the indicator's later figures cite their lines"
    for text, rects, width in links:
        assert rects == 1 and width > 24, (text, rects, width)  # one line, not a character a line
    page.goto(base_url + "compare/pension-insurance-coverage/")
    sizes = page.evaluate(
        "[...document.querySelectorAll('.draft-tag')].map(e => parseFloat(getComputedStyle(e).fontSize))"
    )
    page.close()
    assert sizes and min(sizes) >= 12, sizes


# -- the tile map on comparison pages ----------------------------------------------------------

COMPARISON = "compare/nursery-places-per-1000/"
MAP_VS_TABLE = """(() => {
  const tiles = [...document.querySelectorAll('.tile-grid > li.tile')].map(t => ({
    city: t.dataset.city, state: t.dataset.state, note: (t.querySelector('.tile-note') || {}).textContent || '',
    entries: [...t.querySelectorAll('a.tile-entry')].map(a => ({
      href: a.getAttribute('href'), target: a.querySelector('.tile-target').textContent,
      status: a.querySelector('.tile-status').textContent, name: a.innerText.replace(/\\s+/g, ''),
      text: a.textContent,
    })),
    box: t.getBoundingClientRect().toJSON(),
  }));
  const rows = [...document.querySelectorAll('table.stack tbody tr[data-indicator]')].map(r => ({
    plan: r.querySelector('td[data-label="规划"]').childNodes[0].textContent.trim(),
    href: r.querySelector('td[data-label="指标"] a').getAttribute('href'),
    target: r.querySelector('td[data-label="目标"]').textContent,
  }));
  return {tiles, rows, width: document.documentElement.clientWidth};
})()"""


@pytest.mark.browser
@pytest.mark.parametrize("width", [360, 1280])
def test_map_shows_every_city_with_the_tables_targets(browser: Any, base_url: str, width: int) -> None:
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(base_url + COMPARISON)
    got = page.evaluate(MAP_VS_TABLE)
    tiles, rows = got["tiles"], got["rows"]
    assert len(tiles) == 18 and len({t["city"] for t in tiles}) == 18  # 17 cities and 济源
    on_map = {(e["href"], e["target"]) for t in tiles for e in t["entries"]}
    in_table = {(r["href"], r["target"]) for r in rows if not r["plan"].startswith("河南省")}
    assert on_map and on_map == in_table  # the same plans, the same target text
    by_city = {t["city"]: t for t in tiles}
    assert by_city["郑州"]["state"] == "no-plan" and by_city["郑州"]["note"] == "本站未收录该市规划"
    assert {t["city"] for t in tiles if t["state"] != "no-plan"} <= {"安阳", "平顶山", "新乡", "信阳"}
    for t in tiles:  # every tile on the screen, none overlapping another
        assert t["box"]["x"] >= 0 and t["box"]["x"] + t["box"]["width"] <= got["width"], t
    boxes = [t["box"] for t in tiles]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            overlap = min(a["right"], b["right"]) - max(a["left"], b["left"]) > 1 and (
                min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > 1
            )
            assert not overlap, (a, b)
    page.close()


@pytest.mark.browser
def test_map_statuses_match_the_indicator_pages_and_tiles_are_reachable_by_keyboard(
    browser: Any, base_url: str
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(base_url + COMPARISON)
    entries = page.evaluate(MAP_VS_TABLE)["tiles"]
    links = [e for t in entries for e in t["entries"]]
    first = page.locator("a.tile-entry").first
    first.focus()
    assert page.evaluate("document.activeElement.classList.contains('tile-entry')")
    name = page.evaluate("document.activeElement.textContent")  # what a screen reader announces
    assert "目标：" in name and "计算状态：" in name
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('tile-entry')") == (len(links) > 1)
    for e in links:  # the status each tile shows is the one its indicator page computes
        page.goto(urljoin(base_url + COMPARISON, e["href"]))
        assert page.locator("strong.status-label").inner_text() == e["status"], e
    page.close()


# -- search excerpts ---------------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.parametrize("query", ["托位", "城镇新增就业", "养老"])
def test_search_excerpt_is_the_sentence_that_matched(browser: Any, base_url: str, query: str) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(base_url)
    page.click("input.md-search__input")
    page.keyboard.type(query, delay=30)
    page.wait_for_function(  # the results of the whole query, all shown (not an earlier keystroke's)
        """q => document.querySelector('input.md-search__input').value === q
            && !document.querySelector('.md-search-result__list').hasAttribute('aria-busy')
            && document.querySelector('.md-search-result__item .site-search__excerpt')""",
        arg=query,
        timeout=15000,
    )
    excerpts = page.evaluate(
        """[...document.querySelectorAll('.md-search-result__item .site-search__excerpt')].map(p => ({
            text: p.textContent, marks: [...p.querySelectorAll('mark')].map(m => m.textContent)}))"""
    )
    # a further keystroke: the list says it is busy until its results are shown (seen by an observer set
    # before the keystroke, so that a busy spell shorter than a round trip to the browser still counts)
    page.evaluate(
        """() => {
            const list = document.querySelector('.md-search-result__list');
            window.__busySeen = false;
            new MutationObserver(() => {
                if (list.getAttribute('aria-busy') === 'true') window.__busySeen = true;
            }).observe(list, {attributes: true, attributeFilter: ['aria-busy']});
        }"""
    )
    page.keyboard.type("的")
    page.wait_for_function("window.__busySeen === true", timeout=5000)  # else a timeout fails the test
    page.close()
    assert len(excerpts) >= 3
    for e in excerpts:
        assert e["marks"], e  # the hit is in the sentence shown, marked
        assert ". " not in e["text"], e  # no two blocks run together ("17 行. 我市…")
        whole = e["text"].removeprefix("…").removesuffix("…")
        # a sentence from its start, unless it is too long to show whole (then "…" says so)
        assert not e["text"].startswith("…") or len(whole) >= 100, e
        assert whole and whole[0] not in "，、。；：）", e
