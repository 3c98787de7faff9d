"""A site readable anywhere: published under a subpath (the 404 page), served by a server that names
no charset (the original texts), and a footer that says who publishes it and where its data comes
from. The fixture plan is built for real with a SITE_URL that has a subpath and served under it."""

from __future__ import annotations

import contextlib
import functools
import http.server
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.request import urlopen

import pytest

from generator.build import build_site
from generator.config import Config
from tests.conftest import FIXTURE, make_root

PREFIX = "/gov/plans/"
SITE_URL = "https://example.org" + PREFIX


@pytest.fixture(scope="module")
def sub_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_root(tmp_path_factory.mktemp("subpath"), FIXTURE / "data")
    build_site(Config(root=root.resolve(), site_url=SITE_URL))
    return root / "site"


class _UnderPrefix(http.server.SimpleHTTPRequestHandler):
    """A static host as GitHub Pages is one: the site under PREFIX, its 404.html for whatever is
    missing; and as many plain servers are: a .txt goes out as text/plain with no charset."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".txt": "text/plain"}

    def log_message(self, *args: object) -> None:
        pass

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


@contextlib.contextmanager
def serve_under_prefix(directory: Path) -> Iterator[str]:
    handler = functools.partial(_UnderPrefix, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def sub_url(sub_site: Path) -> Iterator[str]:
    with serve_under_prefix(sub_site) as url:
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
