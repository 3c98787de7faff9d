"""Broken data: each mistake gives its message at the right line, exit 1, no traceback, nothing written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.loader import load_site
from generator.problems import DataError
from tests.conftest import FIXTURE, REPO, make_root

CITY = "data/plans/demo-city-2021-2025/"
IND = CITY + "indicators.yaml"
PLAN = CITY + "plan.yaml"
CH = CITY + "chapters.yaml"
PRJ = CITY + "projects.yaml"

# (name, file, old text, new text, expected "path:line:col: field: message" fragment)
CASES = [
    ("syntax", IND, "    nature: binding\n", "    nature: [binding\n", IND + ":"),
    ("tab-indent", IND, "    nature: binding\n", "\tnature: binding\n", "YAML syntax error"),
    (
        "duplicate-key",
        IND,
        "    nature: binding\n",
        "    nature: binding\n    nature: expected\n",
        'duplicate key "nature"',
    ),
    (
        "unknown-field-typo",
        IND,
        "    nature: binding\n",
        "    natrue: binding\n",
        IND + ":9:5: indicators[0].natrue: unknown field 'natrue'; did you mean 'nature'?",
    ),
    (
        "missing-required",
        IND,
        "    nature: binding\n",
        "",
        IND + ":2:5: indicators[0].nature: required field is missing",
    ),
    (
        "wrong-type-year",
        IND,
        "{year: 2020, as_written: 95%",
        "{year: twenty, as_written: 95%",
        IND + ":7:22: indicators[0].baseline.year: Input should be a valid integer",
    ),
    ("wrong-type-list", IND, None, "indicators: 3\n", IND + ":1:13: indicators: Input should be a valid list"),
    (
        "bad-nature",
        IND,
        "    nature: binding\n",
        "    nature: 约束性\n",
        "indicators[0].nature: Input should be 'binding', 'expected' or 'unspecified'",
    ),
    (
        "duplicate-id",
        IND,
        "  - id: assistance\n",
        "  - id: compulsory-education-retention\n",
        "duplicate indicator id 'compulsory-education-retention' (first used on line 2)",
    ),
    ("id-not-slug", IND, "  - id: assistance\n", "  - id: Assistance Row\n", "indicators[1].id: must be a URL-safe id"),
    (
        "id-path-traversal",
        IND,
        "  - id: assistance\n",
        "  - id: ../../etc\n",
        "indicators[1].id: must be a URL-safe id",
    ),
    (
        "unknown-domain",
        IND,
        "    domain: social-security\n",
        "    domain: social-securty\n",
        "indicators[1].domain: unknown domain 'social-securty'; did you mean 'social-security'?",
    ),
    (
        "unknown-concept",
        IND,
        "    concept: nursery-places-per-1000\n",
        "    concept: nursery-place\n",
        "indicators[2].concept: unknown concept 'nursery-place'",
    ),
    (
        "unknown-chapter",
        PRJ,
        "    chapter: c2\n",
        "    chapter: c9\n",
        PRJ + ":5:14: boxes[0].chapter: unknown chapter 'c9'",
    ),
    (
        "unknown-section",
        PRJ,
        "    section: c2-s1\n",
        "    section: c1-s1\n",
        "boxes[0].section: unknown section of chapter 'c2' 'c1-s1'",
    ),
    (
        "year-outside-period",
        IND,
        "{year: 2025, as_written: ≥99％",
        "{year: 2030, as_written: ≥99％",
        "indicators[0].target.year: target year 2030 is outside the plan's period 2021–2025",
    ),
    (
        "baseline-after-target",
        IND,
        "{year: 2020, as_written: 95%",
        "{year: 2026, as_written: 95%",
        "baseline year 2026 is after",
    ),
    (
        "number-contradicts-text",
        IND,
        "as_written: 95%, value: 95,",
        "as_written: 95%, value: 59,",
        "indicators[0].baseline.value: 59 does not appear in as_written '95%'",
    ),
    (
        "comparator-contradicts-text",
        IND,
        "value: 99, comparator: '>='",
        "value: 99, comparator: '='",
        "comparator '=' contradicts as_written '≥99％'",
    ),
    (
        "comparator-without-number",
        IND,
        "{year: 2025, as_written: 应保尽保}",
        "{year: 2025, as_written: 应保尽保, comparator: '>='}",
        "a comparator needs a number",
    ),
    (
        "locator-outside-file",
        IND,
        "    lines: [18, 21]\n",
        "    lines: [18, 210]\n",
        IND + ":23:12: indicators[1].lines: line 210 is outside the source file (21 lines)",
    ),
    (
        "locator-reversed",
        IND,
        "    lines: [18, 21]\n",
        "    lines: [21, 18]\n",
        "the range ends (18) before it starts (21)",
    ),
    ("locator-zero", IND, "    lines: [18, 21]\n", "    lines: [0, 21]\n", "line numbers start at 1"),
    (
        "plan-id-folder",
        PLAN,
        "id: demo-city-2021-2025\n",
        "id: demo-city\n",
        PLAN + ":1:5: id: must equal the folder name 'demo-city-2021-2025'",
    ),
    (
        "missing-source",
        PLAN,
        "  file: demo-city.txt\n",
        "  file: ../secret.txt\n",
        "source.file: no file '../secret.txt' in data/sources/",
    ),
    ("bad-date", PLAN, "issued: 2022-06-22\n", "issued: 2022-13-45\n", "month must be in 1..12"),
    (
        "period-reversed",
        PLAN,
        "period: {start: 2021, end: 2025}\n",
        "period: {start: 2025, end: 2021}\n",
        "period ends (2021) before it starts (2025)",
    ),
    (
        "unknown-parent",
        PLAN,
        "parent: demo-province-2021-2025\n",
        "parent: demo-provinc\n",
        "parent: unknown plan 'demo-provinc'",
    ),
    ("bad-level", PLAN, "level: city\n", "level: town\n", "level: Input should be 'province', 'city' or 'county'"),
    ("top-level-list", CH, "chapters:\n", "- chapters:\n", "the top level must be a mapping"),
    ("empty-file", CH, None, "", CH + ":1:1: file is empty"),
    ("comments-only", CH, None, "# nothing here\n", "file is empty"),
    ("not-utf8", CH, None, "chapters: []\n".encode("gbk") + "标题".encode("gbk"), "file is not UTF-8"),
    ("huge-value", CH, None, "chapters: []\n# " + "x" * 6_000_000 + "\n", "the limit is 5,000,000"),
    (
        "measure-empty-text",
        CH,
        "text: 本规划依据国家和省有关规划编制。",
        "text: ''",
        "chapters[0].measures[0].text: String should have at least 1 character",
    ),
    ("duplicate-measure", CH, "{id: c1-s1-p1,", "{id: preface-p1,", "duplicate section or measure id 'preface-p1'"),
    (
        "stray-file",
        "data/plans/demo-city-2021-2025/indicator.yaml",
        None,
        "indicators: []\n",
        "unexpected file; a plan folder holds",
    ),
    ("no-plan-yaml", PLAN, None, None, "every plan folder needs a plan.yaml"),
    (
        "anchor-yaml-bomb",
        CH,
        None,
        "a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\nchapters: []\n",
        "unknown field 'a'",
    ),
    # hostile or careless edits (issue 12)
    ("measure-id-equals-section", CH, "{id: c1-s1-p1,", "{id: c1-s1,", "duplicate section or measure id 'c1-s1'"),
    (
        "measure-id-top",
        CH,
        "{id: c1-s1-p1,",
        "{id: top,",
        "chapters[1].sections[0].measures[0].id: id 'top' is used by the page itself",
    ),
    ("box-item-id-equals-box", PRJ, "{id: box-1-2,", "{id: box-1,", "duplicate box or box item id 'box-1'"),
    (
        "blank-year-caveat",
        IND,
        "    lines: [18, 21]\n",
        "    lines: [18, 21]\n    year_caveat: ''\n",
        "indicators[1].year_caveat: must not be blank",
    ),
    (
        "blank-observation-period",
        IND,
        "    lines: [18, 21]\n",
        "    lines: [18, 21]\n    observations:\n      - {period: ' ', as_written: ——, lines: [18, 18]}\n",
        "indicators[1].observations[0].period: must not be blank",
    ),
    (
        "observation-from-the-future",
        IND,
        "    lines: [18, 21]\n",
        "    lines: [18, 21]\n    observations:\n      - {year: 2024, as_written: 应保尽保, lines: [18, 18]}\n",
        "observation year 2024 is after the plan was written (2022)",
    ),
    (
        "published-before-issued",
        PLAN,
        "published: 2022-07-15\n",
        "published: 2022-01-15\n",
        PLAN + ":12:12: published: published (2022-01-15) is before issued (2022-06-22)",
    ),
    (
        "own-parent",
        PLAN,
        "parent: demo-province-2021-2025\n",
        "parent: demo-city-2021-2025\n",
        "parents run in a circle: demo-city-2021-2025 → demo-city-2021-2025",
    ),
    (
        "value-not-in-source",
        IND,
        "as_written: 95%, value: 95,",
        "as_written: 96%, value: 96,",
        "indicators[0].baseline.value: 96 does not appear in the cited source lines 14–17",
    ),
    (
        "nul-character",
        IND,
        "    name: 困难群众救助\n",
        "    name: 困难群众\x00救助\n",
        IND + ":15:15: invisible control character U+0000",
    ),
    (
        "bidi-override",
        IND,
        "    name: 困难群众救助\n",
        "    name: 困难\u202e群众救助\n",
        IND + ":15:13: invisible control character U+202E",
    ),
    (
        "binary-tag",
        IND,
        "    name: 困难群众救助\n",
        "    name: !!binary 5Zuw6Zq+\n",
        IND + ":15:11: only plain text, numbers, dates, lists and mappings",
    ),
    (
        "complex-key",
        IND,
        "    nature: expected\n",
        "    nature: expected\n    ? [a, b]\n    : x\n",
        "only plain text, numbers, dates, lists and mappings",
    ),
    (
        "merge-key-bad-value",
        IND,
        "    nature: expected\n",
        "    nature: expected\n    <<: {category: [1]}\n",
        IND + ":14:5: only plain text, numbers, dates, lists and mappings",
    ),
    (
        "placeholder-title",
        PLAN,
        "short_title: 示范市规划\n",
        "short_title: （简称）\n",
        PLAN + ":3:14: short_title: is still a placeholder",
    ),
    (
        "stray-upper-case-yaml",
        "data/plans/demo-city-2021-2025/indicators.YAML",
        None,
        "indicators: []\n",
        "indicators.YAML:1:1: unexpected file",
    ),
    ("stray-notes-file", "data/plans/demo-city-2021-2025/notes.txt", None, "x\n", "notes.txt:1:1: unexpected file"),
    (
        "source-name-with-hash",
        PLAN,
        "  file: demo-city.txt\n",
        "  file: 'demo#city.txt'\n",
        "source.file: no file 'demo#city.txt' in data/sources/",
    ),
    (
        "source-not-utf8",
        "data/sources/demo-city.txt",
        None,
        "标题\n第二行".encode("gbk"),
        "data/sources/demo-city.txt:1:1: the source text is not UTF-8",
    ),
]


def apply_case(root: Path, file: str, old: str | None, new: str | bytes | None) -> None:
    path = root / file
    if new is None:
        path.unlink()
    elif old is None:
        path.write_bytes(new if isinstance(new, bytes) else new.encode("utf-8"))
    else:
        text = path.read_text(encoding="utf-8")
        assert old in text, f"case does not apply: {old!r}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")


def run_cli(root: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(root), *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


@pytest.mark.parametrize(("name", "file", "old", "new", "expected"), CASES, ids=[c[0] for c in CASES])
def test_broken_file_gives_its_message(
    mini_root: Path, name: str, file: str, old: str | None, new: str | None, expected: str
) -> None:
    apply_case(mini_root, file, old, new)
    with pytest.raises(DataError) as exc:
        load_site(mini_root / "data", mini_root)
    report = exc.value.report()
    assert expected in report, report


def test_cli_reports_all_problems_exit_1_and_writes_nothing(mini_root: Path) -> None:
    apply_case(mini_root, IND, "    nature: binding\n", "    natrue: binding\n")
    apply_case(mini_root, PRJ, "    chapter: c2\n", "    chapter: c9\n")
    result = run_cli(mini_root, "build", env={"GITHUB_ACTIONS": "true"})
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert f"{IND}:9:5: indicators[0].natrue: unknown field 'natrue'; did you mean 'nature'?" in lines
    assert f"{PRJ}:5:14: boxes[0].chapter: unknown chapter 'c9'; did you mean 'c1'?" in lines or any(
        "unknown chapter 'c9'" in ln for ln in lines
    )
    assert (
        f"::error file={IND},line=9,col=5::indicators[0].natrue: unknown field 'natrue'; did you mean 'nature'?"
        in lines
    )
    assert lines[-1] == "3 errors in 2 files" or lines[-1].endswith("in 2 files")
    assert not (mini_root / "content").exists()
    assert not (mini_root / "site").exists()


def test_real_data_validates() -> None:
    site = load_site(REPO / "data", REPO)
    assert len(site.plans) == 5


MUTATIONS = st.sampled_from(["delete-line", "duplicate-line", "swap-chars", "insert-junk", "truncate", "indent"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_files_never_crash(tmp_path_factory: pytest.TempPathFactory, data: st.DataObject) -> None:
    """Any mutation of a valid file either still loads or gives DataError: never another exception."""
    root = make_root(tmp_path_factory.mktemp("mut"), FIXTURE / "data")
    file = data.draw(st.sampled_from([IND, PLAN, CH, PRJ, "data/concepts.yaml"]))
    path = root / file
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    kind = data.draw(MUTATIONS)
    i = data.draw(st.integers(0, len(lines) - 1))
    if kind == "delete-line":
        del lines[i]
    elif kind == "duplicate-line":
        lines.insert(i, lines[i])
    elif kind == "swap-chars":
        j = data.draw(st.integers(0, max(0, len(lines[i]) - 2)))
        s = lines[i]
        lines[i] = s[:j] + s[j + 1 : j + 2] + s[j : j + 1] + s[j + 2 :]
    elif kind == "insert-junk":
        lines.insert(i, data.draw(st.text(st.characters(codec="utf-8"), max_size=20)) + "\n")
    elif kind == "truncate":
        lines = lines[:i]
    else:
        lines[i] = "  " + lines[i]
    path.write_text("".join(lines), encoding="utf-8")
    try:
        load_site(root / "data", root)
    except DataError as exc:
        assert exc.problems
        for p in exc.problems:
            assert p.line >= 1 and p.col >= 1 and p.path
