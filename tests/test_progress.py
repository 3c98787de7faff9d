"""Computed status (generator/sitemodel/status.py): every kind, ≤ targets, cumulative targets, doubts."""

from __future__ import annotations

from generator.model import Indicator
from generator.model.observation import ReportedValue, TargetMethod
from generator.sitemodel.status import Point, cumulative_status, direction, indicator_status, level_status


def test_achieved_when_latest_meets_target() -> None:
    s = level_status(93, "=", 2025, Point(2020, 90.3), [Point(2022, 91.8), Point(2023, 93.1)])
    assert s.kind == "achieved" and s.latest == Point(2023, 93.1)


def test_on_track_compares_actual_with_required_growth() -> None:
    s = level_status(93, "=", 2025, Point(2020, 90.3), [Point(2023, 92.46)])
    assert s.kind == "on-track" and s.ratio is not None and s.ratio > 1.3


def test_off_track_below_ratio() -> None:
    s = level_status(60, "=", 2025, Point(2020, 51.86), [Point(2021, 53.13)])
    assert s.kind == "off-track" and s.ratio is not None and 0.8 < s.ratio < 0.95


def test_off_track_when_target_year_passed() -> None:
    assert level_status(60, "=", 2025, Point(2020, 50), [Point(2025, 59)]).kind == "off-track"


def test_latest_figure_decides_not_the_best() -> None:
    s = level_status(99, ">=", 2025, Point(2020, 98), [Point(2021, 99.2), Point(2023, 98.1)])
    assert s.kind != "achieved"


def test_at_most_target_lower_is_better() -> None:
    assert direction("<=", 10, 8) == -1
    assert level_status(8, "<=", 2025, Point(2020, 10), [Point(2023, 7.9)]).kind == "achieved"
    assert level_status(8, "<=", 2025, Point(2020, 10), [Point(2023, 9.9)]).kind == "off-track"
    assert level_status(8, "<=", 2025, Point(2020, 10), [Point(2023, 8.6)]).kind == "on-track"


def test_reduce_to_target_direction_from_baseline() -> None:
    # '降至8' is written '=': the target below the baseline makes lower better
    assert direction("=", 10, 8) == -1
    assert level_status(8, "=", 2025, Point(2020, 10), [Point(2022, 7.5)]).kind == "achieved"
    assert level_status(8, "=", 2025, Point(2020, 10), [Point(2022, 10.5)]).kind == "off-track"


def test_baseline_already_meeting_target_and_slipping_is_off_track() -> None:
    assert level_status(99, ">=", 2025, Point(2020, 99.5), [Point(2023, 98.7)]).kind == "off-track"


def test_not_enough_data() -> None:
    assert level_status(93, "=", 2025, Point(2020, 90), []).kind == "no-data"
    assert level_status(93, "=", 2025, None, [Point(2023, 91)]).kind == "no-data"
    assert level_status(93, "=", None, Point(2020, 90), [Point(2023, 91)]).kind == "no-data"


def test_cumulative_sums_yearly_figures() -> None:
    pts = [Point(2021, 7), Point(2022, 6.5)]
    assert cumulative_status(30, ">=", 2021, 2025, pts).kind == "on-track"  # 6.75 a year vs 6 needed
    assert cumulative_status(30, ">=", 2021, 2025, [Point(2021, 4), Point(2022, 5)]).kind == "off-track"
    done = [Point(y, 7) for y in range(2021, 2026)]
    assert cumulative_status(30, ">=", 2021, 2025, done).kind == "achieved"
    short = [Point(y, 5) for y in range(2021, 2026)]
    assert cumulative_status(30, ">=", 2021, 2025, short).kind == "off-track"
    gap = [Point(2021, 5), Point(2025, 5)]
    assert cumulative_status(30, ">=", 2021, 2025, gap).kind == "no-data"
    assert cumulative_status(30, ">=", 2021, 2025, [Point(2019, 50)]).kind == "no-data"


def _ind(target: dict[str, object], **extra: object) -> Indicator:
    return Indicator.model_validate(
        dict(
            id="x",
            name="x",
            domain="education",
            nature="expected",
            origin="table",
            quote="x",
            lines=(1, 1),
            target=target,
            **extra,
        )
    )


def _obs(year: int, value: float, **extra: object) -> ReportedValue:
    base: dict[str, object] = dict(
        indicator="x",
        region="某市",
        scope="region",
        year=year,
        as_written=str(value),
        value=value,
        source="s",
        lines=(1, 1),
    )
    return ReportedValue.model_validate(base | extra)


def test_qualitative_target_never_gets_a_status() -> None:
    ind = _ind({"year": 2025, "as_written": "应保尽保"})
    assert indicator_status(ind, (2021, 2025), [_obs(2023, 100)]).kind == "not-applicable"


def test_national_and_doubtful_figures_never_decide() -> None:
    ind = _ind({"year": 2025, "as_written": "4.5个", "value": 4.5, "comparator": "="})
    national = _obs(2024, 4.6, scope="national", region="全国")
    doubtful = _obs(2024, 4.6, doubt="待核实")
    assert indicator_status(ind, (2021, 2025), [national, doubtful]).kind == "no-data"
    assert indicator_status(ind, (2021, 2025), [_obs(2024, 4.6)]).kind == "achieved"


def test_starting_point_from_the_plans_own_report() -> None:
    ind = _ind(
        {"year": 2025, "as_written": "93%", "value": 93, "comparator": "="},
        observations=[{"year": 2020, "as_written": "90.3%", "value": 90.3, "lines": (1, 1)}],
    )
    assert indicator_status(ind, (2021, 2025), [_obs(2023, 92.46)]).kind == "on-track"


def test_cumulative_method_from_the_data() -> None:
    ind = _ind({"as_written": "累计达到30万人以上", "value": 30, "comparator": ">="})
    method = TargetMethod(indicator="x", method="cumulative", first_year=2021, last_year=2025, reason="第33行")
    s = indicator_status(ind, (2021, 2025), [_obs(2021, 7), _obs(2022, 6.5)], method)
    assert (s.kind, s.method) == ("on-track", "cumulative")
