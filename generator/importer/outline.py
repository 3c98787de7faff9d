"""Recognise headings, 专栏 boxes, box items, lead phrases and tables in cleaned lines."""

from __future__ import annotations

import re

from generator.sitemodel.values import CN_DIGITS

CHAPTER = re.compile(rf"^(第[{CN_DIGITS}]+章|第\d+章)\s*(.+)$")
SECTION = re.compile(rf"^(第[{CN_DIGITS}]+节|第\d+节)\s*(.+)$")
OUTLINE_CHAPTER = re.compile(rf"^([{CN_DIGITS}]+、)\s*(.{{1,30}})$")
OUTLINE_SECTION = re.compile(rf"^([(（][{CN_DIGITS}]+[)）])\s*(.{{1,30}})$")
PREFACE = re.compile(r"^前\s*言$")
BOX = re.compile(rf"^专栏\s*(\d+|[{CN_DIGITS}]+)(?:\s*[:：]\s*|\s+)(.+)$")  # 专栏1：…, 专栏二:…, 专栏 1  …
ITEM = re.compile(r"^(\d+)\s*[、.．]\s*(.*)$")
TABLE = re.compile(r"^表\s*\d+(?:-\d+)?\s*[:：]?")
NATURE = {"约束性": "binding", "预期性": "expected"}


def lead_of(text: str) -> tuple[str | None, str]:
    """Split '强化优孕优生服务。建立…' (or '立足基本，促进均衡。…') into its lead phrase."""
    m = re.match(r"^([^。，；：,;:]{2,30}?)。", text) or re.match(
        r"^([^。，；：,;:]{2,8}[，,][^。，；：,;:]{2,8})。", text
    )
    if m and len(text) > len(m.group(0)):
        return m.group(1).strip(), text
    return None, text


RUN_IN_TITLE = re.compile(r"^(.{2,24}?)(?=[，。,“；]|$)")


def classify(line: str, numbered_outline: bool) -> tuple[str, str, str]:
    """(kind, number, title) for one cleaned line.

    A heading that runs into its text (第三章提供…服务贯彻落实…) gives kind 'chapter-run-in' or
    'section-run-in' and a guessed title, for an editor to check.
    """
    if PREFACE.match(line):
        return "chapter", "", line.replace(" ", "").replace("\u3000", "")
    for kind, pattern in (("chapter", CHAPTER), ("section", SECTION)):
        m = pattern.match(line)
        if m and len(m.group(2)) <= 40 and "。" not in m.group(2):
            return kind, m.group(1), m.group(2).strip()
        if m:
            guess = RUN_IN_TITLE.match(m.group(2).strip())
            return f"{kind}-run-in", m.group(1), guess.group(1) if guess else m.group(2)[:12]
    if numbered_outline:
        for kind, pattern in (("chapter", OUTLINE_CHAPTER), ("section", OUTLINE_SECTION)):
            m = pattern.match(line)
            if m and "。" not in m.group(2):
                return kind, m.group(1), m.group(2).strip()
    m = BOX.match(line)
    if m:
        return "box", m.group(1), m.group(2).strip()
    if TABLE.match(line):
        return "table", "", line
    return "para", "", line
