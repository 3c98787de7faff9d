"""Whether a figure in prose tells what was done or what is to be done, read by a model learnt from
the development texts' hand-written keys (a stated target: what is to be done; a past figure: done).

The importer's rules read a sentence's tense from its words, its years and the text's date; on
texts they were not made on they leave many results drafted as targets (a year's 民生实事 done,
told in the verbs its list of works used). The model reads the words around the figure (the
clause before it, the words after it, the whole sentence, its opening), the heading above it, the
text's first line, the words of its paragraph and of the text's opening, how the next sentence
opens, and whether its paragraph and the text's opening tell of work done or ahead, and gives the
odds that the figure is one done. `scripts/train_tense.py` learns it (logistic regression) from
every figure of the development keys and writes its weights to `tense_model.json`; the suite
checks that the weights are those the keys give.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache, lru_cache
from pathlib import Path

from generator.importer.characters import normalised
from generator.importer.prose import PARTS_OF, Found

MODEL = Path(__file__).with_name("tense_model.json")
# a drafted target whose odds of being a past figure are above PAST_ABOVE is drafted as a past figure,
# in a text whose figures' mean odds are above TEXT_PAST_ABOVE (both chosen on the development set, on
# texts the rules were not made on and on texts the model was not learnt from; see the test set's README)
PAST_ABOVE = 0.8
TEXT_PAST_ABOVE = 0.55
READS = True  # False: the rules alone (scripts/score_importer.py --rules-only)

CLAUSE_BREAK = re.compile(r"[，,；;。：:！？]")
NUMBER = re.compile(r"\d+(?:\.\d+)?")
SENTENCE_END = re.compile(r"[。！？!?]")
AHEAD = re.compile(r"到\s*20\d\d|至\s*20\d\d年|力争|确保|将")
TOLD = re.compile(r"已|了|累计|同比|比上年|增长")
DONE = re.compile(r"已|全部完成|办结|完成情况|成效|回顾|总结|取得")
GOAL = re.compile(r"任务|目标|计划")
YEAR = re.compile(r"(?:19|20)\d\d\s*年")


def _grams(text: str, tag: str, sizes: tuple[int, ...] = (1, 2, 3)) -> list[str]:
    return [tag + text[i : i + n] for n in sizes for i in range(max(0, len(text) - n + 1))]


def features(sentence: str, start: int, end: int, heading: str, first_line: str, paragraph: str, top: str) -> list[str]:
    """The words a figure at sentence[start:end] is read by (all text simplified, blanks removed), with
    whether its paragraph and the text's first lines tell of work done or look ahead."""
    before, after = sentence[:start], sentence[end:]
    clause = CLAUSE_BREAK.split(before)[-1]
    out = _grams(clause[-12:], "L:") + _grams(after[:6], "R:", (1, 2)) + _grams(sentence, "S:", (2,))
    out += _grams(before[:10], "B:", (1, 2)) + _grams(heading[:30], "H:", (2,)) + _grams(first_line[:40], "D:", (2,))
    for tag, text in (("paragraph", paragraph), ("top", top)):
        out += [f"X:{tag}-done"] * bool(DONE.search(text)) + [f"X:{tag}-ahead"] * bool(AHEAD.search(text))
    if AHEAD.search(sentence):
        out.append("X:ahead")
    if TOLD.search(clause):
        out.append("X:told")
    if not YEAR.search(sentence):
        out.append("X:no-year")
    # the words of the whole paragraph and of the text's opening (a list of works done or to do), and
    # how the next sentence opens (任务…。目前已…: a task, then its progress)
    out += sorted(set(_grams(paragraph[:300], "P:", (2,)))) + sorted(set(_grams(top[:150], "T:", (2,))))
    at = paragraph.find(sentence) if sentence else -1
    following = paragraph[at + len(sentence) :] if at >= 0 else ""
    return out + (_grams(following[:4], "N:", (1, 2)) if following else ["N:none"])


@lru_cache(maxsize=4096)
def plain(text: str) -> str:
    """The text as the model reads it: simplified, without pinyin glosses or blanks."""
    return re.sub(r"\s+", "", normalised(text)[0])


def heading_above(lines: list[str], line: int) -> str:
    """The nearest short line above line `line` (1-based) that ends no sentence: the heading a figure
    sits under."""
    for text in reversed(lines[: max(0, line - 1)]):
        s = text.strip()
        if s and len(s) < 40 and not s.endswith("。"):
            return s
    return ""


def context(lines: list[str], line: int) -> tuple[str, str, str, str]:
    """What a figure on line `line` (1-based) is read in: the heading above it, the text's first line,
    its paragraph (the line) and the text's first three lines."""
    paragraph = plain(lines[line - 1]) if 0 < line <= len(lines) else ""
    first = plain(lines[0][:40]) if lines else ""
    return plain(heading_above(lines, line)), first, paragraph, plain("".join(lines[:3]))


def placed(quote: str, as_written: str) -> tuple[str, str, int]:
    """A drafted figure's sentence and words as the model reads them, and where the words stand in the
    sentence (-1 where they are not found)."""
    sentence, words = plain(quote), plain(as_written)
    return sentence, words, sentence.find(words) if words else -1


def figure_features(quote: str, as_written: str, lines: list[str], line: int) -> list[str]:
    """The features of a drafted figure: its number within its as-written words within its quote."""
    sentence, words, at = placed(quote, as_written)
    number = NUMBER.search(words)
    start, end = (at + number.start(), at + number.end()) if at >= 0 and number else (len(sentence), len(sentence))
    return features(sentence, start, end, *context(lines, line))


def key_features(lines: list[str], line: int, value: float, taken: set[tuple[int, int]]) -> list[str] | None:
    """The features of a key's figure: the first number on its line (1-based) with its value not
    yet taken by another figure of the key, read within its sentence; None where no number has it."""
    text = plain(lines[line - 1])
    for m in NUMBER.finditer(text):
        if (line, m.start()) in taken or abs(float(m.group()) - value) > 1e-9:
            continue
        taken.add((line, m.start()))
        begin = max([e.end() for e in SENTENCE_END.finditer(text, 0, m.start())], default=0)
        stop = SENTENCE_END.search(text, m.end())
        sentence = text[begin : stop.end() if stop else len(text)]
        return features(sentence, m.start() - begin, m.end() - begin, *context(lines, line))
    return None


@cache
def _model() -> tuple[float, dict[str, float]]:
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    return model["intercept"], model["weights"]


def past_odds(feats: list[str]) -> float:
    """The model's probability that a figure with these features is a past figure."""
    intercept, weights = _model()
    z = intercept + sum(weights.get(f, 0.0) for f in set(feats))
    return 1 / (1 + math.exp(-z))


def read_done(found: list[Found], lines: list[str], after: int | None = None) -> list[Found]:
    """Draft as past figures the prose targets the model reads as done (odds above PAST_ABOVE), in a
    text whose figures it reads as done on the whole (their mean odds above TEXT_PAST_ABOVE): a
    report, not a plan that tells its results before its targets. The rules' reading stands for a
    target of a year after `after` (the year the text reports on, else the year it is written in)
    and for one its clause names a task or goal (任务, 目标, 计划). Returns those drafted as past."""
    if not READS:
        return []
    odds = {
        id(f): past_odds(figure_features(f.quote, f.as_written, lines, f.lines[0]))
        for f in found
        if f.value is not None
    }
    if not odds or sum(odds.values()) / len(odds) <= TEXT_PAST_ABOVE:
        return []
    turned = [
        f
        for k, f in enumerate(found)
        if not f.past
        and odds.get(id(f), 0.0) > PAST_ABOVE
        and not (f.year and after and f.year > after)
        and not GOAL.search(_clause_of(f))
        and not _part_of_goal(f, found[:k])
    ]
    for f in turned:
        f.past, f.by_model = True, True
    return turned


def _part_of_goal(f: Found, earlier: list[Found]) -> bool:
    """Whether a figure is a part (其中…) of the figure its sentence names before it (among `earlier`), a
    task or goal (计划投入15.62亿元,其中中央及省市以上6.57亿元、县本级3.3亿): the parts of a plan are the plan's."""
    if not PARTS_OF.match(_clause_of(f)):
        return False
    before = [g for g in earlier if g.quote == f.quote and not PARTS_OF.match(_clause_of(g))]
    return bool(before) and not before[-1].past and bool(GOAL.search(_clause_of(before[-1])))


def _clause_of(f: Found) -> str:
    """The words of the figure's clause up to and with the figure (建设任务1467个)."""
    sentence, words, at = placed(f.quote, f.as_written)
    return CLAUSE_BREAK.split(sentence[:at])[-1] + words if at >= 0 else words
