"""The views on the fixture Site, without MkDocs: what each page family computes."""

from __future__ import annotations

import dataclasses
import json
import posixpath
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator import urls
from generator.config import Config, SiteUrlError
from generator.loading.loader import load_site
from generator.model import Chapter, PlanMeta, Value
from generator.sitemodel.site import Site
from generator.sitemodel.vocabulary import (
    UNTITLED_CHAPTER,
    chapter_label,
    formal_title,
    full_title,
    lines_text,
    number_text,
    plan_name,
    table_cells,
    without_bookmarks,
)
from generator.views import site_view
from generator.views.charts import value_range
from generator.views.concepts import COMPARE_PLANS, ConceptIndex, ConceptRow, _cascade
from generator.views.indicator_pages import EmbedContext, IndicatorContext
from generator.views.page import Context
from generator.views.plan_pages import ChapterContext
from tests.conftest import FIXTURE, REPO

CITY = "demo-city-2021-2025"


@pytest.fixture(scope="module")
def site() -> Site:
    return load_site(FIXTURE / "data", FIXTURE)


def test_every_page_has_a_unique_file_and_a_typed_context_without_callables(site: Site) -> None:
    view = site_view(site, "https://example.gov.cn/")
    files = [p.file for p in view.pages]
    assert len(files) == len(set(files))
    for page in view.pages:
        assert isinstance(page.context, Context) and dataclasses.is_dataclass(page.context)
        for f in dataclasses.fields(page.context):
            assert not callable(getattr(page.context, f.name)), (page.url, f.name)


def test_indicator_page_numbers_links_and_citation(site: Site) -> None:
    view = site_view(site, "https://example.gov.cn/")
    page = next(p for p in view.pages if p.url == urls.indicator(CITY, "compulsory-education-retention"))
    ctx = page.context
    assert isinstance(ctx, IndicatorContext)
    assert (ctx.baseline, ctx.target, ctx.nature) == ("95%", "≥99％", "约束性")
    assert (ctx.row["baseline_value"], ctx.row["target_value"], ctx.row["target_comparator"]) == ("95", "99", ">=")
    assert ctx.source_link == "../../source/#L14"
    assert ctx.citation.endswith("指标“义务教育巩固率”（原文第14–17行）。")
    assert ctx.address == "https://example.gov.cn/" + page.url
    assert ctx.embed_src == "https://example.gov.cn/embed/demo-city-2021-2025/compulsory-education-retention.html"
    assert ctx.compare_link == "../../../../compare/compulsory-education-retention/"


def test_qualitative_target_has_no_number_and_no_chart(site: Site) -> None:
    view = site_view(site, "/")
    ctx = next(p.context for p in view.pages if p.url == urls.indicator(CITY, "assistance"))
    assert isinstance(ctx, IndicatorContext)
    assert ctx.target == "应保尽保" and ctx.row["target_value"] == "" and ctx.figure is None


def test_embed_code_escapes_the_indicator_name(site: Site) -> None:
    plan = site.plan_by_id[CITY]
    hostile = plan.indicators[0].model_copy(update={"name": 'x" onload="alert(1)'})
    plan = dataclasses.replace(plan, indicators=(hostile, *plan.indicators[1:]))
    bad = dataclasses.replace(site, plans=tuple(plan if p.id == CITY else p for p in site.plans))
    url = urls.indicator(CITY, hostile.id)
    ctx = next(p.context for p in site_view(bad, "/").pages if p.url == url)
    assert isinstance(ctx, IndicatorContext)
    assert 'title="x&quot; onload=&quot;alert(1)（示范市 · “十四五”规划）"' in ctx.embed
    attrs: list[tuple[str, str | None]] = []

    class Attributes(HTMLParser):
        def handle_starttag(self, tag: str, found: list[tuple[str, str | None]]) -> None:  # noqa: ARG002
            attrs.extend(found)

    Attributes().feed(ctx.embed)
    assert [k for k, _ in attrs] == ["src", "title", "width", "height", "loading", "style"]
    assert (
        dict(attrs)["title"] == 'x" onload="alert(1)（示范市 · “十四五”规划）'
    )  # the name is text inside one attribute


def test_chapter_pages_link_every_measure_to_its_source_line(site: Site) -> None:
    view = site_view(site, "/")
    ctx = next(p.context for p in view.pages if p.url == urls.chapter(CITY, "c2"))
    assert isinstance(ctx, ChapterContext)
    measure = ctx.sections[0].measures[0]
    assert (measure.id, measure.lines, measure.link) == ("c2-s1-p1", "9", "../../source/#L9")
    assert [s.label for s in ctx.siblings] == ["前言", "第一章 总体要求", "第二章 幼有所育"]


def test_untitled_chapter_label_is_the_same_everywhere() -> None:
    ch = Chapter(id="preamble", number="", title=None, domain="general", lines=(1, 1))
    assert chapter_label(ch) == UNTITLED_CHAPTER


def test_shared_concepts_are_those_two_plans_measure(site: Site) -> None:
    index = ConceptIndex(site)
    assert "compulsory-education-retention" in index.shared
    for cid in index.shared:
        assert len({p.id for p, _ in index.by_concept[cid]}) >= 2


def test_nav_lists_every_plan_page_file(site: Site) -> None:
    view = site_view(site, "/")
    files = {p.file for p in view.pages}

    def leaves(items: object) -> list[str]:
        if isinstance(items, str):
            return [items]
        if isinstance(items, dict):
            return [x for v in items.values() for x in leaves(v)]
        if isinstance(items, list | tuple):
            return [x for v in items for x in leaves(v)]
        return []

    assert set(leaves(view.nav)) <= files


def test_number_and_line_formats() -> None:
    assert (number_text(99.0), number_text(4.5), number_text(None)) == ("99", "4.5", "")
    assert (lines_text((3, 3)), lines_text((3, 7))) == ("3", "3–7")


segment = st.from_regex(r"[a-z0-9]+(-[a-z0-9]+)*", fullmatch=True).filter(lambda s: len(s) <= 20)
page_urls = st.one_of(
    st.just(""),
    st.builds(urls.plan, segment),
    st.builds(urls.chapter, segment, segment),
    st.builds(urls.indicator, segment, segment),
    st.builds(urls.domain, segment),
    st.builds(urls.concept, segment),
)


@given(page_urls, page_urls, st.one_of(st.just(""), segment))
def test_relative_links_resolve_to_their_target(here: str, there: str, anchor: str) -> None:
    target = there + (f"#{anchor}" if anchor else "")
    rel = urls.link(here, target)
    path, _, frag = rel.partition("#")
    resolved = posixpath.normpath(posixpath.join("/" + here, path))
    assert resolved.rstrip("/") == ("/" + there).rstrip("/") or (resolved == "/" and there == "")
    assert frag == anchor
    assert not rel.startswith("/")


@given(page_urls)
def test_every_page_url_ends_in_a_slash_and_maps_to_index_md(url: str) -> None:
    assert url == "" or url.endswith("/")
    assert urls.page_file(url).endswith("index.md")


def test_without_a_site_url_citation_and_embed_are_relative(site: Site) -> None:
    view = site_view(site, "")
    page = next(p for p in view.pages if p.url == urls.indicator(CITY, "compulsory-education-retention"))
    ctx = page.context
    assert isinstance(ctx, IndicatorContext)
    assert ctx.address == ""  # site.js fills in the page's own address
    assert ctx.embed_src == "../../../../embed/demo-city-2021-2025/compulsory-education-retention.html"
    assert f'src="{ctx.embed_src}"' in ctx.embed
    embed = next(e for e in view.embeds if e.path.endswith("compulsory-education-retention.html") and CITY in e.path)
    assert isinstance(embed.context, EmbedContext)
    assert embed.context.page == "../../plans/demo-city-2021-2025/indicators/compulsory-education-retention/"
    assert "127.0.0.1" not in repr(view)


def _meta(site: Site, plan_id: str, **changes: object) -> PlanMeta:
    return next(p.meta for p in site.plans if p.id == plan_id).model_copy(update=changes)


def test_plan_name_names_region_and_plan_and_marks_drafts(site: Site) -> None:
    city = _meta(site, CITY)
    assert plan_name(city) == "示范市 · “十四五”规划"
    draft = _meta(site, CITY, title="“十五五”公共服务和社会保障规划", region="新乡市", status="draft")
    assert plan_name(draft) == "新乡市 · “十五五”规划（征求意见稿）"
    assert full_title(draft) == "新乡市“十五五”公共服务和社会保障规划（征求意见稿）"
    assert formal_title(draft) == "新乡市《“十五五”公共服务和社会保障规划》（征求意见稿）"
    action = _meta(site, CITY, title="信阳市公共服务和社会保障三年行动方案(2023—2025年)", region="信阳市")
    assert plan_name(action) == "信阳市 · 三年行动方案(2023—2025年)"


def test_every_plan_page_title_names_the_region(site: Site) -> None:
    view = site_view(site, "")
    for plan in site.plans:
        own = [p for p in view.pages if p.url.startswith(urls.plan(plan.id))]
        assert own
        for page in own:
            assert plan.meta.region in page.title, (page.url, page.title)


def test_table_row_quotes_and_bookmarks() -> None:
    assert table_cells("人均预期寿命（岁） | 78.1 | 79.1 | 预期性") == ["人均预期寿命（岁）", "78.1", "79.1", "预期性"]
    assert table_cells("到2025年，托位数达到4.5个") is None
    assert without_bookmarks("[bookmark: _Toc24750][bookmark: _Toc15559]兜底保障基础坚实。") == "兜底保障基础坚实。"
    assert without_bookmarks("第[1]条") == "第[1]条"


def _row(
    plan: str,
    value: float | None,
    year: int | str = 2025,
    unit: str = "%",
    province: bool = False,
    comparator: str = "=",
    note: str = "",
) -> ConceptRow:
    written = {"=": "", ">=": "≥", ">": ">"}[comparator] + f"{value}"
    target = Value.model_validate(
        {"year": year or None, "as_written": written, "value": value, "comparator": comparator if value else None}
    )
    return ConceptRow(
        plan=plan,
        level="",
        region="",
        name="参保率",
        baseline="",
        baseline_year="",
        target=written,
        target_year=year,
        baseline_value=None,
        unit=unit,
        nature="",
        link="",
        province=province,
        draft=False,
        plan_id=plan,
        parent=None,
        indicator_id="rate",
        target_value=target,
        target_note=note,
    )


@pytest.mark.parametrize(
    ("city", "relation", "words"),
    [
        (_row("甲市", 99), "above", "高于"),
        (_row("甲市", 95), "equal", "等于"),
        (_row("甲市", 90), "below", "低于"),
        (_row("甲市", 99, year=2030), "incomparable", "不作比较"),
        (_row("甲市", 99, unit="万人"), "incomparable", "不作比较"),
        (_row("甲市", None), "incomparable", "无法比较"),
        (_row("甲市", 95, comparator=">"), "above", "高于"),  # 超过95 against 95
        (_row("甲市", 95, comparator=">="), "incomparable", "无法比较"),  # ≥95 against 95
        (_row("甲市", 96, comparator=">="), "above", "高于"),
        (_row("甲市", 95, note="规划期外目标：…"), "equal", "规划期外目标"),
    ],
)
def test_cascade_compares_only_same_unit_and_year(city: ConceptRow, relation: str, words: str) -> None:
    got = _cascade(city, [_row("某省", 95, province=True)])
    assert got.relation == relation and words in got.text, got.text


def test_cascade_says_where_the_province_sets_none() -> None:
    got = _cascade(_row("甲市", 99), [])
    assert got.relation == "none" and "省级规划未设定" in got.text


def test_comparison_charts_split_by_target_year_and_show_differences(site: Site) -> None:
    concepts = ConceptIndex(site)
    for cid in concepts.shared:
        charts = concepts.figures(cid)
        assert len({(c.year, c.unit) for c in charts}) == len(charts)
        for c in charts:
            fig = json.loads(c.figure)
            assert fig["layout"]["xaxis"]["rangemode"] == "normal"
            labels = [a["text"] for a in fig["layout"]["annotations"] if a.get("xref") == "paper"]
            assert len(labels) == len(set(labels))  # two rows of one plan can be told apart
    assert value_range([95, 98.5])[0] > 90 and value_range([95, 98.5])[1] < 100


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8000/", "http://localhost:8000", "https://127.1.2.3/x/", "http://[::1]/", "ftp://a.b/"]
)
def test_build_refuses_a_loopback_or_non_http_site_url(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITE_URL", url)
    with pytest.raises(SiteUrlError):
        Config.from_env(FIXTURE).check_public()


@pytest.mark.parametrize(("url", "kept"), [("", ""), ("https://example.gov.cn/plans", "https://example.gov.cn/plans/")])
def test_site_url_is_optional_and_ends_with_a_slash(url: str, kept: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITE_URL", url)
    config = Config.from_env(FIXTURE)
    config.check_public()
    assert config.site_url == kept


def test_domain_page_with_many_plans_lists_counts_per_plan_in_pages(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Beyond DOMAIN_PLANS plans a domain page stops growing: counts per plan, one page per group."""
    from generator.views import crossplan

    education = site.domain_by_id["education"]
    (full,) = crossplan.domain_page(site, education)
    assert isinstance(full.context, crossplan.DomainContext) and full.context.indicators
    monkeypatch.setattr(crossplan, "DOMAIN_PLANS", 1)
    pages = crossplan.domain_page(site, education)
    assert [p.url for p in pages] == ["domains/education/", "domains/education/2/"]
    first, second = (p.context for p in pages)
    assert isinstance(first, crossplan.DomainContext) and isinstance(second, crossplan.DomainContext)
    assert not first.indicators and len(first.plan_rows) == len(second.plan_rows) == 1
    assert (
        first.totals[1]
        == len(full.context.indicators)
        == sum(r.indicators for r in [*first.plan_rows, *second.plan_rows])
    )
    assert [p.link for p in second.pager] == ["../", ""]
    row = second.plan_rows[0]
    assert row.indicators_link == f"../../../plans/{row.plan_id}/indicators/"
    assert second.status_counts is not None and first.status_counts is not None
    one, two = first.status_counts.total, second.status_counts.total
    assert (one.counts, one.total) == (two.counts, two.total)  # the whole domain on every page
    for a, b in zip(one.lists, two.lists, strict=True):  # each link, from its own page, reaches the same list
        assert posixpath.normpath(posixpath.join("/domains/education/", a)) == posixpath.normpath(
            posixpath.join("/domains/education/2/", b)
        )
    assert [r.label for r in second.status_counts.rows] == [row.plan]


def test_indicator_page_lists_at_most_peers_plans_and_leaves_the_chart_to_the_comparison_page(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.views import peers

    plan = site.plan_by_id[CITY]
    ind = next(i for i in plan.indicators if i.id == "compulsory-education-retention")
    concepts = ConceptIndex(site)
    whole = peers.comparison(site, plan, ind, concepts)
    assert whole.peers and whole.figure and not whole.total
    monkeypatch.setattr(peers, "PEERS", len(whole.peers) - 1)
    cut = peers.comparison(site, plan, ind, concepts)
    assert cut.total == len(whole.peers) and len(cut.peers) == len(whole.peers) - 1
    assert cut.figure is None and cut.link == whole.link


def _many_cities(site: Site, n: int) -> Site:
    """The fixture's province and n copies of its city (ids and names renamed): a Site beyond COMPARE_PLANS."""
    city = site.plan_by_id[CITY]
    copies = tuple(
        dataclasses.replace(
            city,
            meta=city.meta.model_copy(
                update={
                    "id": f"city{k:03d}-2021-2025",
                    "short_title": f"城{k:03d}市规划",
                    "region": f"城{k:03d}市",
                    "title": city.meta.title.replace(city.meta.region, f"城{k:03d}市"),
                }
            ),
        )
        for k in range(n)
    )
    province = tuple(p for p in site.plans if p.meta.level == "province")
    return dataclasses.replace(site, plans=(*province, *copies), tracking=type(site.tracking)())


def test_compare_page_beyond_compare_plans_counts_plans_per_concept(site: Site) -> None:
    from generator.views import comparisons

    many = _many_cities(site, COMPARE_PLANS + 5)
    concepts = ConceptIndex(many)
    first = comparisons.compare_part(many, concepts).pages[0]
    assert first.url == "compare/" and isinstance(first.context, comparisons.CompareContext)
    assert not first.context.plans and not first.context.matrix and first.context.plans_total == len(many.plans)
    assert [c.concept.id for c in first.context.counts] == concepts.shared
    for c in first.context.counts:
        assert c.plans == len({p.id for p, _ in concepts.by_concept[c.concept.id]})
        assert c.link == f"{c.concept.id}/"


@pytest.mark.parametrize("cities", [45, 85])
def test_concept_pages_beyond_compare_plans_keep_the_province_first_and_page_the_cities(
    site: Site, cities: int
) -> None:
    from generator.building.render import environment, render
    from generator.views import comparisons

    per = COMPARE_PLANS
    many = _many_cities(site, cities)
    concepts = ConceptIndex(many)
    cid = "compulsory-education-retention"
    pages = comparisons.concept_pages(many, concepts, cid)
    groups = -(-cities // per)
    assert [p.url for p in pages] == [urls.concept_page(cid, n) for n in range(1, groups + 2)]
    assert pages[0].url == f"compare/{cid}/" and pages[1].url == f"compare/{cid}/2/"
    contexts = [p.context for p in pages]
    assert all(isinstance(c, comparisons.ConceptContext) for c in contexts)
    first, *rest = [c for c in contexts if isinstance(c, comparisons.ConceptContext)]
    # the province and the summary on the first page, no city there
    assert first.rows and all(r.province for r in first.rows) and not first.charts and not first.cascade
    assert sum(s.above + s.equal + s.below + s.other for s in first.summary) == cities
    assert first.plans_total == cities + 1
    # every plan on exactly one page; at most COMPARE_PLANS a page; the province's reference on every chart
    seen = [r.plan_id for c in contexts if isinstance(c, comparisons.ConceptContext) for r in c.rows]
    assert sorted(seen) == sorted(p.id for p in many.plans) and len(seen) == len(set(seen))
    for n, c in enumerate(rest, start=2):
        assert 0 < len({r.plan_id for r in c.rows}) <= per and not any(r.province for r in c.rows)
        assert len(c.cascade) == len(c.rows) and c.charts and all("省级目标" in ch.figure for ch in c.charts)
        assert c.range_label == f"{c.rows[0].plan}—{c.rows[-1].plan}" and not c.summary
        assert [p.number for p in c.pager if not p.link] == [n] and c.pager[-1].number == groups + 1
        window = comparisons.PAGER_WINDOW
        assert [p.number for p in c.pager] == sorted(
            {1, groups + 1, *range(max(1, n - window), min(groups + 1, n + window) + 1)}
        )
        assert c.pager[0].link == "../" and all(r.link.startswith("../../../plans/") for r in c.rows)
        assert {concepts.page_of(cid, r.plan_id) for r in c.rows} == {n}
    assert [p.link for p in first.pager] == ["", *(f"{n}/" for n in range(2, groups + 2))]
    # an indicator page links to the comparison page that shows its plan
    from generator.views import peers

    last = many.plan_by_id[f"city{cities - 1:03d}-2021-2025"]
    ind = next(i for i in last.indicators if i.concept == cid)
    link = peers.comparison(many, last, ind, concepts).link
    assert link == f"../../../../{urls.concept_page(cid, groups + 1)}"
    env = environment()
    sizes = [len(render(env, p.context).encode()) for p in pages]
    assert max(sizes) < 80_000


def test_the_data_diff_sees_a_paged_comparison_page_disappear(site: Site) -> None:
    """The diff compares the build's own page list: fewer cities drop the last page of a paged comparison."""
    from generator.review.report import Snapshot, address_lines

    per = COMPARE_PLANS
    cid = "compulsory-education-retention"
    base = Snapshot(_many_cities(site, 2 * per + 1), {}, frozenset())
    head = Snapshot(_many_cities(site, per), {}, frozenset())
    got = address_lines(base, head)
    assert f"- `{urls.concept_page(cid, 3)}`：没有跳转（尚未发布）" in got
    assert f"- `{urls.concept_page(cid, 4)}`：没有跳转（尚未发布）" in got
    assert f"- `{urls.concept_page(cid, 2)}`：没有跳转（尚未发布）" not in got


def test_baseline_and_target_are_named_by_the_vocabulary_only() -> None:
    """基期 and 目标 as labels (table heads, data labels, chart traces) come from vocabulary.ROLE."""
    import re as re_

    from generator.sitemodel.vocabulary import ROLE

    assert ROLE == {"baseline": "基期", "target": "目标"}
    label = re_.compile(r'>(?:基期|目标)<|data-label="(?:基期|目标)"|"(?:基期|目标)"|name="(?:基期|目标)"')
    for path in sorted([*(REPO / "generator/templates").glob("*.j2"), *(REPO / "generator/views").glob("*.py")]):
        found = label.findall(path.read_text(encoding="utf-8"))
        assert found == [], (path.name, found)


def test_a_plan_pages_own_anchors_are_the_vocabularys_and_data_ids_stay_off_them() -> None:
    """The plan, chapter, projects and indicator templates write no anchor of their own by hand;
    validation's reserved ids are the same words."""
    import re as re_

    from generator.loading.crossref import RESERVED_ANCHORS
    from generator.sitemodel.vocabulary import ANCHORS

    for name in ("plan", "chapter", "projects", "indicator"):
        text = (REPO / f"generator/templates/{name}.md.j2").read_text(encoding="utf-8")
        assert re_.findall(r"\{#[a-z][a-z0-9-]*\}", text) == [], name
        assert "{{ anchor.top }}" in text, name
    assert RESERVED_ANCHORS == set(ANCHORS.values()) >= {"top", "boxes", "values", "cite"}
