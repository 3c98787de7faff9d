"""Reading a source: its lines, cleaned of the extraction debris we know, cut into segments."""

from __future__ import annotations

import re
from pathlib import Path

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
