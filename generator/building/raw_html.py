"""Raw HTML blocks handed to Python-Markdown's stash without its HTML parse.

The pages the templates write are mostly raw HTML blocks (tables, figures, paragraphs with
links) between Markdown headings. Python-Markdown finds such a block by running its HTML parser
(``html.parser`` in pure Python) over the whole page, tag by tag, and stores the block's text,
as it is, in its stash; that parse is about half of the Markdown conversion of our pages, which
is most of what MkDocs spends on them. A block the templates write is simple enough to be found
by a few regular expressions instead: this preprocessor, run just before Python-Markdown's own
(``html_block``), stores each such block exactly as that would, with the same text around its
placeholder, and leaves everything else (and, from the first block it is not sure of, the rest
of the page) to Python-Markdown. The HTML that comes out is the same, which tests/test_raw_html.py
proves on every page of the real site and on blocks of every kind it declines.

A block is taken only when all of this holds: it starts a chunk (the page's start or after a
blank line) at the line's first column with a block-level tag; every ``<`` in it starts a tag of
the kinds listed below with quoted or no attribute values, every ``&`` a complete character
reference; no ``markdown`` attribute; its first tag closes, by Python-Markdown's rules (an end tag
closes the innermost open tag of its name and every tag opened inside it), exactly where the
chunk ends, and not before; and the chunk is followed by a blank line. A chunk that does not start
with a tag is left in place, provided it holds no block-level tag (which could open a raw block
of Python-Markdown's own) and no comment, declaration or processing instruction.
"""

from __future__ import annotations

import re

from markdown import Markdown
from markdown.preprocessors import Preprocessor

# Tags the templates write; anything else (script, style, textarea, pre's kin with raw text,
# comments) is left to Python-Markdown's parse.
KNOWN_TAGS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "button",
        "caption",
        "code",
        "dd",
        "del",
        "details",
        "dfn",
        "div",
        "dl",
        "dt",
        "em",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "i",
        "img",
        "ins",
        "kbd",
        "li",
        "mark",
        "nav",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "section",
        "small",
        "span",
        "strong",
        "sub",
        "summary",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "time",
        "tr",
        "u",
        "ul",
        "var",
        "wbr",
    ]
)
VOID = frozenset(["br", "img", "wbr"])
TAG = re.compile(
    r"""<(/?)([a-zA-Z][a-zA-Z0-9]*)"""
    r"""((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:=(?:"[^"<]*"|'[^'<]*'))?)*)\s*(/?)>"""
)
REFERENCE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);")
MARKUP_START = re.compile(r"<[/!?a-zA-Z]")
MARKDOWN_ATTRIBUTE = re.compile(r"\smarkdown\b", re.I)


class StashedRawHtml(Preprocessor):
    """Stores the page's raw HTML blocks as ``html_block`` would, without parsing them."""

    def __init__(self, md: Markdown) -> None:
        super().__init__(md)
        self.md: Markdown = md

    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        out: list[str] = []
        done = start = 0
        while start < len(text):
            while text.startswith("\n", start):
                start += 1
            end = text.find("\n\n", start)
            end = len(text) if end < 0 else end
            chunk = text[start:end]
            blocks = self._blocks(chunk) if text.startswith("\n\n", end) else None
            if blocks:
                out.append(text[done:start])
                blocks[-1] += "\n"  # the blank line after the last, which Python-Markdown keeps
                out.append("\n".join("\n" + self.md.htmlStash.store(block) + "\n\n" for block in blocks))
                done = end
            elif not self._plain(chunk):
                break
            start = end
        out.append(text[done:])
        return "".join(out).split("\n")

    def _plain(self, chunk: str) -> bool:
        """Text Python-Markdown's parse passes through as data (inline tags at most)."""
        if "<" not in chunk:
            return True
        tags = {m.start(): m for m in TAG.finditer(chunk)}
        for found in MARKUP_START.finditer(chunk):
            tag = tags.get(found.start())
            if tag is None or tag[2].lower() not in KNOWN_TAGS or self.md.is_block_level(tag[2].lower()):
                return False
        return not MARKDOWN_ATTRIBUTE.search(chunk)

    def _blocks(self, chunk: str) -> list[str] | None:
        """The raw blocks the chunk is, one after another on lines of their own, each of which
        Python-Markdown would store whole; None if the chunk is anything else."""
        if not chunk.startswith("<"):
            return None
        tags = list(TAG.finditer(chunk))
        if len(tags) != chunk.count("<") or chunk.count("&") != len(REFERENCE.findall(chunk)):
            return None
        if MARKDOWN_ATTRIBUTE.search(chunk):
            return None
        blocks: list[str] = []
        stack: list[str] = []
        begin = 0
        for tag in tags:
            name = tag[2].lower()
            if name not in KNOWN_TAGS:
                return None
            if not stack and (
                tag.start() != begin or tag[1] or tag[4] or name in VOID or not self.md.is_block_level(name)
            ):
                return None
            if not tag[1]:
                if not tag[4]:
                    stack.append(name)
                continue
            if name in VOID:
                return None
            if name in stack:
                while stack.pop() != name:
                    pass
            if not stack:
                if tag.end() < len(chunk) and chunk[tag.end()] != "\n":
                    return None
                blocks.append(chunk[begin : tag.end()])
                begin = tag.end() + 1
        return blocks if not stack and begin >= len(chunk) else None
