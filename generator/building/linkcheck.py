"""Every internal link and anchor in the built site resolves (our links live in raw HTML,
which MkDocs' own validation does not see). Run on the new site before it replaces the old."""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from generator.building.files import files_under

# A start tag's attributes, each value quoted or not ('>' may sit inside a quoted value); possessive
# quantifiers (a tag is read one way only), a quarter cheaper than backtracking ones
_ATTRS = r"""(?:[\s/]++[^\s/>"'=]++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s"'>]*+))?+)*+"""
# What a page is read as: comments (skipped) and start tags; the text of scripts and styles,
# which the browser never reads as tags, is cut out first
_TOKEN = re.compile(rf"""<!--.*?(?:-->|\Z)|<([a-zA-Z][^\s/>]*+)({_ATTRS})[\s/]*>""", re.S)
_RAW_TEXT = re.compile(rf"(<(script|style)\b{_ATTRS}[\s/]*>).*?(?=</\s*\2\s*>|\Z)", re.S | re.I)
_ATTR = re.compile(r"""([^\s/>"'=]++)(?:\s*+=\s*+("[^"]*+"|'[^']*+'|[^\s"'>]*+))?+""")
_LINKING = frozenset(("a", "img", "script", "link", "iframe"))
_READ = frozenset(("id", "name", "href", "src"))  # the attributes the check reads


@dataclass
class Collected:
    """What the check needs of a page: its anchors and the addresses it links to."""

    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)


def collect(text: str) -> Collected:
    """The anchors (``id``, and ``name`` of ``<a>``) and links (``href``/``src`` of a, img,
    script, link, iframe) of a page, as an HTML parser reads them (names in any case, entities
    in values decoded, the last of a repeated attribute), by regular expressions over the text:
    a site's pages hold hundreds of thousands of tags, and only the few with these attributes
    are looked at, and only these attributes decoded."""
    out = Collected()
    for tag, attrs in _TOKEN.findall(_RAW_TEXT.sub(r"\1", text)):
        low = attrs.lower()
        if not ("id" in low or "name" in low or "href" in low or "src" in low):
            continue  # a tag without these attributes adds nothing (most tags: cheaper than a regex)
        a: dict[str, str] = {}
        for key, value in _ATTR.findall(attrs):
            key = key.lower()
            if key in _READ:
                a[key] = value
        if not a:
            continue
        for key, value in a.items():
            if value[:1] in ("'", '"'):
                value = value[1:-1]
            a[key] = html.unescape(value) if "&" in value else value
        tag = tag.lower()
        if a.get("id"):
            out.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            out.ids.add(a["name"])
        if tag in _LINKING:
            out.links += [v for v in (a.get("href"), a.get("src")) if v]
    return out


def _parse(path: Path) -> Collected:
    return collect(path.read_text(encoding="utf-8", errors="replace"))


def check_site(site: Path, base_path: str = "/", only: Collection[str] | None = None) -> list[str]:
    """Broken internal links as 'page: link' strings (empty when all resolve), from every
    page or from ``only`` these (the pages a build changed); targets are read as needed."""
    pages = sorted(only) if only is not None else files_under(site, ".html")
    parsed: dict[str, Collected] = {}
    kinds: dict[str, str] = {}  # path under the site → "dir", "file" or "" (none): asked once each

    def kind(rel: str) -> str:
        if rel not in kinds:
            target = site / rel
            kinds[rel] = "dir" if target.is_dir() else "file" if target.exists() else ""
        return kinds[rel]

    def read(rel: str) -> Collected:
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
            elif path.endswith("/") or (path and kind(target) == "dir"):
                target = posixpath.join(target, "index.html")
            if target.startswith("../") or not kind(target):
                broken.append(f"{rel}: {link}")
                continue
            if parts.fragment and target.endswith(".html"):
                ids = read(target).ids
                if unquote(parts.fragment) not in ids:
                    broken.append(f"{rel}: {link} (no anchor #{parts.fragment})")
    return broken
