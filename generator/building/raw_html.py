"""Raw HTML blocks handed to Python-Markdown's stash without its HTML parse.

The pages the templates write are mostly raw HTML blocks (tables, figures, paragraphs with
links) between Markdown headings. Python-Markdown finds such a block by running its HTML parser
(``html.parser`` in pure Python) over the whole page, tag by tag, and stores the block's text,
as it is, in its stash; that parse was about half of the Markdown conversion of our pages, and
that conversion two fifths of what a plain MkDocs build spends. A block the templates write is
simple enough to be found by a few regular expressions instead: this preprocessor, run just
before Python-Markdown's own (``html_block``), stores such blocks as that would, and leaves
everything else (and, from the first block it is not sure of, the rest of the page) to
Python-Markdown. The HTML that comes out is the same, which tests/test_raw_html.py proves on
every page of the real site and on blocks of every kind it declines.

A chunk (text between blank lines) is taken only when all of this holds: it starts at the
line's first column with a block-level tag; every ``<`` in it starts a tag of the kinds listed
below, written in lower case, with quoted or no attribute values, every ``&`` a complete
character reference; no ``markdown`` attribute; and it is one or more blocks, one after another
on lines of their own, each of which Python-Markdown would store whole: its first tag closes, by
Python-Markdown's rules (an end tag closes the innermost open tag of its name and every tag
opened inside it), at the end of a line, and not before. Chunks taken one after another are
stored as one (Python-Markdown's separate blocks come out as the same text, one line apart), so
the paragraphs Markdown's later steps walk through are fewer. A chunk that does not start with a
tag is left in place, provided it holds no block-level tag (which could open a raw block of
Python-Markdown's own) and no comment, declaration or processing instruction.
"""

from __future__ import annotations

import re

from markdown import Markdown
from markdown.preprocessors import Preprocessor

# Tags the templates write; any other (script, style, textarea and the other elements whose text
# an HTML parser reads raw, comments) is left to Python-Markdown's parse.
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
TAG_AND_TEXT = re.compile(TAG.pattern + r"([^<]*)")  # a tag and the text after it
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
        # raw chunks one after another, each with the blank line after it (which Python-Markdown
        # keeps), stored as one: (where the first starts, where the last ends, their text)
        runs: list[tuple[int, int, str]] = []
        follows = False  # whether the chunk before was raw
        start = 0
        while start < len(text):
            while text.startswith("\n", start):
                start += 1
            end = text.find("\n\n", start)
            end = len(text) if end < 0 else end
            chunk = text[start:end]
            if text.startswith("\n\n", end) and self._raw_blocks(chunk):
                first, _, stored = runs.pop() if follows else (start, end, "")
                runs.append((first, end, f"{stored}\n{chunk}\n" if follows else f"{chunk}\n"))
                follows = True
            elif self._plain(chunk):
                follows = False
            else:
                break
            start = end
        out, done = [], 0
        for first, last, stored in runs:
            out += [text[done:first], "\n" + self.md.htmlStash.store(stored) + "\n\n"]
            done = last
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

    def _raw_blocks(self, chunk: str) -> bool:
        """Whether the chunk is raw blocks one after another on lines of their own, each of which
        Python-Markdown would store whole (and whose texts, each after the line before, are the
        chunk)."""
        if not chunk.startswith("<") or chunk.count("&") != len(REFERENCE.findall(chunk)):
            return False
        if MARKDOWN_ATTRIBUTE.search(chunk):
            return False
        block_level = frozenset(self.md.block_level_elements)
        stack: list[str] = []
        tags = TAG_AND_TEXT.findall(chunk)
        if not tags:
            return False
        for seen, (closing, name, _, empty, after) in enumerate(tags, 1):
            if name not in KNOWN_TAGS:
                return False  # (and any tag not written in lower case)
            if not stack and (closing or empty or name in VOID or name not in block_level):
                return False  # a block starts with a block-level tag it closes later
            if not closing:
                if not empty:
                    stack.append(name)
                continue
            if name in VOID:
                return False
            if name in stack:
                while stack.pop() != name:
                    pass
            if not stack and after != "\n":  # the next block starts on the next line, at its first column
                # each tag takes the text up to the next "<": as many tags as "<", and the tags are the chunk
                return seen == len(tags) == chunk.count("<") and not after
        return False
