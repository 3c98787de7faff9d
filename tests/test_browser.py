"""The built site as a reader sees it, in Debian's chromium (headless), served on 127.0.0.1."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Request

from generator.sitemodel.site import Site
from generator.sitemodel.vocabulary import plan_name
from tests.conftest import FIXTURE, REPO, built, make_root, serve_dir

pytestmark = pytest.mark.browser
AXE = REPO / "tests/vendor/axe-4.14.1.min.js"

PAGES = {
    "home": "",
    "plan": "plans/pingdingshan-2021-2025/",
    "indicator": "plans/pingdingshan-2021-2025/indicators/nursery-places-per-1000/",
    "comparison": "compare/nursery-places-per-1000/",
}


class Watched:
    def __init__(self, page: Page, base: str) -> None:
        self.page = page
        self.errors: list[str] = []
        self.requests: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        # the context sees the page's requests and its workers' (Pagefind's index is a worker's)
        page.context.on("request", lambda r: self.requests.append(r.url))
        self.base = base

    def external(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(("http://127.0.0.1", "data:", "blob:", "about:"))]


def open_page(browser: Browser, base: str, path: str, width: int = 1280) -> Watched:
    page = browser.new_page(viewport={"width": width, "height": 900})
    watched = Watched(page, base)
    page.goto(base + path, wait_until="networkidle")
    return watched


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_loads_draws_and_stays_local(browser: Browser, base_url: str, name: str) -> None:
    w = open_page(browser, base_url, PAGES[name])
    page = w.page
    if name != "plan":
        page.wait_for_selector(".plan-chart:is([data-waiting], [data-drawn])", state="attached")  # the page listens
        page.keyboard.press("Shift")  # charts are drawn once the reader engages with the page
        page.wait_for_selector(".plan-chart svg", timeout=15000)
        assert page.locator(".plan-chart svg").count() >= 1
    assert page.locator("article table").count() >= 1
    assert w.errors == []
    assert w.external() == []
    page.close()


def test_plotly_is_not_loaded_on_pages_without_charts(browser: Browser, base_url: str) -> None:
    w = open_page(browser, base_url, "plans/pingdingshan-2021-2025/chapters/c3/")
    assert not any("plotly" in u for u in w.requests)
    w.page.close()


def test_instant_navigation_draws_charts(browser: Browser, base_url: str) -> None:
    w = open_page(browser, base_url, "plans/pingdingshan-2021-2025/indicators/")
    w.page.wait_for_function("window.document$ !== undefined")
    w.page.click("article a[href$='/nursery-places-per-1000/']")  # a click: the reader is engaged
    w.page.wait_for_selector(".plan-chart svg", timeout=15000)
    assert w.errors == []
    w.page.close()


def plan_titles(site: Site) -> set[str]:
    return {plan_name(p.meta) for p in site.plans} | {
        line.split(":", 1)[1].strip().strip("'\"")
        for path in (REPO / "data/plans").glob("*/plan.yaml")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("short_title:")
    }


class Search(Watched):
    """A page with its search box used as a reader would: click, then type with key events."""

    def __init__(self, page: Page, base: str) -> None:
        super().__init__(page, base)
        self.bytes: dict[str, int] = {}
        page.context.on("requestfinished", self._size)

    def _size(self, request: Request) -> None:
        try:  # a worker's script reports 0 in sizes()
            response = request.response()
            n = len(response.body()) if response else 0
        except Exception:  # noqa: BLE001
            n = request.sizes()["responseBodySize"]
        self.bytes[request.url] = n

    def search_requests(self) -> list[str]:
        return [u for u in self.requests if "/pagefind/" in u]

    def query(self, text: str) -> list[str]:
        page = self.page
        page.click("input.md-search__input")
        page.keyboard.press("Control+A")
        page.keyboard.type(text, delay=50)
        page.keyboard.press("End")
        page.wait_for_function(SHOWN, arg=text, timeout=15000)
        return page.locator(".md-search-result__item").all_inner_texts()


# the whole query's results are all shown: not an earlier keystroke's (the list is aria-busy meanwhile)
SHOWN = """q => document.querySelector('input.md-search__input').value === q
    && !document.querySelector('.md-search-result__list').hasAttribute('aria-busy')
    && document.querySelector('.md-search-result__meta').textContent.startsWith('找到')
    && document.querySelector('.md-search-result__item')"""


def open_search(browser: Browser, base: str, path: str = "", width: int = 1280) -> Search:
    page = browser.new_page(viewport={"width": width, "height": 900})
    search = Search(page, base)
    page.goto(base + path, wait_until="networkidle")
    return search


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("托位", ("托位",)),
        ("养老", ("养老",)),
        ("巩固率", ("巩固率",)),
        ("护理型床位", ("护理型床位",)),
        ("义务教育巩固率", ("义务教育巩固率",)),
        ("棚户区改造", ("棚户区改造",)),
        ("全科医生", ("全科医生",)),
        ("托育", ("托育", "婴幼儿照护")),  # 婴幼儿照护服务: the plans' own name for 托育
        ("养老服务", ("养老",)),
        ("城镇新增就业", ("城镇新增就业",)),
        ("医疗卫生", ("医疗卫生",)),
    ],
)
def test_chinese_search_puts_the_right_page_first(
    browser: Browser, base_url: str, query: str, expected: tuple[str, ...]
) -> None:
    s = open_search(browser, base_url)
    items = s.query(query)
    title = items[0].replace("\u200b", "").splitlines()[0]
    assert any(e in title for e in expected), items[0][:200]
    assert s.errors == []
    assert s.external() == []
    s.page.close()


def test_search_results_name_their_plan(browser: Browser, base_url: str, real_data: Site) -> None:
    s = open_search(browser, base_url)
    s.query("托位")
    where = s.page.locator(".md-search-result__item .site-search__where").all_inner_texts()
    assert len(where) == s.page.locator(".md-search-result__item").count() >= 5
    assert all(w.strip() for w in where)
    titles = plan_titles(real_data)
    named = [w for w in where if any(t in w for t in titles)]
    assert len(named) >= 4, where  # 托位 is an indicator in most plans: each result says which
    assert len({w for w in named}) >= 3, where
    s.page.close()


@pytest.mark.parametrize("path", ["", "plans/pingdingshan-2021-2025/indicators/nursery-places-per-1000/"])
def test_search_loads_nothing_until_used_and_stays_local(browser: Browser, base_url: str, path: str) -> None:
    s = open_search(browser, base_url, path)
    s.page.wait_for_timeout(500)
    assert s.search_requests() == [], "Pagefind loaded before the search box was used"
    assert not [u for u in s.requests if "search" in u.rsplit("/", 1)[-1]]  # nor any lunr index
    before = set(s.requests)
    s.query("城镇新增就业")
    s.page.wait_for_load_state("networkidle")
    used = [u for u in s.requests if u not in before]
    assert any(u.endswith("/pagefind/pagefind.js") for u in used)
    assert s.external() == []
    fetched = sum(s.bytes.get(u, 0) for u in used)
    assert 0 < fetched < 300_000, fetched  # one query, cold cache (uncompressed here)
    assert s.errors == []
    s.page.close()


def test_search_then_instant_navigation_then_search_again(browser: Browser, base_url: str) -> None:
    s = open_search(browser, base_url)
    first = s.query("全科医生")[0].replace("\u200b", "").splitlines()[0]
    s.page.keyboard.press("Enter")  # opens the first result
    s.page.wait_for_function("location.pathname !== '/'", timeout=15000)
    s.page.wait_for_selector("article h1", timeout=15000)
    assert first in s.page.locator("article h1").inner_text()
    assert not s.page.evaluate("document.getElementById('__search').checked")  # the box closed
    assert s.query("养老")  # the same box, after instant navigation
    s.page.keyboard.press("Escape")
    assert not s.page.evaluate("document.getElementById('__search').checked")
    assert s.errors == []
    assert s.external() == []
    s.page.close()


def test_search_on_a_phone(browser: Browser, base_url: str) -> None:
    s = open_search(browser, base_url, "", width=360)
    s.page.click("label.md-header__button[for='__search']")
    s.page.wait_for_timeout(300)
    assert s.page.locator("input.md-search__input").is_visible()
    s.page.keyboard.type("托位", delay=50)
    s.page.wait_for_function(SHOWN, arg="托位", timeout=15000)
    assert s.page.locator(".md-search-result__item").first.is_visible()
    assert s.errors == []
    s.page.close()


def test_phone_width_no_sideways_overflow_and_menu_opens(browser: Browser, base_url: str) -> None:
    for path in PAGES.values():
        w = open_page(browser, base_url, path, width=360)
        page = w.page
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, (path, overflow)
        page.click("label.md-header__button[for='__drawer']")
        page.wait_for_timeout(400)
        assert page.evaluate("document.getElementById('__drawer').checked")
        assert page.locator(".md-sidebar--primary").is_visible()
        page.close()


@pytest.mark.parametrize("name", sorted(PAGES))
def test_no_serious_accessibility_violations(browser: Browser, base_url: str, name: str) -> None:
    w = open_page(browser, base_url, PAGES[name])
    page = w.page
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    bad = [
        (v["id"], v["impact"], len(v["nodes"])) for v in result["violations"] if v["impact"] in ("serious", "critical")
    ]
    assert bad == [], json.dumps(bad, ensure_ascii=False)
    page.close()


HOSTILE = [
    "<script>window.__xss=1</script>",
    '<img src=x onerror="window.__xss=2">',
    "[点我](javascript:window.__xss=3)",
    '<a href="javascript:window.__xss=4">链接</a>',
    '`code` **粗体** <svg onload="window.__xss=5">',
]


def test_markup_in_yaml_shows_as_text_and_never_runs(browser: Browser, tmp_path: Path) -> None:
    root = make_root(tmp_path / "hostile", FIXTURE / "data")
    city = root / "data/plans/demo-city-2021-2025"
    payload = " ".join(HOSTILE)
    for file, old in [
        ("chapters.yaml", "text: 本规划依据国家和省有关规划编制。"),
        ("chapters.yaml", "title: 幼有所育"),
        ("indicators.yaml", "name: 困难群众救助"),
        ("projects.yaml", "title: 托育工程"),
        ("plan.yaml", "title: 示范市“十四五”公共服务规划"),
        ("plan.yaml", "issuer: 示范市人民政府"),
    ]:
        path = city / file
        key = old.split(":", 1)[0]
        text = path.read_text(encoding="utf-8")
        assert old in text
        new = f"{key}: {json.dumps(payload, ensure_ascii=False)}"
        if file == "indicators.yaml":
            new += "\n    name_composed: true"  # the quote does not hold the payload
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    built(root)
    with serve_dir(root / "site") as url:
        for address in [
            "",
            "plans/demo-city-2021-2025/",
            "plans/demo-city-2021-2025/chapters/preface/",
            "plans/demo-city-2021-2025/chapters/c2/",
            "plans/demo-city-2021-2025/indicators/assistance/",
            "plans/demo-city-2021-2025/projects/",
            "domains/childcare/",
        ]:
            w = open_page(browser, url, address)
            page = w.page
            page.wait_for_timeout(300)
            assert page.evaluate("window.__xss") is None, address
            body = page.locator("article").inner_text()
            assert "<script>window.__xss=1</script>" in body or "<img src=x" in body, address
            assert page.locator("article a[href^='javascript:']").count() == 0, address
            page.close()
        # the embed page, and the embed code a reader copies and pastes into their own page
        w = open_page(browser, url, "embed/demo-city-2021-2025/assistance.html")
        w.page.wait_for_timeout(300)
        assert w.page.evaluate("window.__xss") is None
        w.page.close()
        w = open_page(browser, url, "plans/demo-city-2021-2025/indicators/assistance/")
        snippet = w.page.locator("code.embed-code").inner_text()
        w.page.close()
        (root / "site/pasted.html").write_text(
            f'<!doctype html><html><head><meta charset="utf-8"></head><body>{snippet}</body></html>', encoding="utf-8"
        )
        w = open_page(browser, url, "pasted.html")
        w.page.wait_for_timeout(500)
        assert w.page.evaluate("window.__xss") is None
        frame = w.page.locator("iframe")
        assert frame.count() == 1 and payload in (frame.get_attribute("title") or "")
        names = w.page.evaluate("[...document.querySelector('iframe').attributes].map(a => a.name)")
        assert names == ["src", "title", "width", "height", "loading", "style"]
        inner = w.page.frames[1]
        assert inner.evaluate("window.__xss") is None
        w.page.close()


# What a reader on a phone, or a journalist quoting a figure, needs.

XINXIANG = "plans/xinxiang-2026-2030/"
KEY_COLUMNS = ("指标", "基期", "目标")
PHONE_TABLES = {
    "comparison": "compare/pension-insurance-coverage/",
    "indicators": XINXIANG + "indicators/",
    "indicator": PAGES["indicator"],
}

CELLS_JS = """labels => [...document.querySelectorAll('article table td')]
  .filter(td => labels.includes(td.getAttribute('data-label')) && td.textContent.trim())
  .map(td => { const r = td.getBoundingClientRect(); const s = getComputedStyle(td);
    return {label: td.getAttribute('data-label'), left: r.left, right: r.right, width: r.width,
            font: parseFloat(s.fontSize)}; })"""


@pytest.mark.parametrize("name", sorted(PHONE_TABLES))
def test_phone_shows_name_baseline_and_target_without_scrolling(browser: Browser, base_url: str, name: str) -> None:
    w = open_page(browser, base_url, PHONE_TABLES[name], width=360)
    cells = w.page.evaluate(CELLS_JS, list(KEY_COLUMNS))
    width = w.page.evaluate("document.documentElement.clientWidth")
    assert {c["label"] for c in cells} >= {"指标", "目标"}, cells[:3]
    off = [c for c in cells if c["left"] < 0 or c["right"] > width]
    assert off == [], off[:3]
    squeezed = [c for c in cells if c["width"] < width / 2]  # a 60 px column breaks every word
    assert squeezed == [], squeezed[:3]
    small = [c for c in cells if c["font"] < 14]
    assert small == [], small[:3]
    w.page.close()


def test_phone_shows_later_figures_as_cards_and_says_when_there_are_none(browser: Browser, base_url: str) -> None:
    """The table of figures published after the plan stacks at 360 px; with none, one sentence says so
    (it was a five-column table with one empty row, wider than the phone)."""
    w = open_page(browser, base_url, "plans/henan-2021-2025/indicators/urban-new-jobs/", width=360)
    cells = w.page.evaluate(CELLS_JS, ["年份", "数值", "来源"])
    width = w.page.evaluate("document.documentElement.clientWidth")
    assert {c["label"] for c in cells} == {"年份", "数值", "来源"}, cells[:3]
    assert [c for c in cells if c["left"] < 0 or c["right"] > width or c["font"] < 14] == []
    w.page.close()
    w = open_page(browser, base_url, "plans/pingdingshan-2021-2025/indicators/veteran-employment-rate/", width=360)
    article = w.page.inner_text("article")
    assert "规划期后公布的本地区实际值：未公布" in article
    assert w.page.locator("article caption", has_text="实际值").count() == 0
    w.page.close()


def test_phone_table_labels_never_break_mid_word(browser: Browser, base_url: str) -> None:
    w = open_page(browser, base_url, XINXIANG, width=360)
    lines = w.page.evaluate(
        """[...document.querySelectorAll('.plan-meta th, .indicator-facts th')].map(th => {
             const r = document.createRange(); r.selectNodeContents(th);
             return [th.textContent, new Set([...r.getClientRects()].map(x => Math.round(x.top))).size]; })"""
    )
    assert lines and all(n == 1 for _, n in lines), lines
    w.page.close()


@pytest.mark.parametrize(
    "path", ["", "chapters/c1/", "indicators/", "indicators/pension-insurance-coverage/", "projects/", "source/"]
)
def test_draft_plan_says_so_on_every_page(browser: Browser, base_url: str, path: str) -> None:
    w = open_page(browser, base_url, XINXIANG + path, width=360)
    page = w.page
    assert page.locator("article .draft-notice").is_visible()
    assert "征求意见稿" in page.locator("article .draft-notice").inner_text()
    assert "新乡市" in page.title()
    page.close()


def test_in_force_plan_has_no_draft_notice_and_comparisons_mark_drafts(browser: Browser, base_url: str) -> None:
    w = open_page(browser, base_url, PAGES["indicator"])
    assert w.page.locator("article .draft-notice").count() == 0
    assert "平顶山市" in w.page.title() and "平顶山市" in w.page.locator("article h1").inner_text()
    w.page.goto(base_url + PHONE_TABLES["comparison"], wait_until="networkidle")
    drafts = w.page.locator("article tr.draft-row")
    assert drafts.count() >= 1
    assert all("新乡市" in t and "草案" in t for t in drafts.all_inner_texts())
    w.page.close()


def test_cascade_sentence_compares_each_city_with_the_province(browser: Browser, base_url: str) -> None:
    w = open_page(browser, base_url, PHONE_TABLES["comparison"])
    items = w.page.locator("article ul.cascade li").all_inner_texts()
    above = [t for t in items if t.startswith("平顶山市")]
    assert above and "高于河南省" in above[0] and "98.5" in above[0], items
    assert any("不作比较" in t for t in items), items  # no year: not compared
    w.page.close()


def test_citation_and_embed_code_complete_from_the_page_address(browser: Browser, base_url: str) -> None:
    w = open_page(browser, base_url, PAGES["indicator"])
    page = w.page
    here = base_url + PAGES["indicator"]
    # site.js completes both from the page's own address once it runs: wait for it (a slow machine)
    page.wait_for_function(
        "end => document.querySelector('article .citation').innerText.endsWith(end)"
        " && document.querySelector('article code.embed-code').innerText.includes('src=\"http')",
        arg="。" + here,
        timeout=15000,
    )
    citation = page.locator("article .citation").inner_text()
    assert citation.endswith("。" + here), citation
    assert "平顶山市" in citation
    code = page.locator("article code.embed-code").inner_text()
    assert f'src="{base_url}embed/pingdingshan-2021-2025/nursery-places-per-1000.html"' in code, code
    page.close()


def test_no_loopback_address_in_any_built_page(real_site: Path) -> None:
    bad = [
        p.relative_to(real_site).as_posix()
        for p in (real_site / "site").rglob("*")
        if p.suffix in (".html", ".xml", ".json", ".csv", ".txt")
        and ("127.0.0.1" in (text := p.read_text(encoding="utf-8", errors="replace")) or "localhost" in text)
    ]
    assert bad == []


@pytest.mark.parametrize("width", [360, 1280])
def test_comparison_chart_labels_are_whole_and_years_apart(browser: Browser, base_url: str, width: int) -> None:
    w = open_page(browser, base_url, PHONE_TABLES["comparison"], width=width)
    page = w.page
    page.wait_for_selector(".plan-chart:is([data-waiting], [data-drawn])", state="attached")  # the page listens
    page.keyboard.press("Shift")
    page.wait_for_selector(".plan-chart svg", timeout=15000)
    boxes = page.evaluate(
        """() => [...document.querySelectorAll('.plan-chart')].flatMap(c => {
             const box = c.getBoundingClientRect();
             return [...c.querySelectorAll('.annotation-text')].map(t => {
               const r = t.getBoundingClientRect();
               return {text: t.textContent, inside: r.left >= box.left - 1 && r.right <= box.right + 1}; }); })"""
    )
    labels = [b["text"] for b in boxes]
    assert "新乡市 · “十五五”规划（征求意见稿）" in labels and "河南省 · “十四五”规划" in labels, labels
    assert all(b["inside"] for b in boxes), boxes
    captions = page.locator("article .chart-figure figcaption").all_inner_texts()
    assert any("2025年目标" in c for c in captions), captions
    ticks = page.evaluate(
        "[...document.querySelectorAll('.plan-chart .xtick text')].map(t => parseFloat(t.textContent))"
    )
    assert ticks and min(ticks) > 50, ticks  # 95 vs 98.5 on an axis that shows the difference
    page.close()


# Every title names its region, no English note on a page, bytes per first view.

ENGLISH_RUN = re.compile(r"(?:\b[A-Za-z]{2,}\b[\s,;:.()'-]+){4,}")


FIRST_VIEW = {
    **PAGES,
    "chapter": "plans/xinxiang-2026-2030/chapters/c2/",
    "indicators": "plans/anyang-2021-2025/indicators/",
    "projects": "plans/anyang-2021-2025/projects/",
    "domain": "domains/elderly/",
}


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("name", sorted(FIRST_VIEW))
def test_first_view_names_its_plan_speaks_chinese_and_stays_light(
    browser: Browser, base_url: str, real_data: Site, name: str, width: int
) -> None:
    w = open_page(browser, base_url, FIRST_VIEW[name], width)
    sizes = w.page.evaluate(
        "performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'))"
        ".map(e => e.encodedBodySize || e.transferSize || 0)"
    )
    first_view = sum(int(s) for s in sizes)
    print(f"\nfirst view of {name} at {width} px: {first_view / 1024:.0f} KB in {len(sizes)} files")
    assert first_view < 2_500_000, first_view  # plotly (on chart pages only) is most of it
    title = w.page.title()
    if FIRST_VIEW[name].startswith("plans/"):
        plan = FIRST_VIEW[name].split("/")[1]
        region = next(p.meta.region for p in real_data.plans if p.id == plan)
        assert region in title, title
    text = w.page.locator("article").inner_text()
    assert not ENGLISH_RUN.search(text), ENGLISH_RUN.search(text)
    w.page.close()
