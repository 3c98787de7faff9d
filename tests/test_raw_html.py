"""Raw HTML blocks stored without Python-Markdown's parse (generator/building/raw_html.py) give
the HTML Python-Markdown's own parse gives: on every page of the real site, as MkDocs is
configured, and on crafted blocks the fast way takes or declines."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest
from markdown.util import HTML_PLACEHOLDER
from mkdocs.config import load_config
from mkdocs.utils.meta import get_data

from generator.building.raw_html import StashedRawHtml


def _pair(config_file: Path) -> tuple[markdown.Markdown, markdown.Markdown, StashedRawHtml]:
    config = load_config(config_file=str(config_file))
    made = [
        markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs) for _ in range(2)
    ]
    plain, fast = made
    stash = StashedRawHtml(fast)
    fast.preprocessors.register(stash, "mkdocs_raw_html", priority=21)
    return plain, fast, stash


def _converted(md: markdown.Markdown, text: str) -> tuple[str, object]:
    md.reset()
    return md.convert(text), getattr(md, "toc_tokens", None)


def _stashed(stash: StashedRawHtml, text: str) -> int:
    """How many blocks the fast way stores for ``text`` (normalised as Python-Markdown does first)."""
    stash.md.reset()
    lines = stash.md.preprocessors["normalize_whitespace"].run(text.split("\n"))
    return "\n".join(stash.run(lines)).count(HTML_PLACEHOLDER.split("%")[0])


def test_every_page_of_the_real_site_converts_to_the_same_html(real_site: Path) -> None:
    plain, fast, stash = _pair(real_site / "mkdocs.gen.yml")
    pages = sorted((real_site / "content").rglob("*.md"))
    assert len(pages) > 600
    taken = 0
    for page in pages:
        body, _ = get_data(page.read_text(encoding="utf-8"))
        assert _converted(fast, body) == _converted(plain, body), page
        taken += _stashed(stash, body) > 0
    assert taken > 0.95 * len(pages)  # the fast way is the way most pages take


TAKEN = {
    "one block": '# 标题 {#top}\n\n<div class="x"><p>一</p></div>\n\n正文',
    "blocks on consecutive lines": '<div hidden data-x="a"></div>\n<div hidden data-x="b"></div>\n\n## 下一节',
    "nested tags of one name": "<div><div>一</div><div>二</div></div>\n\n尾",
    "void tags and self-closing ones": '<p>一<br>二<br/>三<img src="a.png" alt=""></p>\n\n尾',
    "an end tag closing inner tags left open": "<div><p>一<span>二</div>\n\n尾",
    "character references": '<p title="&quot;引号&quot;">&lt;a&gt; &#34; &#x22; &amp;</p>\n\n尾',
    "a table over many lines": "<table>\n<thead><tr><th>a</th></tr></thead>\n<tbody>\n<tr><td>1</td></tr>\n</tbody>\n</table>\n\n尾",
    "inline tags in a heading before": '# 指标 <small class="p">安阳</small> {#top}\n\n<p>一</p>\n\n尾',
    "the last chunk": "段落\n\n<p>一</p>\n",
    "the page's end, where Python-Markdown adds a blank line": "<p>一</p>",
}

DECLINED = {
    "a tag after the end tag on its line": "<div>一</div><p>二</p>\n\n尾",
    "text after the block on the next line": "<div>一</div>\n二\n\n尾",
    "a block over a blank line": "<div>\n\n一\n\n</div>\n\n尾",
    "a markdown attribute": '<div markdown="1">\n*一*\n</div>\n\n尾',
    "a bare markdown attribute": "<div markdown>\n*一*\n</div>\n\n尾",
    "a comment": "<div><!-- 注 --></div>\n\n尾",
    "a script": "<div><script>if (a < b) {}</script></div>\n\n尾",
    "a less-than sign in text": "<p>a < b</p>\n\n尾",
    "a less-than sign first": "<5 项\n\n尾",
    "a block after text on its line": "<div>一</div>\n<p>二</p>三\n\n尾",
    "an ampersand alone": "<p>a & b</p>\n\n尾",
    "an unquoted attribute": "<div class=x>一</div>\n\n尾",
    "a tag the templates never write": '<div><input type="text"></div>\n\n尾',
    "an inline tag starting the chunk": '<a href="x">一</a> 二\n\n尾',
    "an unclosed block": "<div><p>一</p>\n\n尾",
    "an indented block": "  <div>一</div>\n\n尾",
    "a block without a blank line before": "段落\n<div>一</div>\n\n尾",
    "a stray end tag first": "</div>\n<div>一</div>\n\n尾",
    "a horizontal rule": "<hr>\n\n尾",
    "a block-level tag in a paragraph": "一\n<div>二</div>\n\n<p>三</p>\n\n尾",
}


@pytest.fixture(scope="module")
def pair(real_site: Path) -> tuple[markdown.Markdown, markdown.Markdown, StashedRawHtml]:
    """Markdown as MkDocs is configured for the site (its configuration needs a built content/)."""
    return _pair(real_site / "mkdocs.gen.yml")


@pytest.mark.parametrize("text", TAKEN.values(), ids=TAKEN.keys())
def test_blocks_the_fast_way_takes_come_out_as_python_markdown_makes_them(
    pair: tuple[markdown.Markdown, markdown.Markdown, StashedRawHtml], text: str
) -> None:
    plain, fast, stash = pair
    assert _stashed(stash, text) > 0
    assert _converted(fast, text) == _converted(plain, text)


@pytest.mark.parametrize("text", DECLINED.values(), ids=DECLINED.keys())
def test_blocks_the_fast_way_declines_are_left_to_python_markdown(
    pair: tuple[markdown.Markdown, markdown.Markdown, StashedRawHtml], text: str
) -> None:
    plain, fast, stash = pair
    assert _stashed(stash, text) == 0
    assert _converted(fast, text) == _converted(plain, text)


def test_a_block_after_one_declined_is_left_to_python_markdown_too(
    pair: tuple[markdown.Markdown, markdown.Markdown, StashedRawHtml],
) -> None:
    """From the first chunk it is not sure of, the rest of the page is Python-Markdown's: an
    unclosed block there may hold what follows."""
    plain, fast, stash = pair
    text = "<div>\n\n一\n\n<p>二</p>\n\n</div>\n\n<p>三</p>\n\n尾"
    assert _stashed(stash, text) == 0
    assert _converted(fast, text) == _converted(plain, text)
