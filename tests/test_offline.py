"""The offline bundle (downloads/plans-offline.zip): links rewritten for file://, and the
fixture site's bundle unpacked and read in Debian's chromium from disk, search included."""

from __future__ import annotations

import gzip
import json
import re
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

import pytest
from playwright.sync_api import Browser, Page

from generator import urls
from generator.building import bundle, search_index
from generator.building.bundle import FOLDER, THIS_IS_IT, local_href, local_links, make_bundle, offline_page

INDICATOR = "plans/demo-city-2021-2025/indicators/nursery-places-per-1000/index.html"


@pytest.mark.parametrize(
    ("href", "local"),
    [
        ("../plans/a/", "../plans/a/index.html"),
        ("./", "./index.html"),
        ("..", "../index.html"),
        ("../..", "../../index.html"),
        ("../../..#top", "../../../index.html#top"),
        ("../../source/#L3", "../../source/index.html#L3"),
        ("#top", "#top"),
        ("https://example.org/", "https://example.org/"),
        ("../data/plans.json", "../data/plans.json"),
        (".#top", "./index.html#top"),
        ("a/?q=1", "a/?q=1"),
        ("a..", "a.."),
        ("", ""),
        ("/plans/", "/plans/"),
        ("mailto:a@example.org", "mailto:a@example.org"),
    ],
)
def test_folder_links_point_at_index_html(href: str, local: str) -> None:
    assert local_href(href) == local
    assert local_links(f'<a class="x" href="{href}">{href}</a>') == f'<a class="x" href="{local}">{href}</a>'


def test_every_link_of_the_real_site_is_made_local_as_local_href_says(real_site: Path) -> None:
    """The page's links rewritten in one pass of regular expressions are each what local_href
    makes of it."""
    href = re.compile(r'href="([^"]*)"')
    pages = sorted((real_site / "site").rglob("*.html"))
    assert len(pages) > 1000
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert local_links(html) == href.sub(lambda m: f'href="{local_href(m.group(1))}"', html), page


def test_page_loses_instant_navigation_and_gains_offline_search() -> None:
    html = (
        '<script id="__config" type="application/json">{"features":["navigation.instant","navigation.top"]}</script>'
        '<a href="../x/">x</a><script src="../assets/js/site.js"></script>'
    )
    out = offline_page(html)
    assert '"features":["navigation.top"]' in out
    assert '<a href="../x/index.html">' in out
    assert '<script src="../assets/js/offline-search.js"></script><script src="../assets/js/site.js">' in out


@pytest.fixture(scope="module")
def unpacked(mini_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = tmp_path_factory.mktemp("offline")
    with zipfile.ZipFile(mini_site / "site" / urls.OFFLINE_BUNDLE) as zf:
        names = zf.namelist()
        assert f"{FOLDER}/说明.txt" in names and f"{FOLDER}/assets/js/offline-index.js" in names
        assert not [n for n in names if "/pagefind/" in n or n.endswith(".zip")]
        zf.extractall(dest)
    return dest / FOLDER


@pytest.fixture(scope="module")
def page(unpacked: Path, browser: Browser) -> Iterator[Page]:
    tab = browser.new_page(viewport={"width": 1280, "height": 900})
    yield tab
    tab.close()


@pytest.mark.browser
def test_bundle_from_disk_reads_searches_and_follows_links(unpacked: Path, page: Page) -> None:
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((unpacked / "index.html").as_uri())
    assert page.evaluate("document.querySelector('[data-site-search]').hasAttribute('data-ready')")
    page.click("input.md-search__input")
    page.keyboard.type("托位", delay=30)
    page.wait_for_function(
        "document.querySelector('.md-search-result__meta').textContent.startsWith('找到')", timeout=15000
    )
    first = page.locator(".md-search-result__item").first
    assert "每千人口拥有3岁以下婴幼儿托位数" in first.inner_text()
    assert page.locator(".md-search-result__item mark").count() >= 1
    first.click()
    page.wait_for_load_state()
    assert page.url == (unpacked / INDICATOR).as_uri()
    assert "每千人口拥有3岁以下婴幼儿托位数" in page.title()
    page.click(".plan-crumbs a >> nth=0")
    page.wait_for_load_state()
    assert page.url.endswith("/plans/demo-city-2021-2025/index.html")
    assert not [u for u in requests if not u.startswith("file://")], "the bundle fetched from a host"
    assert not [u for u in requests if "/pagefind/" in u]
    assert not errors


def test_same_site_same_bundle(mini_site: Path, tmp_path: Path) -> None:

    a, b = tmp_path / "a.zip", tmp_path / "b.zip"
    make_bundle(mini_site / "site", a)
    make_bundle(mini_site / "site", b)
    assert a.read_bytes() == b.read_bytes()


def test_a_bundle_made_from_the_last_one_has_the_bytes_of_one_made_afresh(
    mini_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Entries are copied from the last bundle only while their files are unchanged: after a
    page and a download change, and with a damaged cache, the bundle is the one made without it."""
    site, cache = tmp_path / "site", tmp_path / "cache"
    shutil.copytree(mini_site / "site", site)
    make_bundle(site, tmp_path / "first.zip", 1600000000, cache)
    assert (cache / "entries.json").is_file()
    page, download = site / INDICATOR, site / "data/plans.json"
    page.write_text(page.read_text(encoding="utf-8").replace("</article>", "<p>新的一段</p></article>"), "utf-8")
    download.write_bytes(download.read_bytes().replace(b"[", b"[ ", 1))
    fresh, cached = tmp_path / "fresh.zip", tmp_path / "cached.zip"
    make_bundle(site, fresh, 1600000000)
    redone: list[str] = []

    def counted(html: str) -> str:
        redone.append(html)
        return offline_page(html)

    monkeypatch.setattr(bundle, "offline_page", counted)
    make_bundle(site, cached, 1600000000, cache)
    assert len(redone) == 1 and "新的一段" in redone[0], "unchanged pages were made again"
    assert cached.read_bytes() == fresh.read_bytes()
    with zipfile.ZipFile(cached) as zf:
        assert "新的一段" in zf.read(f"{FOLDER}/{INDICATOR}").decode("utf-8")
        assert zf.read(f"{FOLDER}/data/plans.json") == download.read_bytes()
    kept = cache / "bundle.zip"
    kept.write_bytes(kept.read_bytes().replace(b"PK", b"QK"))  # every entry's bytes damaged
    damaged = tmp_path / "damaged.zip"
    make_bundle(site, damaged, 1600000000, cache)
    assert damaged.read_bytes() == fresh.read_bytes()


LINK = re.compile(r'(?<![\w-])(?:href|src)="([^"]*)"')  # not data-embed-src: text for the reader, not a link
EXTERNAL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def test_every_link_in_the_bundle_opens_a_file(unpacked: Path) -> None:
    """What a browser does on file:// with each href and src: a folder or a missing file is a dead end."""
    pages = sorted(unpacked.rglob("*.html"))
    assert len(pages) > 20
    dead: list[str] = []
    for page_path in pages:
        for value in LINK.findall(page_path.read_text(encoding="utf-8")):
            path = unquote(value.partition("#")[0].partition("?")[0])
            if not path or EXTERNAL.match(value):
                continue
            target = page_path.parent / path
            if path.startswith("/") or not target.is_file():
                dead.append(f"{page_path.relative_to(unpacked)}: {value}")
    assert not dead, dead[:20]
    # the embeddable charts are for other sites' pages: the bundle has none, and no page needs one
    assert (unpacked / INDICATOR).is_file() and not (unpacked / "embed").exists()
    downloads = (unpacked / "downloads" / "index.html").read_text(encoding="utf-8")
    assert THIS_IS_IT in downloads and ".zip" not in downloads


@pytest.mark.browser
def test_logo_and_home_link_open_the_home_page_from_disk(unpacked: Path, page: Page) -> None:
    deep = (unpacked / INDICATOR).as_uri()
    home = (unpacked / "index.html").as_uri()
    for selector, text in (("a.md-header__button.md-logo", ""), ("a.md-nav__link", "首页")):
        page.goto(deep)
        link = page.locator(selector, has_text=text).first
        assert (link.get_attribute("href") or "").endswith("../index.html")
        link.click(force=True)
        page.wait_for_load_state()
        assert page.url == home, selector
        assert page.locator("h1").count() == 1


def test_the_bundles_dates_are_the_ones_it_is_given(mini_site: Path, tmp_path: Path) -> None:
    """The bundle is dated by its caller (the data's last commit), not by the process environment."""
    import os
    import zipfile

    out = tmp_path / "dated.zip"
    os.environ["SOURCE_DATE_EPOCH"] = "1700000000"  # ignored: the date is passed
    try:
        make_bundle(mini_site / "site", out, 1600000000)
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]
    with zipfile.ZipFile(out) as zf:
        assert {i.date_time for i in zf.infolist()} == {(2020, 9, 13, 12, 26, 40)}


@pytest.fixture
def parted(mini_site: Path, tmp_path: Path) -> Path:
    """A copy of the built mini site whose search index is in parts: each plan in one of its own."""
    site = tmp_path / "site"
    shutil.copytree(mini_site / "site", site)
    shutil.rmtree(site / search_index.BUNDLE)
    (site / urls.OFFLINE_BUNDLE).unlink()
    limit = max(len(list(p.rglob("*.html"))) for p in (site / "plans").iterdir() if p.is_dir())
    search_index.index_site(site, tmp_path / "search", limit=limit)
    assert json.loads((site / search_index.BUNDLE / search_index.PARTS_FILE).read_text())["parts"] == ["p1", "p2"]
    return site


def _offline_parts(zip_path: Path) -> dict[str, list[str]]:
    """The offline index's parts as the bundle names them, each with the addresses of its pages."""
    with zipfile.ZipFile(zip_path) as zf:
        entry = zf.read(f"{FOLDER}/{bundle.INDEX}").decode("utf-8")
        names = json.loads(re.search(r"__siteOfflineParts = (\[.*?\]);", entry).group(1))  # type: ignore[union-attr]
        out = {}
        for name in names:
            text = zf.read(f"{FOLDER}/{name}").decode("utf-8")
            pages = json.loads(text.removeprefix("window.__siteOfflineIndex.push(").removesuffix(");\n"))
            out[name] = [p["u"] for p in pages]
    return out


def test_the_offline_index_is_in_the_search_index_s_parts_and_an_edit_redoes_its_own(
    parted: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One script per part of the search index, together every indexed page once; after one
    plan's page changes, only that plan's part is made again, and the bundle is the one made afresh."""
    site, cache = parted, tmp_path / "bundle"
    make_bundle(site, tmp_path / "first.zip", 1600000000, cache)
    parts = _offline_parts(tmp_path / "first.zip")
    assert list(parts) == [bundle.INDEX_PART.format(n) for n in ("main", "p1", "p2")]
    every = sorted(u for pages in parts.values() for u in pages)
    indexed = sorted(bundle.local_href(u).removeprefix("./") for u in _fragment_urls(site))
    assert every == indexed and len(every) == len(set(every)) > 20
    assert all(u.startswith("plans/demo-city-2021-2025/") for u in parts[bundle.INDEX_PART.format("p1")])

    page = site / INDICATOR
    page.write_text(page.read_text(encoding="utf-8").replace("</h1>", "</h1><p>离线新词</p>", 1), "utf-8")
    shutil.rmtree(site / search_index.BUNDLE)
    search_index.index_site(  # the plan's part indexed again (a delta part: tests/test_search_index.py)
        site,
        tmp_path / "search",
        limit=len(list((site / "plans/demo-city-2021-2025").rglob("*.html"))),
        delta=False,
    )
    made: list[int] = []

    def counted(fragments: list[Path]) -> bytes:
        made.append(len(fragments))
        return bundle_index_part(fragments)

    bundle_index_part = bundle._index_part
    monkeypatch.setattr(bundle, "_index_part", counted)
    make_bundle(site, tmp_path / "cached.zip", 1600000000, cache)
    monkeypatch.undo()
    assert made == [len(parts[bundle.INDEX_PART.format("p1")])], "parts whose pages did not change were made again"
    make_bundle(site, tmp_path / "fresh.zip", 1600000000)
    assert (tmp_path / "cached.zip").read_bytes() == (tmp_path / "fresh.zip").read_bytes()
    with zipfile.ZipFile(tmp_path / "cached.zip") as zf:
        assert "离线新词" in zf.read(f"{FOLDER}/{bundle.INDEX_PART.format('p1')}").decode("utf-8")


def _fragment_urls(site: Path) -> list[str]:
    out = []
    for path in search_index.fragment_files(site):
        raw = gzip.decompress(path.read_bytes())
        out.append(json.loads(raw[raw.index(b"{") :])["url"].lstrip("/") or "./")
    return out


@pytest.mark.browser
def test_search_from_disk_reads_every_part_of_the_offline_index(parted: Path, tmp_path: Path, browser: Browser) -> None:
    make_bundle(parted, tmp_path / "parted.zip", 1600000000)
    with zipfile.ZipFile(tmp_path / "parted.zip") as zf:
        zf.extractall(tmp_path / "unpacked")
    tab = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.goto((tmp_path / "unpacked" / FOLDER / "index.html").as_uri())
    tab.click("input.md-search__input")
    tab.keyboard.type("义务教育巩固率", delay=30)
    tab.wait_for_function(
        "document.querySelector('.md-search-result__meta').textContent.startsWith('找到')", timeout=15000
    )
    links = tab.locator(".md-search-result__item a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    tab.close()
    found = {unquote(h).split(FOLDER + "/", 1)[-1] for h in links}
    # the city's page (part p1), the province's (p2) and the comparison (the main part)
    assert "plans/demo-city-2021-2025/indicators/compulsory-education-retention/index.html" in found, links
    assert "plans/demo-province-2021-2025/indicators/compulsory-education-retention/index.html" in found, links
    assert "compare/compulsory-education-retention/index.html" in found, links
    assert not errors
