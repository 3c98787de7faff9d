"""Every internal link and anchor in the built site resolves (our links live in raw HTML,
which MkDocs' own validation does not see). Run on the new site before it replaces the old."""

from __future__ import annotations

import posixpath
from collections.abc import Collection
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(str(a["id"]))
        if tag == "a" and a.get("name"):
            self.ids.add(str(a["name"]))
        for key in ("href", "src"):
            value = a.get(key)
            if value and tag in ("a", "img", "script", "link", "iframe"):
                self.links.append(value)


def _parse(path: Path) -> _Collector:
    c = _Collector()
    c.feed(path.read_text(encoding="utf-8", errors="replace"))
    return c


def check_site(site: Path, base_path: str = "/", only: Collection[str] | None = None) -> list[str]:
    """Broken internal links as 'page: link' strings (empty when all resolve), from every
    page or from ``only`` these (the pages a build changed); targets are read as needed."""
    pages = sorted(only) if only is not None else sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    parsed: dict[str, _Collector] = {}

    def read(rel: str) -> _Collector:
        if rel not in parsed:
            parsed[rel] = _parse(site / rel)
        return parsed[rel]

    broken: list[str] = []
    for rel in pages:
        c = read(rel)
        here = posixpath.dirname(rel)
        for link in c.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("mailto:", "javascript:", "data:")):
                continue
            path = unquote(parts.path)
            if path.startswith("/"):  # only MkDocs' own 404 page uses site_url-absolute paths
                if not path.startswith(base_path):
                    broken.append(f"{rel}: {link} (outside the site)")
                    continue
                target = posixpath.normpath(path[len(base_path) :] or ".")
            else:
                target = posixpath.normpath(posixpath.join(here, path)) if path else rel
            if target == ".":
                target = "index.html"
            elif path.endswith("/") or (path and (site / target).is_dir()):
                target = posixpath.join(target, "index.html")
            if target.startswith("../") or not (site / target).exists():
                broken.append(f"{rel}: {link}")
                continue
            if parts.fragment and target.endswith(".html"):
                ids = read(target).ids
                if unquote(parts.fragment) not in ids:
                    broken.append(f"{rel}: {link} (no anchor #{parts.fragment})")
    return broken
