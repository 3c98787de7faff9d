"""The link check reads a page's anchors and links as an HTML parser does (the standard
library's, the reference here), only faster: on crafted pages and on every page of the real site."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.building.linkcheck import check_site, collect


class Reference(HTMLParser):
    """The standard library's reading of a page: what the check's regular expressions must match."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.feed(text)

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


PAGES = [
    '<a href="x/">x</a><a href=\'y.html#top\' id=here>y</a><A HREF="Z/">z</A>',
    '<div id="a" data-figure=\'{"x": "<a href=nope>", "id": 1}\'></div><a href="ok/">',
    '<!-- <a href="commented/"> --><a href="seen/"><!-- unclosed <a href="no/">',
    '<script>var s = "<a href=\\"in-script/\\">";</script><script src="app.js"></script><a href="after/">',
    "<style>.x{background:url(<a href=style/>)}</style><STYLE>a</STYLE ><a name=anchor>",
    '<a href="a?x=1&amp;y=2">e</a><img src="i.png" alt="a > b"><iframe src="embed/"></iframe>',
    '<a href="first/" href="second/">two</a><a href>none</a><a id="">empty</a><p id = "spaced">',
    '<link rel="stylesheet" href="s.css"/><a\nhref="newline/"\n>n</a><br/><img src=bare.png />',
    '<a href="x" title=\'it"s\'>q</a><div id="&#x4e2d;文">c</div><a href="#%E4%B8%AD">f</a>',
    "<p>a < b and c > d</p><a href='/abs/'>abs</a>",
]


@pytest.mark.parametrize("page", PAGES)
def test_a_page_is_read_as_an_html_parser_reads_it(page: str) -> None:
    ref, found = Reference(page), collect(page)
    assert (found.ids, found.links) == (ref.ids, ref.links)


def test_every_page_of_the_real_site_is_read_as_an_html_parser_reads_it(real_site: Path) -> None:
    pages = sorted((real_site / "site").rglob("*.html"))
    assert len(pages) > 1000
    for path in pages:
        text = path.read_text(encoding="utf-8", errors="replace")
        ref, found = Reference(text), collect(text)
        assert (found.ids, found.links) == (ref.ids, ref.links), path


def test_a_link_in_a_script_is_not_checked_and_one_after_it_is(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(
        '<script>let a = "<a href=\\"missing/\\">";</script><a href="gone/">g</a><a href="#there">t</a>',
        encoding="utf-8",
    )
    assert check_site(site) == ["index.html: gone/", "index.html: #there (no anchor #there)"]


def test_an_anchor_in_a_comment_is_no_anchor(mini_site: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(mini_site / "site", copy)
    page = copy / "plans/demo-city-2021-2025/source/index.html"
    text = page.read_text(encoding="utf-8")
    assert 'id="L9"' in text
    page.write_text(text.replace('id="L9"', 'id="gone"') + '<!-- <a id="L9"></a> -->', encoding="utf-8")
    assert any("#L9" in b for b in check_site(copy))
