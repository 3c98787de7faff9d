"""The benchmark's page keeps the figures of runs an invocation did not measure."""

from __future__ import annotations

from pathlib import Path

from scripts.benchmark import GOALS, Goal, Kept, dump_kept, goals, load_kept, merged, table


def _kept(date: str, label: str, goal: str, ratio: float) -> Kept:
    limit = dict(GOALS)[goal]
    return Kept(
        date, "cores: 2", f"{label}: plain", [f"| {label}, clean | {date} |"], [Goal(goal, f"{ratio}", ratio, limit)]
    )


def test_a_run_not_measured_again_keeps_its_figures_and_date(tmp_path: Path) -> None:
    state = tmp_path / "performance.json"
    big = _kept("2026-01-01 10:00 UTC", "anyang ×100", "nothing changed ≤ 5 CPU-s at ×100", 3.0)
    real = _kept("2026-01-01 10:00 UTC", "5 real plans", "nothing changed ≤ 1 CPU-s at 5 plans", 2.0)
    state.write_text(dump_kept({"5 real plans": real, "anyang ×100": big}), encoding="utf-8")

    # a later invocation measures only the 5 real plans
    again = _kept("2026-02-02 10:00 UTC", "5 real plans", "nothing changed ≤ 1 CPU-s at 5 plans", 0.5)
    found = merged(load_kept(state), {"5 real plans": again})

    assert list(found) == ["5 real plans", "anyang ×100"]
    by_text = {g.text: (g, date) for g, date in goals(found)}
    assert by_text["nothing changed ≤ 1 CPU-s at 5 plans"] == (again.goals[0], "2026-02-02 10:00 UTC")
    assert by_text["nothing changed ≤ 5 CPU-s at ×100"] == (big.goals[0], "2026-01-01 10:00 UTC")
    assert by_text["nothing changed ≤ 5 CPU-s at ×100"][0].verdict == "met"
    assert by_text["×100 clean ≤ 1.5× plain `mkdocs build`"][0].verdict == "not measured"
    rows = table(found)
    assert "| anyang ×100, clean | 2026-01-01 10:00 UTC |" in rows
    assert "| 5 real plans, clean | 2026-02-02 10:00 UTC |" in rows
    assert "| 5 real plans, clean | 2026-01-01 10:00 UTC |" not in rows
    # what is written reads back the same
    assert load_kept(tmp_path / "missing.json") == {}
    state.write_text(dump_kept(found), encoding="utf-8")
    assert load_kept(state) == found


def test_the_ci_run_is_a_goal_of_its_own_with_no_table_of_builds() -> None:
    ci_goal = "`.ci/run` on a fresh clone ≤ 8 min on 2 cores"
    ci = Kept("2026-03-03 10:00 UTC", "cores: 2", "`.ci/run` on a fresh clone: 6 min 31 s", [], [])
    ci.goals.append(Goal(ci_goal, "6 min 31 s wall", 6.52, dict(GOALS)[ci_goal]))
    real = _kept("2026-03-03 10:00 UTC", "5 real plans", "nothing changed ≤ 1 CPU-s at 5 plans", 0.5)
    found = merged({}, {"ci": ci, "5 real plans": real})
    by_text = {g.text: g for g, _ in goals(found)}
    assert by_text[ci_goal].verdict == "met" and by_text[ci_goal].figure == "6 min 31 s wall"
    slow = Goal(ci_goal, "9 min 02 s wall", 9.03, 8.0)
    assert slow.verdict == "not met"
    text = table(found)
    assert text.count("| run | jobs |") == 1  # one table of builds: the CI run adds its line, not a table
    assert "- `.ci/run` on a fresh clone: 6 min 31 s" in text
