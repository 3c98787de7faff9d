"""Learn the importer's tense model (generator/importer/tense.py) from the development keys.

    .venv/bin/python scripts/train_tense.py           writes generator/importer/tense_model.json
    .venv/bin/python scripts/train_tense.py --check   exits 1 if the weights there are not those the keys give

Every figure of every development key is an example: a stated target (`targets`) is one to be
done, a past figure (`past`) one done; its features are the words around its number on its line
(generator/importer/tense.py). Only the development set is read: the test set stays unseen.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ruamel.yaml import YAML  # noqa: E402
from sklearn.feature_extraction.text import CountVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from generator.importer.tense import MODEL, key_features  # noqa: E402

DEV = ROOT / "tests" / "importer_eval" / "dev"
STRENGTH = 0.1  # the inverse of the penalty on large weights (chosen by five-fold cross-validation by text)
SHOWN = 4  # decimals kept of each weight
SEEN = 10  # a word is weighed only if at least this many figures have it (fewer weights, the same readings)


def examples(texts: list[Path]) -> tuple[list[list[str]], list[bool]]:
    """The features of every figure the development keys hold, and whether each is a past figure."""
    yaml = YAML(typ="safe")
    feats: list[list[str]] = []
    past: list[bool] = []
    for text in texts:
        key = yaml.load(text.with_suffix(".key.yaml").read_text(encoding="utf-8"))
        lines = text.read_text(encoding="utf-8").splitlines()
        taken: set[tuple[int, int]] = set()
        figures = [(k, False) for k in key.get("targets") or []] + [(k, True) for k in key.get("past") or []]
        for k, done in figures:
            lines_of = k["lines"] if "lines" in k else [k["line"]]
            first, last = lines_of[0], lines_of[-1]
            for line in range(first, min(last, len(lines)) + 1):
                f = key_features(lines, line, float(k["value"]), taken) if k.get("value") is not None else None
                if f is not None:
                    feats.append(f)
                    past.append(done)
                    break
    return feats, past


def train(texts: list[Path] | None = None) -> dict[str, object]:
    feats, past = examples(sorted(DEV.glob("*.txt")) if texts is None else texts)
    vectors = CountVectorizer(analyzer=lambda f: f, binary=True, min_df=SEEN)
    fit = LogisticRegression(C=STRENGTH, tol=1e-7, max_iter=20000).fit(vectors.fit_transform(feats), past)
    weights = {
        name: round(float(w), SHOWN)
        for name, w in zip(vectors.get_feature_names_out(), fit.coef_[0], strict=True)
        if round(float(w), SHOWN)
    }
    return {
        "examples": len(feats),
        "intercept": round(float(fit.intercept_[0]), SHOWN),
        "weights": dict(sorted(weights.items())),
    }


def differs(a: dict[str, object], b: dict[str, object], tolerance: float = 2e-3) -> list[str]:
    """What differs between two models beyond rounding (the solver's last digits vary by machine)."""
    wa, wb = a["weights"], b["weights"]
    assert isinstance(wa, dict) and isinstance(wb, dict)
    out = [f"examples {a['examples']} ≠ {b['examples']}"] if a["examples"] != b["examples"] else []
    for name in sorted(set(wa) | set(wb)):
        if abs(wa.get(name, 0.0) - wb.get(name, 0.0)) > tolerance:
            out.append(f"{name}: {wa.get(name, 0.0)} ≠ {wb.get(name, 0.0)}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare with the shipped weights instead of writing them")
    args = ap.parse_args(argv)
    model = train()
    if args.check:
        shipped = json.loads(MODEL.read_text(encoding="utf-8"))
        wrong = differs(model, shipped)
        if wrong:
            print(f"{MODEL.name} is not what the development keys give; learn it again: python scripts/train_tense.py")
        print("\n".join(wrong[:20]) or f"{MODEL.name}: as the development keys give ({model['examples']} figures)")
        return 1 if wrong else 0
    MODEL.write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{MODEL.name}: {len(model['weights'])} weights from {model['examples']} figures")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
