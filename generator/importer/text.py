"""Reading a source: its lines, cleaned of the extraction debris we know, cut into segments."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from generator.importer.observe import simplified

BOOKMARK = re.compile(r"\[bookmark: [^\]]*\]")
PAGE_PREFIX = re.compile(r"^\d{1,3}、")  # 001: one line per PDF page, starting with its number
CHAPTER_START = re.compile(r"^第[一二三四五六七八九十\d]+章")


def clean(line: str) -> str:
    """The line's words without bookmark tags, tabs or surrounding blanks (full-width too), nor the
    bars a web page's table leaves around a cell (中医医院(所) |; a line of bars only is empty)."""
    return BOOKMARK.sub("", line).replace("\t", " ").strip(" \u3000\u00a0|")


def is_page_debris(line: str) -> bool:
    """'(', '— 4 —', ')' fragments of page footers."""
    return bool(re.fullmatch(r"[()（）—\-\s\d]*", line)) and line != ""


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def is_paged(lines: list[str]) -> bool:
    """001-style: one long line per PDF page, each starting with its page number."""
    body = [ln for ln in lines if ln.strip()]
    return bool(body) and sum(bool(PAGE_PREFIX.match(ln)) for ln in body) > 0.8 * len(body)


def segments(lines: list[str]) -> list[tuple[int, str, bool]]:
    """(line number, cleaned text, starts with a tab) for every non-empty line.

    Paged text is split at heading markers, since its headings run into the text.
    """
    out: list[tuple[int, str, bool]] = []
    paged = is_paged(lines)
    for n, raw in enumerate(lines, 1):
        if paged:
            text = clean(PAGE_PREFIX.sub("", raw, count=1))
            parts = re.split(r"(?=第[一二三四五六七八九十]+[章节])|(?=专栏\d+[:：])", text)
            out += [(n, p.strip(), False) for p in parts if p.strip()]
        else:
            text = clean(raw)
            if not text:
                continue
            # a chapter heading line that also holds 第一节…: split before the section heading
            parts = re.split(r"(?<=.)(?=第[一二三四五六七八九十]+节)", text) if CHAPTER_START.match(text) else [text]
            out += [(n, p.strip(), raw.startswith("\t") and i == 0) for i, p in enumerate(parts) if p.strip()]
    return out


def cited_text(lines: list[str], start: int, end: int) -> str:
    """The words of lines start..end (1-based) as the importer read them: cleaned; paged text has
    its page numbers taken off and its lines joined (a number may run across a page break)."""
    if is_paged(lines):
        return "".join(clean(PAGE_PREFIX.sub("", raw, count=1)) for raw in lines[start - 1 : end])
    return "\n".join(clean(raw) for raw in lines[start - 1 : end])


CJK = re.compile(r"[\u4e00-\u9fff]")


def in_traditional(lines: list[str]) -> list[str] | None:
    """The lines in simplified characters, character for character, when the text is written in
    traditional ones (規劃, 預期壽命: a Hong Kong or Taiwan report); else None. The importer's
    rules read the simplified lines; what it cites is restored to the text's own characters."""
    converted = [simplified(line) for line in lines]
    ideographs = sum(len(CJK.findall(line)) for line in lines)
    changed = sum(
        a != b and bool(CJK.match(a))
        for line, conv in zip(lines, converted, strict=True)
        for a, b in zip(line, conv, strict=True)
    )
    return converted if ideographs and changed >= max(5, 0.02 * ideographs) else None


class Restorer:
    """Words read from the simplified lines, in the characters the original lines write them."""

    def __init__(self, original: list[str], converted: list[str]) -> None:
        self.original, self.converted = "\n".join(original), "\n".join(converted)
        pairs = Counter((c, o) for c, o in zip(self.converted, self.original, strict=True) if c != o)
        self.chars: dict[str, str] = {}
        for (c, o), _ in pairs.most_common():
            self.chars.setdefault(c, o)

    def __call__(self, words: str) -> str:
        at = self.converted.find(words)
        if at >= 0:
            return self.original[at : at + len(words)]
        return "".join(self.chars.get(c, c) for c in words)  # words joined across lines, or put together
