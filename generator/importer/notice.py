"""A plan's metadata from the text before it: the issuing notice or the web page around it.

Rules, each applied to the lines before the plan's own title (the notice, a page header):
- issuer: the body that writes 「X关于印发…的通知」; else the page's 发文机关 field; else
  「X印发《…》」 in a news report. The notice title wins over 发文机关, which often names the
  office that published the page (…人民政府办公室) rather than the issuer.
- doc_number: the first 安政〔2022〕16号-style number (〔〕, [] or () around the year).
- issued (成文): the 成文日期 field; else a line that is only a date (the notice's signature).
- published: 发布时间 / 发布日期 / 公布日期 / 发表于 / 时间 followed by a date (【公布日期】2005.02.01 too).
- when the lines before the title give neither date (a news page whose header the importer does
  not take for a notice, a notice whose 落款 follows its text): the date a line at the very end
  is made of (the 落款, in digits or in Chinese numerals: 二○一一年二月二十一日), and a 发布日期/时间 line
  among the text's first lines.
- status: the page's 有效性 field (有效 → in-force, 失效/废止 → unknown); else 征求意见稿 → draft;
  else a notice of issue → in-force; else unknown.
- period: the five-year period or the years the title names; else the period the text names
  most often.
- region and level: the place name the title opens with (河南省 → province, 安阳市 → city,
  …县/区 → county).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from generator.importer.years import COMPARED, FUTURE, STAGE_SPAN, THIS_YEAR, TITLE_SPAN, WORKS, looks_ahead
from generator.messages import t
from generator.sitemodel.values import DATE, cn_number
from generator.sitemodel.vocabulary import FIVE_YEAR_PLANS

ISSUER_NOTICE = re.compile(
    r"^\s*(?:标\s*题\s*)?([\u4e00-\u9fff]{2,24}?(?:人民政府|办公厅|办公室|委员会|厅|局))关于印发"
)
ISSUER_FIELD = re.compile(r"发文机关\s*[:：]?\s*([\u4e00-\u9fff]{2,24}?)(?:\s|成文日期|$)")
ISSUER_NEWS = re.compile(r"([\u4e00-\u9fff]{2,12}?(?:人民政府(?:办公厅|办公室)?|委员会))(?:正式)?印发《")
DOC_NUMBER = re.compile(r"(?<![》(（\u4e00-\u9fff])[\u4e00-\u9fff]{1,8}[〔\[(（]\s*\d{4}\s*[〕\])）]\s*\d{1,4}\s*号")
ISSUED_FIELD = re.compile(r"成文日期\s*[:：|]?\s*" + DATE)
SIGNATURE_DATE = re.compile(r"^\s*" + DATE + r"\s*日?\s*$")
# 安徽省劳动和社会保障厅 二00八年七月二十五日 附件…: a 落款 inside a line (a notice stored as one line),
# the issuing office's name, a blank and the date
OFFICE_END = r"(?:厅|局|政府|委员会|办公室)"
SIGNED_INLINE = re.compile(OFFICE_END + r"\s+" + DATE + r"\s*日(?=\s|$)")
CLOCK = r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"  # the time of day a page prints after its date (10:27, 10:27:28)
PUBLISHED = re.compile(
    r"(?:发布时间|发布日期|公布日期|发表于|發表於|时间(?:为)?|(?<!成文)日期|(?<![\u4e00-\u9fff])发布(?=\s*[:：])|Post By)"
    r"\s*[:：】|]?\s*" + DATE
)  # (| : a metadata table's cell; 发表于: 2020-12-23 12:13 | 只看该作者: a forum post's; 发布:2021-05-26 19:37; 来源时间为:2018-09-13)
# a news page's byline: the date, then the source or author (2019-05-28  来源:新快报, 2019-10-14  出处:安徽日报,
# 2017年06月23日 15:34 | 作者:石鑫 | 來源:新疆日報)
BYLINE = re.compile(
    r"^\s*" + DATE + r"日?" + CLOCK + r"\s*[|｜]?\s*(?:来源|來源|出处|出處|作者|编辑|編輯|责编|責編)\s*[:：]"
)
# 2020-08-10 16:22  市住房城乡建设局 [字号: ] 打印: a government page's date, who posted it, its print buttons
POSTED = re.compile(r"^\s*" + DATE + r"日?" + CLOCK + r"\s+[^\d，,。；;]{0,30}?[\[【]\s*字[号號体體]")
# a page's date alone on a line near its top (2024-02-29 10:27:28: with its time), below a headline and source
BARE_DATE = re.compile(r"^\s*" + DATE + r"日?" + CLOCK + r"\s*[,，]?\s*$")
SOURCE_DATE = re.compile(r"^\s*(?:来源|来自)\s*[:：][^\d\n]{1,30}?" + DATE)  # 来源:某某日报 2021-02-05 23:17
SITE_DATE = re.compile(r"【[^】]{2,16}】\s*" + DATE + r"日?\s*$")  # a repost's http://…【泉州經濟網】2016-02-22
# 发表于 2013-3-4 11:41:07 | 只看该作者: a forum post's date, below the forum's menus (read further down the page)
FORUM_POSTED = re.compile(r"^\s*(?:发表于|發表於)\s*[:：]?\s*" + DATE + CLOCK + r"\s*[|｜]")
FORUM_HEAD_LINES = 30
REPLY_DATE = re.compile(r"(?:在|于)\s*" + DATE + r"日?\s*(?:回复|答复)")  # 新泰市文化和旅游局在2020-03-09回复:
WEEKDAY_DATE = re.compile(r"^\s*" + DATE + r"日?\s*星期[一二三四五六日天]\s*$")  # an e-paper's 2019年01月12日 星期六
AUTHOR_DATE = re.compile(
    r"^\s*(?![到至截])(?=\S*[^\s\d])\S{1,20}(?:\s+[-–—|·])?\s+" + DATE + CLOCK + r"(?:\s+[^\s\d]{1,10})?"
    r"(?:\s+(?:(?:阅读|浏览|点击)\s*[\d,]+\+?|[\d,]+\s*次?(?:阅读|浏览|点击)))?(?:\s+[\d,]+\s*个?评论)?\s*$"
)  # 温州之狼 2022-09-07 21:32:31, 网友投稿  2011-11-02  互联网, 深圳新闻网-晶报 2020-01-19 10:51 阅读 1000+,
# facai369 2024-11-09 体育 2 次浏览 0个评论 (an author's name with digits, the views and comments after),
# TUhjnbcbe - 2023/10/31 18:04:00 (a forum post's author, a dash, its date)
VALIDITY = re.compile(r"有\s*效\s*性\s*[:：]?\s*(有效|失效|废止)")
REGION = re.compile(r"^([\u4e00-\u9fff]{2,10}?(?:自治区|省|市|自治州|州|盟|县|区|旗))")


LABELS = {  # published notes: Chinese, as readers see them
    "issuer": "发布机关（取自通知标题）",
    "issuer-field": "发布机关（取自“发文机关”）",
    "issuer-news": "发布机关（取自印发该规划的报道）",
    "doc_number": "文号",
    "issued": "成文日期",
    "signature": "成文日期（取自通知落款日期）",
    "published": "发布日期",
    "signature-end": "成文日期（取自文末落款日期）",
    "validity": "状态（取自“有效性”）",
}


@dataclass
class Notice:
    issuer: str | None = None
    doc_number: str | None = None
    issued: dt.date | None = None
    published: dt.date | None = None
    status: str = "unknown"
    notes: list[dict[str, object]] = field(default_factory=list)  # {text, lines}: where each came from
    addressed: tuple[int, int] | None = None  # (year, month) the page's address is dated, where it is


def _date(m: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def read_notice(lines: list[str], end: int) -> Notice:
    """Metadata from lines[:end] (1-based line numbers in the notes)."""
    notice = Notice()
    found: dict[str, tuple[int, str]] = {}
    for n, text in enumerate(lines[:end], 1):
        for key, pattern in (
            ("issuer", ISSUER_NOTICE),
            ("issuer-field", ISSUER_FIELD),
            ("issuer-news", ISSUER_NEWS),
            ("doc_number", DOC_NUMBER),
            ("issued", ISSUED_FIELD),
            ("signature", SIGNATURE_DATE),
            ("published", PUBLISHED),
            ("validity", VALIDITY),
        ):
            m = pattern.search(text)
            if m and key not in found:
                found[key] = (n, m.group(0))
                _take(notice, key, m)
    issuer = next((found[k] for k in ("issuer", "issuer-field", "issuer-news") if k in found), None)
    if issuer:
        m = next((p.search(issuer[1]) for p in (ISSUER_NOTICE, ISSUER_FIELD, ISSUER_NEWS) if p.search(issuer[1])), None)
        notice.issuer = m.group(1) if m else None
    notice.status = _status(found, "\n".join(lines))
    notice.notes = [
        {"text": f"{LABELS[key]}由导入程序从「{text.strip()}」识别。", "lines": [n, n]}
        for key, (n, text) in sorted(found.items(), key=lambda kv: kv[1][0])
    ]
    return notice


HEAD_LINES, TAIL_LINES = 5, 5
MARKUP_ONLY = re.compile(r"^(?:\s|<[^>]*>|[•·])*$")  # a line of a page's leftover tags and bullets


# 二○一一年二月二十一日, 二00八年七月二十五日: a 落款 date written in Chinese numerals
CN_DATE = re.compile(
    r"(^\s*|"
    + OFFICE_END
    + r"\s+)([一二][○〇0零O][一二三四五六七八九○〇0零O]{2})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日"
)
CN_YEAR_DIGITS = str.maketrans("○〇0零O一二三四五六七八九", "00000123456789")


def arabic_date(line: str) -> str:
    """A line whose date in Chinese numerals opens it or follows an office's name, that date in digits
    (2011年2月21日)."""

    def digits(m: re.Match[str]) -> str:
        year = m.group(2).translate(CN_YEAR_DIGITS)
        return f"{m.group(1)}{year}年{cn_number(m.group(3))}月{cn_number(m.group(4))}日"

    return CN_DATE.sub(digits, line)


# 26.05.2020  18:52, 23/04/2024 13:09: a page's date written day first (as some aggregators print it)
DAY_FIRST = re.compile(r"(?<![\d./-])([0-3]?\d)([./])([01]?\d)\2(20\d\d)(?![\d./-])")
# ——2023年4月26日在长治市潞州区第二届人民代表大会第三次会议上, 人民政府工作报告(2023年2月13日): the day a
# work report was delivered, under its title or in it
DELIVERED = re.compile(
    r"^\s*[—\-－]*\s*[(（]?\s*" + DATE + r"\s*日?\s*[)）]?\s*在[^。，,]{2,60}?(?:会议|大会|會議|大會)上"
)
REPORT_DATED = re.compile(r"工作[报報]告\s*[(（]\s*" + DATE + r"\s*日?\s*[)）]\s*$")
# 2017-05-04 宁夏新闻网1880, 2022-04-26 08:12  西北信息报: a news page's byline, its date then its source with
# no 来源 before it (and the count of its views after)
DATE_SOURCE = re.compile(
    r"^\s*" + DATE + r"日?" + CLOCK + r"\s+[^\d\s，,。；;:：]{2,14}(?:网|报|報|台|社|新闻|新聞)\s*\d*\s*$"
)
# 哈尔滨10:16 05.03.2016 新浪黑龙江: a repost's byline, the place, the time before the date, the source (above
# the text or below it)
TIME_FIRST = re.compile(r"^\s*[^\d\s，,。；;:：]{0,12}\d{1,2}:\d{2}\s+" + DATE + r"(?:\s+[^\s\d，,。；;]{1,14})?\s*$")
# 北京商报·2026-01-25 10:32, Xin Lang Cai Jing·2026-02-08 22:43: a feed's byline, its source then its date
SOURCE_DOT_DATE = re.compile(r"^\s*[^·，,。；;\d]{2,24}·\s*" + DATE + CLOCK + r"\s*$")


def year_first(line: str) -> str:
    """A line with a date written day first (26.05.2020), that date written year first."""
    return DAY_FIRST.sub(lambda m: f"{m.group(4)}-{m.group(3)}-{m.group(1)}", line)


def own_dates(lines: list[str], notice: Notice) -> None:
    """The document's own dates where the lines before its title gave none: a 落款 date among
    its last lines, a 发布日期/时间 line among its first (the dates that tell its past from its
    targets when it states no issue date)."""
    places: list[tuple[str, re.Pattern[str], Iterable[int]]] = []
    # the page's head: its first lines, not counting leftover markup (<strike …></strike>, •)
    head = [i for i, line in enumerate(lines) if not MARKUP_ONLY.match(line)]
    if notice.issued is None:
        tail = range(max(0, len(lines) - TAIL_LINES), len(lines))
        places += [("signature-end", SIGNATURE_DATE, tail), ("signature-end", SIGNED_INLINE, tail)]
    if notice.published is None:
        labelled = (
            PUBLISHED,
            BYLINE,
            AUTHOR_DATE,
            WEEKDAY_DATE,
            SITE_DATE,
            SOURCE_DATE,
            REPLY_DATE,
            SOURCE_DOT_DATE,
            DATE_SOURCE,
            POSTED,
            DELIVERED,
            REPORT_DATED,
        )
        places += [("published", pattern, head[:HEAD_LINES]) for pattern in labelled]
        places.append(("published", BARE_DATE, head[:HEAD_LINES]))
        places.append(("published", FORUM_POSTED, head[:FORUM_HEAD_LINES]))
        places.append(("published", TIME_FIRST, [*head[:HEAD_LINES], *head[-TAIL_LINES:][::-1]]))
    for key, pattern, where in places:
        if key == "published" and notice.published is not None:
            continue  # a labelled date came first
        for i in where:
            m = pattern.search(arabic_date(lines[i]) if key == "signature-end" else year_first(lines[i]))
            if m and _date(m) and not _updated_later(lines, i, m):
                _take(notice, "issued" if key == "signature-end" else key, m)
                notice.notes.append(
                    {"text": f"{LABELS[key]}由导入程序从「{m.group(0).strip()}」识别。", "lines": [i + 1, i + 1]}
                )
                break


UPDATED = re.compile(r"更新(?:时间|時間|日期)?\s*[:：]?\s*$")


def _updated_later(lines: list[str], i: int, m: re.Match[str]) -> bool:
    """Whether a date is the one a page was last updated on (更新时间:2024-08-31, an aggregator's repost)
    and later than every year the text names (其余建设内容于2023年前完成): no date of the text's own."""
    if not UPDATED.search(lines[i][: m.start(1)]):
        return False
    years = [int(y) for k, line in enumerate(lines) if k != i for y in re.findall(r"(20\d\d)\s*年", line)]
    return bool(years) and max(years) < int(m.group(1))


def written_year(notice: Notice) -> int | None:
    """The year the document was written or published: what it reports before it is past (its own
    dates; else the year its page's address is dated, a page being no older than its address)."""
    when = notice.issued or notice.published
    return when.year if when else notice.addressed[0] if notice.addressed else None


# the dates web sites write into their pages' addresses: t20221008_, /20221008/, /2022-10-08/,
# /2022-10/08/, /202210/08/, /2022/1008/, /2022/10/08/, /202210/ (a month: the page is of it),
# /20100105084757_ (a date and a time), detail_2015_01/21/, /2020/9/15/, /2011-2-23/, /2012/02-05/, /2015/01/,
# /2010_6_24_, /20120410-f355…, /20211025084837-43350-…, /202509-6580.html
ADDRESS_DATE = re.compile(
    r"[/_]t?(20[0-3]\d)(?:[-_](0[1-9]|1[0-2])(?:[-/][0-3]\d)?|(0[1-9]|1[0-2])(?:/?[0-3]\d)?|/(0[1-9]|1[0-2])(?:/?[0-3]\d|-[0-3]\d)?|[/_-]([1-9]|1[0-2])[/_-][1-3]?\d)(?=[/_.]|-[\da-f]|\d{6,16}[/_.-])"
)

FOLDER_DATE = re.compile(r"/(20[0-3]\d)/[a-z]+_(0[1-9]|1[0-2])[0-3]\d/")


def address_dates(url: str | None, notice: Notice) -> None:
    """Where the text gives no date of its own, the date its page's address carries, noted as such
    (it dates the page, which may be a later repost: plan.yaml's dates stay the editor's to fill)."""
    addressed = address_date(url)
    for later in ("issued", "published"):
        when = getattr(notice, later)
        if addressed and when and when.year > addressed[0]:
            # a date a year or more after the page's address (2023年10月26日 over /2000-02/23/): the day the
            # page was made or updated, not the text's (a page is no older than its address)
            notice.notes.append({"text": t("import_head_date_later", url=url, date=when.isoformat())})
            setattr(notice, later, None)
    notice.addressed = addressed if notice.issued is None and notice.published is None else None
    if notice.addressed:
        year, month = notice.addressed
        notice.notes.append({"text": t("import_address_dated", url=url, year=year, month=month)})


def address_date(url: str | None) -> tuple[int, int] | None:
    """(year, month) a page's address is dated with, where it has a date in its path."""
    path = urlsplit(url or "").path
    m = ADDRESS_DATE.search(path)
    folder = FOLDER_DATE.search(path)
    if m:
        year, month = int(m.group(1)), int(m.group(2) or m.group(3) or m.group(4) or m.group(5))
    elif folder:  # /html/difang/2019/jydt_0111/32085.shtml: a year, then a folder named with month and day
        year, month = int(folder.group(1)), int(folder.group(2))
    else:
        return None
    return (year, month) if 2000 <= year <= dt.date.today().year else None


def _take(notice: Notice, key: str, m: re.Match[str]) -> None:
    if key == "doc_number":
        notice.doc_number = re.sub(r"\s+", "", m.group(0))
    elif key in ("issued", "signature") and notice.issued is None:
        notice.issued = _date(m)
    elif key == "published":
        notice.published = _date(m)


def _status(found: dict[str, tuple[int, str]], text: str) -> str:
    if "validity" in found:
        return "in-force" if found["validity"][1].endswith("有效") else "unknown"
    if "征求意见稿" in text:
        return "draft"
    if "issuer" in found or "issuer-news" in found:
        return "in-force"
    return "unknown"


def region_of(title: str | None) -> tuple[str | None, str]:
    """(region, level) from the place name a title opens with: 河南省 → province."""
    m = REGION.match(title or "")
    if not m:
        return None, "city"
    region = m.group(1)
    if region.endswith(("省", "自治区")):
        return region, "province"
    if region.endswith(("县", "区", "旗")):
        return region, "county"
    return region, "city"


# 印发《…规划》, or a press conference on one (举行《…“十四五”规划》新闻发布会) or a reading of it
# (《…规划》解读): the plan the text is about
# 印发《…规划》, 发布《关于印发…行动计划(2022-2025年)的通知》, 《…方案》新闻发布会: the plan a text presents
PLAN_NAME = r"[^《》]{4,60}?(?:规划|方案|计划|纲要)(?:\s*[(（][^()（）《》]{4,14}[)）])?"
NAMED_PLAN = re.compile(
    rf"(?:印发|下发|发布|出台|制定|编制|公布|审议通过|解读)了?《(?:关于印发)?({PLAN_NAME})(?:的通知)?》"
    rf"|《({PLAN_NAME})》(?:新闻)?(?:发布会|解读|(?:正式)?(?:印发|出台|发布))"
)
SPAN_AHEAD = re.compile(
    r"(20\d\d)\s*年?\s*(?:至|到|—|-|–)\s*(20\d\d)\s*年(?:期间|间)?[,，]?[^,，。；;\d]{0,8}?(?:将|计划|力争|争取|拟)"
    # 根据最新的2013-2015全市校安工程规划,三年内,我市将…: the span of a plan the text names
    r"|(20\d\d)\s*年?\s*(?:至|到|—|-|–)\s*(20\d\d)\s*年?度?[^,，。；;\d《》“”]{0,12}?(?:规划|计划|方案)(?![^，,。；;]{0,6}(?:完成|执行|实施)情况)"
)
# (至2010年已建设…2968套, 2007年至2010年共发放…: a year reached, told)
AIMED_YEAR = re.compile(r"(?:(?<!截)[到至]|力争|争取)\s*(20\d\d)\s*年(?!\s*(?:底|末)?\s*[,，]?\s*(?:已|累计|共))")
# 2023年,全省力争实现…; 2020年重庆拟在…: a year whose own clause looks ahead from it
AHEAD_YEAR = re.compile(r"(?<!\d)(20\d\d)\s*年[,，]?[^,，。；;\d年]{0,8}?(?:将|力争|争取|拟|计划|目标(?:是|为|[,，]))")
# 方案…提出“2022年,建成…: a year the plan's words, quoted, open with
PROPOSED_YEAR = re.compile(r"(?:提出|明确|要求)\s*[:：]?\s*[“\"]\s*(20\d\d)\s*年")
# 2025—2030年,全市每年城镇新增就业9万人以上 (dated 2025): a span that opens a clause and starts when the text is written
OPENING_SPAN = re.compile(r"(?:^|[。，,；;])\s*(20\d\d)\s*年?\s*[—\-–~至到]\s*(20\d\d)\s*年\s*[,，]")


def period_found(
    title: str,
    lines: list[str] = (),  # type: ignore[assignment]
    past: list[str] = (),  # type: ignore[assignment]
    written: int | None = None,
) -> tuple[int, int] | None:
    """(start, end) of the plan period its title names: “十四五”, (2023—2025年), or the year a line of
    its own names (2021年度).

    Without a title: the period of the plan the text says it issues (印发《…“十四五”…规划》) or
    presents (《…“十四五”…规划》新闻发布会); else the five-year period the text names most often
    outside the chapters on the starting point (`past`; the later of two named as often); else the period after the last one those chapters report on; else the years
    the text aims at (到2015年 … 到2020年) or looks ahead from (2023年,全省力争…); else, in a text whose date is known (`written`), the
    years that open its paragraphs from that year on (2007年,全市…达到96%以上 / 2010年,…);
    else the one year the text names, where it names no other (a one-year plan: 2021年全市新建…);
    else the years in brackets after the one programme it carries out (三年行动计划(2014年—2016年));
    else the consecutive years it schedules its works over (按三个年度分批推进,2017年…2019年…);
    else the year it calls the key year of its work (2020年是…关键之年), where it names none later;
    else, in a text with no date, the latest year that opens a sentence that looks ahead (2015年,…计划…);
    else, in a text with no date, the last year it names, where a clause that names it looks ahead and
    none that names an earlier year does (至2010年已建设…。2011年…将在年底前完成…);
    else None: the text names no period.
    """
    named = _title_period(title) or _title_year(title) or _headed_year(lines) or _annual(lines)
    if named is None and lines:
        plan = next((m.group(1) or m.group(2) for line in lines for m in [NAMED_PLAN.search(line)] if m), None)
        named = _title_period(plan or "")
    if named is None:
        text = "".join(lines)
        named = (
            _most_named(text, written) or _after("".join(past)) or _spanned(text, written) or _aimed_at(text, written)
        )
    found = named or _programme(lines, written) or _opening_years(lines, written) or _only_year(lines, written)
    found = found or _reaching(lines, written) or _programme_span(lines, written) or _scheduled(lines)
    found = found or _key_year(lines) or _opening_ahead(lines, written) or _latest_ahead(lines, written)
    return found or _reported(lines, written)


# what a draft's period is when its text names none and gives no date: the draft says so (import_period_unknown)
PLACEHOLDER_PERIOD = (2021, 2025)


def dated_period(lines: list[str], written: int | None) -> tuple[int, int] | None:
    """The period of a dated text that names none: from the year it is written in to the latest year it
    names from then on, up to fifteen years ahead (a news item of 2019年01月29日 on a school 计划2020年投入使用:
    2019-2020; a work report of 2023年2月13日 that names no later year: 2023), not a placeholder's years.
    The draft says so (import_period_dated)."""
    if written is None:
        return None
    named = [int(y) for line in lines for y in re.findall(r"(20\d\d)\s*年", line)]
    return written, max([y for y in named if written <= y <= written + 15], default=written)


# (2021年度) on a line of its own under a form's title: the year the form is for
ANNUAL = re.compile(r"^\s*[(（]?\s*(20\d\d)\s*年度\s*[)）]?[\s|｜]*$")  # ((2020年度) | ||||: a form's cell)


def _annual(lines: list[str]) -> tuple[int, int] | None:
    m = next((m for line in lines for m in [ANNUAL.match(line)] if m), None)
    return (int(m.group(1)), int(m.group(1))) if m else None


# 2023年十件民生实事, 2022年度为民办实事项目, 2022年黄石“十件实事”, 2024年工作要点: a title that names one year's work
# (成安县民政局2020年度预算项目绩效自评表: a year's performance form, its targets and what was reached;
# 2010年漳州经济社会发展预期目标: a year's expected targets)
YEARS_WORK = re.compile(
    r"(?<![到至争])(20\d\d)\s*年度?[^，,。；;\d]{0,12}?(?:"
    + WORKS
    + r"|工作要点|重点工作|工作计划|绩效(?:目标|自评|评价)|发展(?:主要)?预期目标)"
)


def _title_year(title: str) -> tuple[int, int] | None:
    """(year, year) of a title that names one year's work and no other year: what the text sets
    is for that year, whatever five-year plan it names in passing (为落实“十四五”规划,今年…)."""
    m = YEARS_WORK.search(title)
    if m is None or len(set(re.findall(r"20\d\d", title))) != 1:
        return None
    return int(m.group(1)), int(m.group(1))


def _heads(lines: list[str]) -> list[str]:
    """The headline-like lines among a page's first: short, no full stop (a news item's title)."""
    return [line.strip() for line in _worded(lines)[:6] if len(line.strip()) <= 60 and not re.search(r"[。；;]", line)]


def _worded(lines: list[str]) -> list[str]:
    """A page's lines with words (not its markup left over: <abbr id="ymyim"></abbr>, •)."""
    return [line for line in lines if re.search(r"[\u4e00-\u9fff]{2}", line)]


def _leads(lines: list[str]) -> list[str]:
    """A page's headline-like first lines, and the opening sentence of its first paragraphs among them
    (…对《政府工作报告》确定的2021年重点工作上半年完成情况进行了督办。)."""
    return [*_heads(lines), *_openings(lines)]


def _openings(lines: list[str]) -> list[str]:
    """The opening sentences of a page's first two paragraphs (a site's own line, 停运省级地情数据库的…
    存档。 关于本站, may come before the text's)."""
    heads = _heads(lines)
    firsts = [line.strip() for line in _worded(lines)[:8] if line.strip() and line.strip() not in heads][:2]
    sentences = [re.split(r"[。；;]", first, maxsplit=2) for first in firsts]
    # (and the first paragraph's second: 20项民心工程实施以来,…热潮。截至国庆节前,…已经完成66个)
    # (not where the paragraph turns to what is to come: …35个项目顺利完成…。今年,…将实施39个具体项目)
    second = sentences[0][1:2] if sentences and not looks_ahead(firsts[0]) else []
    return [s[:OPENING_CHARS] for s in [*(parts[0] for parts in sentences), *second]]


OPENING_CHARS = 100  # (a first sentence run on for 190 characters says what its report found further on)


def _headed_year(lines: list[str]) -> tuple[int, int] | None:
    """The year of one year's work a page's leads name (see _leads)."""
    return next((y for line in _leads(lines) for y in [_title_year(line)] if y), None)


# 张家口市去年22项民生工程全部完成年度目标任务, 海南2024年十大民生实事项目如期完成: a year's work done
# (not …进展情况, …落实情况: progress told against the tasks it restates)
WORKS_NAMED = re.compile(WORKS + r"|子项")  # (2017年度11件民生实事共有20个子项,全部完成)
DONE_HEADLINE = r"(?:全部|全面|如期|圆满|超额|顺利|提前|全)(?:完成|兑现|办结)|圆满收官|交出[^，,]{0,8}答卷"
# 青川县一季度重点工程重点项目建设进展顺利, 十大民生工程完成投资15.8亿元, 今年20项民心工程又有16项…已完成,
# 《政府工作报告》解读二:2024年工作回顾:, 文体广旅局2023年工作总结和2024年工作打算:, 2016政府部门“三民”述职报告会
# progress told, the tasks it is told against restated only where a sentence looks ahead;
# 荆州区2022年国民经济和社会发展统计公报, 2021年民政事业发展统计公报: a bulletin, written after the year it tells
RESULTS_HEADLINE = re.compile(
    DONE_HEADLINE
    + r"|进展顺利|完成投资\s*\d|(?:已经?|又有[^，,。]{0,8})完成|工作回顾|工作总结|述职报告|统计公报|发展公报"
    + r"|(?:评估|验收|考核|认定)[^，,。]{0,4}结果"  # (…为民办实事项目评估认定结果公示: the works checked when done)
    # (…2016年国民经济和社会发展统计公(3): a site's page of a bulletin, its title cut)
    + r"|国民经济和社会发展统计"
)


# 铁岭县2022年民生实事完成情况, dated 2022-12-26: a year's work told at the year's end, done
YEAR_DONE_HEADLINE = re.compile(r"(20\d\d)\s*年度?[^，,。；;]{0,20}?完成情况")


def _no_figure(line: str) -> bool:
    """Whether a sentence says a work was done with no figure but its year (…学位建设超额完成)."""
    return bool(re.search(DONE_HEADLINE, line)) and not re.search(r"\d", re.sub(r"20\d\d\s*年度?", "", line))


def reported_year(lines: list[str], written: int | None, dated: dt.date | None = None) -> int | None:
    """The year a text reports on, where its headline says it tells a year's work done (…如期完成,
    or a year's 完成情况 dated in its December or later) and looks nowhere ahead: the year the
    headline names, 去年's, else the year it is written in."""
    # an opening sentence tells the year's works done (2017年度11件民生实事共有20个子项,全部完成), not a
    # year's figure beside its task (2014年,全省实现新增城镇就业82.68万人,超额完成目标任务): the targets follow
    # (or with no figure of its own: 2020年,道县公办幼儿园学位建设超额完成)
    openings = [line for line in _openings(lines) if WORKS_NAMED.search(line) or _no_figure(line)]
    for line in [*_heads(lines), *openings]:
        done = YEAR_DONE_HEADLINE.search(line)
        if done and dated and (dated.year, dated.month) >= (int(done.group(1)), 12):
            return int(done.group(1))
        if RESULTS_HEADLINE.search(line) and not FUTURE.search(line):
            named = re.search(r"(20\d\d)\s*年", line)
            if named:
                return int(named.group(1))
            return written - 1 if written and "去年" in line else written
    return None


def _title_period(title: str) -> tuple[int, int] | None:
    m = re.search(r"(\d{4})\s*年?\s*[—\-–]+\s*(\d{4})", title)  # (2023—2025年), (2011年-2015年)
    if m:
        return int(m.group(1)), int(m.group(2))
    return next((p for k, p in FIVE_YEAR_PLANS.items() if k in title), None)


# 到“十三五”末,该区…: a period named as the deadline of one aim (in a text written before it starts, not its own)
DEADLINE_OF = r"到\s*[“\"]?{}[”\"]?\s*(?:末|期末)"


def _most_named(text: str, written: int | None = None) -> tuple[int, int] | None:
    """The five-year period named most often; of two named as often, the later (a text that names
    the period it reports on as often as its own is about the later one). A period that ended
    before the text was written (“十三五” in a 2021 news item), or before the first year it aims at
    when that year is in the next period (“十一五”期间… beside 到2015年), is one it reports on; one named
    only as a deadline (到“十三五”末) in a text written before it starts is no period of the text's."""
    aimed = [int(y) for y in re.findall(r"到\s*(20\d\d)\s*年", text)]
    ahead = min(aimed) if aimed else 0  # the first year the text aims at: in the next period, this one is past
    counts = {
        k: text.count(k) - (len(re.findall(DEADLINE_OF.format(k), text)) if written and start > written else 0)
        for k, (start, end) in FIVE_YEAR_PLANS.items()
        if (written is None or end >= written) and not end < ahead <= end + 5
    }
    if not counts:
        return None
    most = max(counts.values())
    latest = [k for k, n in counts.items() if n == most][-1]
    return FIVE_YEAR_PLANS[latest] if most else None


def _after(past_text: str) -> tuple[int, int] | None:
    """The five-year period after the last one a 发展基础 chapter reports on."""
    told = [p for k, p in FIVE_YEAR_PLANS.items() if k in past_text]
    return (told[-1][0] + 5, told[-1][1] + 5) if told else None


# 衢江区2023年度民生实事项目, 2024年度南海区十大民生实事: the projects of one year
PROGRAMME = re.compile(r"(20\d\d)\s*年度?[^。；;，,!！?？\d年]{0,12}?民生实事(?!.{0,12}?(?:完成|办结|落实)情况)")


def _programme(lines: list[str], written: int | None) -> tuple[int, int] | None:
    """(year, year) of a text that presents one year's projects (2023年度民生实事项目), not one
    before it was written: its other years (完成2024年度…参保工作) are those of single projects."""
    years = {int(m.group(1)) for line in lines for m in PROGRAMME.finditer(line)}
    if len(years) != 1 or (written is not None and min(years) < written):
        return None
    year = years.pop()
    return year, year


OPENING_YEAR = re.compile(r"^\s*(20\d\d)年\s*[,，]")


def _opening_years(lines: list[str], written: int | None) -> tuple[int, int] | None:
    """The first and last year that opens a paragraph (2007年,…), of those not before `written`."""
    years = sorted({int(m.group(1)) for line in lines for m in [OPENING_YEAR.match(line)] if m})
    ahead = [y for y in years if written is not None and y >= written]
    return (ahead[0], ahead[-1]) if ahead else None


def _spanned(text: str, written: int | None) -> tuple[int, int] | None:
    """The span of years a text sets out (2019至2021年，我省将…) or names a plan of (2013-2015全市…规划), of
    those not over when it was written and that a verb looking ahead or the plan's name follows."""
    for m in SPAN_AHEAD.finditer(text):
        first, last = int(m.group(1) or m.group(3)), int(m.group(2) or m.group(4))
        if first < last <= first + 10 and (written is None or last >= written):
            return first, last
    return None


def _aimed_at(text: str, written: int | None = None) -> tuple[int, int] | None:
    """The years a text aims at, of those not before it was written (至2020年年底 in 2021 is told), and
    those of a span that opens a clause from the year it was written (OPENING_SPAN)."""
    years = sorted(
        {
            int(y)
            for y in AIMED_YEAR.findall(text) + AHEAD_YEAR.findall(text) + PROPOSED_YEAR.findall(text)
            if not written or int(y) >= written
        }
        | {int(y) for m in OPENING_SPAN.finditer(text) if written and int(m.group(1)) >= written for y in m.groups()}
    )
    return (years[0], years[-1]) if years else None


# 2015年…分别达到90%、99%…;2020年分别达到98%…: a year whose clause reaches figures
REACHING_YEAR = re.compile(r"(?:^|[。；;，,\s-])(20\d\d)\s*年[^。；;，,]{0,80}?(?:分别)?达到")


def _reaching(lines: list[str], written: int | None) -> tuple[int, int] | None:
    """In a text whose date is not known, the first and last year whose clause reaches figures:
    a plan's goals without 到 (2015年…分别达到…;2020年分别达到…)."""
    if written is not None:
        return None
    years = sorted({int(m.group(1)) for line in lines for m in REACHING_YEAR.finditer(line)})
    return (years[0], years[-1]) if len(years) >= 2 else None


def _programme_span(lines: list[str], written: int | None) -> tuple[int, int] | None:
    """The years in brackets after the name of the one programme a text carries out (组织实施新一轮
    学前教育三年行动计划(2014年—2016年)), or of the stages it sets one after another, where they were
    not over when it was written."""
    found = [m.group(0) for line in lines for span in (TITLE_SPAN, STAGE_SPAN) for m in span.finditer(line)]
    spans = sorted({tuple(int(y) for y in re.findall(r"20\d\d", words)) for words in found})
    # stages one after another (起步发展阶段(2009—2010年)…加快发展阶段(2011—2015年)…): the years of them all
    staged = len(spans) > 1 and all(b[0] == a[-1] + 1 for a, b in itertools.pairwise(spans))
    if len(spans) != 1 and not staged:
        return None
    first, last = spans[0][0], spans[-1][-1]
    return (first, last) if first < last and (written is None or last >= written) else None


# 2020年是深圳经济特区建立40周年,是…关键之年, 2021年是“十四五”开局之年: the year a text sets out the work of
KEY_YEAR = re.compile(r"(20\d\d)\s*年(?:是|为)[^。；;]{0,60}?之年")


def _key_year(lines: list[str]) -> tuple[int, int] | None:
    """(year, year) of the year a text calls the key year of its work (2020年是…关键之年。…今年要…),
    where it names no later year."""
    text = "".join(lines)
    m = KEY_YEAR.search(text)
    if m is None or any(int(y) > int(m.group(1)) for y in re.findall(r"(20\d\d)\s*年", text)):
        return None
    return int(m.group(1)), int(m.group(1))


# 2015年,翔安区委、区政府继续将…纳入为民办实事项目,计划新建…: a sentence that opens on a year and looks ahead
OPENING_AHEAD = re.compile(r"(?:^|[。！？!?])\s*(20\d\d)\s*年\s*[，,]([^。！？!?]*)")


def _opening_ahead(lines: list[str], written: int | None) -> tuple[int, int] | None:
    """(year, year) of the latest year a text with no date opens a sentence on that looks ahead, the
    year a news item tells of (仅2014年,…新建…12所。2015年,…计划新建…16所; …预计于2016年完工: 2015, not
    the later year its works end in)."""
    if written is not None:
        return None
    years = [int(m.group(1)) for line in lines for m in OPENING_AHEAD.finditer(line) if FUTURE.search(m.group(2))]
    return (max(years), max(years)) if years else None


def _latest_ahead(lines: list[str], written: int | None) -> tuple[int, int] | None:
    """(year, year) of the last year a text with no date names, where a clause naming it looks ahead
    (2011年保障性安居工程建设将在年底前完成…) and no clause naming an earlier year does (自2007年开始建设…以来,
    至2010年已建设…)."""
    clauses = [c for line in lines for c in re.split(r"[，,。；;]", line) if re.search(r"20\d\d\s*年", c)]
    named = [(int(y), c) for c in clauses for y in re.findall(r"(20\d\d)\s*年", c)]
    if written is not None or not named:
        return None
    last = max(y for y, _ in named)
    ahead = any(y == last and FUTURE.search(c) for y, c in named)
    earlier_ahead = any(FUTURE.search(c) for y, c in named if y < last)
    return (last, last) if ahead and not earlier_ahead else None


# 项目规划按三个年度分批推进, 分三年实施, 分年度推进: works scheduled over the years the text then names
SCHEDULED = re.compile(r"按?[两三四五]个?年度?分批|分[两三四五]年(?:实施|推进|建设|完成)|分年度(?:实施|推进)|分批推进")


def _scheduled(lines: list[str]) -> tuple[int, int] | None:
    """(first, last) of the consecutive years a text schedules its works over (项目规划按三个年度分批推进,
    2017年项目有…, 2018年有4所, 2019年有5所), where it names no other."""
    text = "".join(lines)
    if not SCHEDULED.search(text):
        return None
    years = sorted({int(y) for y in re.findall(r"(20\d\d)\s*年(?!\d{1,2}月\d{1,2}日)", text)})
    consecutive = len(years) >= 2 and years == list(range(years[0], years[-1] + 1))
    return (years[0], years[-1]) if consecutive else None


def _reported(lines: list[str], written: int | None) -> tuple[int, int] | None:
    """(year, year) of a year-end report on the targets of a year (超额完成…的年度目标任务; or an
    opening that says they were done: 截止2019年12月31日,…“十件实事”涉及的16项工作任务全面完成), written
    after it: the last year it names before the one it was written in."""
    text = "".join(lines)
    opening = any(re.search(DONE_HEADLINE, line) for line in _leads(lines))
    if written is None or not (opening or re.search(r"(?:年度|全年)的?目标任务", text)):
        return None  # (超额完成“十三五”…的目标任务: a period's, not a year's)
    years = [int(y) for y in re.findall(r"(20\d\d)\s*年(?!\d{1,2}月\d{1,2}日)", text) if int(y) < written]
    return (max(years), max(years)) if years else None


def _only_due(lines: list[str], year: int) -> bool:
    """Whether a year is named only as when a work is due (2013年底前, 2022年9月完工), not as a year of
    targets of its own (2020年基本完成, 到2020年)."""
    named = [m for line in lines for m in re.finditer(rf"{year}\s*年(\s*\d{{1,2}}\s*月|底|末)?", line)]
    return all(m.group(1) for m in named) and not any(re.search(rf"[到至]\s*{year}", line) for line in lines)


BARE_YEAR = re.compile(r"^\s*(20\d\d)(?=[\u4e00-\u9fff])")  # 2022永宁县…: a headline's year, 年 left out


def _only_year(lines: list[str], written: int | None = None) -> tuple[int, int] | None:
    """(year, year) for a text that names a single year, however often (2021年全市新建…9所), and
    not one before it was written; or, in a text written in a known year whose only year named is
    before it, or after it only as when a work is due, that sets this year's targets (今年…目标…;
    数据显示,2014年,…; 今年将…, one work due 2013年底前), the year it is written in. A year that opens
    a headline without 年 (2022永宁县新建幼儿园最新消息) is read as one with it."""
    heads = set(_heads(lines))
    lines = [BARE_YEAR.sub(r"\1年", line) if line.strip() in heads else line for line in lines]
    years = {int(y) for line in lines for y in re.findall(r"(20\d\d)\s*年", line)}
    if not years and written is not None and any(THIS_YEAR.search(line) and FUTURE.search(line) for line in lines):
        return written, written  # 哈市年内将新建…451个, in an item dated 2014-02-13: that year's tasks
    if len(years) != 1:
        return None
    year = years.pop()
    named = sum(len(re.findall(r"20\d\d\s*年", line)) for line in lines)
    if written is None and named == sum(len(COMPARED.findall(line)) for line in lines):
        return year + 1, year + 1  # (在2022年基础上提高5%以上, the only year named: the base of this year's raise)
    ahead = any(THIS_YEAR.search(line) and FUTURE.search(line) for line in lines)
    if written is not None and year < written:
        return (written, written) if ahead else None
    if written is not None and year > written and ahead and _only_due(lines, year):
        return written, written  # 今年将为民办50项实事 (2012-01-08), one work 2013年底前…: this year's list
    return year, year
