"""Value rules shared by the loader and the importer: numbers in text, comparators in words."""

from __future__ import annotations

import re

from generator.messages import t
from generator.model import Value

# Full-width forms read as half-width ones, character for character (a position in the text is the
# same position in the result): the digits and signs of a value, and with punctuation ，；：（） too.
_FULLWIDTH = str.maketrans("０１２３４５６７８９．％＞＜＝", "0123456789.%><=")
_FULLWIDTH_PUNCTUATION = str.maketrans("，；：（）", ",;:()")
# A date: 2024年4月15日, 2024-04-15, 2024.4.15, 2024/4/15 (groups: year, month, day)
DATE = r"(\d{4})\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})"
_DATE = re.compile(DATE)
# A line that gives only a date, complete or not: 2023年, (2023年3月), 2022年3月12日
DATE_LINE = re.compile(r"[(（]?\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?[)）]?")
# A year as a text names it: 2023年, or 2022全年 (the whole year)
YEAR = re.compile(r"(\d{4})全?年")
# negated words first: 不超过 contains 超过, 不低于 contains 低于
_COMPARATOR_WORDS: list[tuple[str, str]] = [
    ("不得少于", ">="),
    ("不得低于", ">="),
    ("不得超过", "<="),
    ("不得高于", "<="),
    ("不超过", "<="),
    ("不高于", "<="),
    ("不大于", "<="),
    ("不小于", ">="),
    # 达到或超过, 或高于: at least the number (before 超过 and 高于, which alone are ">")
    ("或超过", ">="),
    ("或高于", ">="),
    ("或低于", "<="),
    ("≥", ">="),
    (">=", ">="),
    ("不低于", ">="),
    ("不少于", ">="),
    ("至少", ">="),
    ("以上", ">="),
    ("超过", ">"),
    ("超", ">"),  # 超30%: more than the number (only right before one: 超额, 超重 state nothing)
    ("突破", ">"),
    ("逾", ">"),
    ("≤", "<="),
    ("<=", "<="),
    ("以内", "<="),
    ("以下", "<="),
    ("左右", "="),  # 控制在5.5%左右: about the number, as 95%左右 is
    ("控制在", "<="),
    (">", ">"),
    ("<", "<"),
    ("高于", ">"),
    ("大于", ">"),
    ("低于", "<"),
    ("小于", "<"),
    ("余", ">"),  # 3万余个, 500余家: more than the number (only right after one: 其余, 业余 state nothing)
    ("多", ">"),  # 100多万平方米, 40多个 (only right after a number: 更多, 多元 state nothing)
]
# 余 and 多 state a comparator only after a number and its magnitude
_MORE_THAN = re.compile(r"\d\s*[十百千万亿]?[余多]")
_OVER = re.compile(r"超\s*\d")  # and 超 only right before one


def halfwidth(text: str, punctuation: bool = False) -> str:
    """The text with full-width digits and signs (and, asked, ，；：（）) in half-width, same length."""
    out = text.translate(_FULLWIDTH)
    return out.translate(_FULLWIDTH_PUNCTUATION) if punctuation else out


def date_in(text: str) -> tuple[int, int, int] | None:
    """The first real date the text writes (year, month, day), full-width digits read as digits."""
    for m in _DATE.finditer(halfwidth(text)):
        y, mo, d = (int(x) for x in m.groups())
        if 1949 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31:
            return (y, mo, d)
    return None


def unit_key(unit: str | None) -> str:
    """A unit as compared: 萬 → 万, ％ → %, no blanks (two units are the same when their keys are)."""
    return "".join((unit or "").replace("萬", "万").replace("％", "%").split())


def fmt_number(x: float) -> str:
    return f"{x:g}"


def numbers_in(text: str) -> list[float]:
    return [float(n) for n in re.findall(r"\d+(?:\.\d+)?", halfwidth(text).replace(",", ""))]


# Chinese numerals, and the measure words a count in words takes (一所, 两个): one list for all
CN_DIGITS = "一二三四五六七八九十"
COUNT_WORDS = "所个家座张名人处支项次"
_CN_COUNT = re.compile(f"([{CN_DIGITS}两])[{COUNT_WORDS}]")


def cn_digit(c: str) -> int:
    """一 → 1 … 十 → 10, 两 → 2."""
    return 2 if c == "两" else CN_DIGITS.index(c) + 1


_CN_PLACE = {"十": 10, "百": 100, "千": 1000}


def _cn_integer(words: str) -> int:
    """二十一 → 21, 一千一百一十八 → 1118, 一千零五 → 1005: a whole number in words (no 万 or 亿 inside)."""
    total = digit = 0
    for c in words:
        if c in _CN_PLACE:
            total += (digit or 1) * _CN_PLACE[c]
            digit = 0
        else:
            digit = 0 if c in "零〇" else cn_digit(c)
    return total + digit


def cn_number(text: str) -> int:
    """第十二章 → 12, 第6章 → 6, （三） → 3, 二十一 → 21; 0 when the text holds no number."""
    digits = re.sub(r"\D", "", text)
    if digits:
        return int(digits)
    return _cn_integer("".join(c for c in text if c in CN_DIGITS))


# a number in words with its order of magnitude: 两万(人) is 2 of the unit 万人, 三千(家) is 3000 家
CN_AMOUNT = re.compile(f"([{CN_DIGITS}两]{{1,3}})(万|千|百)")
_MAGNITUDE = {"千": 1000, "百": 100}
_BROKEN_DECIMAL = re.compile(r"\d+\.\s\d+")  # 457. 3: a decimal the text extraction broke with a blank


# a rate in words: 十万分之十五 is 15 per 100,000 (1/10万), 千分之三 is 3‰
CN_FRACTION = re.compile(f"(十万|万|千|百)分之([{CN_DIGITS}]{{1,3}})")
FRACTION_UNIT = {"十万": "1/10万", "万": "1/万", "千": "‰", "百": "%"}


def cn_amount(words: str, magnitude: str) -> float:
    """The value 两万 gives with the unit 万…, and 三千, 五百, 两 (no magnitude) give as plain numbers."""
    n = cn_digit(words) if len(words) == 1 else cn_number(words.replace("两", "二"))
    return float(n) if magnitude == "万" else float(n * _MAGNITUDE.get(magnitude, 1))


# a number written in words with its hundreds, thousands or a decimal point (四百, 一千一百一十八, 三百五十,
# 三点七), or before 万/亿 (十五万): its digits are what the words say; a count under a hundred in words
# (十二个, 十件实事) is not one, nor 百 or 千 alone (百姓, 千家万户), an ordinal (第十二), what a rate is
# per (每十万常住人口, 每一千名老人) or a rate's base (十万分之十五: see CN_FRACTION)
CN_NUMERAL = re.compile(
    r"(?<![第每零〇一二两三四五六七八九十百千万亿点几数])"
    r"([一二两三四五六七八九十][一二两三四五六七八九十百千零〇]*(?:点[零〇一二三四五六七八九]+)?)(?![多余几]|[万亿]?分之)"
)


def cn_numeral(words: str, after: str) -> float | None:
    """The value of a CN_NUMERAL match (`after`: the character after it), None where it is no such number."""
    whole, _, decimals = words.partition("点")
    if not (re.search("[百千]", whole) or decimals or after[:1] in ("万", "亿")):
        return None
    fraction = "".join(str("零一二三四五六七八九".index(c.replace("〇", "零"))) for c in decimals)
    return float(f"{_cn_integer(whole)}.{fraction}" if fraction else _cn_integer(whole))


def numerals_in(text: str) -> list[float]:
    """The numbers a text writes in words (CN_NUMERAL)."""
    found = (cn_numeral(m.group(1), text[m.end() : m.end() + 1]) for m in CN_NUMERAL.finditer(text))
    return [v for v in found if v is not None]


def number_in_text(value: float, text: str) -> bool:
    """Whether the text states this number: digits (also a decimal broken by a blank, 457. 3), a
    small count in words (一所), a number in words with its magnitude (两万人) or its hundreds
    (四百亿元, 三点七万个: CN_NUMERAL) or a rate in words (十万分之十五)."""
    words = [float(cn_digit(c)) for c in _CN_COUNT.findall(text)]
    words += [cn_amount(a, m) for a, m in CN_AMOUNT.findall(text)]
    words += [float(cn_number(n)) for _, n in CN_FRACTION.findall(text)]
    broken = [float(n.replace(" ", "")) for n in _BROKEN_DECIMAL.findall(text)]
    return any(abs(n - value) < 1e-9 for n in [*numbers_in(text), *words, *broken, *numerals_in(text)])


def number_in_source(value: float, text: str) -> bool:
    """Whether source text states this number, allowing for table cells that the text
    extraction glued together (44.8535 holds 44.85 and 35)."""
    return number_in_text(value, text) or fmt_number(value) in halfwidth(text).replace(",", "")


def stated_comparator(text: str) -> str | None:
    """The comparator a text states in words or symbols; '=' for a bare number."""
    norm = halfwidth(text)
    for word, comp in _COMPARATOR_WORDS:
        if (
            word in norm
            and (word not in ("余", "多") or _MORE_THAN.search(norm))
            and (word != "超" or _OVER.search(norm))
        ):
            return comp
    return "=" if numbers_in(norm) else None


def value_problems(value: Value, quote: str = "") -> list[tuple[str, str]]:
    """(message, field) pairs for a value whose number or comparator contradicts its text.

    A bare number ('96%') may carry a stricter comparator only when the quoted sentence says
    so (至少建设1所…和1个…).
    """
    out: list[tuple[str, str]] = []
    if value.value is None:
        if value.comparator is not None:
            out.append((t("comparator_no_number"), "comparator"))
        return out
    if value.upper is not None and not number_in_text(value.upper, value.as_written):
        out.append((t("upper_not_in_written", number=fmt_number(value.upper), written=value.as_written), "upper"))
    if not number_in_text(value.value, value.as_written):
        out.append((t("not_in_written", number=fmt_number(value.value), written=value.as_written), "value"))
    elif value.comparator is None:
        out.append((t("number_no_comparator"), "value"))
    else:
        stated = stated_comparator(value.as_written)
        if stated == "=" and value.comparator != "=" and stated_comparator(quote) == value.comparator:
            stated = value.comparator
        if stated and stated != value.comparator:
            out.append(
                (
                    t("comparator_contradicts", comparator=value.comparator, written=value.as_written, stated=stated),
                    "comparator",
                )
            )
    return out
