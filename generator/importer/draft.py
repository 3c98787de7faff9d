"""Source text → draft plan folder (plan.yaml, chapters.yaml, projects.yaml, indicators.yaml)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from generator.importer import places, yearbook
from generator.importer.domains import guess_domain
from generator.importer.forms import budget_targets, cell_rows, form_rows, performance_form
from generator.importer.fused import fused_rows
from generator.importer.notice import (
    PLACEHOLDER_PERIOD,
    Notice,
    address_dates,
    dated_period,
    own_dates,
    period_found,
    read_notice,
    reported_year,
    written_year,
)
from generator.importer.outline import ITEM, classify, lead_of
from generator.importer.phrases import BOUND, UNITS
from generator.importer.prose import PAST_CHAPTER, Entry, Found, ProseReader, dated_by_opening, words_before
from generator.importer.records import to_indicators
from generator.importer.restated import fold_restatements
from generator.importer.table import (
    BARS,
    ROW_NATURE,
    TABLE_NOTE,
    TRAILING_HEADER,
    TableReader,
    cell_text,
    done_header,
    grid_rows,
    header_at,
    inside_table,
    is_value_cell,
    reported_columns,
    row_follows,
    run_rows,
    split_rows,
)
from generator.importer.tense import read_done
from generator.importer.text import Restorer, is_page_debris, readable, segments
from generator.importer.years import BYLINE, THIS_YEAR, just_past
from generator.messages import t
from generator.sitemodel.values import CN_DIGITS, DATE, FRACTION_UNIT, cn_number

# (二)残疾人综合素质普遍提高。…: a heading run into its text (not (三)为600个行政村配建(更新)健身器材。(市体育局负责):
# a task item, the body that is to do it in brackets after it)
INLINE_SECTION = re.compile(r"^([(（][一二三四五六七八九十]+[)）])([^。，,]{2,20})。(?![(（][^()（）]*[)）]\s*$)(.+)$")
CHROME = re.compile(
    r"^(首页|评论|分享|Top|返回顶部|打印|关闭|主办[:：].*|承办[:：].*|网站标识码.*|联系电话.*|(?:关键词|关键字|[\u4e00-\u9fff]{0,2}标签)\s*[:：].*"
    r"|(?:点击|点击量|点击数|浏览|浏览量|浏览次数|阅读|阅读量|阅读次数|访问量)\s*[:：]?\s*\d+(?:\.\d+)?\s*万?\s*次?"
    r"|已有\s*\d+\s*人(?:评论|参与|点赞|阅读)|\d+\s*条\s*(?:评论|留言|回复)|(?:评论|留言|回复)\s*[:：(（]?\s*\d+\s*条?[)）]?|(?:本文)?共计?\s*\d+\s*字.{0,12}阅读.{0,6}\d+\s*分钟"
    r"|下载后只包含.{0,20}(?:文档|文件).*"  # a document-sharing site's note on what the download holds
    # facai369 2024-11-09 体育 2 次浏览 0个评论: a post's line of author, date and counters
    r"|[^。，,；;]{0,40}?\d+\s*次\s*(?:浏览|阅读)(?:\s*\d+\s*[个条]\s*评论)?"
    # 链接来源:https://baijiahao.baidu.com/s?id=18300…: a link alone, with its label
    r"|(?:[\u4e00-\u9fff]{0,6}\s*[:：]\s*)?https?://\S+)$"
)
# 新闻推荐, 相关阅读, 下一篇：…: the page's article has ended, what follows is another one
ARTICLE_END = re.compile(
    r"^\s*(?:新闻推荐|相关新闻|相关阅读|推荐阅读|延伸阅读|热门推荐|热点推荐|猜你喜欢|相关文章|更多阅读|下一篇|相关链[接结]|相关报道)\s*(?:[:：].*)?$"
)
BYLINE_FIELD = re.compile(r"(?:来源|发布时间|发布日期|时间|日期|点击|浏览|阅读|作者|编辑|字号)[^:：\s]{0,2}\s*[:：]")


def is_chrome(text: str) -> bool:
    """A web page's furniture: its menu words, a keyword line (关键词: …), a counter (点击: 762次, 阅读量 1.2万,
    已有12人评论, 0 条评论, 预计阅读时间5分钟), a download site's note (下载后只包含1个DOC格式的文档), or a byline of two fields
    or more (来源:原创  时间:2022-04-12  点击: 762次)."""
    byline = len(BYLINE_FIELD.findall(text)) >= 2 and "。" not in text and len(text) <= 100
    return byline or bool(CHROME.match(re.sub(r"^[•·●▪◦]\s*", "", text)))  # (• 0 条评论: a list's bullet)


# 《改造建设100个乡镇(街道)综合养老服务中心…实施方案》…等10件为民实事方案,…现印发给你们: a notice's line issuing
# plans whose titles hold their figures (the copy may hold none of the plans) is text, no front matter
ISSUED_TITLES = re.compile(r"《[^《》]*\d[^《》]*(?:方案|计划)》.*印发给你们")
# (…2022年国民经济和社会发展统计公报: a bulletin's title, its first paragraph before its first heading; a
# site's page of it numbers it and may cut it: …2016年国民经济和社会发展统计公(3); a year's work plan,
# 2021年全县24件民生实事实施方案, its lead paragraph before 一、)
TITLE_LINE = re.compile(
    r"^(?:.{4,60}(规划|统计公报|国民经济和社会发展统计公?|方案\s*[(（]\d{4}\s*[—\-–]+\s*\d{4}年[)）])"
    r"|20\d\d\s*年[^，,。；;:：《》“”]{2,30}(?:实施|工作)方案)"
    r"(?:\s*[(（]\d{1,2}[)）])?$"
)


@dataclass
class Progress:
    """Where a progress table's rows start, the year its targets are for, the time its progress is as of."""

    line: int
    year: int | None
    as_of: str
    column: int | None = None  # in a header parted by bars, the place of the column of what was done
    width: int = 0  # and its number of cells
    # in a table one cell a line (序号 / 目标任务 / … / 进展情况 / 形象进度(%)), its rows' cells (line and
    # words) under the columns of what was done, and the cells before them; by words as well as line, for
    # a row parted by bars whose cells the outline split stands on one line with all its cells
    done_cells: frozenset[tuple[int, str]] = frozenset()
    task_cells: frozenset[tuple[int, str]] = frozenset()


@dataclass
class Draft:
    title: str | None = None
    chapters: list[dict[str, Any]] = field(default_factory=list)
    boxes: list[dict[str, Any]] = field(default_factory=list)
    indicators: list[dict[str, Any]] = field(default_factory=list)
    unplaced: list[tuple[int, str, str]] = field(default_factory=list)  # (line, why, text)
    period: tuple[int, int] = PLACEHOLDER_PERIOD
    period_named: bool = True  # False: the text names no period, and `period` is a placeholder
    period_note: str | None = None  # what the draft says of a period the text does not name
    this_year_undated: bool = False  # the text says 今年 and gives no date to read it by
    text_start: int = 1  # line of the plan's own text (its title, or its first heading)
    notice: Notice = field(default_factory=Notice)
    # chapters.yaml has no domain per section: kept here for the boxes and indicators drafted in it
    section_domains: dict[str, str] = field(default_factory=dict)
    replaced: str | None = None  # what an import with --force said it replaced
    progress: Progress | None = None  # a progress table's rows: targets, then what was done
    read_done: list[dict[str, Any]] = field(default_factory=list)  # prose targets the tense model read as results


@dataclass
class Line:
    """One segment of text with what it was classified as."""

    n: int
    text: str
    kind: str  # chapter | section | box | table | para
    number: str = ""
    title: str = ""
    rest: str = ""  # the text after a heading that runs into it


class Importer:
    """Reads segments one by one; each kind of line has its handler (_on_chapter, _on_para …)."""

    def __init__(self, lines: list[str], url: str | None = None) -> None:
        self.url = url  # the page the text was taken from, where the editor gives it
        read = readable(lines)  # 規劃, 城鎮(zhèn): the rules read 规划, 城镇; the draft cites the text's own
        self.restore = Restorer(lines, *read) if read else None
        self.lines = read[0] if read else lines
        self.draft = Draft()
        self.numbered = not any(classify(t, False)[0] == "chapter" and t[:1] == "第" for _, t, _ in segments(lines))
        self.chapter: dict[str, Any] | None = None
        self.section: dict[str, Any] | None = None
        self.box: dict[str, Any] | None = None
        self.table: list[tuple[int, str]] | None = None
        self.table_title = ""  # the line before a table that opened without a 表N line
        self.table_lead = ""  # else the sentence before it that sets figures (see places.lead_title)
        self.table_unit: str | None = None  # the unit a line between that title and the table gives (单位:万元)
        self.repeated: set[str] = set()

    def run(self) -> Draft:
        segs = places.columned(
            places.split_rows(places.unrun(split_rows(run_rows(fused_rows(segments(grid_rows(self.lines)))))))
        )
        self.repeated = {t for t, c in Counter(t for _, t, _ in segs).items() if c > 1 and "。" not in t}
        start = self._begin(segs)
        for n, text, _tab in segs[:start]:
            self.draft.unplaced.append((n, t("unplaced_before_text"), text))
        handlers = {"table": self._on_table, "chapter": self._on_chapter, "section": self._on_section}
        handlers["box"] = self._on_box
        texts = [text for _, text, _ in segs]
        ended = read = False
        for i, (n, text, tab) in enumerate(segs[start:], start):
            ended = ended or (read and bool(ARTICLE_END.match(text)))  # a marker above the article is its page's
            read = read or (len(text) > 40 and bool(re.search(r"\d", text)))
            if ended:
                self.draft.unplaced.append((n, t("unplaced_after_article"), text))
                continue
            kind, number, title = classify(text, self.numbered)
            if kind == "para" and self._opens_table(texts, i):
                kind = "table"  # 序号/指标/单位/…/属性 on lines of their own: a table without a 表N line
                self.table_title, self.table_unit = places.title_before(texts, i)
                self.table_lead = "" if self.table_title else places.lead_title(texts[:i])
            if self.table is not None and kind in ("chapter", "section") and row_follows(texts, i):
                kind = "para"  # 一、发展水平 among a table's cells: a 领域 cell, not a heading
            if self._table_cell(n, texts, i, tab, kind) or self._debris(n, text, kind):
                continue
            line = self._heading(Line(n, text, kind, number, title))
            handlers.get(line.kind, self._on_para)(line)
        self._end_table()
        self.draft.notice = read_notice(self.lines, self.draft.text_start - 1)
        own_dates(self.lines, self.draft.notice)
        address_dates(self.url, self.draft.notice)
        self._prose()
        if self.restore is not None:
            restore_cited(self.draft, self.restore)
        return self.draft

    def _begin(self, segs: list[tuple[int, str, bool]]) -> int:
        """Where the text starts (see _start); a progress table's rows are the text, and where its header
        stands one cell a line, the cells before its rows are read as no table's."""
        start = self._start(segs)
        table = progress_table(segs)
        if table is None:
            return start
        self.draft.progress = table[1]
        return table[0] + 1 if table[1].task_cells else min(start, table[0] + 1)

    def _opens_table(self, texts: list[str], i: int) -> bool:
        """Whether a table opens at texts[i] with no 表N line (a header of short cells); a table of places
        open since its rows began ends where the next one's header opens ((二)…经费 / 县(市、区) / 金额)."""
        if self.table is not None:
            cells = [c for _, c in self.table]
            if not (places.opens(cells) and len(cells) > 8 and places.header_at(texts, i)):
                return False
            self._end_table()
        return header_at(texts, i) or places.header_at(texts, i)

    def _shared_out(self, n: int, texts: list[str], i: int) -> bool:
        """Whether the line is a row that shares its total out among places (1300 | 元坝镇280 白果乡15 …),
        read as such (places.read_shares)."""
        if self.table is not None or not places.shares_row(texts[i]):
            return False
        places.read_shares(n, texts[i], texts[max(0, i - 15) : i], self.draft.indicators)
        return True

    def _results_row(self, n: int, texts: list[str], i: int) -> bool:
        """Whether the line is a row of a table of results no other reader opened (a yearbook's:
        1995 | 3182 | 416 …), its figures read as observations (yearbook.read_row)."""
        if not yearbook.results_row(texts, i):
            return False
        yearbook.read_row(n, texts, i, self.draft.indicators)
        return True

    def _table_cell(self, n: int, texts: list[str], i: int, tab: bool, kind: str) -> bool:
        """Whether the line is one more cell of the open table (else the table is closed): a short
        line, or a name written as a sentence (…主动提供健康指导。) before its row's 属性 or value, or what
        was done, in a table with a column for it, written as one (…贷款537万元。) before the next row; with
        no table open, whether it is a row read on its own: one that shares a total out among places
        (_shared_out), or one of a table of results no reader opened (_results_row)."""
        if self.table is None:
            return self._shared_out(n, texts, i) or self._results_row(n, texts, i)
        text, following = texts[i], texts[i + 1] if i + 1 < len(texts) else ""
        short = (tab or len(text) <= 40) and "。" not in text
        named = len(text) <= 60 and (following in ROW_NATURE or is_value_cell(following))
        if not (short or named) and "。" not in text and len(text) <= 200:
            short = any(c in TRAILING_HEADER for _, c in self.table[:16])  # a long 责任单位 cell: 县文旅广体局、…
        if not (short or named) and len(text) <= 200 and done_header(self.table[:16]):
            # 发放一次性创业补贴262万元,…。: what was done, in words, with the next row's cells after it
            short = row_follows(texts, i)
        if kind == "para" and TABLE_NOTE.match(text):
            self.draft.unplaced.append((n, t("unplaced_table_note"), text))
            return True  # 说明:… between a table's rows: the table goes on
        same_row = bool(self.table) and self.table[-1][0] == n  # a remark (…。) in a row's last cell, one row a line
        if kind == "para" and (short or named or same_row):
            self.table.append((n, text))
            return True
        self._end_table()
        return False

    def _end_table(self) -> None:
        if self.table is not None:
            if places.opens([c for _, c in self.table]):
                text = "".join(self.lines)
                places.read(
                    self.table,
                    self.draft.indicators,
                    self.draft.unplaced,
                    (self.table_title, self.table_lead),
                    text,
                    self.table_unit,
                )
            else:
                TableReader(self.draft.indicators, self.draft.unplaced).read(self.table)
            self.table = None

    def _debris(self, n: int, text: str, kind: str) -> bool:
        """Page headers, footer debris and web-page chrome: listed as unplaced."""
        why = None
        if text in self.repeated and kind == "para" and len(text) < 60 and not listed_figure(self.lines, n):
            why = t("unplaced_repeated")
        elif is_page_debris(text):
            why = t("unplaced_page_number")
        elif is_chrome(text):
            why = t("unplaced_chrome")
        if why:
            self.draft.unplaced.append((n, why, text))
        return why is not None

    def _heading(self, line: Line) -> Line:
        """Split a heading from text that runs into it: （一）标题。正文 and 第三章标题正文…."""
        inline = None
        if self.numbered and line.kind == "para" and self.chapter is not None:
            inline = INLINE_SECTION.match(line.text)
        if inline:
            return Line(line.n, inline.group(3), "section", inline.group(1), inline.group(2), inline.group(3))
        if line.kind.endswith("-run-in"):
            why = t("unplaced_run_in", title=line.title)
            self.draft.unplaced.append((line.n, why, line.text))
            rest = line.text[len(line.number) :].strip()[len(line.title) :].strip()
            return Line(line.n, rest, line.kind.removesuffix("-run-in"), line.number, line.title, rest)
        return line

    def _on_table(self, line: Line) -> None:
        self.table = [(line.n, line.text)]

    def _on_chapter(self, line: Line) -> None:
        self.box = self.section = None
        cid = f"c{cn_number(line.number)}" if line.number else "preface"
        self.chapter = new_part(cid, line.number, line.title, line.n, domain=guess_domain(line.title), sections=[])
        self.draft.chapters.append(self.chapter)
        if line.rest:
            self._on_para(line)

    def _open_chapter(self, n: int) -> dict[str, Any]:
        """The current chapter; text before any chapter heading goes to a 'preamble' chapter."""
        if self.chapter is None:
            self.chapter = new_part("preamble", "", None, n, domain="general", sections=[])
            self.draft.chapters.append(self.chapter)
        return self.chapter

    def _on_section(self, line: Line) -> None:
        chapter = self._open_chapter(line.n)
        self.box = None
        number = cn_number(line.number) or len(chapter["sections"]) + 1
        self.section = new_part(f"{chapter['id']}-s{number}", line.number, line.title, line.n)
        self.draft.section_domains[self.section["id"]] = section_domain(line.title, chapter)
        chapter["sections"].append(self.section)
        chapter["lines"][1] = line.n
        if line.rest:
            self._on_para(line)

    def _on_box(self, line: Line) -> None:
        chapter = self._open_chapter(line.n)
        self.box = {
            "id": f"box-{cn_number(line.number)}",
            "number": line.number,
            "title": line.title,
            "chapter": chapter["id"],
            "section": self.section["id"] if self.section else None,
            "domain": self._domain_here(guess_domain(line.title)),
            "lines": [line.n, line.n],
            "items": [],
        }
        self.draft.boxes.append(self.box)

    def _domain_here(self, guess: str) -> str:
        """A guess from an item's own words, else the current section's domain, else the chapter's."""
        if guess != "general":
            return guess
        if self.section is not None:
            return self.draft.section_domains.get(self.section["id"], "general")
        return self.chapter["domain"] if self.chapter else "general"

    def _on_para(self, line: Line) -> None:
        chapter = self._open_chapter(line.n)
        m = ITEM.match(line.text)
        if self.box is not None and (m or not self.box["items"]):
            self._box_item(line, m)
            return
        if self.box is not None and self.section is not None and not self.numbered:
            # text straight after a 专栏 box: the next section's heading was lost
            why = t("unplaced_after_box")
            self.draft.unplaced.append((line.n, why, line.text))
            sid = f"{chapter['id']}-s{len(chapter['sections']) + 1}"
            self.section = new_part(sid, "", None, line.n)
            self.draft.section_domains[sid] = chapter["domain"]
            chapter["sections"].append(self.section)
        self.box = None
        owner = self.section if self.section is not None else chapter
        body = m.group(2) if self.numbered and m else line.text
        lead, _ = lead_of(re.sub(r"^\d+[、.．]\s*", "", body))
        mid = f"{owner['id']}-p{len(owner['measures']) + 1}"
        owner["measures"].append({"id": mid, "lead": lead, "text": line.text, "lines": [line.n, line.n]})
        owner["lines"][1] = line.n
        chapter["lines"][1] = line.n

    def _box_item(self, line: Line, m: re.Match[str] | None) -> None:
        assert self.box is not None
        body = m.group(2) if m else line.text
        lead, _ = lead_of(body)
        item = {
            "id": f"{self.box['id']}-{len(self.box['items']) + 1}",
            "number": m.group(1) if m else None,
            "title": lead,
            "text": body,
            "lines": [line.n, line.n],
        }
        self.box["items"].append(item)
        for owner in (self.box, self.section, self.chapter):
            if owner is not None:
                owner["lines"][1] = line.n

    def _prose(self) -> None:
        past = {
            n
            for c in self.draft.chapters
            if PAST_CHAPTER.search(c["title"] or "")
            for n in range(c["lines"][0], c["lines"][1] + 1)
        }
        after = {n for n, why, _ in self.draft.unplaced if why == t("unplaced_after_article")}  # other pages' words
        rest = [line for n, line in enumerate(self.lines, 1) if n not in past and n not in after]
        told = [self.lines[n - 1] for n in sorted(past)]
        form = performance_form(self.lines)  # (its rows are cells: read apart, its budget in its money unit)
        entries, context = prose_entries(self.draft, form.line if form else None)
        entries = numbered_rows(labelled_progress(entries, self.lines), self.lines)
        # the year the text is written in: its own date, else what its opening says of it
        written = written_year(self.draft.notice) or just_past([e.text for e in entries])
        # a form that sets a year's targets (项目支出绩效目标申报表 (2021年度), on a page dated 2022) is written by then
        if form and form.year and not form.self_evaluation and written and written > form.year:
            written = form.year
        named = period_found(self.draft.title or "", rest, told, written)
        dated = dated_period(rest, written) if named is None else None
        start, end = self.draft.period = named or dated or PLACEHOLDER_PERIOD
        self.draft.period_named = named is not None
        if named is None:  # none named: the draft takes its date's years (dated_period) or a placeholder, says which
            self.draft.period_note = t(
                "import_period_dated" if dated else "import_period_unknown", start=start, end=end
            )
            self.draft.notice.notes.append({"text": self.draft.period_note})
        if written is None and any(THIS_YEAR.search(line) for line in rest):
            self.draft.this_year_undated = True  # 今年 with no date to read it by: its targets have no year
            self.draft.notice.notes.append({"text": t("import_this_year_undated")})
        day = self.draft.notice.issued or self.draft.notice.published
        done = reported_year(self.lines, written, day) if self.draft.progress is None else None  # (a table tells)
        reader = ProseReader(reading_start(start, named or dated, written), written, done)
        entries, rows = form_rows(cell_rows(entries, form, self.lines), form)
        found = named_by_item_above(reader.read(entries), self.lines)
        found = restated_in_body(found, self.lines)  # (a form's rows are no headlines)
        read_done(found, self.lines, last_done(written, done, day))  # the results the rules left as targets
        dated_by_opening(found, self.lines)
        found = sorted(found + rows + budget_targets(self.lines, form), key=lambda f: f.lines)
        self._indicators(found, context, reported_columns(self.draft.indicators, start, self.lines))

    def _indicators(self, found: list[Found], context: dict[int, str], table: list[dict[str, Any]]) -> None:
        """The draft's indicators: a table's rows, then what the prose reader found, restatements folded."""
        records = to_indicators(found, 1, context, self.draft.period)
        self.draft.indicators = fold_restatements(table + records)
        by_model = {id(r) for f, r in zip(found, records, strict=True) if f.by_model}
        self.draft.read_done = [i for i in self.draft.indicators if id(i) in by_model]

    def _start(self, segs: list[tuple[int, str, bool]]) -> int:
        """Index of the first segment of plan text: after its own title line, if any; else its first
        chapter heading, or a 专栏 box before it (a copy that starts mid-plan)."""
        texts = [t for _, t, _ in segs]
        first_heading = next(
            (
                i
                for i, t in enumerate(texts)
                if classify(t, self.numbered)[0] in ("chapter", "chapter-run-in", "box") and not inside_table(texts, i)
            ),
            0,
        )
        for i in range(first_heading - 1, -1, -1):
            if TITLE_LINE.match(segs[i][1]):
                self.draft.title = segs[i][1]
                self.draft.text_start = segs[i][0]
                return i + 1
        first_heading = earlier_goals(texts, earlier_item(texts, first_heading))
        # a copy that starts inside an indicator table (its rows, a header read from them): the table is text
        first_heading = next((i for i in range(first_heading) if header_at(texts, i)), first_heading)
        self.draft.text_start = segs[first_heading][0] if segs else 1
        # (the notice's lines, its signature and date, stay its front matter)
        return next((i for i in range(first_heading) if ISSUED_TITLES.search(texts[i])), first_heading)


def last_done(written: int | None, reports: int | None, day: dt.date | None) -> int | None:
    """The last year whose figures a text can tell as done: the year it reports on, else the year it
    is written in, or the one before in a text of a year's first months (两会: the year's works ahead,
    beside last year's results)."""
    if reports or written is None:
        return reports
    return written - 1 if day is not None and day.year == written and day.month <= 3 else written


def earlier_item(texts: list[str], first: int) -> int:
    """The first heading's index, or that of the earliest line of the run of items before it, each
    opening with the number before the next: 二、实施步骤 after 一、目标任务为…(a heading run into its
    paragraph) starts the text at 一、; 十二、…(cut, read as a heading) after 一、…。 to 十一、…。 at 一、."""
    number = CN_NUMBERS.match(texts[first]) if first < len(texts) else None
    k = CN_ORDER.index(number.group(1)) if number and number.group(1) in CN_ORDER else 0
    while k > 0:
        before = CN_ORDER[k - 1] + "、"
        at = next((i for i in range(first - 1, -1, -1) if texts[i].startswith(before)), None)
        if at is None:
            break
        first, k = at, k - 1
    return first


CN_ORDER = [*CN_DIGITS, *(f"十{d}" for d in CN_DIGITS[:9])]  # 一 … 十, 十一 … 十九
CN_NUMBERS = re.compile(rf"^([{CN_DIGITS}]{{1,2}})、")


# (二)残疾人综合素质普遍提高。…入学率达到90%以上: a numbered item run into its paragraph, with a figure
RUN_IN_GOAL = re.compile(
    rf"^(?:[(（][{CN_DIGITS}]{{1,2}}[)）][^。]{{2,30}}。|(?:--|——|—|●|■|◆)\s*(?:[^。:：]{{2,12}}[:：]|[^。:：，,]{{4,20}}。)).{{20,}}\d"
)  # --专业覆盖:…专业覆盖率达到80%以上, --适度扩大高等职业教育规模。…: a goal's bullet, its label, its figures


def earlier_goals(texts: list[str], first: int) -> int:
    """The first heading's index, or that of the first line before it that is a numbered item run
    into a paragraph with a figure in it, or a labelled bullet with one (--办学条件:建成30所…): a
    copy that starts inside a plan's goals ((二)…(五), then 第三部分 主要任务) starts its text there,
    not at the next heading."""
    return next((i for i in range(first) if RUN_IN_GOAL.match(texts[i])), first)


CITED = {"name", "quote", "as_written", "text", "title", "lead", "category", "unit"}  # words taken from the text
OWN_UNITS = set(FRACTION_UNIT.values())  # 1/10万: the unit a rate is given, not the text's words
WHOLE = {"quote", "text"}  # cited whole, as the text writes them (a repost's glosses too)


def restore_cited(draft: Draft, restore: Restorer) -> None:
    """The words a draft takes from a text in traditional characters, in the text's own characters."""

    def restored(value: Any) -> Any:
        if isinstance(value, dict):
            return {
                k: restore(v, k in WHOLE) if k in CITED and isinstance(v, str) and v not in OWN_UNITS else restored(v)
                for k, v in value.items()
            }
        return [restored(v) for v in value] if isinstance(value, list) else value

    draft.title = restore(draft.title) if draft.title else None
    draft.chapters, draft.boxes, draft.indicators = (
        restored(x) for x in (draft.chapters, draft.boxes, draft.indicators)
    )
    draft.unplaced = [(n, why, restore(text, True)) for n, why, text in draft.unplaced]


def section_domain(title: str | None, chapter: dict[str, Any]) -> str:
    """The domain a section title's words name; else its chapter's."""
    domain = guess_domain(title or "")
    return chapter["domain"] if domain == "general" else domain


def new_part(pid: str, number: str, title: str | None, n: int, **extra: Any) -> dict[str, Any]:
    """A chapter or section record, keys in the order chapters.yaml writes them."""
    part: dict[str, Any] = {"id": pid, "number": number, "title": title}
    if "domain" in extra:
        part["domain"] = extra.pop("domain")
    part.update({"lines": [n, n], "measures": []})
    part.update(extra)
    return part


# a progress table's header (县区 项目名称 年度目标任务 完成进度): each row a line, the year's target,
# then what was done by a month of it (完成9个,完成率100%; 已完成; 无任务)
PROGRESS_WORD = (
    r"(?:完成进度|完成情况|进展情况|工作进展|推进情况|落实(?:进展)?情况|累计完成)"  # the column of what was done
)
PROGRESS_HEADER = re.compile(rf"目标任务\s+(?:\S+\s+)?{PROGRESS_WORD}\s*$")
# 序号 | 项 目 内 容 | 年度完成情况 | 完成成效 | 责任单位 |: a header parted by bars, its column of what was done
BARRED_PROGRESS = re.compile(rf"^(?:年度)?{PROGRESS_WORD}$")
PROGRESS_CELL = re.compile(r"\s+((?:已?完成|未完成|无任务|正在|进度)\S*.*)$")
AS_OF_MONTH = re.compile(r"20\d\d年\d{1,2}月(?:份|底|末)?")


def progress_table(segs: list[tuple[int, str, bool]]) -> tuple[int, Progress] | None:
    """(index of the header, Progress) of the first progress table; its year and month from the
    lines above it (2023年3月份暖民心行动…进展情况表)."""
    k = next((k for k, (_, text, _) in enumerate(segs) if len(text) <= 40 and PROGRESS_HEADER.search(text)), None)
    barred = next((k for k, (_, text, _) in enumerate(segs) if _done_column(text) is not None), None)
    k = barred if k is None or (barred is not None and barred < k) else k
    celled = _celled_progress(segs) if k is None else None
    k = celled[0] if celled else k
    if k is None:
        return None
    above = " ".join(text for _, text, _ in segs[:k])
    year = re.search(r"(20\d\d)年", above)
    month = AS_OF_MONTH.search(above)
    as_of = month.group(0) if month else "完成进度"
    width = len(BARS.split(segs[k][1].strip(" |｜")))
    progress = Progress(segs[k][0], int(year.group(1)) if year else None, as_of, _done_column(segs[k][1]), width)
    if celled:
        progress.done_cells, progress.task_cells = celled[1], celled[2]
    return k, progress


# 序号 / 目标任务 / 牵头 / 市领导 / 责任单位 / 进展情况 / 形象进度(%), one cell a line: the column of the task
TASK_HEAD = re.compile(r"^(?:年度)?(?:目标任务|建设任务|工作任务|任务内容|项目内容|实事项目|项目名称|主要内容)$")


def _celled_progress(
    segs: list[tuple[int, str, bool]],
) -> tuple[int, frozenset[tuple[int, str]], frozenset[tuple[int, str]]] | None:
    """A progress table one cell a line (序号 / 目标任务 / … / 进展情况 / …, then 1 / its task / … / what was
    done / 28%, then 2 / …): (index of its header's last cell, the cells (line, words) under its columns
    of what was done, counted from a row's end, and the cells before them)."""
    texts = [cell_text(text) for _, text, _ in segs]
    k = next((k for k, c in enumerate(texts) if c == "序号" and "1" in texts[k + 1 : k + 12]), None)
    if k is None:
        return None
    end = texts.index("1", k + 1)
    header = texts[k + 1 : end]
    done = next((j for j, c in enumerate(header) if BARRED_PROGRESS.match(c)), None)
    if done is None or not any(TASK_HEAD.match(c) for c in header[:done]) or any(len(c) > 12 for c in header):
        return None
    done_cells, task_cells, row, at = set(), set(), 1, end
    while at < len(texts) and texts[at] == str(row):
        after = next((j for j in range(at + 1, len(texts)) if texts[j] == str(row + 1)), len(texts))
        cells = segs[at + 1 : after]
        split = len(cells) - (len(header) - done)
        if split >= 1:
            task_cells |= {(n, cell_text(c)) for n, c, _ in cells[:split]}
            done_cells |= {(n, cell_text(c)) for n, c, _ in cells[split:]}
        row, at = row + 1, after
    return (end - 1, frozenset(done_cells), frozenset(task_cells)) if row > 2 else None


def _done_column(text: str) -> int | None:
    """In a header parted by bars whose first cell is 序号 (or follows a 大类 cell) and that has a
    column of what was done, that column's place."""
    cells = [cell_text(c) for c in BARS.split(text.strip(" |｜")) if c.strip()]
    at = next((k for k, c in enumerate(cells) if BARRED_PROGRESS.match(c)), None)
    return at if BARS.search(text) and "序号" in cells[:2] and at else None


def _done_at(cells: list[str], progress: Progress) -> int | None:
    """Where a row's cell of what was done is: under its column; one before it in a row that lacks
    only its first cell (一、… | 1 | …, then 2 | …: a 大类 cell spans the rows of its class)."""
    if progress.column is None:
        return None
    if len(cells) > progress.column:
        return progress.column
    return progress.column - 1 if len(cells) == progress.width - 1 and progress.column > 1 else None


# 进 展 / 情 况: a form's label, one cell a line, its words spaced apart, over the cell of what was done
PROGRESS_LABEL = re.compile(rf"^(?:年度)?{PROGRESS_WORD}$")


def labelled_progress(entries: list[Entry], lines: list[str]) -> list[Entry]:
    """Each paragraph that stands under a form's label of what was done (PROGRESS_LABEL, on up to
    three short lines right above it) reports what was done."""
    out = []
    for e in entries:
        above: list[str] = []
        for line in reversed(lines[max(0, e.line - 5) : e.line - 1]):
            cell = re.sub(r"\s+", "", line)
            if len(cell) > 6 or len(above) == 3:
                break
            above = [cell, *above] if cell else above
        labelled = any(PROGRESS_LABEL.match("".join(above[k:])) for k in range(len(above)))
        out.append(dataclasses.replace(e, reported="完成进度") if labelled and e.reported is None else e)
    return out


ROW_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")  # 5: a row's number, one cell a line (序号)


def after_row_number(lines: list[str], n: int) -> bool:
    """Whether line n (1-based) stands right after a row's number alone on its line (blank lines
    aside): the first cell of a row of a table of tasks, one cell a line (序号 / 重点工作任务 / …)."""
    above = next((lines[k] for k in range(n - 2, -1, -1) if lines[k].strip()), "")  # (no copy of the lines)
    return bool(ROW_NUMBER.match(above))


def numbered_rows(entries: list[Entry], lines: list[str]) -> list[Entry]:
    """Each paragraph after a row's number alone on its line opens an item of its own (see Entry.item)."""
    return [dataclasses.replace(e, item=True) if after_row_number(lines, e.line) else e for e in entries]


FUSED_NUMBER = re.compile(r"^\s*\*?(\d{1,2})[.．](?=\d)")  # 3.90%的…: row 3, then 90%


def progress_rows(entries: list[Entry], progress: Progress | None) -> list[Entry]:
    """Each row of a progress table read as two: its target, for the table's year, and what was
    done; a row's number run into the figure after it (3.90%的…, after row 2) is left out."""
    if progress is None:
        return entries
    out: list[Entry] = []
    for k, e in enumerate(entries):
        cell = (e.line, cell_text(e.text))
        if cell in progress.done_cells or cell in progress.task_cells:  # (a table one cell a line)
            done = cell in progress.done_cells
            out.append(
                dataclasses.replace(e, reported=progress.as_of) if done else dataclasses.replace(e, year=progress.year)
            )
            continue
        fused = FUSED_NUMBER.match(e.text) if e.line > progress.line and k else None
        before = re.match(r"^\s*\*?(\d{1,2})[.．]", entries[k - 1].text) if fused else None
        if fused and before and int(before.group(1)) + 1 == int(fused.group(1)):
            e = dataclasses.replace(e, text=e.text[fused.end() :])
        cells = BARS.split(e.text.strip(" |｜")) if e.line > progress.line else []
        at = _done_at(cells, progress)
        if at is not None:  # 1 | 新增托位1140个 | 新增托位1155个… |
            out.append(dataclasses.replace(e, text=" ".join(cells[:at]), year=progress.year))
            out.append(dataclasses.replace(e, text=" ".join(cells[at:]), reported=progress.as_of))
            continue
        m = PROGRESS_CELL.search(e.text) if e.line > progress.line else None
        if m is None:
            out.append(e)
            continue
        out.append(dataclasses.replace(e, text=e.text[: m.start()], year=progress.year))
        out.append(dataclasses.replace(e, text=m.group(1), reported=progress.as_of))
    return out


def prose_entries(draft: Draft, rows_from: int | None = None) -> tuple[list[Entry], dict[int, str]]:
    """Every paragraph and box item in text order, with its section; and each line's domain. The
    lines after a progress table's header, or after `rows_from` (a form's title), are rows: none is
    joined to the next."""
    entries: list[Entry] = []
    domains: dict[int, str] = {}
    for c in draft.chapters:
        for owner in [c, *c["sections"]]:
            domain = draft.section_domains.get(owner["id"], c["domain"])
            if LISTED_HEADING.search(owner["title"] or ""):  # 五、创建30所普惠性民办幼儿园; an item read as a heading
                entries.append(Entry(owner["lines"][0], owner["title"], owner["id"], c["title"] or "", ""))
                domains[owner["lines"][0]] = domain
            for m in owner["measures"]:
                entries.append(Entry(m["lines"][0], m["text"], owner["id"], c["title"] or "", owner["title"] or ""))
                domains[m["lines"][0]] = domain
    for b in draft.boxes:
        texts = [(b["lines"][0], b["title"])] if "。" in b["title"] else []  # heading run into its text
        for n, text in texts + [(item["lines"][0], item["text"]) for item in b["items"]]:
            entries.append(Entry(n, text, b["section"] or b["chapter"], "", b["title"]))
            domains[n] = b["domain"]
    entries.sort(key=lambda e: e.line)
    rows_from = draft.progress.line if draft.progress else rows_from
    return progress_rows(join_broken(subheaded(entries), rows_from), draft.progress), domains


# a heading that ends as a sentence does and holds a figure: an item of a list (五、创建30所普惠性民办幼儿园;)
LISTED_HEADING = re.compile(r"\d[^；;。]*[；;。]\s*$")


def reading_start(start: int, period: tuple[int, int] | None, written: int | None) -> int:
    """The year from which the prose reader takes a year for a target: the period's start; in a text
    that names no period and was written before the placeholder period's start, the year after it
    was written (齐鲁晚报 2017-12-13: 拟计划于2018年10月底前完成剩余5处, a target; 2017年新建7处, past)."""
    return min(start, written + 1) if period is None and written else start


SUBHEAD = re.compile(r"^\s*【[^】]{2,12}】\s*$")  # 【数据回顾】, 【今年目标】: a news item's subheads
# 一年来,我们兜底线、办实事,民生福祉更加殷实: a work report's subhead over what the year did
REVIEW_HEAD = re.compile(r"^\s*(?:一年来|过去一年|这一年|[二三四五]年来|过去[二三四五]年)[，,][^。；;]{0,40}$")


def subheaded(entries: list[Entry]) -> list[Entry]:
    """The paragraphs under a news item's 【…】 subhead, in its section, read as under a chapter of that
    title (【数据回顾】: what was done; 【今年目标】: what is set); under a review's subhead (一年来,…), as
    under a chapter of 回顾."""
    out: list[Entry] = []
    head: tuple[str, str] | None = None  # (section, subhead)
    for e in entries:
        if SUBHEAD.match(e.text) or REVIEW_HEAD.match(e.text):
            head = (e.section, e.text.strip() if SUBHEAD.match(e.text) else "【回顾】")
        elif head and head[0] == e.section:
            e = dataclasses.replace(e, chapter_title=f"{head[1]}{e.chapter_title}")
        out.append(e)
    return out


# 新安小学 / 新增学位1080个: a list whose items stand each on a line of their own, each with its figure on the
# line after it, a measure and its number only (not a heading: 主要目标, 建设任务, 一、…)
ITEM_ALONE = re.compile(r"^[\u4e00-\u9fff()（）·]{2,24}$")
NOT_AN_ITEM = re.compile(r"(?:目标|任务|指标|情况|进展|内容|如下)$")
MEASURE_ALONE = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*\d+(?:\.\d+)?\s*(?:万|亿)?[\u4e00-\u9fff%]{0,3}$")


def listed_figure(lines: list[str], n: int) -> bool:
    """Whether line n (1-based) holds only a measure and its number under a line that holds only an
    item's name (新安小学 / 新增学位1080个): a list's figure, though another item's be the same."""
    above = lines[n - 2].strip() if n >= 2 else ""
    return bool(MEASURE_ALONE.match(lines[n - 1].strip()) and ITEM_ALONE.match(above) and not NOT_AN_ITEM.search(above))


def named_by_item_above(found: list[Found], lines: list[str]) -> list[Found]:
    """The figures of lines that hold only a measure and its number (新增学位1080个), each under a line
    that holds only an item's name (新安小学), named after that item (新安小学新增学位): the items of a
    list are apart, not one target stated again."""
    for f in found:
        n = f.lines[0]
        if f.lines[1] == n and listed_figure(lines, n) and not f.name.startswith(above := lines[n - 2].strip()):
            f.name = above + f.name
    return found


def restated_in_body(found: list[Found], lines: list[str]) -> list[Found]:
    """Leaves out what a headline (a news report's title, a 【…】 subhead) says when the body states
    the same number again: the body's own words, year and tense decide whether it is a target
    (福建…全民体育消费将超过500亿元 / …将达到500亿元以上; 湖南在校学生达1407.32万人 / 截至2024年…)."""

    def headline(f: Found) -> bool:
        text = lines[f.lines[0] - 1]
        # 5、建成10家… or 5 / 建成10家… (a row's number alone on the line above): an item of its own
        item = NUMBERED_ITEM.match(text) or after_row_number(lines, f.lines[0])
        # (2025年,槐荫区新建改建体育主题公园、健身场地29处: a text's first line, a title with a comma)
        first = f.lines[0] == 1 and len(text) <= 60 and not re.search(r"[。；;]", text)
        # (普惠性幼儿园达到100%,在园幼儿15.21万人,学前教育毛入园率达到90.43%: a feature's highlight
        # line, no full stop, over the paragraph that says it again)
        first = first or len(text) <= 60 and not re.search(r"[。；;:：]", text) and highlight(f.lines[0])
        return f.lines[0] == f.lines[1] and (is_headline(text) or first) and not item

    def highlight(n: int) -> bool:  # the figures (two or more) of line n each said again further on
        on_line = [g for g in found if g.lines[0] == g.lines[1] == n]
        return len(on_line) > 1 and all(any(h.lines[0] > n and _restates(g, h) for h in found) for g in on_line)

    kept = []
    for f in found:
        said = [g for g in found if g is not f and _restates(f, g) and not headline(g)]
        if not headline(f) or not said:
            kept.append(f)
            continue
        # 青海居民平均期望寿命增至73.12岁 / …增长到目前的73.12岁: past, and recorded (600个行政村配建健身器材 /
        # 为600个行政村配建(更新)健身器材。/ 完成情况:为600个行政村配建(更新)了健身器材: the result, beside the task)
        if any(g.past for g in said):
            kept.append(
                dataclasses.replace(f, past=True, year=f.year or said[0].year, period=f.period or said[0].period)
            )
        if len(said) == 1 and bare_name(said[0]) and not BARE_NAME.fullmatch(f.name):
            said[0].name = f.name  # 重庆今年将培训技能人才超50万人次 / …今年将培训50万人次以上: the headline names it
    return kept


def _restates(f: Found, g: Found) -> bool:
    """Whether g states f's number again, in its unit (济南五年新增城镇就业近90万 / …近90万人: 人 left out)."""
    if not (g.unit == f.unit or bool(f.unit) and g.unit == f"{f.unit}人"):
        return False
    # (城镇新增就业超25万人 over 全省城镇新增就业25.62万人: rounded down)
    rounded = bool(re.search(r"超过?|逾|多|余", f.as_written)) and f.name in g.name
    # (an amount of money is named in many ways: 投资730.88亿元 / 将投入资金730.88亿元)
    same = g.value == f.value and ((f.unit or "").endswith("元") or _named_alike(f.name, g.name))
    return same or rounded and g.value is not None and f.value < g.value < f.value * 1.05  # type: ignore[operator]


def _named_alike(a: str, b: str) -> bool:
    """Whether two names share two characters running, or one ends in a bare verb (江西九江今年将建):
    新建10个城市小广场 (a headline) is not restated by 新建10个农村敬老院 in the body."""
    bare = BARE_END.search(a) or BARE_END.search(b) or len(a) < 2 or len(b) < 2
    return bool(bare) or any(a[i : i + 2] in b for i in range(len(a) - 1))


BARE_NAME = re.compile(r"(?:今年)?(?:将|要|计划|拟)+[\u4e00-\u9fff]{0,2}")  # 将培训: a verb, no name
BARE_END = re.compile(rf"(?:{BARE_NAME.pattern})$")  # 江西九江今年将建: a place and a verb, no name


def bare_name(f: Found) -> bool:
    """A name that is a verb alone: 将培训, or 培训 whose 将 the name leaves out (今年将培训50万人次)."""
    return bool(BARE_NAME.fullmatch(f.name) or len(f.name) <= 2 and BARE_END.search(words_before(f)))


def is_headline(text: str) -> bool:
    """A short line without a comma or a full stop: a headline or a date line, not a paragraph
    broken mid-sentence (陕西省将新增城镇就业200万人以上 / 2021-11-29); or a page's line of its date,
    time and source (zz.fjsen.com  2014-01-06 09:07:58   来源:东南网  我来说两句)."""
    page_line = len(text) <= 80 and bool(re.search(DATE, text) and BYLINE_FIELD.search(text))
    return (len(text) <= 40 and not re.search(r"[，,。；;]", text)) or page_line


NUMBERED_ITEM = re.compile(r"^\s*\d{1,2}、")  # 2、全市常住人口千人床位数达到4.3张: an item of its own


# …遗留物业费(≥**%)。 ≥95%: a row that ends with its value cell, after a space, is whole
VALUE_CELL_END = re.compile(r"\s(?:[≥≤<>＞＜]\s*)?\d+(?:\.\d+)?\s*(?:%|‰|[\u4e00-\u9fff]{1,2})?\s*$")


# 2000户以上 / 于1000名。: a line that opens with the figure the line before stops short of (not a year)
FIGURE_TAIL = re.compile(
    rf"^[于达到为]?\s*(?!(?:19|20)\d\d\s*年)\d+(?:\.\d+)?\s*(?:{UNITS}){BOUND}?\s*(?:$|[。；;，,])"
)


# 开展粤菜师傅培训1000人次以上,完成家政服务类培训1万人次以上 / 过去一年,…: a list's line that ends on its
# figure, and a paragraph that opens anew (a time, a source, then a comma): two statements
FIGURE_END = re.compile(rf"\d\s*(?:{UNITS}){BOUND}?\s*$")
OPENS_ANEW = re.compile(r"^[\u4e00-\u9fff]{2,12}[，,]")


def join_broken(entries: list[Entry], rows_from: int | None = None) -> list[Entry]:
    """A paragraph that stops mid-sentence continues in the next line of the same section (a page
    break, or a line break in the extraction): read the two as one, citing both lines; a line that
    opens with an item's number (2、…) starts an item of its own, and so does a row of a progress
    table (each of its lines after `rows_from`) and the line after one that ends with a value cell."""
    out: list[Entry] = []
    for e in entries:
        last = out[-1] if out else None
        tail = last is not None and bool(FIGURE_TAIL.match(e.text) and re.search(r"[\u4e00-\u9fff]$", last.text))
        if (
            last is not None
            and (rows_from is None or e.line <= rows_from)
            and last.section == e.section
            and e.line - (last.end_line or last.line) <= 2
            and not re.search(r"[。；;！!？?：:]\s*$", last.text)
            # (2025年普惠性幼儿园覆盖率达到88% after the page's menu: a headline; a figure's tail is not)
            and (tail or not (is_headline(last.text) or is_headline(e.text)))
            and not BYLINE.match(e.text)  # 东南网1月6日讯 (…记者…): a news item's own start
            and not NUMBERED_ITEM.match(e.text)
            and not VALUE_CELL_END.search(last.text)
            and not (FIGURE_END.search(last.text) and OPENS_ANEW.match(e.text))
        ):
            out[-1] = Entry(last.line, last.text + e.text, last.section, last.chapter_title, last.section_title, e.line)
        else:
            out.append(e)
    return out
