"""How the importers read Chinese text: simplified characters, ASCII digits and punctuation, pinyin
glosses of reposts dropped, with each character's place in the original kept so that what a draft
quotes is the text as written (traditional characters and glosses included)."""

from __future__ import annotations

import re
from functools import lru_cache

from opencc_purepy import OpenCC

from generator.sitemodel.values import halfwidth


@lru_cache(maxsize=1)
def _converter() -> OpenCC:
    return OpenCC("t2s")


def simplified(text: str) -> str:
    """The text in simplified characters with ASCII digits and punctuation, character for character,
    so that a position in it is the same position in the original (quotes are cut from the original)."""
    text = halfwidth(text, punctuation=True)
    out = _converter().convert(text)
    if len(out) == len(text):
        return out
    return "".join(c2 if len(c2 := _converter().convert(c)) == 1 else c for c in text)


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_LETTERS = f"a-z{_TONED}ü"
_PINYIN = re.compile(
    rf"\([{_LETTERS}]{{1,6}}\)(?:\s(?=[\u4e00-\u9fff、，。；：,;]))?"  # 學(xué)前, 個(ge) 村: reposts that gloss characters
    rf"|[(（《{{\[【]\s*(?:读|練|练|繁|繁体|繁體|pinyin|拼音)\s*[:：]\s*[^)）》}}\]】]{{1,8}}[)）》}}\]】]"  # (读:dà), 《繁:驟》
    rf"|(?<=[\u4e00-\u9fff])[{_LETTERS}]*[{_TONED}][{_LETTERS}]*\s?(?=[\u4e00-\u9fff])"  # 2021年nián 全市
)


def normalised(line: str) -> tuple[str, list[int]]:
    """The line simplified (see ``simplified``) without pinyin glosses, and for each of its
    characters the position of the same character in the original line."""
    keep = [True] * len(line)
    for m in _PINYIN.finditer(line):
        for k in range(m.start(), m.end()):
            keep[k] = False
    positions = [k for k in range(len(line)) if keep[k]]
    norm = simplified(line)
    return "".join(norm[k] for k in positions), positions


def original(line: str, positions: list[int], start: int, end: int) -> str:
    """The original words behind norm[start:end] (glosses inside them kept, as written)."""
    return line[positions[start] : positions[end - 1] + 1] if end > start else ""
