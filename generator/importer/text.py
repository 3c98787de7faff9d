"""Cleaning a source line: the extraction debris we know, nothing else."""

from __future__ import annotations

import re

BOOKMARK = re.compile(r"\[bookmark: [^\]]*\]")
PAGE_PREFIX = re.compile(r"^\d{1,3}、")  # 001: one line per PDF page, starting with its number


def clean(line: str) -> str:
    """The line's words without bookmark tags, tabs or surrounding blanks (full-width too)."""
    return BOOKMARK.sub("", line).replace("\t", " ").strip(" \u3000\u00a0")


def is_page_debris(line: str) -> bool:
    """'(', '— 4 —', ')' fragments of page footers."""
    return bool(re.fullmatch(r"[()（）—\-\s\d]*", line)) and line != ""
