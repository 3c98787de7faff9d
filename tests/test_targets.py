"""The rules that decide how two targets compare and which year a target is for (generator/sitemodel/targets.py)."""

from __future__ import annotations

import pytest

from generator.model import Indicator, Period, Value
from generator.sitemodel.targets import relation, target_year, value_words


def v(text: str, value: float | None, comparator: str | None, upper: float | None = None) -> Value:
    return Value.model_validate({"as_written": text, "value": value, "comparator": comparator, "upper": upper})


POINT95 = v("95%", 95, "=")
AT_LEAST95 = v("≥95%", 95, ">=")
OVER95 = v("超过95%", 95, ">")
POINT96 = v("96%", 96, "=")
AT_LEAST96 = v("96%以上", 96, ">=")
AT_MOST5 = v("≤5", 5, "<=")
UNDER5 = v("5以内", 5, "<=")
BELOW5 = v("<5", 5, "<")
AT_MOST6 = v("不超过6", 6, "<=")
AT_LEAST5 = v("≥5", 5, ">=")
AT_LEAST6 = v("≥6", 6, ">=")
RANGE = v("35-40张", 35, "=", 40)
POINT30 = v("30张", 30, "=")
POINT38 = v("38张", 38, "=")
POINT45 = v("45张", 45, "=")


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (POINT95, OVER95, "below"),  # 95% is not 等于 超过95%: it falls short of it
        (OVER95, POINT95, "above"),
        (AT_LEAST95, OVER95, "below"),  # ≥ vs >: 超过95% asks more than 不低于95%
        (OVER95, AT_LEAST95, "above"),
        (AT_LEAST95, v("不低于95%", 95, ">="), "equal"),  # the same floor in other words
        (POINT95, AT_LEAST95, "incomparable"),  # a number and a floor of the same number
        (AT_LEAST95, POINT95, "incomparable"),
        (POINT96, AT_LEAST95, "above"),
        (v("94%", 94, "="), AT_LEAST95, "below"),
        (AT_LEAST96, AT_LEAST95, "above"),
        (AT_LEAST95, POINT96, "below"),
        (POINT96, POINT95, "above"),
        (POINT95, v("95％", 95, "="), "equal"),
        (AT_MOST5, AT_MOST6, "below"),  # two ceilings: the lower ceiling is the lower target
        (BELOW5, AT_MOST5, "below"),
        (AT_MOST5, UNDER5, "equal"),
        (AT_LEAST6, AT_MOST5, "above"),  # disjoint: every value of one above every value of the other
        (AT_MOST5, AT_LEAST6, "below"),
        (AT_LEAST5, AT_MOST6, "incomparable"),  # a floor and a ceiling that overlap
        (AT_LEAST5, AT_MOST5, "incomparable"),
        (v("4", 4, "="), AT_MOST5, "below"),
        (AT_MOST5, v("4", 4, "="), "above"),
        (RANGE, POINT30, "above"),
        (RANGE, POINT45, "below"),
        (RANGE, POINT38, "incomparable"),  # 38 lies inside 35-40
        (RANGE, v("35-40张", 35, "=", 40), "equal"),
        (RANGE, AT_LEAST5, "incomparable"),
    ],
)
def test_relation_follows_comparators(a: Value, b: Value, expected: str) -> None:
    assert relation(a, b)[0] == expected


def test_words_and_illegible_values_are_never_compared() -> None:
    steady = v("稳定增长", None, None)
    damaged = Value.model_validate({"as_written": "0%", "illegible": "原文作「0%」，数字残损"})
    assert relation(steady, POINT95) == ("incomparable", "至少一方不是数值目标，无法比较")
    rel, why = relation(POINT95, damaged)
    assert rel == "incomparable" and "原文残损" in why
    assert value_words(damaged) == "原文残损（原文作「0%」，数字残损）"
    assert value_words(POINT95) == "95%"


def test_an_illegible_value_has_no_number_and_a_range_needs_order() -> None:
    with pytest.raises(ValueError, match="illegible"):
        Value.model_validate({"as_written": "$90%", "value": 90, "comparator": ">=", "illegible": "残损"})
    with pytest.raises(ValueError, match="upper"):
        v("40-35张", 40, "=", 35)


def _indicator(target: dict[str, object] | None, caveat: str | None = None) -> Indicator:
    return Indicator.model_validate(
        {
            "id": "x",
            "name": "托位数",
            "domain": "childcare",
            "nature": "expected",
            "origin": "table",
            "quote": "托位数",
            "lines": [1, 1],
            "target": target,
            "year_caveat": caveat,
        }
    )


def test_target_year_stated_assumed_outside_and_unknown() -> None:
    period = Period.model_validate({"start": 2026, "end": 2030})
    inside = target_year(period, _indicator({"year": 2030, "as_written": "4.5", "value": 4.5, "comparator": "="}))
    assert (inside.year, inside.stated, inside.in_period, inside.note) == (2030, True, True, "")
    outside = target_year(period, _indicator({"year": 2025, "as_written": "4.5", "value": 4.5, "comparator": "="}))
    assert (outside.year, outside.in_period) == (2025, False)
    assert outside.note == "规划期外目标：目标年份2025年不在本规划期（2026–2030年）内"
    assumed = target_year(period, _indicator({"as_written": "4.5", "value": 4.5, "comparator": "="}))
    assert (assumed.year, assumed.stated, assumed.in_period) == (2030, False, True)
    assert "按规划期末（2030年）计" in assumed.note
    unknown = target_year(period, _indicator({"as_written": "4.5", "value": 4.5, "comparator": "="}, "表头年份有误"))
    assert unknown.year is None and not unknown.stated
