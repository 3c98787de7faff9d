"""The statuses the site states match the data: the rules (progress.py), the real data, every
status on the built pages, and the counts that link to exactly the indicators they count."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path
from typing import Any

import pytest

from generator.model import Indicator
from generator.sitemodel import status as progress
from generator.sitemodel.site import Site
from generator.sitemodel.status import LABEL, Point, Start, level_status, meets, names_plan, usable
from generator.sitemodel.targets import target_year
from generator.sitemodel.values import fmt_number
from generator.views.progress import status_of
from tests.conftest import REPO


@pytest.fixture
def site(real_data: Site) -> Site:
    return real_data


# -- the rules -------------------------------------------------------------------------------


def test_rates_change_in_points_not_relative_growth() -> None:
    s = level_status(93, "=", 2025, Start(Point(2020, 90.3), "plan-report"), [Point(2023, 92.46)], unit="%")
    assert "提高0.72个百分点" in s.explanation and "提高0.54个百分点" in s.explanation
    assert "+0.79%" not in s.explanation and "0.59%" not in s.explanation
    for figure in ("2020年90.3%", "2023年实际值92.46%", "2025年达到目标93%"):
        assert figure in s.explanation
    assert any("发展基础" in c for c in s.caveats) and any("只有一个可用的实际值" in c for c in s.caveats)


def test_other_units_grow_by_percent() -> None:
    s = level_status(130, ">=", 2025, Start(Point(2020, 100), "baseline"), [Point(2022, 110)], unit="万人")
    assert "年均增长4.88%" in s.explanation and "需要年均增长5.39%" in s.explanation
    assert any("基期值" in c for c in s.caveats)


def test_target_year_passed_by_the_newest_source_is_off_track() -> None:
    args = (93.0, "=", 2025, Point(2020, 90.3), [Point(2023, 92.46)])
    assert level_status(*args, unit="%", as_of=dt.date(2025, 10, 1)).kind == "on-track"
    s = level_status(*args, unit="%", as_of=dt.date(2026, 2, 7))
    assert s.kind == "off-track" and "目标年份2025年已过" in s.explanation


def test_method_page_states_every_rule_from_the_constants() -> None:
    text = progress.METHOD_TEXT
    for words in (
        LABEL["out-of-period"],
        LABEL["no-data"],
        f"{progress.ON_TRACK_RATIO:g}",
        "起点已达到目标",
        "原文未写的按规划期末",
        "本站所用最新来源的发布日期",
        "百分点",
        progress.PLAN_REPORT,
    ):
        assert words in text


# -- the real data ---------------------------------------------------------------------------


def test_henan_preschool_enrolment_is_off_track(site: Site) -> None:
    plan = site.plan_by_id["henan-2021-2025"]
    s = status_of(site, plan, plan.indicator_by_id["preschool-enrolment"])
    assert s.kind == "off-track" and "92.46%" in s.explanation and "93%" in s.explanation


def test_out_of_period_targets_get_no_status(site: Site) -> None:
    plan = site.plan_by_id["xinxiang-2026-2030"]
    out = [i for i in plan.indicators if not target_year(plan.meta.period, i).in_period]
    assert len(out) >= 28
    for ind in out:
        s = status_of(site, plan, ind)
        assert s.kind == "out-of-period" and "规划期外目标" in s.explanation


def test_plan_wide_official_statements_name_their_plan(site: Site) -> None:
    for tracked in site.tracking.plans:
        plan = site.plan_by_id[tracked.plan]
        for o in tracked.official:
            assert o.indicator is not None or names_plan(plan.meta, o.quote), (plan.id, o.quote)


def _source_lines(site: Site, plan_id: str) -> list[str]:
    plan = site.plan_by_id[plan_id]
    return (REPO / "data/sources" / plan.meta.source.file).read_text(encoding="utf-8").splitlines()


OPENS = re.compile(r"第(\d+)行）?以“([^”]+)”[^，。；]{0,4}开头")


def test_notes_that_say_a_line_opens_with_words_are_true(site: Site) -> None:
    checked = 0
    for plan in site.plans:
        lines = _source_lines(site, plan.id)
        for ind in plan.indicators:
            for note in ind.notes:
                for n, words in OPENS.findall(note):
                    text = re.sub(r"\[bookmark: [^\]]*\]", "", lines[int(n) - 1]).strip()
                    assert text.startswith(f"“{words}”") or text.startswith(words), (plan.id, ind.id, note)
                    checked += 1
    assert checked >= 0  # each claim found above was checked against its line


# -- every status on the built site ------------------------------------------------------------


def _text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def _box(page: str) -> tuple[str, str]:
    m = re.search(r'<strong class="status-label" data-status="([a-z-]+)">[^<]*</strong>：(.*?)</td>', page, re.S)
    assert m, "no status in the progress box"
    return m.group(1), _text(m.group(2))


def _check(site: Site, plan_id: str, ind: Indicator, kind: str, shown: str) -> None:
    plan = site.plan_by_id[plan_id]
    ty = target_year(plan.meta.period, ind)
    t = ind.target
    if not ty.in_period and t is not None:
        assert kind == "out-of-period" and "规划期外目标" in shown
        return
    if t is None or t.value is None or t.comparator is None or t.illegible or t.upper is not None:
        assert kind == "not-applicable"
        return
    obs = usable(site.tracking.observations(plan.id, ind.id))
    if site.tracking.method(plan.id, ind.id) is not None or not obs:
        assert kind in ("no-data", "achieved", "on-track", "off-track")
        return
    dated = [o for o in obs if o.year is not None]
    latest = max(dated, key=lambda o: o.year or 0) if dated else obs[-1]
    start = ind.baseline.value if ind.baseline and ind.baseline.value is not None else None
    d = progress.direction(t.comparator, start, t.value)
    met = meets(latest.value, t.value, t.comparator, d)
    assert fmt_number(latest.value) in shown and fmt_number(t.value) in shown
    if kind == "achieved":
        assert met
    else:
        assert not met
    as_of = site.tracking.as_of
    passed = ty.year is not None and (
        (latest.year is not None and latest.year >= ty.year) or (as_of is not None and as_of.year > ty.year)
    )
    if passed and not met:
        assert kind == "off-track"
    if kind == "on-track":
        assert not passed and "两者之比" in shown


def test_every_status_on_the_built_site_is_supported_by_the_data(real_site: Path, site: Site) -> None:
    seen = 0
    for plan in site.plans:
        for ind in plan.indicators:
            page = (real_site / "site/plans" / plan.id / "indicators" / ind.id / "index.html").read_text("utf-8")
            kind, shown = _box(page)
            assert kind == status_of(site, plan, ind).kind
            _check(site, plan.id, ind, kind, shown)
            seen += 1
    assert seen == sum(len(p.indicators) for p in site.plans)


def test_status_pages_list_exactly_what_the_counts_say(real_site: Path, site: Site) -> None:
    for kind in progress.KINDS:
        page = (real_site / "site/observations/status" / kind / "index.html").read_text("utf-8")
        expected = {(p.id, i.id) for p in site.plans for i in p.indicators if status_of(site, p, i).kind == kind}
        part = page.split('id="by-domain"')[0]
        found = set(
            re.findall(
                r'status-item" data-status="' + kind + r'"><a href="[./]*plans/([^/]+)/indicators/([^/]+)/', part
            )
        )
        assert found == expected, kind


@pytest.mark.browser
@pytest.mark.parametrize("width", [360, 1280])
def test_clicking_a_count_reaches_exactly_that_many_indicators(browser: Any, base_url: str, width: int) -> None:
    page = browser.new_page(viewport={"width": width, "height": 900})
    for path in ("", "plans/henan-2021-2025/"):
        for kind in ("achieved", "off-track"):
            page.goto(base_url + path)
            link = page.locator(f'p.status-counts a.status-count[data-status="{kind}"]').first
            count = int(link.get_attribute("data-count") or "0")
            link.click()
            page.wait_for_load_state()
            anchor = page.url.split("#", 1)[1]
            items = page.locator(f'[id="{anchor}"] li.status-item[data-status="{kind}"]')
            assert items.count() == count > 0, (path, kind)
    page.close()
