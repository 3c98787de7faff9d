"""Score the importer's drafts: the five committed plans, and texts it was not built on.

    .venv/bin/python scripts/score_importer.py [--plan ID] [--quiet]
    .venv/bin/python scripts/score_importer.py --eval [dev|test|all] [--quiet]
    .venv/bin/python scripts/score_importer.py --text PATH.txt [--quiet]   (PATH.key.yaml beside it)
    add --rules-only to any of them for the rules without the tense model

The committed plans:
Each source text is imported as a new plan into a temporary data folder (so the draft is also
validated as `python -m generator import` does). A drafted prose target (origin text, with a
target) matches a committed one when the names are alike (one contains the other, or their
characters overlap ≥ 50%), the value, comparator and unit are equal, and the years are equal as
target_year (the one rule for a target's year) reads them: an empty year is the period's end.
Each committed target matches at most one draft.

Texts with a hand-written key (tests/importer_eval/dev and test; see the README there): every
drafted target with a number (prose or table) is compared with the key's stated targets. A draft
holds a target when its lines reach one of the target's lines (±1), the names are alike, and
value, upper end of a range, comparator, unit and year are equal (years as target_year reads them,
so an empty year is the period's end; a yearly rate must have none). Recall: stated targets held; precision: drafted targets
that hold one (a draft that repeats a target already held counts apart, as a restatement).
A drafted target whose line and number are a past figure of the key is a past figure drafted
as a target; past figures drafted as observations (or as the baseline of the row that states
them) are counted too. Under each set's table, its missed targets by how they were missed (not
drafted, drafted as a past figure, or drafted with another year, name, unit or comparator) and the
past figures drafted as targets, each with the texts that hold most of them.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from ruamel.yaml import YAML  # noqa: E402

from generator.importer import tense  # noqa: E402
from generator.importer.characters import normalised  # noqa: E402
from generator.importer.command import write_draft  # noqa: E402
from generator.importer.text import cited_text  # noqa: E402
from generator.loading.loader import Loader, load_site  # noqa: E402
from generator.model import Indicator, Period  # noqa: E402
from generator.problems import DataError  # noqa: E402
from generator.sitemodel.targets import target_year  # noqa: E402
from generator.sitemodel.values import number_in_text, numbers_in  # noqa: E402


def _seeds() -> tuple[dict[str, str], dict[str, Period]]:
    """Each committed plan's source text, as its plan.yaml names it (the answer key's own map), and its period."""
    plans = load_site(REPO / "data", REPO).plans
    return {p.id: p.meta.source.file for p in plans}, {p.id: p.meta.period for p in plans}


SEEDS, PERIODS = _seeds()
EVAL = REPO / "tests/importer_eval"


@dataclass
class Score:
    plan: str
    drafted: int
    committed: int
    matched: int
    year_filled: int  # matches whose committed year is empty and the draft's is not
    missed: list[tuple[dict[str, Any], str]]  # (committed indicator, why no draft matched it)
    invented: list[dict[str, Any]]
    restated: list[dict[str, Any]]  # drafts that restate a committed table row (name and value)
    in_boxes: int  # invented drafts from 专栏 box lines (the key records few box quantities)
    bad_digits: list[dict[str, Any]]
    problems: str
    observations: tuple[int, int] = (0, 0)  # committed observations with a value; of them drafted

    @property
    def precision(self) -> float:
        return self.matched / self.drafted if self.drafted else 1.0

    @property
    def precision_new(self) -> float:
        """Precision over the drafts that neither restate a table row nor come from a 专栏 box."""
        n = self.drafted - len(self.restated) - self.in_boxes
        return self.matched / n if n else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.committed if self.committed else 1.0


def name_alike(a: str, b: str) -> float:
    """Names compared as the importer reads them: a repost's bracketed pinyin (學(xué)) left out."""
    a, b = normalised(a)[0], normalised(b)[0]
    a, b = a.replace("（", "(").replace("）", ")"), b.replace("（", "(").replace("）", ")")
    if a in b or b in a:
        return 1.0
    return SequenceMatcher(None, a, b).ratio()


def unit_of(ind: dict[str, Any]) -> str | None:
    u = ind.get("unit")
    return "%" if u == "％" else (normalised(u)[0] if u else u)  # 小時(shí) is 小時


def same_range(dt: dict[str, Any], kt: dict[str, Any]) -> bool:
    """A key written before ranges kept their numbers (value empty, 1—2所 as written) and a draft
    that keeps them (value 1, upper 2, comparator =) state the same range."""
    return (
        kt.get("value") is None
        and dt.get("upper") is not None
        and numbers_in(kt.get("as_written") or "")[-2:] == [dt["value"], dt["upper"]]
    )


def year_held(period: Period, d: dict[str, Any], key_year: int | None) -> bool:
    """The draft's year against a key's, both as the site reads them: through the one rule for a
    target's year (target_year), so an empty year stands for what that rule gives it (the period's
    end), and a draft that leaves a 主要目标 year to the rule agrees with a key that writes it."""
    drafted = Indicator.model_validate(d)
    assert drafted.target is not None
    keyed = drafted.model_copy(
        update={"target": drafted.target.model_copy(update={"year": key_year}), "year_caveat": None}
    )
    return target_year(period, drafted).year == target_year(period, keyed).year


def same_target(period: Period, d: dict[str, Any], k: dict[str, Any]) -> bool:
    dt, kt = d["target"], k["target"]
    values = (dt.get("value"), dt.get("comparator")) == (kt.get("value"), kt.get("comparator"))
    if not values and not same_range(dt, kt):
        return False
    if unit_of(d) != unit_of(k):
        return False
    # a yearly rate (每年保持在6.8万人以上) now takes no year; a key may give it the plan's end year
    per_year = dt.get("year") is None and bool(re.search(r"每年|年均", dt.get("as_written") or ""))
    return per_year or year_held(period, d, kt.get("year"))


def prose_targets(indicators: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [i for i in indicators if i["origin"] == "text" and i.get("target")]


def match(
    period: Period, drafted: list[dict[str, Any]], committed: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    pairs = []
    for k in committed:
        for d in drafted:
            if same_target(period, d, k):
                sim = name_alike(d["name"], k["name"])
                near = abs(d["lines"][0] - k["lines"][0]) <= 1
                if sim >= 0.5:
                    pairs.append((sim + (0.5 if near else 0), id(d), id(k), d, k))
    pairs.sort(key=lambda p: -p[0])
    used_d, used_k, out = set(), set(), []
    for _, di, ki, d, k in pairs:
        if di not in used_d and ki not in used_k:
            used_d.add(di)
            used_k.add(ki)
            out.append((d, k))
    return out


def miss_reason(k: dict[str, Any], drafted: list[dict[str, Any]]) -> str:
    """What differs in the nearest draft: a draft on the same line whose name is alike."""
    near = [d for d in drafted if abs(d["lines"][0] - k["lines"][0]) <= 1]
    alike = [d for d in near if name_alike(d["name"], k["name"]) >= 0.5]
    if not alike:
        return "no draft with a like name on its line" if near else "nothing drafted on its line"
    d, kt = alike[0], k["target"]
    differs = [f for f in ("value", "comparator", "year") if d["target"].get(f) != kt.get(f)]
    if unit_of(d) != unit_of(k):
        differs.append("unit")
    return "differs in " + ", ".join(differs) if differs else "its like draft matched another committed one"


def restates(d: dict[str, Any], table: list[dict[str, Any]]) -> bool:
    """A prose target that repeats a table row (a like name and the same value)."""
    value = d["target"].get("value")
    return value is not None and any(
        t["target"].get("value") == value and name_alike(d["name"], t["name"].split("（")[0].split("(")[0]) >= 0.5
        for t in table
    )


def cited_digits_ok(ind: dict[str, Any], source_lines: list[str]) -> bool:
    text = cited_text(source_lines, *ind["lines"])
    values = [v["value"] for v in [ind.get("target") or {}, *ind.get("observations", [])] if v.get("value") is not None]
    return all(number_in_text(v, text) for v in values)


LEFT_FOR_EDITOR = {"region", "title", "short_title"}


def score(plan_id: str, source: str, work: Path) -> Score:
    data = work / "data"
    folder, _ = write_draft(REPO / "data/sources" / source, plan_id, data, force=True)
    try:
        Loader(data, work).load()
        problems = ""
    except DataError as exc:
        # a placeholder the text gives nothing to fill (a region it never names) is the editor's to fill
        real = [p for p in exc.problems if p.field not in LEFT_FOR_EDITOR]
        problems = DataError(real).report() if real else ""
    drafted_all = load(folder / "indicators.yaml")["indicators"]
    key = load(REPO / "data/plans" / plan_id / "indicators.yaml")["indicators"]
    committed = prose_targets(key)
    table = [i for i in key if i["origin"] == "table" and i.get("target")]
    boxes = load(REPO / "data/plans" / plan_id / "projects.yaml")["boxes"]
    box_lines = {n for b in boxes for n in range(b["lines"][0], b["lines"][1] + 1)}
    drafted = prose_targets(drafted_all)
    pairs = match(PERIODS[plan_id], drafted, committed)
    got_d = {id(d) for d, _ in pairs}
    got_k = {id(k) for _, k in pairs}
    lines = (REPO / "data/sources" / source).read_text(encoding="utf-8").splitlines()
    invented = [d for d in drafted if id(d) not in got_d and not restates(d, table)]
    observed = [(d, o) for d in drafted_all if d["origin"] == "text" for o in d.get("observations") or []]
    key_obs = [(k, o) for k in key if k["origin"] == "text" for o in k.get("observations") or [] if o.get("value")]
    found_obs = sum(
        1
        for k, o in key_obs
        if any(o2.get("value") == o["value"] and name_alike(d["name"], k["name"]) >= 0.5 for d, o2 in observed)
    )
    return Score(
        plan=plan_id,
        drafted=len(drafted),
        committed=len(committed),
        matched=len(pairs),
        year_filled=sum(1 for d, k in pairs if k["target"].get("year") is None and d["target"].get("year") is not None),
        missed=[(k, miss_reason(k, drafted)) for k in committed if id(k) not in got_k],
        invented=invented,
        in_boxes=sum(1 for d in invented if d["lines"][0] in box_lines),
        restated=[d for d in drafted if id(d) not in got_d and restates(d, table)],
        bad_digits=[d for d in drafted_all if d["origin"] == "text" and not cited_digits_ok(d, lines)],
        problems=problems,
        observations=(len(key_obs), found_obs),
    )


def show(ind: dict[str, Any]) -> str:
    t = ind["target"] or {**(ind.get("observations") or [{}])[0], "comparator": "(observation)"}
    return (
        f"line {ind['lines'][0]}: {ind['name']} | {t.get('as_written')} | value {t.get('value')} "
        f"{t.get('comparator')} unit {ind.get('unit')} year {t.get('year')}"
    )


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = YAML(typ="safe").load(path.read_text(encoding="utf-8"))  # C loader: same data, 2x faster
    return data


def workspace(root: Path) -> Path:
    (root / "data/plans").mkdir(parents=True)
    for name in ("domains.yaml", "concepts.yaml"):
        shutil.copy(REPO / "data" / name, root / "data" / name)
    return root


def table(scores: list[Score]) -> str:
    head = f"{'plan':<24} {'drafted':>7} {'table':>5} {'box':>4} {'key':>4} {'match':>5} {'precision':>9} {'p-new':>5}"
    rows = [head + f" {'recall':>6}  year filled"]
    total = Score("all", 0, 0, 0, 0, [], [], [], 0, [], "")
    for s in scores:
        rows.append(
            f"{s.plan:<24} {s.drafted:>7} {len(s.restated):>5} {s.in_boxes:>4} {s.committed:>4} {s.matched:>5} "
            f"{s.precision:>9.0%} {s.precision_new:>5.0%} {s.recall:>6.0%}  {s.year_filled}"
        )
        total.drafted += s.drafted
        total.committed += s.committed
        total.matched += s.matched
        total.restated += s.restated
        total.in_boxes += s.in_boxes
    rows.append(
        f"{'all':<24} {total.drafted:>7} {len(total.restated):>5} {total.in_boxes:>4} {total.committed:>4} "
        f"{total.matched:>5} {total.precision:>9.0%} {total.precision_new:>5.0%} {total.recall:>6.0%}"
    )
    key_obs, found_obs = (sum(s.observations[i] for s in scores) for i in (0, 1))
    rows.append(f"observations (previous period, with a value): {found_obs} of {key_obs} committed ones drafted")
    rows.append(
        "table: unmatched drafts restating a committed table row; box: unmatched drafts from 专栏 box lines\n"
        "p-new: precision without those two; year filled: matches whose key year is empty"
    )
    return "\n".join(rows)


def details(s: Score, quiet: bool) -> list[str]:
    out = []
    if s.problems:
        out.append(f"\n{s.plan}: the draft does not validate:\n{s.problems}")
    if s.bad_digits:
        out.append(f"\n{s.plan}: values whose digits are not in their cited lines:")
        out += ["  " + show(d) for d in s.bad_digits]
    if not quiet:
        out.append(f"\n{s.plan}: missed {len(s.missed)}")
        out += ["  " + show(k) + f"  [{reason}]" for k, reason in s.missed]
        out.append(f"{s.plan}: invented {len(s.invented)}")
        out += ["  " + show(d) for d in s.invented]
    return out


@dataclass
class EvalScore:
    text: str
    drafted: int
    stated: int
    held: int
    restated: int
    past_as_target: list[dict[str, Any]]
    past: tuple[int, int]  # key past figures, of them drafted as observations
    missed: list[dict[str, Any]]
    invented: list[dict[str, Any]]
    past_missed: list[dict[str, Any]] = field(default_factory=list)  # key past figures not drafted as observations
    missed_kinds: list[str] = field(default_factory=list)  # for each missed target, how it was missed (miss_kind)

    @property
    def recall(self) -> float:
        return self.held / self.stated if self.stated else 1.0

    @property
    def precision(self) -> float:
        n = self.drafted - self.restated
        return self.held / n if n else 1.0

    @property
    def unmatched(self) -> float:
        """Share of drafted targets (restatements left out) that match no stated target."""
        return 1 - self.precision


def eval_texts(which: str) -> list[Path]:
    sets = ["dev", "test"] if which == "all" else [which]
    return [p for s in sets for p in sorted((EVAL / s).glob("*.txt"))]


def _lines_meet(d: dict[str, Any], lines: list[int]) -> bool:
    first, last = d["lines"]
    return any(first - 1 <= n <= last + 1 for n in lines)


def holds(period: Period, d: dict[str, Any], k: dict[str, Any]) -> bool:
    """Whether drafted indicator d states the key's target k."""
    dt = d["target"]
    if dt.get("value") != k["value"] or dt.get("upper") != k.get("upper"):
        return False
    if dt.get("comparator") != k["comparator"] or unit_of(d) != unit_of(k):
        return False
    year_ok = dt.get("year") is None if k.get("per_year") else year_held(period, d, k.get("year"))
    return year_ok and _lines_meet(d, k["lines"]) and name_alike(d["name"], k["name"]) >= 0.5


def miss_kind(period: Period, k: dict[str, Any], drafted: list[dict[str, Any]], drafts: list[dict[str, Any]]) -> str:
    """How a stated target was missed: drafted with its value on its lines but another year, name,
    unit or comparator (those named, joined by +); drafted as a past figure (an observation with its
    value on its lines); or not drafted at all."""
    near = [
        d
        for d in drafted
        if d["target"].get("value") == k["value"]
        and d["target"].get("upper") == k.get("upper")
        and _lines_meet(d, k["lines"])
    ]
    if near:
        d = max(near, key=lambda d: name_alike(d["name"], k["name"]))
        year_ok = d["target"].get("year") is None if k.get("per_year") else year_held(period, d, k.get("year"))
        fields = {
            "year": not year_ok,
            "name": name_alike(d["name"], k["name"]) < 0.5,
            "unit": unit_of(d) != unit_of(k),
            "comparator": d["target"].get("comparator") != k["comparator"],
        }
        return "+".join(f for f, differs in fields.items() if differs) or "its draft holds another target"
    observed = any(
        o.get("value") == k["value"] and _lines_meet(d, k["lines"]) for d in drafts for o in d.get("observations") or []
    )
    return "drafted as past" if observed else "not drafted"


def misses_by_kind(scores: list[EvalScore], top: int = 6) -> list[str]:
    """The missed targets of a set by how they were missed, and the past figures drafted as targets,
    each with the texts that hold most of them."""
    kinds: dict[str, dict[str, int]] = {}
    for s in scores:
        for kind in s.missed_kinds:
            kinds.setdefault(kind, {}).setdefault(s.text, 0)
            kinds[kind][s.text] += 1
    past = {s.text: len(s.past_as_target) for s in scores if s.past_as_target}
    rows = [(kind, by_text) for kind, by_text in kinds.items()] + (
        [("past figure drafted as a target", past)] if past else []
    )
    out = ["misses by kind (the texts with most of each):"]
    for kind, by_text in sorted(rows, key=lambda r: -sum(r[1].values())):
        most = sorted(by_text.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
        out.append(f"  {kind} {sum(by_text.values())}: " + ", ".join(f"{t} {n}" for t, n in most))
    return out


def score_text(text: Path, work: Path) -> EvalScore:
    key = load(text.with_suffix(".key.yaml"))
    plan_id = re.sub(r"[^a-z0-9-]+", "-", text.stem.lower()).strip("-")
    # the page's address, as an editor importing it would give it (--url)
    url = (key.get("source") or {}).get("address")
    folder, _ = write_draft(text, plan_id, work / "data", force=True, url=url)
    period = Period.model_validate(load(folder / "plan.yaml")["period"])
    drafts = load(folder / "indicators.yaml")["indicators"]
    drafted = [d for d in drafts if d.get("target") and d["target"].get("value") is not None]
    stated = key["targets"]
    pairs = sorted(
        (
            (name_alike(d["name"], k["name"]), i, j)
            for i, d in enumerate(drafted)
            for j, k in enumerate(stated)
            if holds(period, d, k)
        ),
        reverse=True,
    )
    used_d: set[int] = set()
    used_k: set[int] = set()
    for _, i, j in pairs:
        if i not in used_d and j not in used_k:
            used_d.add(i)
            used_k.add(j)
    again = {i for _, i, _ in pairs if i not in used_d}
    past = key.get("past") or []
    # a past figure is recorded as an observation, or as the baseline of a table's row (2015年 column)
    observed = [(d, o) for d in drafts for o in [*(d.get("observations") or []), d.get("baseline") or {}]]
    past_missed = [
        p for p in past if not any(o.get("value") == p["value"] and _lines_meet(d, [p["line"]]) for d, o in observed)
    ]
    return EvalScore(
        text=f"{text.parent.name}/{text.stem}",
        drafted=len(drafted),
        stated=len(stated),
        held=len(used_k),
        restated=len(again),
        past_as_target=[  # a draft that holds a stated target is that target, even where the past had its value (97 → 97)
            d
            for i, d in enumerate(drafted)
            if i not in used_d and any(p["value"] == d["target"]["value"] and _lines_meet(d, [p["line"]]) for p in past)
        ],
        past=(len(past), len(past) - len(past_missed)),
        missed=[k for j, k in enumerate(stated) if j not in used_k],
        invented=[d for i, d in enumerate(drafted) if i not in used_d and i not in again],
        past_missed=past_missed,
        missed_kinds=[miss_kind(period, k, drafted, drafts) for j, k in enumerate(stated) if j not in used_k],
    )


def eval_table(title: str, scores: list[EvalScore]) -> str:
    head = f"{'text':<34} {'stated':>6} {'drafted':>7} {'held':>5} {'again':>5} {'recall':>6} {'unmatched':>9}"
    rows = [f"\n{title}", head + f" {'past as target':>14} {'past observed':>13}"]
    total = EvalScore("all", 0, 0, 0, 0, [], (0, 0), [], [])
    for s in scores:
        rows.append(
            f"{s.text:<34} {s.stated:>6} {s.drafted:>7} {s.held:>5} {s.restated:>5} {s.recall:>6.0%} {s.unmatched:>9.0%}"
            f" {len(s.past_as_target):>14} {s.past[1]:>6} of {s.past[0]:<3}"
        )
        total.drafted += s.drafted
        total.stated += s.stated
        total.held += s.held
        total.restated += s.restated
        total.past_as_target += s.past_as_target
        total.past = (total.past[0] + s.past[0], total.past[1] + s.past[1])
    rows.append(
        f"{'all':<34} {total.stated:>6} {total.drafted:>7} {total.held:>5} {total.restated:>5} {total.recall:>6.0%}"
        f" {total.unmatched:>9.0%} {len(total.past_as_target):>14} {total.past[1]:>6} of {total.past[0]:<3}"
    )
    return "\n".join(rows)


def eval_details(s: EvalScore) -> list[str]:
    def key_line(k: dict[str, Any]) -> str:
        rng = f"{k['value']:g}-{k['upper']:g}" if k.get("upper") else f"{k['value']:g}"
        return f"line {k['lines'][0]}: {k['name']} | {k['comparator']} {rng} {k.get('unit')} year {k.get('year')}"

    out = [f"\n{s.text}: missed {len(s.missed)}"]
    out += ["  " + key_line(k) for k in s.missed]
    out.append(f"{s.text}: drafted, matching no stated target {len(s.invented)}")
    out += ["  " + show(d) + ("  [a past figure]" if d in s.past_as_target else "") for d in s.invented]
    if s.past_missed:
        out.append(f"{s.text}: past figures not drafted as observations {len(s.past_missed)}")
        out += [f"  line {p['line']}: {p.get('name')} {p['value']:g}" for p in s.past_missed]
    return out


def run_eval(texts: list[Path], quiet: bool) -> list[EvalScore]:
    scores = []
    for text in texts:
        with tempfile.TemporaryDirectory() as tmp:
            scores.append(score_text(text, workspace(Path(tmp))))
    for name in ("dev", "test", "other"):
        part = [
            s
            for s in scores
            if s.text.split("/")[0] == name or (name == "other" and s.text.split("/")[0] not in ("dev", "test"))
        ]
        if part:
            print(eval_table({"dev": "development set", "test": "test set"}.get(name, "texts"), part))
            print("\n".join(misses_by_kind(part)))
    if not quiet:
        for s in scores:
            print("\n".join(eval_details(s)))
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plan", choices=sorted(SEEDS))
    parser.add_argument("--quiet", action="store_true", help="the table only")
    parser.add_argument("--eval", nargs="?", const="all", choices=["dev", "test", "all"], help="the evaluation texts")
    parser.add_argument("--text", type=Path, help="one text with its .key.yaml beside it")
    parser.add_argument(
        "--rules-only",
        action="store_true",
        help="without the tense model (generator/importer/tense.py): the rules alone",
    )
    args = parser.parse_args(argv)
    if args.rules_only:
        tense.READS = False  # no target the rules drafted is read as done
    if args.eval or args.text:
        texts = [args.text] if args.text else eval_texts(args.eval)
        if not texts:  # a test set, once scored, joins development: the folder waits for the next one
            print(f"no texts with a key in {EVAL}/{args.eval}")
        run_eval(texts, args.quiet)
        return 0
    scores = []
    for plan_id, source in SEEDS.items():
        if args.plan and plan_id != args.plan:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            scores.append(score(plan_id, source, workspace(Path(tmp))))
    print(table(scores))
    for s in scores:
        lines = details(s, args.quiet)
        if lines:
            print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
