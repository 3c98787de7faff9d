"""Reading a source: its lines, cleaned of the extraction debris we know, cut into segments."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from generator.importer.characters import normalised

BOOKMARK = re.compile(r"\[bookmark: [^\]]*\]")
PAGE_PREFIX = re.compile(r"^\d{1,3}、")  # 001: one line per PDF page, starting with its number
CHAPTER_START = re.compile(r"^第[一二三四五六七八九十\d]+章")


BOX_DRAWING = "".join(chr(c) for c in range(0x2500, 0x2580))  # ┌─┬┐│├┼┤└┴┘ and the like


def clean(line: str) -> str:
    """The line's words without bookmark tags, tabs or surrounding blanks (full-width too), nor the
    bars a web page's table or a text box drawn with box characters leaves around a cell (中医医院(所) |,
    │ 高等教育毛入学率60% │; a line of bars or rules only is empty)."""
    return BOOKMARK.sub("", line).replace("\t", " ").strip(" \u3000\u00a0|" + BOX_DRAWING)


# a web page's reading-time widget: 本篇文章354字,读完约1分钟; 阅读本文大约需要3分钟
READING_TIME = re.compile(
    r"\s*(?:(?:本篇)?文章\s*\d+\s*字[,，]?\s*)?(?:阅读本文|阅读全文|读完|阅读)(?:大约|约)?需?要?\s*\d+\s*分钟\s*"
)


def is_page_debris(line: str) -> bool:
    """'(', '— 4 —', ')' fragments of page footers, and a page's reading-time widget."""
    return bool(re.fullmatch(r"[()（）—\-\s\d]*", line)) and line != "" or bool(READING_TIME.fullmatch(line))


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def is_paged(lines: list[str]) -> bool:
    """001-style: one long line per PDF page, each starting with its page number."""
    body = [ln for ln in lines if ln.strip()]
    return bool(body) and sum(bool(PAGE_PREFIX.match(ln)) for ln in body) > 0.8 * len(body)


EMPTY_CELL = "—"  # what a table writes where it has no figure
NO_FIGURE = {EMPTY_CELL, "——", "-"}  # the dashes a table writes in a cell with no figure


def _empty_cell(lines: list[str], i: int) -> bool:
    """Whether lines[i] is an empty cell (a bar alone) among a table's cells that stand one a line,
    each ending with its bar (精准扶贫:… | / 农林水务局 | / | / 54% |)."""
    around = [*lines[max(0, i - 2) : i], *lines[i + 1 : i + 3]]
    return lines[i].strip() in ("|", "｜") and sum(line.rstrip().endswith(("|", "｜")) for line in around) >= 2


BAR = ("|", "｜")


def _led_cells(lines: list[str], i: int) -> list[str] | None:
    """The cells of lines[i] in a table whose cells stand one a line each led by its bar, a row
    opening with a cell that has none (人均期望寿命(岁) / | 76.05 / | 77 / |): a line of bars holds
    an empty cell before each bar but the row's closing one (| | 50%以上: an empty cell, then
    50%以上; a bar alone before the next row's first cell closes the row). None for other lines."""
    line = lines[i].strip()
    if not line.startswith(BAR) or line.endswith(BAR) and line.strip(" |｜"):
        return None  # (| 指标 | 2025年 |: a row between bars, whole on its line)
    k = i - 1
    while k >= 0 and lines[k].strip().startswith(BAR):
        k -= 1
    opener = lines[k].strip() if k >= 0 else ""
    if i - k > 6 or not opener or opener.endswith(BAR) or len(opener) > 40 or "。" in opener:
        return None
    led = sum(ln.strip().startswith(BAR) for ln in lines[max(0, i - 3) : i + 4])
    if led < 3:
        return None
    cells = [c.strip() for c in re.split(r"[|｜]", line)[1:]]
    following = lines[i + 1].strip() if i + 1 < len(lines) else ""
    if not cells[-1] and not following.startswith(BAR):
        cells.pop()  # the row's closing bar
    return [c or EMPTY_CELL for c in cells]


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
        elif (led := _led_cells(lines, n - 1)) is not None:
            out += [(n, clean(c) if c != EMPTY_CELL else c, False) for c in led]
        else:
            text = clean(raw)
            if not text and _empty_cell(lines, n - 1):
                out.append((n, EMPTY_CELL, False))  # a table's empty cell, one cell a line: its place kept
                continue
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


def readable(lines: list[str]) -> tuple[list[str], list[list[int]]] | None:
    """The lines in simplified characters and without pinyin glosses, with each character's
    position in its original line, when the text is written in traditional characters (規劃,
    預期壽命: a Hong Kong or Taiwan report) or a repost glosses its characters (城鎮(zhèn)); else
    None. The importer's rules read these lines; what it cites is restored to the text's own."""
    pairs = [normalised(line) for line in lines]
    ideographs = sum(len(CJK.findall(line)) for line in lines)
    changed = sum(
        line[k] != c and bool(CJK.match(line[k]))
        for line, (norm, positions) in zip(lines, pairs, strict=True)
        for c, k in zip(norm, positions, strict=True)
    )
    glossed = sum(len(line) - len(norm) for line, (norm, _) in zip(lines, pairs, strict=True))
    if not ideographs or (changed < max(5, 0.02 * ideographs) and glossed < 10):
        return None
    return [norm for norm, _ in pairs], [positions for _, positions in pairs]


class Restorer:
    """Words read from the readable lines, in the characters the original lines write them."""

    def __init__(self, original: list[str], readable: list[str], positions: list[list[int]]) -> None:
        self.original, self.readable = "\n".join(original), "\n".join(readable)
        self.at: list[int] = []  # for each character of the readable text, its place in the original
        offset = 0
        for line, where in zip(original, positions, strict=True):
            self.at += [offset + k for k in where] + [offset + len(line)]
            offset += len(line) + 1
        pairs = Counter(
            (c, self.original[k]) for c, k in zip(self.readable, self.at, strict=False) if c != self.original[k]
        )
        self.chars: dict[str, str] = {}
        for (c, o), _ in pairs.most_common():
            self.chars.setdefault(c, o)

    def __call__(self, words: str, whole: bool = False) -> str:
        """The words in the original's characters; `whole`: the original's whole span, glosses kept."""
        at = self.readable.find(words)
        if at < 0 or not words:
            return "".join(self.chars.get(c, c) for c in words)  # words joined across lines, or put together
        if whole:
            return self.original[self.at[at] : self.at[at + len(words) - 1] + 1]
        return "".join(self.original[self.at[k]] for k in range(at, at + len(words)))
