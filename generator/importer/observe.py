"""Read a bulletin, work report or news release and propose later figures for one plan's indicators.

Nothing is matched on a name alone. A figure is proposed only when the text names the indicator
(its name, its concept's name or an alias), states a number in the indicator's own unit, and says
(or its title says) which year it is for. The figure's scope (全国 / 全省 / 全市 / 市区 …) and kind
(one year's flow, a several-year total, a level) are read from its sentence and compared with the
indicator's: a national figure is proposed as national, a figure for part of the region or of another
kind is proposed with the difference named in its doubt, and a figure for another region, a goal
(目标, 预期 …) or a year the plan cannot track is left out with the reason. The caller writes the draft.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from generator.importer.characters import normalised, original, simplified
from generator.loading.crossref import UNIT_SUFFIX
from generator.messages import t
from generator.model import Indicator
from generator.model.indicator import FigureKind
from generator.model.observation import PlanObservations
from generator.sitemodel.site import Plan
from generator.sitemodel.values import CN_DIGITS, DATE_LINE, YEAR, date_in, fmt_number, stated_comparator, unit_key

_SENTENCE_END = re.compile(r"[。;!?！？]")
_FULL_STOP = re.compile(r"[。!?！？]")
_NUMBER = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)\s*(%|‰|万人次|万人|万个|万套|万张|万户|万|人次|人|个|张|所|岁|平方米|块|家|套|户|名|倍|亿元|元)?"
)
# a number read in a text: (start, end, value, unit, year)
_Figure = tuple[int, int, float, str | None, int | None]
# A year after these words is the year compared with, not the one the figure is for.
_COMPARED = re.compile(r"(?:比|较|从|由|与|和|同|对比|相比)\s*$")
_FROM = re.compile(r"(?:从|由)")
# 四年前, 去年, 前年: a time counted back from a year the text does not say; not 比去年 (compared with)
_COUNTED_BACK = re.compile(rf"(?<![比较与同])(?:[\d{CN_DIGITS}两]+年(?:以)?前|去年|前年)")
_TO = re.compile(r"^(?:上涨|上升|提高|提升|增长|增加|增至|上浮|升|达|降|下降)?(?:到|至)(?:(\d{4})年)?(?:的)?$")
_GOAL = re.compile(r"目标|预期|力争|争取|确保|计划|将达到|要达到|(?:^|[,，;；:：])\s*到\d{4}年")  # 到2025年,…达到38.5%
# A change between a name and its number (提高1.1岁, 平均每年增长超过0.2岁) is no level, unless it
# runs to the level (提高到77.7岁, 上涨至53.13%) or the indicator's own target is a change (增长1岁).
_CHANGE_WORD = r"(?:增长|增加|提高|提升|上升|上涨|下降|减少|降低)"
_CHANGE = re.compile(_CHANGE_WORD + r"了?(?:超过|近|约|逾|达)?$")  # just before the number
_CHANGE_TARGET = re.compile(_CHANGE_WORD + r"(?!到|至)")
_CUMULATIVE = re.compile(
    r"累计|五年来|五年间|“十[一二三四五六]五”(?:时期|期间|以来)|十[一二三四五六]五(?:时期|期间|以来)"
)
_PARTIAL = re.compile(r"[(（]不含[^)）]{1,12}[)）]|不含[\u4e00-\u9fff]{1,6}")
_URBAN = re.compile(r"市区|中心城区|主城区|城区")
# a group of the region's cities (31个大城市, 这些大城市): part of the region, whatever the text's scope
_GROUP_OF_CITIES = re.compile(r"(?:\d+个|这些)(?:大|特大|重点|主要)?城市")
# after the region's short name, a district or county of the city, or a city of the province
_PART_OF_CITY = re.compile(r"市(?!城区|市区|新区)[\u4e00-\u9fff]{1,3}(?:区|县)(?!域)")
_PART_OF_PROVINCE = re.compile(r"省[\u4e00-\u9fff]{2,4}市")
# a province or municipality by its short name (江苏人均预期寿命…): never a city's own, nor another province's
_PROVINCE_SHORT = re.compile(
    r"河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海"
    r"|台湾|北京|天津|上海|重庆|内蒙古|广西|西藏|宁夏|新疆"
)
_COUNTED = re.compile(r"(?:人数|人员|数)$")  # 城镇新增就业人数 is written 城镇新增就业 in most texts
_QUOTES = str.maketrans("", "", "“”\"'‘’")
_NAME_PREFIX = re.compile(r"^(?:全市|全省|符合条件的|以乡（镇、街道）为单位|以乡\(镇、街道\)为单位)")
_MIN_KEY = 4
# 失业保险参保人数 is written 参加失业保险人数 in statistical bulletins
_ENROLLED = re.compile(r"^(.{2,}保险)参保人数$")
_MAX_GAP = 70  # characters between an indicator's name and its number
_PUBLISHER = re.compile(
    r"(?:国家统计局[\u4e00-\u9fff]{1,6}调查(?:总)?队|[\u4e00-\u9fff]{2,8}?"
    r"(?:统计局|教育厅|教育局|教育体育局|卫生健康委员会|卫生健康委|人力资源和社会保障厅|人力资源和社会保障局|民政厅|民政局|人民政府))"
)
_TITLE = re.compile(
    r"《([^《》]{4,60}(?:公报|报告|概况))》|^[\s【\[]*([^\s《》]{0,30}?\d{4}年[^\s《》]{2,40}(?:公报|报告|概况))"
)

Scope = str  # "own", "national", "partial", "urban", "other"


@dataclass(frozen=True)
class Proposal:
    """A figure the text gives for one of the plan's indicators, ready to be written as an observation."""

    indicator: str
    year: int
    value: float
    unit: str
    kind: FigureKind
    scope: Scope
    line: int  # 1-based
    as_written: str
    region: str
    difference: str | None  # why the figure is not the indicator's own (scope, kind), in Chinese

    def observation(self, source_id: str) -> dict[str, object]:
        out: dict[str, object] = {
            "indicator": self.indicator,
            "region": self.region,
            "scope": "national" if self.scope == "national" else "region",
            "year": self.year,
            "as_written": self.as_written,
            "value": self.value,
            "kind": self.kind,
            "unit": self.unit,
            "source": source_id,
            "lines": [self.line, self.line],
        }
        if self.difference:
            out["doubt"] = self.difference
        return out


@dataclass(frozen=True)
class LeftOut:
    indicator: str
    line: int
    as_written: str
    reason: str


@dataclass(frozen=True)
class SourceGuess:
    """What the text itself says about where it comes from (None where it says nothing)."""

    title: str | None
    publisher: str | None
    date: tuple[int, int, int] | None


@dataclass(frozen=True)
class Reading:
    proposals: tuple[Proposal, ...]
    left_out: tuple[LeftOut, ...]
    source: SourceGuess
    year: int | None  # the year the whole text reports on, when its title or opening says so


def _names(ind: Indicator, concept_names: dict[str, list[str]]) -> list[str]:
    """The phrases that name the indicator in a text: its own name and its concept's names."""
    names = [ind.name, *concept_names.get(ind.concept or "", [])]
    out: list[str] = []
    for n in names:
        n = simplified(UNIT_SUFFIX.sub("", n).translate(_QUOTES)).strip()
        n = _NAME_PREFIX.sub("", n)
        # 每千人口执业(助理)医师 in national and city bulletins is per resident (常住) population
        per_resident = n.replace("常住人口", "人口") if n.startswith(("每千", "每万")) else n
        enrolled = _ENROLLED.sub(r"参加\1人数", n)
        # 城乡居民基本养老保险参保人数 is written 城乡居民养老保险参保人数 in bulletins
        plain = n.replace("基本", "")
        for variant in (n, _COUNTED.sub("", n), per_resident, _COUNTED.sub("", per_resident), enrolled, plain):
            if len(variant) >= _MIN_KEY and variant not in out:
                out.append(variant)
    return out


def indicator_kind(ind: Indicator, observations: PlanObservations | None) -> FigureKind | None:
    """The kind of figure the indicator is tracked by: a cumulative method sums yearly figures; else
    the kind of the later figures already recorded (not those kept with a doubt, which may be of
    another kind), what the name or target says (累计, 每年), the plan's own figures, the name
    (新增: one year's flow); None when nothing says (the figure's own kind then stands)."""
    if observations and any(m.indicator == ind.id for m in observations.methods):
        return "year"
    later = (
        Counter(o.kind for o in observations.observations if o.indicator == ind.id and not o.doubt)
        if observations
        else Counter()
    )
    if later:
        return later.most_common(1)[0][0]
    target = ind.target.as_written if ind.target else ""
    if "累计" in ind.name or "累计" in target:
        return "cumulative"
    if "每年" in target:
        return "year"
    own = Counter(o.kind for o in ind.observations)
    if own:
        return own.most_common(1)[0][0]
    return "year" if "新增" in ind.name else None


_KIND_WORDS = {"level": "年末水平或比率", "year": "当年数", "cumulative": "多年累计数"}


def text_year(lines: Sequence[str]) -> int | None:
    """The year a bulletin reports on: from its title (2021年…统计公报) or its opening (2023年,…, 2023年年末…),
    which a figure takes when neither its sentence nor its paragraph names a year (全年全省城镇新增就业…)."""
    norm = [normalised(x)[0] for x in lines[:40]]
    for line in norm:
        m = re.search(r"(\d{4})年[^,;。]{0,40}(?:统计公报|发展公报|概况)", line)
        if m:
            return int(m.group(1))
    for line in norm:  # a census bulletin (第七次全国人口普查公报): the census year
        m = re.search(r"第([六七八])次全国人口普查(?:主要数据)?公报", line)
        if m:
            return {"六": 2010, "七": 2020, "八": 2030}[m.group(1)]
    for line in norm:  # a first paragraph that opens with its year: 2023年,… or 2023年年末全省…
        m = re.match(r"\s*(\d{4})年(?:[,，]|年末|末|底)", line)
        if m:
            return int(m.group(1))
    headline = next((x for x in norm if x.strip()), "")
    years = {int(y) for y in YEAR.findall(headline)}
    if len(years) == 1 and len(headline) <= 60:  # a news headline: 截至2022年底河南学前教育毛入园率达91.8%
        return years.pop()
    return None


# 全国 opening a text names whose figures follow; 拥有全国…的十分之一, 居全国第…, 高于全国 compare with it
_NATIONAL_OPENING = re.compile(
    r"(?<!拥有)(?<!占)(?<!居)(?<!高于)(?<!低于)(?<!超过)(?<!领先)全国|我国|国家统计局\d|国家统计局[^\u4e00-\u9fff]"
)


def text_scope(lines: Sequence[str], plan: Plan) -> Scope:
    """Whose figures the text gives, from its opening lines: the region they name first — the
    plan's, the country, or another (河北省体育场地… before a comparison with 全国) — and none
    when the text never names the plan's region."""
    head = normalised("".join(lines[:6]))[0]
    region = simplified(plan.meta.region)
    short = region[:-1] if region[-1:] in "省市" else region
    first: list[tuple[int, Scope]] = []
    if m := re.search(_NATIONAL_OPENING, head):
        first.append((m.start(), "national"))
    if (k := head.find(short)) >= 0:  # 安阳市北关区, 河南省郑州市: a part of the region, not the region
        part = _PART_OF_CITY if plan.meta.level != "province" else _PART_OF_PROVINCE
        first.append((k, "other" if part.match(head, k + len(short)) else "own"))
    if m := re.search(r"[\u4e00-\u9fff]{2,4}(?:市|县|区|省)(?:统计局|人民政府)", head):
        first.append((m.start(), "own" if short in m.group(0) else "other"))
    first += [
        (m.start(), "other")
        for m in _PROVINCE_SHORT.finditer(head)
        if m.group(0) != short and not head[m.end() :].lstrip("省").startswith(short)  # 河南省平顶山市
    ][:1]
    if first:
        return min(first)[1]
    if short not in normalised("".join(lines))[0]:
        return "unnamed"  # a text that never names the plan's region gives no figure of its own
    return "own"


def _scope_in(before: str, plan: Plan, default: Scope) -> tuple[Scope, str | None]:
    """The scope a sentence gives its figure (the words nearest before it win)."""
    region = simplified(plan.meta.region)
    short = region[:-1] if region[-1:] in "省市" else region
    own = ("全省", "我省", "本省") if plan.meta.level == "province" else ("全市", "我市", "本市")
    found: list[tuple[int, Scope, str]] = []
    for w in ("全国", "我国"):
        found += [(m.start(), "national", w) for m in re.finditer(w, before)]
    for w in (*own, short):
        found += [(m.start(), "own", w) for m in re.finditer(re.escape(w), before)]
    other = ("全市", "我市", "全县", "全区") if plan.meta.level == "province" else ("全省", "我省", "全县", "全区")
    for w in other:
        found += [(m.start(), "other", w) for m in re.finditer(w, before)]
    named = [m for m in _PROVINCE_SHORT.finditer(before) if m.group(0) != short]
    found += [(m.start(), "other", m.group(0)) for m in named]
    if plan.meta.level == "province":  # 河北省…全省: the province the sentence named, not the plan's
        for w in own[:2]:
            for m in re.finditer(w, before):
                last = max((x for x in named if x.start() < m.start()), key=lambda x: x.start(), default=None)
                mine = [x.start() for x in re.finditer(re.escape(short), before[: m.start()])]
                if last and (not mine or mine[-1] < last.start()):
                    found.append((m.start() + 1, "other", last.group(0)))
    for m in _URBAN.finditer(before):
        found.append((m.start(), "urban", m.group(0)))
    found += [(m.start(), "other", m.group(0)) for m in _GROUP_OF_CITIES.finditer(before)]
    found += [(m.start(), "other", m.group(0)) for m in re.finditer(r"世界|全球", before)]  # the world's
    for m in _PARTIAL.finditer(before):
        found.append((m.start(), "partial", m.group(0)))
    if not found:
        return default, None
    _, scope, word = max(found)
    if scope == "own" and word != short and default in ("other", "unnamed"):
        return default, word  # 全省 in a text about another province (or one that never names the plan's)
    return scope, word


def _clause_start(text: str, s_start: int) -> int:
    """Where the full sentence a clause belongs to starts: a goal (到2025年…) stated at its head governs
    every clause after it, up to the sentence's 。, across its semicolons."""
    starts = [m.end() for m in _FULL_STOP.finditer(text, 0, s_start)]
    return starts[-1] if starts else 0


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    after = _SENTENCE_END.search(text, pos)
    return start, (after.end() if after else len(text))


def _year_before(text: str, start: int, end: int) -> int | None:
    """The last year named in text[start:end] that is not a year compared with (比2019年)."""
    year = None
    for m in YEAR.finditer(text, start, end):
        if not _COMPARED.search(text[max(start, m.start() - 4) : m.start()]):
            year = int(m.group(1))
    return year


@dataclass(frozen=True)
class _Hit:
    ind: Indicator
    start: int
    end: int


# A rate named in two parts around a count of the institutions: 高中阶段教育学校1602所,毛入学率92.50%
_RATES = ("毛入学率", "毛入园率", "巩固率", "覆盖率")
_SPLIT_BETWEEN = re.compile(r"[\u4e00-\u9fff]{1,4}\d+(?:\.\d+)?万?[所个家],")


# A share named around the amount it is a share of: 民生支出326.49亿元，下降0.4%，占一般公共预算支出的比重为72.6%
_SHARE = re.compile(r"(.{2,}?)占(.{2,}?)的?比重")


def _split_pattern(key: str) -> re.Pattern[str] | None:
    share = _SHARE.fullmatch(key)
    if share:
        head, whole = (re.escape(part) for part in share.groups())
        return re.compile(f"{head}[^。；;占]{{0,40}}[,，]占{whole}的(?:比重)?")
    for rate in _RATES:
        if key.endswith(rate) and len(key) - len(rate) >= 2:
            head = re.escape(key[: -len(rate)])
            return re.compile(f"{head}(?:{_SPLIT_BETWEEN.pattern}){re.escape(rate)}")
    return None


def _hits(norm: str, keyed: list[tuple[str, Indicator]]) -> list[_Hit]:
    """Each place an indicator is named, longest name first, never two on the same characters;
    then the rates named in two parts around a count, where nothing else named them."""
    taken: list[tuple[int, int]] = []
    out: list[_Hit] = []
    patterns = [(re.compile(re.escape(key)), ind) for key, ind in keyed]
    patterns += [(pat, ind) for key, ind in keyed if (pat := _split_pattern(key))]
    for pattern, ind in patterns:
        for m in pattern.finditer(norm):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            out.append(_Hit(ind, m.start(), m.end()))
    return sorted(out, key=lambda h: h.start)


@dataclass(frozen=True)
class _Context:
    """What every figure of one text is judged against."""

    plan: Plan
    observations: PlanObservations | None
    year: int | None  # the text's own year (title, opening or headline)
    scope: Scope  # whose figures the text gives when a sentence does not say

    def first_year(self, ind: Indicator) -> int:
        return ind.baseline.year if ind.baseline and ind.baseline.year else self.plan.meta.period.start - 1


def read_text(
    lines: Sequence[str],
    plan: Plan,
    concept_names: dict[str, list[str]],
    observations: PlanObservations | None = None,
) -> Reading:
    """Every figure the text gives for the plan's indicators: proposed, or left out with the reason."""
    ctx = _Context(plan, observations, text_year(lines), text_scope(lines, plan))
    keyed = sorted(
        ((k, i) for i in plan.indicators if i.unit for k in _names(i, concept_names)),
        key=lambda p: -len(p[0]),
    )
    proposals: list[Proposal] = []
    left: list[LeftOut] = []
    for n, line in enumerate(lines, start=1):
        norm, positions = normalised(line)
        hits = _hits(norm, keyed)
        shared = _shared_out(norm, hits, ctx.year)
        for k, hit in enumerate(hits):
            s_start, s_end = _sentence_bounds(norm, hit.start)
            limit = min(hits[k + 1].start if k + 1 < len(hits) else len(norm), hit.end + _MAX_GAP, s_end)
            for figure in shared.get(k) or _figures(norm, hit, limit, s_start, ctx.year):
                as_written = original(line, positions, hit.start, figure[1]).strip()
                judged = _judge(ctx, norm, hit, s_start, figure, (n, as_written))
                if isinstance(judged, Proposal):
                    proposals.append(judged)
                else:
                    left.append(judged)
    for row in _table_rows(ctx, lines, keyed):  # a table's rows, one a line between bars
        if isinstance(row, Proposal):
            proposals.append(row)
        else:
            left.append(row)
    return Reading(tuple(_unique(proposals)), tuple(left), guess_source(lines), ctx.year)


_BARS = re.compile(r"\s*[|｜]\s*")
_UNIT_LINE = re.compile(r"^\s*单位\s*[:：]\s*(\S+?)\s*$")


def _table_rows(ctx: _Context, lines: Sequence[str], keyed: list[tuple[str, Indicator]]) -> list[Proposal | LeftOut]:
    """Figures of a table whose rows stand one a line between bars (全市 | 24.78 | 56.92 | 18.30 |):
    the row of the plan's own region, each value under a column whose heading names exactly one of
    the plan's indicators (60岁及以上 in 60岁以上老年人口占比), in the unit the table states (单位:%)."""
    out: list[Proposal | LeftOut] = []
    heads: list[list[str]] = []  # the heading lines since the last row, each its cells
    header: list[str] | None = None  # the headings the rows below stand under
    unit: str | None = None
    own = {"province": "全省", "city": "全市"}.get(ctx.plan.meta.level)  # the row of the plan's own region
    for n, line in enumerate(lines, start=1):
        norm = normalised(line)[0]
        if m := _UNIT_LINE.match(norm):
            unit, heads = m.group(1), []
        cells = [c.replace(" ", "") for c in _BARS.split(norm.strip(" |｜")) if c.strip()] if _BARS.search(norm) else []
        values = [c for c in cells[1:] if re.fullmatch(r"\d+(?:\.\d+)?", c)]
        if not cells or len(values) != len(cells) - 1 or not values:
            heads = heads + [cells] if cells else heads
            continue
        header, heads = (_columns(heads, len(values)), []) if heads else (header, heads)  # (rows under one header)
        if cells[0] != own or header is None:
            continue
        for k, heading in enumerate(header):
            found = {ind.id: ind for key, ind in keyed if len(heading) >= 4 and heading in key}
            if len(found) != 1 or unit is None:
                continue
            ind = next(iter(found.values()))
            row = f"{cells[0]}{heading}{values[k]}{unit}"
            hit = _Hit(ind, len(cells[0]), len(cells[0]) + len(heading))
            figure = (hit.end, hit.end + len(values[k]) + len(unit), float(values[k]), unit, ctx.year)
            out.append(_judge(ctx, row, hit, 0, figure, (n, line.strip())))
    return out


def _columns(heads: list[list[str]], size: int) -> list[str] | None:
    """The headings of a table's value columns: the last heading lines whose cells, together, are
    as many as the values (0-14岁 | 15-59岁 | 60岁及以上, then 其中:65岁及以上), or one more with the
    label column first (地区 | …); 及以上 read as 以上."""
    cells: list[str] = []
    for head in reversed(heads):
        cells = head + cells
        if len(cells) == size + 1:
            cells = cells[1:]  # 地区 | 学前教育毛入园率 | …: the rows' own label column first
        if len(cells) == size:
            return [re.sub(r"^其中[:：]?", "", c).replace("及以上", "以上") for c in cells]
        if len(cells) > size:
            return None
    return None


def _left_out_why(
    ctx: _Context,
    norm: str,
    hit: _Hit,
    span: tuple[int, int, int],
    figure: tuple[str | None, int | None],
    scope: tuple[Scope, str | None],
) -> str | None:
    """Why a figure is not the indicator's level, for the plan's region, in a year the plan tracks
    (None when it may be)."""
    (s_start, value_start, value_end), (unit, year), ind = span, figure, hit.ind
    end = ctx.plan.meta.period.end
    if unit_key(unit) != unit_key(ind.unit):
        return t("observe_left_unit", unit=unit or "—", expected=ind.unit)
    if _GOAL.search(norm[_clause_start(norm, s_start) : hit.start]):
        return t("observe_left_goal")
    target = ind.target.as_written if ind.target else ""
    if _CHANGE.search(norm[hit.end : value_start]) and not _CHANGE_TARGET.search(target):
        return t("observe_left_change")
    if _bound(norm, max(hit.end, value_start - 3), value_start, value_end):
        return t("observe_left_bound")
    if year is None:
        return t("observe_left_no_year")
    if year < ctx.first_year(ind) or year > end:
        return t("observe_left_year", year=year, first=ctx.first_year(ind), end=end)
    if scope[0] == "other":
        return t("observe_left_region", word=scope[1] or "")
    if scope[0] == "unnamed":
        return t("observe_left_unnamed", region=ctx.plan.meta.region)
    return None


def _bound(norm: str, before: int, value_start: int, value_end: int) -> bool:
    """Whether the words next to the number make it a bound (超过70%, 96%以上: where the figure lies,
    not what it is), read as values.py reads a stated comparator, or an approximation (左右)."""
    near = norm[before:value_end] + norm[value_end : value_end + 2]
    return stated_comparator(near) not in ("=", None) or norm.startswith("左右", value_end)


def _judge(
    ctx: _Context,
    norm: str,
    hit: _Hit,
    s_start: int,
    figure: _Figure,
    where: tuple[int, str],
) -> Proposal | LeftOut:
    """The figure proposed, with any difference from the indicator named, or left out with the reason."""
    value_start, value_end, value, unit, year = figure
    ind, (n, as_written) = hit.ind, where
    scope, word = _scope_in(norm[s_start:value_start], ctx.plan, ctx.scope)
    why = _left_out_why(ctx, norm, hit, (s_start, value_start, value_end), (unit, year), (scope, word))
    if why is None and year is not None:
        expected = indicator_kind(ind, ctx.observations)
        kind = _figure_kind(norm[s_start:value_start], norm[hit.start : hit.end], expected or "level", unit)
        differences = []
        if scope in ("partial", "urban"):
            differences.append(t("observe_diff_scope", word=word or "", region=ctx.plan.meta.region))
        if expected is not None and kind != expected:
            differences.append(t("observe_diff_kind", kind=_KIND_WORDS[kind], expected=_KIND_WORDS[expected]))
        region = "全国" if scope == "national" else ctx.plan.meta.region
        difference = "；".join(differences) or None
        return Proposal(ind.id, year, value, ind.unit or "", kind, scope, n, as_written, region, difference)
    return LeftOut(ind.id, n, as_written, why or t("observe_left_no_year"))


def _figure_kind(sentence_before: str, name: str, indicator: FigureKind, unit: str | None) -> FigureKind:
    if _CUMULATIVE.search(sentence_before):
        return "cumulative"
    if "新增" in name or indicator == "year":
        return "year"
    if "全年" in sentence_before and unit != "%":
        return "year"  # 全年…旅游总收入407.83亿元: the year's flow, not a year-end stock
    return "level"


# 甲、乙、丙分别由2012年的a、b、c提升至x、y、z: names listed, then their figures in the same order
_JOIN = "[、和及与]"  # what joins the items of a list, names or values
_JOINED = re.compile(rf"^{_JOIN}$")
# names that are no indicator of the plan may stand in the list too: they take their places in the run
_ITEM = r"[^、和及与，,。；;:：\d分]{2,16}"
_SHARED = re.compile(rf"((?:{_JOIN}{_ITEM})*)(?:的)?分别(?:为|是|达到?|由)?")
_LEADING = re.compile(rf"(?:{_ITEM}{_JOIN})+$")


def _shared_out(norm: str, hits: list[_Hit], doc_year: int | None) -> dict[int, list[_Figure]]:
    """The figure each name of a list takes when 分别 shares a run of values out to the names, in
    order (the later run where the values go from one run to another); by the index of its hit."""
    out: dict[int, list[_Figure]] = {}
    k = 0
    while k < len(hits):
        j = k
        while j + 1 < len(hits) and _JOINED.match(norm[hits[j].end : hits[j + 1].start]):
            j += 1
        shared = _SHARED.match(norm, hits[j].end)
        s_start, s_end = _sentence_bounds(norm, hits[k].start)
        leading = _LEADING.search(norm, s_start, hits[k].start)
        before = len(re.findall(_JOIN, leading.group(0))) if leading else 0
        after = len(re.findall(_JOIN, shared.group(1))) if shared else 0
        if shared and j - k + 1 + before + after >= 2:
            runs = _value_runs(norm, shared.end(), s_end, j - k + 1 + before + after)
            if runs:
                start, values = runs[-1]  # 由…a、b提升至x、y: the figures reached
                year = _figure_year(norm, "", s_start, start, doc_year)
                for i in range(k, j + 1):
                    v_start, v_end, value, unit = values[before + i - k]
                    out[i] = [(v_start, v_end, value, unit, year)]
        k = j + 1
    return out


def _value_runs(
    norm: str, start: int, end: int, size: int
) -> list[tuple[int, list[tuple[int, int, float, str | None]]]]:
    """Runs of exactly ``size`` numbers joined by 、/和 in norm[start:end] (a year is no value)."""
    runs: list[tuple[int, list[tuple[int, int, float, str | None]]]] = []
    run: list[tuple[int, int, float, str | None]] = []
    for m in _NUMBER.finditer(norm, start, end):
        if norm[m.end() : m.end() + 1] == "年":
            continue
        if run and not _JOINED.match(norm[run[-1][1] : m.start()]):
            if len(run) == size:
                runs.append((run[0][0], run))
            run = []
        run.append((m.start(), m.end(), float(m.group(1)), m.group(2)))
    if len(run) == size:
        runs.append((run[0][0], run))
    return runs


def _figure_year(norm: str, between: str, s_start: int, at: int, doc_year: int | None) -> int | None:
    """The year of the figure at ``at``: written just before it (2023年末的…), else the sentence's,
    else the paragraph's (clauses after ; share it), else the text's."""
    own_year = re.search(r"(\d{4})年(?:末|底)?的?$", between)
    if own_year:
        return int(own_year.group(1))
    if between.endswith(("当年的", "当年")):
        return _year_before(norm, s_start, at - 2)
    if _COUNTED_BACK.search(norm, s_start, at) and not _year_before(norm, s_start, at):
        return None  # 四年前,…毛入学率为51.86%: not the year of the sentence before it
    return _year_before(norm, s_start, at) or _year_before(norm, 0, s_start) or doc_year


def _figures(norm: str, hit: _Hit, limit: int, s_start: int, doc_year: int | None) -> list[_Figure]:
    """The number that follows an indicator's name (two for 从A上涨到B), with the year each is for."""
    unit_wanted = unit_key(hit.ind.unit)
    pos = hit.end
    for m in _NUMBER.finditer(norm, pos, limit):
        unit = m.group(2)
        after = norm[m.end() : m.end() + 1]
        if after == "年" or (unit is None and after in "月日"):
            continue  # a date
        if unit is None and norm[m.start() - 1 : m.start()] == "“":
            continue  # “50”大关: a round number in quotes, not a figure
        if unit_key(unit) != unit_wanted and unit in (None, "个", "年"):
            continue  # 0.9个百分点 after a rate; a bare number
        value = float(m.group(1))
        between = norm[pos : m.start()]
        this_year = _figure_year(norm, between, s_start, m.start(), doc_year)
        start_of = _FROM.search(between)
        if start_of and not re.search(r"当年|同年", between[start_of.end() :]):
            # 由2.90人提高到…: the starting figure's year is the one its own words give (由当年的: the
            # year told before), never the year of the clause before it
            own = re.search(r"(20\d\d)年", between[start_of.end() :])
            this_year = int(own.group(1)) if own else None
        out = [(m.start(), m.end(), value, unit, this_year)]
        if start_of:
            nxt = next((x for x in _NUMBER.finditer(norm, m.end(), limit) if norm[x.end() : x.end() + 1] != "年"), None)
            if nxt and nxt.group(2) == unit:  # the year in 上涨至2021年的53.13% is skipped, not the figure
                joint = _TO.match(norm[m.end() : nxt.start()])
                if joint:
                    if joint.group(1):
                        to_year: int | None = int(joint.group(1))
                    elif doc_year and this_year and doc_year > this_year:
                        to_year = doc_year
                    else:
                        to_year = None
                    out.append((nxt.start(), nxt.end(), float(nxt.group(1)), unit, to_year))
        return out
    return []


def _unique(proposals: Iterable[Proposal]) -> list[Proposal]:
    seen: set[tuple[str, int, float, str]] = set()
    out = []
    for p in proposals:
        key = (p.indicator, p.year, p.value, p.scope)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def guess_source(lines: Sequence[str]) -> SourceGuess:
    """Title, publisher and date as the text's opening lines give them (as written, not normalised)."""
    title = publisher = None
    date = None
    publishers: list[str] = []
    for line in lines[:12]:
        norm, positions = normalised(line)
        if title is None and len(norm) <= 60 and (m := _TITLE.search(norm)):
            g = 1 if m.group(1) else 2
            start = max([m.start(g), *(k + 1 for k, c in enumerate(norm[: m.end(g)]) if c in "】]")])
            start = max(start, norm.find("专题", start, m.end(g)) + 2 if "专题" in norm[start : m.end(g)] else start)
            title = original(line, positions, start, m.end(g)).strip("【】[] ")
        for pm in _PUBLISHER.finditer(norm):
            name = original(line, positions, pm.start(), pm.end())
            if all(name not in p and p not in name for p in publishers):
                publishers.append(name)
        if date is None:
            date = date_in(norm)
    if publishers:
        publisher = "、".join(publishers[:2])
    if title is None:  # a news page: its headline is the first short line that is not navigation
        heads = (x.strip() for x in lines[:3] if x.strip() and not re.search(r"[>|。]", x))
        first = next((x for x in heads if not _PUBLISHER.fullmatch(simplified(x)) and not DATE_LINE.fullmatch(x)), "")
        if 0 < len(first) <= 40:
            title = first
    return SourceGuess(title, publisher, date)


def fmt_proposal(p: Proposal) -> str:
    return f"{p.indicator} {p.year} {fmt_number(p.value)}{p.unit} ({p.kind}) 第 {p.line} 行“{p.as_written}”"
