"""The Pagefind index as built: what it holds, what each result can show, what pages load."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from generator.building import search_index
from generator.building.build import build_site
from generator.building.mkdocs_run import BuildFailed
from generator.config import Config


def fragments(site: Path) -> dict[str, dict[str, Any]]:
    """Every indexed page by URL, read the way pagefind.js reads its fragment files."""
    out = {}
    for path in sorted((site / "pagefind/fragment").glob("*.pf_fragment")):
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
