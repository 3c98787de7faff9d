"""Score the observation importer against hand-written answer keys.

    .venv/bin/python scripts/score_observe.py [--set dev|test|all] [--quiet]

tests/observe_eval/<set>/keys.yaml lists each text, the plan it is read for, and the figures a
careful reader finds in it for that plan's indicators (written by hand before the command was run
on the text). A proposal is right when a key entry has its indicator, year, value and kind and
the proposal names no difference (scope, kind) that the key does not, or when it matches an
optional entry (a national figure, or one for part of the region or of another kind) and names
its difference. Precision = right proposals / proposals; recall = key entries found / key entries.
Every text is also drafted into a copy of data/ with the command's own writer, and that copy is
validated like `python -m generator observe` validates it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from ruamel.yaml import YAML  # noqa: E402

from generator.importer.observe import Proposal, read_text  # noqa: E402
from generator.importer.observe_draft import SourceFacts, concept_names, draft_observations  # noqa: E402
from generator.loading.loader import Loader, Memo, load_site  # noqa: E402
from generator.problems import DataError  # noqa: E402

EVAL = REPO / "tests" / "observe_eval"
PRECISION, RECALL = 0.95, 0.80


@dataclass
class Score:
    text: str
    plan: str
    proposed: int = 0
    right: int = 0
    expected: int = 0
    found: int = 0
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    source: str = ""  # which of title, publisher, date the text's opening gave as the key has them


def _same(p: Proposal, e: dict[str, Any]) -> bool:
    return p.indicator == e["indicator"] and p.year == e["year"] and abs(p.value - float(e["value"])) < 1e-9


def _right(p: Proposal, text: dict[str, Any]) -> bool:
    for e in text.get("expected") or []:
        if _same(p, e) and p.kind == e["kind"] and p.scope == "own" and p.difference is None:
            return True
    for e in text.get("optional") or []:
        if _same(p, e):
            national = e.get("scope") == "national"
            return p.scope == "national" if national else (p.scope != "national" and p.difference is not None)
    return False


def score_set(name: str) -> tuple[list[Score], str]:
    keys = YAML(typ="safe").load((EVAL / name / "keys.yaml").read_text(encoding="utf-8"))
    memo = Memo()  # the copy validated below shares the unchanged files, read once (by content)
    site = load_site(REPO / "data", REPO, memo=memo)
    plans = {p.id: p for p in site.plans}
    names = concept_names(site)
    scores = []
    for text in keys["texts"]:
        lines = (EVAL / name / text["file"]).read_text(encoding="utf-8").splitlines()
        plan = plans[text["plan"]]
        reading = read_text(lines, plan, names, site.tracking.of_plan(plan.id))
        s = Score(text["file"], plan.id, proposed=len(reading.proposals), expected=len(text.get("expected") or []))
        for p in reading.proposals:
            if _right(p, text):
                s.right += 1
            else:
                s.wrong.append(f"{p.indicator} {p.year} {p.value:g} {p.kind} {p.scope} {p.difference or ''}".rstrip())
        for e in text.get("expected") or []:
            if any(_same(p, e) and _right(p, text) for p in reading.proposals):
                s.found += 1
            else:
                s.missed.append(f"{e['indicator']} {e['year']} {e['value']}")
        s.source = _source_check(reading.source, text["source"])
        scores.append(s)
    return scores, _validate(name, keys, site, memo)


def _source_check(guess: Any, key: dict[str, Any]) -> str:
    date = "-".join(f"{x:02d}" for x in guess.date) if guess.date else None
    marks = []
    for what, got, want in (
        ("title", guess.title, key["title"]),
        ("publisher", guess.publisher, key["publisher"]),
        ("date", date, key.get("date")),
    ):
        marks.append(f"{what} {'ok' if got == want else 'differs' if got else 'none'}")
    return ", ".join(marks)


def _validate(name: str, keys: dict[str, Any], site: Any, memo: Memo) -> str:
    """Draft every text into one copy of data/ with the command's writer, then load the copy."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        shutil.copytree(REPO / "data", root / "data")
        for k, text in enumerate(keys["texts"]):
            src = text["source"]  # what the editor gives on the command line (--url, --title …)
            date = dt.date.fromisoformat(src["date"]) if src.get("date") else None
            facts = SourceFacts(src.get("url"), src.get("reposted_by"), src["publisher"], src["title"], date)
            draft_observations(
                EVAL / name / text["file"],
                text["plan"],
                root / "data",
                root,
                source_id=f"eval-{name}-{k}",
                facts=facts,
                site=site,
            )
        try:
            Loader(root / "data", root, memo=memo).load()
        except DataError as exc:
            return "draft does not validate:\n" + exc.report()
    return "drafts validate"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=["dev", "test", "all"], default="dev")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    ok = True
    for name in ["dev", "test"] if args.set == "all" else [args.set]:
        scores, validated = score_set(name)
        print(f"== {name}")
        print(f"{'text':42} {'plan':24} {'proposed':>8} {'right':>5} {'key':>4} {'found':>5}")
        for s in scores:
            print(f"{s.text:42} {s.plan:24} {s.proposed:8} {s.right:5} {s.expected:4} {s.found:5}")
            if not args.quiet:
                print(f"    source drafted from the text: {s.source}")
                print(
                    "".join(f"    wrong: {w}\n" for w in s.wrong) + "".join(f"    missed: {m}\n" for m in s.missed),
                    end="",
                )
        proposed, right = sum(s.proposed for s in scores), sum(s.right for s in scores)
        expected, found = sum(s.expected for s in scores), sum(s.found for s in scores)
        precision = right / proposed if proposed else 1.0
        recall = found / expected if expected else 1.0
        print(
            f"{name}: precision {right}/{proposed} = {precision:.1%}, recall {found}/{expected} = {recall:.1%}; {validated}"
        )
        ok = ok and precision >= PRECISION and recall >= RECALL and validated == "drafts validate"
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
