"""The Pagefind index as built: what it holds, what each result can show, what pages load."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser

from generator.building import search_index
from generator.building.build import build_site
from generator.building.mkdocs_run import BuildFailed
from generator.config import Config
from tests.conftest import serve_dir


def fragments(site: Path) -> dict[str, dict[str, Any]]:
    """Every indexed page by URL, read the way pagefind.js reads its fragment files (every part's)."""
    out = {}
    for path in search_index.fragment_files(site):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(b"pagefind_dcd"), path
        fragment = json.loads(data[len(b"pagefind_dcd") :])
        out[fragment["url"]] = fragment
    return out


@pytest.fixture(scope="module")
def indexed(mini_site: Path) -> dict[str, dict[str, Any]]:
    return fragments(mini_site / "site")


def test_index_holds_each_article_and_nothing_else(mini_site: Path, indexed: dict[str, dict[str, Any]]) -> None:
    urls = set(indexed)
    for url in [
        "/",
        "/plans/demo-city-2021-2025/",
        "/plans/demo-city-2021-2025/chapters/c2/",
        "/plans/demo-city-2021-2025/indicators/compulsory-education-retention/",
        "/domains/education/",
        "/compare/compulsory-education-retention/",
    ]:
        assert url in urls, url
    assert not [u for u in urls if u.startswith("/embed/")]  # embed pages stay out
    assert "/plans/demo-city-2021-2025/source/" not in urls  # front matter: search exclude
    # lists of names, each name found on its own page
    assert "/plans/demo-city-2021-2025/indicators/" not in urls
    assert "/compare/" not in urls
    assert not [u for u in urls if "404" in u]
    content = mini_site / "content"
    pages = [p for p in content.rglob("index.md")]
    excluded = [p for p in pages if "\nsearch:\n  exclude: true" in p.read_text(encoding="utf-8").split("\n---", 1)[0]]
    assert len(excluded) >= 2  # the plans' source texts and the archived sources of later figures
    assert len(urls) == len(pages) - len(excluded)


def test_only_the_article_text_is_indexed(indexed: dict[str, dict[str, Any]]) -> None:
    page = indexed["/plans/demo-city-2021-2025/indicators/compulsory-education-retention/"]
    content = page["content"].replace("\u200b", "")
    assert page["meta"]["title"] == "义务教育巩固率"
    assert "义务教育巩固率" in content
    assert "¶" not in content and "¶" not in page["meta"]["title"]
    assert "导航栏" not in content and "数据下载" not in content  # Material's navigation is not in it


def test_each_plan_page_names_its_plan_and_region(indexed: dict[str, dict[str, Any]]) -> None:
    plan = indexed["/plans/demo-city-2021-2025/"]["meta"]
    assert plan["plan"] == "示范市 · “十四五”规划"
    assert plan["region"] == "示范市"
    for url, page in indexed.items():
        if url.startswith("/plans/demo-city-2021-2025/"):
            assert page["meta"].get("plan") == "示范市 · “十四五”规划", url
        if url.startswith("/plans/demo-province-2021-2025/"):
            assert page["meta"].get("plan"), url
        if not url.startswith("/plans/"):
            assert "plan" not in page["meta"], url


def test_bundle_is_local_lean_and_loaded_only_on_demand(mini_site: Path) -> None:
    site = mini_site / "site"
    bundle = site / search_index.BUNDLE
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["version"] == "1.6.0"
    assert list(entry["languages"]) == ["zh"]
    assert (bundle / "pagefind.js").is_file()
    assert not list(bundle.glob("pagefind-*ui*")) and not (bundle / "pagefind-highlight.js").exists()
    assert not (site / "search").exists()  # no lunr index any more
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "pagefind/" not in html, page  # no page links the bundle: site.js imports it on use
        assert "search_index.json" not in html and "lunr" not in html, page
    assert "pagefind/pagefind.js" in (site / "assets/js/site.js").read_text(encoding="utf-8")


def test_failed_indexing_fails_the_build_and_keeps_the_previous_site(
    mini_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_site(Config.from_env(mini_root))
    before = (mini_root / "site/pagefind/pagefind-entry.json").read_bytes()
    monkeypatch.setenv("PAGEFIND_BINARY", "/bin/false")
    with pytest.raises(BuildFailed, match="Pagefind 建立搜索索引失败"):
        build_site(Config.from_env(mini_root))
    assert (mini_root / "site/pagefind/pagefind-entry.json").read_bytes() == before


def test_text_repeated_from_other_pages_stays_out_of_the_index(
    mini_site: Path, indexed: dict[str, dict[str, Any]]
) -> None:
    url = "/plans/demo-city-2021-2025/indicators/compulsory-education-retention/"
    html = (mini_site / "site" / url.strip("/") / "index.html").read_text(encoding="utf-8")
    content = indexed[url]["content"].replace("\u200b", "")
    # the page shows the province's indicator of the same concept, and how to cite the page ...
    assert "示范省" in html and "GB/T 7714" in html and "嵌入代码" in html
    # ... which the index leaves to the province's own page and to the page's title
    assert "示范省" not in content
    assert "GB/T 7714" not in content and "嵌入代码" not in content and "复制" not in content
    assert "义务教育巩固率" in content  # what the page is about stays
    province = indexed["/plans/demo-province-2021-2025/indicators/compulsory-education-retention/"]
    assert "义务教育巩固率" in province["content"].replace("\u200b", "")
    concept = indexed["/compare/compulsory-education-retention/"]["content"].replace("\u200b", "")
    assert "义务教育巩固率" in concept and "示范市" not in concept.split("各规划数据", 1)[-1]


def test_words_every_indicator_page_repeats_stay_out_of_the_index(
    mini_site: Path, indexed: dict[str, dict[str, Any]]
) -> None:
    """The method, what was searched, the change log: on every indicator page, so a search for them
    would list every indicator; the page's own status and figures stay."""
    url = "/plans/demo-city-2021-2025/indicators/compulsory-education-retention/"
    html = (mini_site / "site" / url.strip("/") / "index.html").read_text(encoding="utf-8")
    content = indexed[url]["content"].replace("\u200b", "")
    repeated = ["计算方法", "方法说明", "互不替代", "的全部指标", "在已检索的公开来源中没有找到"]
    assert all(words in html for words in repeated)
    assert not [words for words in repeated if words in content], content
    assert "进度正常" in content and "98.2%" in content  # its status and its later figure
    indicators = [u for u in indexed if "/indicators/" in u and u.count("/") > 4]
    assert indicators and not [u for u in indicators if "互不替代" in indexed[u]["content"].replace("\u200b", "")]


def _bundle(site: Path) -> dict[str, bytes]:
    out = site / search_index.BUNDLE
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def _plan_pages(site: Path, plan: str) -> int:
    return len(list((site / "plans" / plan).rglob("*.html")))


@pytest.fixture
def parted(mini_site: Path, tmp_path: Path) -> tuple[Path, int]:
    """A copy of the built mini site, with a part size that puts each of its two plans in a part of its own."""
    site = tmp_path / "site"
    shutil.copytree(mini_site / "site", site)
    shutil.rmtree(site / search_index.BUNDLE)
    return site, max(_plan_pages(site, p.name) for p in (site / "plans").iterdir() if p.is_dir())


def test_a_large_site_is_indexed_in_parts_that_hold_each_page_once(
    parted: tuple[Path, int], indexed: dict[str, dict[str, Any]]
) -> None:
    site, limit = parted
    search_index.index_site(site, limit=limit)
    out = site / search_index.BUNDLE
    index = json.loads((out / search_index.PARTS_FILE).read_text(encoding="utf-8"))
    assert index == {"parts": ["p1", "p2"], "hidden": []}
    names = index["parts"]
    by_part = {name: {fragment_url(p) for p in sorted((out / name).glob("fragment/*.pf_fragment"))} for name in names}
    main = {fragment_url(p) for p in sorted(out.glob("fragment/*.pf_fragment"))}
    assert all(u.startswith("/plans/demo-city-2021-2025/") for u in by_part["p1"]) and by_part["p1"]
    assert all(u.startswith("/plans/demo-province-2021-2025/") for u in by_part["p2"]) and by_part["p2"]
    assert not [u for u in main if u.startswith("/plans/") and u.count("/") > 2]
    # together, exactly the pages of the site indexed in one run, each once
    assert sorted([*main, *by_part["p1"], *by_part["p2"]]) == sorted(indexed)
    # a merged part carries its index only: Pagefind's script and WebAssembly come from the main one
    assert (out / "pagefind.js").is_file() and list(out.glob("wasm.*"))
    for name in names:
        files = {p.name for p in (out / name).iterdir()}
        assert {"pagefind-entry.json", "index", "fragment"} <= files
        assert not {f for f in files if not f.endswith(".pf_meta")} - {
            "pagefind-entry.json",
            "index",
            "fragment",
            "filter",
        }


def test_a_search_over_parts_finds_pages_of_every_part(parted: tuple[Path, int], browser: Browser) -> None:
    site, limit = parted
    search_index.index_site(site, limit=limit)
    with serve_dir(site) as base:
        page = browser.new_page()
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(base, wait_until="networkidle")
        assert not [u for u in requests if "/pagefind/" in u]  # nothing before search is opened
        page.click("input.md-search__input")
        page.keyboard.type("义务教育巩固率", delay=50)
        page.wait_for_function(
            "document.querySelector('.md-search-result__meta').textContent.startsWith('找到')", timeout=15000
        )
        page.wait_for_selector(".md-search-result__item a", timeout=15000)
        page.wait_for_load_state("networkidle")
        links = page.locator(".md-search-result__item a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
        page.close()
    found = {urlsplit(h).path for h in links}
    # the city's page (part p1), the province's (p2) and the comparison (the main part)
    assert "/plans/demo-city-2021-2025/indicators/compulsory-education-retention/" in found, links
    assert "/plans/demo-province-2021-2025/indicators/compulsory-education-retention/" in found, links
    assert "/compare/compulsory-education-retention/" in found, links
    assert "/plans/demo-city-2021-2025/indicators/" not in found  # a list of names: not indexed
    assert any(
        u.endswith("/pagefind/p1/pagefind-entry.json") or "/pagefind/p1/pagefind-entry.json?" in u for u in requests
    )


def fragment_url(path: Path) -> str:
    data = gzip.decompress(path.read_bytes())
    return str(json.loads(data[len(b"pagefind_dcd") :])["url"])


def test_an_unchanged_part_is_kept_and_the_bundle_is_that_of_a_clean_run(
    parted: tuple[Path, int], tmp_path: Path
) -> None:
    site, limit = parted
    cache, pages = tmp_path / "search", tmp_path / "search-pages"
    search_index.index_site(site, cache, limit=limit, pages=pages)
    kept = {p.name: (p / "key").read_text() for p in sorted(cache.iterdir())}
    assert sorted(kept) == ["main", "p1", "p2"]
    inode = next((site / "pagefind").glob("*.pf_meta")).stat().st_ino

    # the city plan edited: a word no page had
    page = site / "plans/demo-city-2021-2025/indicators/compulsory-education-retention/index.html"
    page.write_text(
        page.read_text(encoding="utf-8").replace("义务教育巩固率", "义务教育巩固率（修订测试）"), encoding="utf-8"
    )
    gone = site / "plans/demo-province-2021-2025/indicators/compulsory-education-retention/index.html"
    gone.unlink()  # and a page of the province's removed: searched no more
    # the bundle of the last build is where the new one is made: a stray file is not kept
    (site / search_index.BUNDLE / "fragment/stray.pf_fragment").write_bytes(b"stray")
    # a page as Pagefind read it, changed by hand in the build's folder: never read as it is
    overview = "plans/demo-city-2021-2025/index.html"
    (pages / overview).write_bytes(b"<html><body><div data-pagefind-body>\xe6\x94\xb9</div></body></html>")
    search_index.index_site(site, cache, limit=limit, pages=pages, delta=False)  # (with: the test below)
    again = {p.name: (p / "key").read_text() for p in sorted(cache.iterdir())}
    assert again["p1"] != kept["p1"] and again["p2"] != kept["p2"]
    assert again["main"] == kept["main"]
    # the cross-plan part was not indexed again: its files are the kept ones
    assert next((site / "pagefind").glob("*.pf_meta")).stat().st_ino == inode
    assert not (pages / gone.relative_to(site)).exists()
    assert (pages / overview).read_bytes() == search_index.searched_part((site / overview).read_bytes())
    assert "/plans/demo-province-2021-2025/indicators/compulsory-education-retention/" not in fragments(site)
    cached = _bundle(site)

    clean = tmp_path / "clean"
    shutil.copytree(site, clean)
    shutil.rmtree(clean / search_index.BUNDLE)
    search_index.index_site(clean, limit=limit)
    assert cached == _bundle(clean)
    assert any("修订测试" in fragment_url_content(p) for p in (site / "pagefind/p1").glob("fragment/*.pf_fragment"))


def _search(base: str, browser: Browser, query: str) -> list[str]:
    """The addresses a reader is shown for a query (every result, "显示更多结果" clicked through)."""
    page = browser.new_page()
    page.goto(base, wait_until="networkidle")
    page.click("input.md-search__input")
    page.keyboard.type(query, delay=50)
    page.wait_for_function(
        "/^(找到|没有找到)/.test(document.querySelector('.md-search-result__meta').textContent)", timeout=15000
    )
    page.wait_for_function("!document.querySelector('.md-search-result__list[aria-busy=true]')", timeout=15000)
    while page.locator("button.md-search-result__more").count():
        page.click("button.md-search-result__more")
        page.wait_for_timeout(300)
    links = page.locator(".md-search-result__item a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    page.close()
    return [urlsplit(h).path for h in links]


def test_edited_pages_are_indexed_on_their_own_and_a_search_shows_each_page_as_it_is_now(
    mini_site: Path, tmp_path: Path, browser: Browser
) -> None:
    site = tmp_path / "site"
    shutil.copytree(mini_site / "site", site)
    shutil.rmtree(site / search_index.BUNDLE)
    cache, pages = tmp_path / "search", tmp_path / "search-pages"
    search_index.index_site(site, cache, pages=pages)  # the mini site fits one part
    meta = next((site / "pagefind").glob("*.pf_meta"))
    edited = site / "plans/demo-city-2021-2025/indicators/compulsory-education-retention/index.html"
    old = edited.read_text(encoding="utf-8")
    assert "义务教育巩固率" in old
    edited.write_text(old.replace("义务教育巩固率", "修订测试词"), encoding="utf-8")
    gone = site / "plans/demo-province-2021-2025/indicators/compulsory-education-retention/index.html"
    gone.unlink()  # and a page removed: hidden, with nothing in its place

    search_index.index_site(site, cache, pages=pages)
    out = site / search_index.BUNDLE
    index = json.loads((out / search_index.PARTS_FILE).read_text(encoding="utf-8"))
    assert index["parts"] == [search_index.DELTA] and len(index["hidden"]) == 2
    assert next(out.glob("*.pf_meta")).stat().st_ino == meta.stat().st_ino  # the site's part kept as it was
    delta = [fragment_url(p) for p in (out / search_index.DELTA).glob("fragment/*.pf_fragment")]
    assert delta == ["/plans/demo-city-2021-2025/indicators/compulsory-education-retention/"]
    # what a search can show is what a clean run indexes: each page once, as it is now
    shown = fragments(site)
    clean = tmp_path / "clean"
    shutil.copytree(site, clean)
    shutil.rmtree(clean / search_index.BUNDLE)
    search_index.index_site(clean, limit=10**6)
    assert shown == fragments(clean)
    assert json.loads((clean / search_index.BUNDLE / search_index.PARTS_FILE).read_text()) == {
        "parts": [],
        "hidden": [],
    }
    # and a reader is shown the pages a clean build's search shows: not the older copy, nor the
    # page gone (the kept part still holds their words), each page once
    found: dict[str, list[str]] = {}
    for query in ("义务教育巩固率", "修订测试词", "巩固率"):
        with serve_dir(site) as base:
            found[query] = _search(base, browser, query)
        with serve_dir(clean) as base:
            expected = _search(base, browser, query)
        assert sorted(found[query]) == sorted(expected) and len(expected) == len(set(expected)), query
        assert "/plans/demo-province-2021-2025/indicators/compulsory-education-retention/" not in expected
    assert found["修订测试词"] == ["/plans/demo-city-2021-2025/indicators/compulsory-education-retention/"]
    assert "/compare/compulsory-education-retention/" in found["义务教育巩固率"]

    # more than half of the part's pages changed: the part is indexed again in full
    for path in sorted(site.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        if "data-pagefind-body" in text and "</article>" in text:
            path.write_text(text.replace("</article>", "<p>全站修订</p></article>", 1), encoding="utf-8")
    search_index.index_site(site, cache, pages=pages)
    assert json.loads((out / search_index.PARTS_FILE).read_text()) == {"parts": [], "hidden": []}
    assert not (out / search_index.DELTA).exists() and not (cache / search_index.DELTA).exists()
    again = tmp_path / "again"
    shutil.copytree(site, again)
    shutil.rmtree(again / search_index.BUNDLE)
    search_index.index_site(again)
    assert _bundle(site) == _bundle(again)


def test_an_id_two_pages_share_is_never_hidden_the_changed_part_is_indexed_in_full(
    mini_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    shutil.copytree(mini_site / "site", site)
    shutil.rmtree(site / search_index.BUNDLE)
    cache, pages = tmp_path / "search", tmp_path / "search-pages"
    search_index.index_site(site, cache, pages=pages)
    edited = site / "plans/demo-city-2021-2025/indicators/compulsory-education-retention/index.html"
    edited.write_text(edited.read_text(encoding="utf-8").replace("义务教育巩固率", "修订测试词"), encoding="utf-8")
    # Pagefind's ids are 7 hex digits, unique within one run: a clash across parts, made here
    real = search_index._ids_collide
    calls: list[bool] = []

    def clash(out: Path, names: list[str], hidden: set[str]) -> bool:
        calls.append(real(out, names, hidden))
        return True

    monkeypatch.setattr(search_index, "_ids_collide", clash)
    search_index.index_site(site, cache, pages=pages)
    assert calls == [False]  # asked once, for the delta; the fallback makes none
    assert json.loads((site / search_index.BUNDLE / search_index.PARTS_FILE).read_text()) == {
        "parts": [],
        "hidden": [],
    }
    clean = tmp_path / "clean"
    shutil.copytree(site, clean)
    shutil.rmtree(clean / search_index.BUNDLE)
    search_index.index_site(clean)
    assert _bundle(site) == _bundle(clean)
    # the check itself: a hidden id found in another part, or a delta id in any other part
    out = tmp_path / "bundle"
    for name, ids in {"": ["zh_a", "zh_b"], "p1": ["zh_c"], "delta": ["zh_d"]}.items():
        (out / name / "fragment").mkdir(parents=True, exist_ok=True)
        for i in ids:
            (out / name / "fragment" / f"{i}.pf_fragment").write_bytes(b"")
    assert not real(out, ["p1", "delta"], {"zh_a"})
    (out / "p1/fragment/zh_a.pf_fragment").write_bytes(b"")
    assert real(out, ["p1", "delta"], {"zh_a"})
    (out / "p1/fragment/zh_a.pf_fragment").unlink()
    (out / "p1/fragment/zh_d.pf_fragment").write_bytes(b"")
    assert real(out, ["p1", "delta"], {"zh_a"})


def fragment_url_content(path: Path) -> str:
    data = gzip.decompress(path.read_bytes())
    return str(json.loads(data[len(b"pagefind_dcd") :])["content"]).replace("\u200b", "")


def test_one_search_is_measured_as_a_host_sends_it(mini_site: Path, browser: Browser) -> None:
    """The benchmark's search figure: nothing before the box is used, then the bytes the local host
    sent (text compressed, Pagefind's own files as they are), fewer than the same bodies uncompressed."""
    from scripts.search_bytes import measure

    (query,) = measure(mini_site / "site", ["义务教育巩固率"], browser)
    assert query["before_open"] == 0 and query["requests"] > 0
    assert 0 < query["bytes"] < query["uncompressed"], query
    assert str(query["results"]).startswith("找到"), query


def test_pagefind_given_the_searched_part_of_each_page_writes_the_bundle_of_the_whole_pages(
    real_site: Path, tmp_path: Path
) -> None:
    """The build gives Pagefind each page without Material's header and navigation: on every page
    of the real site, the bundle is byte for byte the one Pagefind makes of the pages as served."""
    site = real_site / "site"
    (part,) = search_index.parts(site)  # five plans: one part
    whole = tmp_path / "whole"
    search_index._run(search_index.executable(), site, part, whole)
    search_index._trim(whole, main=True)
    built = {k: v for k, v in _bundle(site).items() if k != search_index.PARTS_FILE}
    assert built == {p.relative_to(whole).as_posix(): p.read_bytes() for p in sorted(whole.rglob("*")) if p.is_file()}
    cut = sum(len(search_index.searched_part((site / p).read_bytes())) for p in part.pages)
    assert cut < 0.7 * sum((site / p).stat().st_size for p in part.pages)  # most of what is left out is navigation


def test_the_searched_part_of_a_page() -> None:
    head = b"<!doctype html><html lang=zh><head><title>t</title></head>"
    nav = b"<header>menu</header><nav><a href=/x/>x</a></nav>"
    article = b"<article><div data-pagefind-body><h1>title</h1></div></article></body></html>"
    page = head + b'<body dir="ltr">' + nav + article
    assert search_index.searched_part(page) == head + b'<body dir="ltr">' + article[len(b"<article>") :]
    assert (
        search_index.searched_part(head + b"<body>" + nav + b"</body></html>")
        == head + b"<body>" + nav + b"</body></html>"
    )
    meta = head + b"<body><div data-pagefind-meta=plan:x></div>" + article  # an attribute before the body: kept whole
    assert search_index.searched_part(meta) == meta


def test_a_page_changed_only_before_its_search_body_leaves_its_part_as_it_was(mini_site: Path, tmp_path: Path) -> None:
    """A part is keyed by what Pagefind reads of its pages: the header and navigation before the
    search body (a plan renamed changes every page's menu) are not read, so they index nothing."""
    site = tmp_path / "site"
    shutil.copytree(mini_site / "site", site)
    shutil.rmtree(site / search_index.BUNDLE)
    cache, pages = tmp_path / "search", tmp_path / "search-pages"
    search_index.index_site(site, cache, pages=pages)
    meta = next((site / search_index.BUNDLE).glob("*.pf_meta"))
    page = site / "plans/demo-city-2021-2025/index.html"
    html = page.read_text(encoding="utf-8")
    page.write_text(html.replace("<div data-pagefind-body", "<nav>新的导航</nav><div data-pagefind-body", 1))
    search_index.index_site(site, cache, pages=pages)
    assert next((site / search_index.BUNDLE).glob("*.pf_meta")).stat().st_ino == meta.stat().st_ino
    assert json.loads((site / search_index.BUNDLE / search_index.PARTS_FILE).read_text()) == {
        "parts": [],
        "hidden": [],
    }
    # inside the search body, an edit is indexed
    page = site / "plans/demo-city-2021-2025/indicators/compulsory-education-retention/index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("义务教育巩固率", "新的正文"), encoding="utf-8")
    search_index.index_site(site, cache, pages=pages)
    assert json.loads((site / search_index.BUNDLE / search_index.PARTS_FILE).read_text())["parts"] == ["delta"]
    assert any("新的正文" in f["content"].replace("\u200b", "") for f in fragments(site).values())
