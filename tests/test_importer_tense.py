"""The importer's tense model: the results a report tells, which its rules drafted as targets."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from generator.importer import tense
from generator.importer.command import report, write_draft
from generator.importer.draft import Importer, last_done
from generator.importer.prose import Found
from generator.messages import t

ROOT = Path(__file__).resolve().parent.parent
# a district's year of 民生实事 told done (the items in the words a list of works uses), as a copy without its
# byline (中国新闻网·2026-01-07 16:11) gives it: with no date of its own, the rules draft its results as targets
DEV_REPORT = ROOT / "tests" / "importer_eval" / "dev" / "lanzhou-chengguan-livelihood-results-2025.txt"


@pytest.fixture
def undated(tmp_path: Path) -> Path:
    """The report and its key, the report's byline (line 2) left blank, in a folder of their own."""
    lines = DEV_REPORT.read_text(encoding="utf-8").splitlines()
    assert "·2026-01-07" in lines[1]
    text = tmp_path / "report" / DEV_REPORT.name
    text.parent.mkdir()
    text.write_text("\n".join([lines[0], "", *lines[2:]]) + "\n", encoding="utf-8")
    key = DEV_REPORT.with_suffix(".key.yaml")
    (text.parent / key.name).write_text(key.read_text(encoding="utf-8"), encoding="utf-8")
    return text


def drafted(lines: list[str]) -> dict[str, dict[str, Any]]:
    return {f"{i['id']} {i['name']}": i for i in Importer(lines).run().indicators}


def test_model_is_the_one_the_development_keys_give() -> None:
    """The shipped weights are those scripts/train_tense.py learns from the development keys now:
    a key changed without learning the model again fails here."""
    run = subprocess.run(
        [sys.executable, "scripts/train_tense.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "as the development keys give" in run.stdout


def test_results_the_rules_drafted_as_targets_are_drafted_as_past(
    monkeypatch: pytest.MonkeyPatch, undated: Path
) -> None:
    lines = undated.read_text(encoding="utf-8").splitlines()
    with_model = drafted(lines)
    monkeypatch.setattr(tense, "READS", False)  # the rules alone
    rules_only = drafted(lines)
    assert with_model.keys() == rules_only.keys()
    turned = [k for k, i in with_model.items() if i.get("observations") and rules_only[k].get("target")]
    assert len(turned) >= 8, turned
    for k in turned:
        ind = with_model[k]
        assert ind["target"] is None
        obs = ind["observations"][0]
        assert obs["value"] == rules_only[k]["target"]["value"] and obs["year"] == 2025
        assert t("import_read_done_note", as_written=obs["as_written"]) in ind["notes"]


def test_the_import_summary_lists_the_results_read_from_their_context(tmp_path: Path, undated: Path) -> None:
    folder, draft = write_draft(undated, "lanzhou-chengguan-2025", tmp_path / "data")
    summary = report(folder, draft)
    ids = [i["id"] for i in draft.read_done]
    assert len(ids) >= 8 and t("import_read_done", n=len(ids)) in summary
    written = YAML(typ="safe").load((folder / "indicators.yaml").read_text(encoding="utf-8"))["indicators"]
    for i in written:  # what the summary lists is what indicators.yaml holds: results, not targets
        assert (i["id"] in ids) == bool(i.get("notes") and any("上下文" in n for n in i["notes"]))
        if i["id"] in ids:
            assert i["target"] is None and i["observations"] and f"{i['id']}（第 {i['lines'][0]} 行）" in summary


def found(quote: str, as_written: str, line: int) -> Found:
    value = float(next(tense.NUMBER.finditer(as_written)).group())
    return Found("某项", "个", as_written, value, "=", 2025, None, False, quote, (line, line))


def test_a_plan_keeps_its_targets_where_one_sentence_reads_as_done(monkeypatch: pytest.MonkeyPatch) -> None:
    """A figure read as done is drafted as past only in a text the model reads as done on the whole:
    a plan that tells one result among its targets keeps its targets."""
    lines = [
        "某市养老服务体系建设实施方案",
        "新建社区食堂12个。",
        "到2025年，新建社区食堂30个。",
        "到2025年，养老床位达到5000张。",
    ]
    odds = {"12个": 0.95, "30个": 0.2, "5000张": 0.1}
    monkeypatch.setattr(tense, "past_odds", lambda feats: next(v for k, v in odds.items() if f"A:{k}" in feats))
    monkeypatch.setattr(tense, "figure_features", lambda quote, as_written, lines, line: [f"A:{as_written}"])
    plan = [found(lines[1], "12个", 2), found(lines[2], "30个", 3), found(lines[3], "5000张", 4)]
    tense.read_done(plan, lines)
    assert [f.past for f in plan] == [False, False, False]
    odds.update({"30个": 0.7, "5000张": 0.6})  # the text read as done on the whole (mean 0.75)
    tense.read_done(plan, lines)
    assert [(f.past, f.by_model) for f in plan] == [(True, True), (False, False), (False, False)]


def test_features_read_the_words_around_the_number() -> None:
    feats = tense.figure_features("2024年全区新建社区食堂12个，服务老人3.5万人次。", "12个", ["某区工作总结", "…"], 2)
    assert "L:新建" in feats and "R:个" in feats and "D:总结" in feats
    assert "X:ahead" not in feats and "X:no-year" not in feats
    assert tense.key_features(["某区工作总结", "到2025年，新建社区食堂12个。"], 2, 12.0, set()) is not None
    # the paragraph's words, the text's opening's, and how the next sentence opens (a task, then its progress)
    lines = ["某区民生实事进展情况", "新建社区食堂12个。目前已建成8个。"]
    feats = tense.figure_features("新建社区食堂12个。", "12个", lines, 2)
    assert {"P:目前", "P:建成", "T:进展", "N:目", "N:目前"} <= set(feats)
    last = tense.figure_features("目前已建成8个。", "8个", lines, 2)
    assert "N:none" in last and "N:目" not in last


def test_the_rules_reading_stands_for_a_later_year_and_for_a_task(monkeypatch: pytest.MonkeyPatch) -> None:
    """A figure of a year after the last the text can tell as done, or one its clause names a task,
    stays a target however the model reads it."""
    lines = [
        "某县2023年民生实事完成情况",
        "新建社区食堂12个。",
        "2024年新建社区食堂30个。",
        "全县学位建设任务1467个，实际完成1695个。",
    ]
    monkeypatch.setattr(tense, "past_odds", lambda feats: 0.95)
    monkeypatch.setattr(tense, "figure_features", lambda quote, as_written, lines, line: [])
    figures = [found(lines[1], "12个", 2), found(lines[2], "30个", 3), found(lines[3], "1467个", 4)]
    figures[0].year, figures[1].year, figures[2].year = 2023, 2024, 2023
    turned = tense.read_done(figures, lines, after=2023)
    assert turned == [figures[0]] and [f.past for f in figures] == [True, False, False]


def test_the_parts_of_a_planned_figure_stay_targets_with_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Round BU's 宿松 (a report on a year's works): the parts (其中…) of a figure its clause names a plan
    of stay targets with it, however the model reads them; parts of a figure done may be read as done."""
    lines = [
        "某县民生工程全力推进",
        "全县16项民生实事计划投入15.62亿元，其中中央及省市以上6.57亿元、县本级3.3亿。",
        "全县新建幼儿园5所，其中城区2所。",
    ]
    monkeypatch.setattr(tense, "past_odds", lambda feats: 0.95)
    monkeypatch.setattr(tense, "figure_features", lambda quote, as_written, lines, line: [])
    plan = [found(lines[1], w, 2) for w in ("15.62亿元", "6.57亿元", "3.3亿")]
    built = [found(lines[2], w, 3) for w in ("5所", "2所")]
    tense.read_done(plan + built, lines)
    assert [f.past for f in plan] == [False, False, False] and [f.past for f in built] == [True, True]


def test_the_last_year_a_text_can_tell_as_done() -> None:
    assert last_done(2020, 2019, dt.date(2020, 12, 30)) == 2019  # the year it reports on
    assert last_done(2020, None, dt.date(2020, 1, 16)) == 2019  # 两会 season: this year's works are ahead
    assert last_done(2020, None, dt.date(2020, 7, 1)) == 2020
    assert last_done(2020, None, None) == 2020 and last_done(None, None, None) is None


def test_the_scorer_scores_the_rules_alone_on_request(undated: Path) -> None:
    """`--rules-only` scores the drafts without the model: the report's results come back as targets."""

    def past_as_target(*flags: str) -> int:
        cmd = [sys.executable, "scripts/score_importer.py", "--text", str(undated), "--quiet", *flags]
        out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True).stdout
        return int(next(line for line in out.splitlines() if line.startswith("all ")).split()[7])

    assert past_as_target() == 0 and past_as_target("--rules-only") >= 8
