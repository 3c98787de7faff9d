"""The offline bundle (downloads/plans-offline.zip): links rewritten for file://, and the
fixture site's bundle unpacked and read in Debian's chromium from disk, search included."""

from __future__ import annotations

import re
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

import pytest
from playwright.sync_api import Browser, Page

from generator import urls
from generator.building import bundle
from generator.building.bundle import FOLDER, THIS_IS_IT, local_href, make_bundle, offline_page

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
    ],
)
def test_folder_links_point_at_index_html(href: str, local: str) -> None:
    assert local_href(href) == local


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


LINK = re.compile(r'(?:href|src)="([^"]*)"')
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
