"""Bytes a reader downloads for one search, cold cache, measured in Debian's chromium.

Serves a built site on 127.0.0.1, opens the home page, checks that nothing search-related was
fetched yet, then focuses the search box, types the query with key events and adds up the
response bodies of the search bundle fetched from then on (uncompressed: Python's server does
not gzip; other requests, such as plotly.js for a chart scrolled into view, are counted apart):

    .venv/bin/python scripts/search_bytes.py site/ 城镇新增就业 托育
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@contextlib.contextmanager
def served(site: Path) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


if TYPE_CHECKING:
    from playwright.sync_api import Request


def body_size(request: Request) -> int:
    """Bytes of a finished response's body (a worker's script reports 0 in sizes())."""
    try:
        response = request.response()
        return len(response.body()) if response else 0
    except Exception:  # noqa: BLE001 - a redirect or a cancelled request has no body
        return int(request.sizes()["responseBodySize"])


def measure(site: Path, queries: list[str]) -> list[dict[str, Any]]:
    """Per query: bytes and requests after the box is used, search requests before it, results."""
    from playwright.sync_api import sync_playwright

    out: list[dict[str, object]] = []
    with served(site) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        for query in queries:
            context = browser.new_context()  # a cold cache for each query
            page = context.new_page()
            sizes: dict[str, int] = {}

            # on the context: Pagefind's web worker fetches the index, not the page
            def record(r: Request, into: dict[str, int] = sizes) -> None:
                into[r.url] = body_size(r)

            context.on("requestfinished", record)
            page.goto(base, wait_until="networkidle")
            before = set(sizes)
            page.click("input.md-search__input")
            page.keyboard.type(query, delay=30)
            page.wait_for_selector(".md-search-result__item", timeout=30000)
            page.wait_for_load_state("networkidle")
            new = {u: n for u, n in sizes.items() if u not in before}
            # the search's own requests: the home page's chart may fetch plotly.js meanwhile
            used = {u: n for u, n in new.items() if "/pagefind/" in u}
            out.append(
                {
                    "query": query,
                    "bytes": sum(used.values()),
                    "other_bytes": sum(new.values()) - sum(used.values()),
                    "requests": len(used),
                    "before_open": sum(1 for u in before if "/pagefind/" in u),
                    "results": page.locator(".md-search-result__meta").inner_text(),
                }
            )
            context.close()
        browser.close()
    return out


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
            f"{r['query']}: {r['bytes'] / 1024:.0f} KB in {r['requests']} requests "
            f"(search requests before opening: {r['before_open']}; {r['results']})"
        )


if __name__ == "__main__":
    main()
