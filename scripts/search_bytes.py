"""Bytes a reader downloads for one search, cold cache, measured in Debian's chromium.

Serves a built site on 127.0.0.1 as a host does (scripts/local_host.py: text gzip-compressed,
Pagefind's index files as they are), opens the home page, checks that nothing search-related was
fetched yet, then focuses the search box, types the query with key events and adds up the bytes
sent for the search bundle from then on (`bytes`; `uncompressed`: the same bodies decoded; other
requests, such as plotly.js for a chart scrolled into view, are counted apart):

    .venv/bin/python scripts/search_bytes.py site/ 城镇新增就业 托育
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as `python scripts/search_bytes.py`
    sys.path.insert(0, str(REPO))

from scripts.local_host import served  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


if TYPE_CHECKING:
    from playwright.sync_api import Browser, Request


def body_size(request: Request) -> int:
    """Bytes of a finished response's body (a worker's script reports 0 in sizes())."""
    try:
        response = request.response()
        return len(response.body()) if response else 0
    except Exception:  # noqa: BLE001 - a redirect or a cancelled request has no body
        return int(request.sizes()["responseBodySize"])


def measure(site: Path, queries: list[str], browser: Browser | None = None) -> list[dict[str, Any]]:
    """Per query: bytes and requests after the box is used, search requests before it, results
    (in ``browser`` if one is given, else in a chromium started for the purpose)."""
    from playwright.sync_api import sync_playwright

    if browser is not None:
        return _measure(site, queries, browser)
    with sync_playwright() as p:
        started = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            return _measure(site, queries, started)
        finally:
            started.close()


def _measure(site: Path, queries: list[str], browser: Browser) -> list[dict[str, Any]]:
    out: list[dict[str, object]] = []
    with served(site) as (base, sent):
        for query in queries:
            context = browser.new_context()  # a cold cache for each query
            page = context.new_page()
            sizes: dict[str, int] = {}

            # on the context: Pagefind's web worker fetches the index, not the page
            def record(r: Request, into: dict[str, int] = sizes) -> None:
                into[r.url] = body_size(r)

            context.on("requestfinished", record)
            page.goto(base, wait_until="networkidle")
            before, sent_before = set(sizes), len(sent)
            page.click("input.md-search__input")
            page.keyboard.type(query, delay=30)
            page.wait_for_selector(".md-search-result__item", timeout=30000)
            # the items of a query typed halfway may stand before the whole query's search ends
            page.wait_for_function(SEARCH_DONE, timeout=30000)
            page.wait_for_load_state("networkidle")
            new = {u: n for u, n in sizes.items() if u not in before}
            # the search's own requests: the home page's chart may fetch plotly.js meanwhile
            used = {u: n for u, n in new.items() if "/pagefind/" in u}
            out.append(
                {
                    "query": query,
                    "bytes": sum(n for path, n in sent[sent_before:] if "/pagefind/" in path),
                    "uncompressed": sum(used.values()),
                    "other_bytes": sum(new.values()) - sum(used.values()),
                    "requests": len(used),
                    "before_open": sum(1 for u in before if "/pagefind/" in u),
                    "results": page.locator(".md-search-result__meta").inner_text(),
                }
            )
            context.close()
    return out


SEARCH_DONE = """() => {
  const meta = document.querySelector(".md-search-result__meta");
  return meta !== null && !meta.textContent.includes("正在搜索");
}"""


def index_size(site: Path) -> tuple[int, int]:
    """(bytes, files) of the search bundle on disk."""
    files = [p for p in (site / "pagefind").rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("queries", nargs="+")
    args = parser.parse_args()
    size, files = index_size(args.site)
    print(f"index on disk: {size / 1024:.0f} KB in {files} files")
    for r in measure(args.site, args.queries):
        print(
            f"{r['query']}: {r['bytes'] / 1024:.0f} KB sent ({r['uncompressed'] / 1024:.0f} KB uncompressed) "
            f"in {r['requests']} requests "
            f"(search requests before opening: {r['before_open']}; {r['results']})"
        )


if __name__ == "__main__":
    main()
