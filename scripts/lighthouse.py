"""Lighthouse scores of the built site, one page per page kind, written to docs/performance.md.

Lighthouse (pinned below) is installed outside the project's runtime dependencies, into
.build/tools/, by this script; it drives Debian's chromium (CHROME_PATH=/usr/bin/chromium) in
its default mobile preset against the built site served by a local server that compresses
(gzip) as a real host would. Figures, not assertions:

    .venv/bin/python scripts/lighthouse.py [--site site] [--runs 1] [--output docs/performance.md]

``measure(site_dir)`` returns one dict per page kind; ``write_section(results, path)`` rewrites
the part of the file between ``<!-- lighthouse:start -->`` and ``<!-- lighthouse:end -->``.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as `python scripts/lighthouse.py`
    sys.path.insert(0, str(REPO))

from scripts.local_host import served  # noqa: E402

LIGHTHOUSE = "12.8.2"
TOOLS = REPO / ".build" / "tools"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
START, END = "<!-- lighthouse:start -->", "<!-- lighthouse:end -->"

# Page kind → the first built page (sorted) whose path inside the site matches the pattern.
KINDS: tuple[tuple[str, str, str], ...] = (
    ("home", "首页", "index.html"),
    ("plan", "规划", "plans/*/index.html"),
    ("chapter", "章节", "plans/*/chapters/*/index.html"),
    ("indicator", "指标（含图表）", "plans/*/indicators/*/index.html"),
    ("comparison", "跨规划对比", "compare/*/index.html"),
    ("domain", "领域", "domains/*/index.html"),
    ("progress", "落实进展", "observations/index.html"),
    ("downloads", "下载", "downloads/index.html"),
    ("source", "原文", "plans/*/source/index.html"),
)


def install() -> Path:
    """Lighthouse's command, installed at the pinned version into .build/tools/ if missing."""
    cli = TOOLS / "node_modules" / "lighthouse" / "cli" / "index.js"
    package = TOOLS / "node_modules" / "lighthouse" / "package.json"
    if not package.exists() or json.loads(package.read_text())["version"] != LIGHTHOUSE:
        TOOLS.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                "npm",
                "install",
                "--prefix",
                str(TOOLS),
                "--no-audit",
                "--no-fund",
                "--loglevel=error",
                f"lighthouse@{LIGHTHOUSE}",
            ],
            check=True,
        )
    return cli


def pages(site_dir: Path) -> list[tuple[str, str, str]]:
    """(kind, Chinese name, path) of one page per kind that the site has."""
    found = []
    for kind, name, pattern in KINDS:
        matches = sorted(site_dir.glob(pattern))
        if matches:
            rel = matches[0].relative_to(site_dir).as_posix()
            found.append((kind, name, rel.removesuffix("index.html")))
    return found


def _run(cli: Path, url: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        subprocess.run(
            [
                "node",
                str(cli),
                url,
                "--output=json",
                f"--output-path={out}",
                "--quiet",
                f"--only-categories={','.join(CATEGORIES)}",
                "--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage",
            ],
            check=True,
            env=os.environ | {"CHROME_PATH": CHROME},
        )
        report: dict[str, Any] = json.loads(out.read_text())
    audits = report["audits"]
    failed = sorted(
        a["id"]
        for cat in CATEGORIES[1:]
        for ref in report["categories"][cat]["auditRefs"]
        if ref["weight"] > 0 and (a := audits[ref["id"]])["score"] is not None and a["score"] < 1
    )
    return {
        **{c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES},
        "lcp_ms": audits["largest-contentful-paint"]["numericValue"],
        "tbt_ms": audits["total-blocking-time"]["numericValue"],
        "bytes": audits["total-byte-weight"]["numericValue"],
        "benchmark_index": report["environment"]["benchmarkIndex"],
        "failed": failed,
    }


def measure(site_dir: Path | str, runs: int = 1) -> list[dict[str, Any]]:
    """Lighthouse (mobile) on one page per kind of the built site; each figure the median of runs."""
    site_dir = Path(site_dir)
    cli = install()
    results = []
    with served(site_dir) as (base, _sent):
        for kind, name, path in pages(site_dir):
            each = [_run(cli, base + path) for _ in range(runs)]
            row: dict[str, Any] = {"kind": kind, "name": name, "path": path}
            for key in (*CATEGORIES, "lcp_ms", "tbt_ms", "bytes", "benchmark_index"):
                row[key] = statistics.median(r[key] for r in each)
            row["failed"] = sorted({f for r in each for f in r["failed"]})
            results.append(row)
            print(f"{kind:11} {' '.join(str(round(row[c])) for c in CATEGORIES)}  {path}", flush=True)
    return results


def section(results: Sequence[dict[str, Any]], runs: int = 1) -> str:
    today = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d")
    lines = [
        START,
        "## Lighthouse",
        "",
        f"Lighthouse {LIGHTHOUSE}, mobile preset (simulated slow 4G, 4× CPU slowdown), Debian chromium",
        f"headless, the built site behind a local gzip server (`scripts/lighthouse.py`), {today};",
        f"median of {runs} run(s) per page. Lighthouse's 4× CPU slowdown assumes a host whose benchmark",
        "index (BI, measured by Lighthouse at each run) is about 1,000 or more; on a shared machine the BI",
        "drops and the simulated blocking time (TBT) grows with it, so read the scores beside the BI.",
        "",
        "| page kind | page | performance | accessibility | best practices | SEO | LCP (s) | TBT (ms) | KB transferred | BI | failed audits |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in results:
        failed = ", ".join(f"`{f}`" for f in r["failed"]) or "—"
        lines.append(
            f"| {r['name']} | `/{r['path']}` | {round(r['performance'])} | {round(r['accessibility'])} "
            f"| {round(r['best-practices'])} | {round(r['seo'])} | {r['lcp_ms'] / 1000:.1f} "
            f"| {round(r['tbt_ms'])} | {round(r['bytes'] / 1024)} | {round(r['benchmark_index'])} | {failed} |"
        )
    lines.append(END)
    return "\n".join(lines)


def write_section(
    results: Sequence[dict[str, Any]], path: Path | str = REPO / "docs/performance.md", runs: int = 1
) -> None:
    """Rewrite the Lighthouse section of the file (appended, with its markers, if absent)."""
    path = Path(path)
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    new = section(results, runs)
    if START in text and END in text:
        head, rest = text.split(START, 1)
        tail = rest.split(END, 1)[1]
        text = head + new + tail
    else:
        text = text.rstrip("\n") + "\n\n" + new + "\n"
    path.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=REPO / "site")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--output", type=Path, default=REPO / "docs/performance.md")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args()
    results = measure(args.site, args.runs)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1))
    write_section(results, args.output, args.runs)


if __name__ == "__main__":
    main()
