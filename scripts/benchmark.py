"""Build benchmark: the real site, then synthetic sites of 10, 100 and 1,000 plans.

Prints build time by stage, pages per second, peak memory, the largest page's HTML bytes,
the search index size on disk (Pagefind) and, where chromium is installed, the bytes one
search downloads (scripts/search_bytes.py). Figures, not assertions:

    .venv/bin/python scripts/benchmark.py [--sizes 10 100 1000] [--skip-real]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
QUERY = "城镇新增就业"
TEMPLATES = {
    # a real city plan: ~90 pages per plan (72 indicator pages)
    "anyang": (
        REPO / "data/plans/anyang-2021-2025",
        "anyang-2021-2025",
        "安阳“十四五”公共服务和社会保障规划",
        REPO / "data/sources",
    ),
    # the tiny test plan: ~10 pages per plan
    "mini": (
        REPO / "tests/fixtures/mini/data/plans/demo-city-2021-2025",
        "demo-city-2021-2025",
        "示范市规划",
        REPO / "tests/fixtures/mini/data/sources",
    ),
}


def make_synthetic(root: Path, n: int, template: str) -> None:
    """n copies of a real city plan (ids renamed), all sharing the real sources and vocabularies."""
    data = root / "data"
    (data / "plans").mkdir(parents=True)
    folder_in, old_id, old_short, sources = TEMPLATES[template]
    shutil.copytree(sources, data / "sources")
    for name in ("domains.yaml", "concepts.yaml"):
        shutil.copy(REPO / "data" / name, data / name)
    for i in range(n):
        pid = f"city{i:04d}-2021-2025"
        folder = data / "plans" / pid
        shutil.copytree(folder_in, folder)
        plan = folder / "plan.yaml"
        text = plan.read_text(encoding="utf-8").replace(f"id: {old_id}", f"id: {pid}")
        text = text.replace(f"short_title: {old_short}", f"short_title: 城市{i:04d}")
        text = text.replace("parent: henan-2021-2025", "parent: null").replace(
            "parent: demo-province-2021-2025", "parent: null"
        )
        plan.write_text(text, encoding="utf-8")
    (root / "mkdocs.yml").symlink_to(REPO / "mkdocs.yml")
    (root / "overrides").symlink_to(REPO / "overrides")


CHILD = """
import json, resource, sys, time
from pathlib import Path
from generator.build import build_site
from generator.config import Config
root = Path(sys.argv[1])
t0 = time.perf_counter()
timings = build_site(Config.from_env(root))
total = time.perf_counter() - t0
site = root / "site"
pages = list(site.rglob("*.html"))
largest = max(pages, key=lambda p: p.stat().st_size)
print(json.dumps({
    "stages": timings.stages, "total": total, "pages": len(pages),
    "largest": [largest.relative_to(site).as_posix(), largest.stat().st_size],
    "search_index": sum(p.stat().st_size for p in (site / "pagefind").rglob("*") if p.is_file()),
    "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "peak_child_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
}))
"""


def measure(root: Path, label: str) -> None:
    out = subprocess.run([sys.executable, "-c", CHILD, str(root)], cwd=REPO, capture_output=True, text=True, check=True)
    r = json.loads(out.stdout.strip().splitlines()[-1])
    stages = "  ".join(f"{k} {v:.1f}s" for k, v in r["stages"].items())
    print(
        f"{label:>16}: {r['pages']:>6} pages in {r['total']:6.1f}s = {r['pages'] / r['total']:6.1f} pages/s | "
        f"peak {r['peak_rss_mb']:.0f} MB (Pagefind {r['peak_child_mb']:.0f} MB) | largest page {r['largest'][1] / 1024:.0f} KB ({r['largest'][0]}) | "
        f"search index {r['search_index'] / 1024 / 1024:.1f} MB"
    )
    print(f"{'':>16}  stages: {stages}")
    if shutil.which("chromium"):
        from search_bytes import measure as search_bytes

        for q in search_bytes(root / "site", [QUERY]):
            print(
                f"{'':>16}  one search ({q['query']}, cold cache): {q['bytes'] / 1024:.0f} KB, {q['before_open']} before opening"
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="*", default=[10, 100, 1000])
    parser.add_argument("--skip-real", action="store_true")
    parser.add_argument(
        "--template",
        choices=sorted(TEMPLATES),
        default="anyang",
        help="plan copied to make the synthetic sites (anyang: real size; mini: ~10 pages a plan)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_real:
            real = Path(tmp) / "real"
            real.mkdir()
            shutil.copytree(REPO / "data", real / "data")
            (real / "mkdocs.yml").symlink_to(REPO / "mkdocs.yml")
            (real / "overrides").symlink_to(REPO / "overrides")
            measure(real, "real (5 plans)")
        for n in args.sizes:
            root = Path(tmp) / f"syn{n}"
            make_synthetic(root, n, args.template)
            measure(root, f"{args.template} x{n}")
            shutil.rmtree(root)


if __name__ == "__main__":
    main()
