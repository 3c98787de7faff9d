"""Build benchmark: the build and search goals, measured, printed and written to docs/performance.md.

Scenarios (each builds in a temporary directory, never in this repository's data/):

- the 5 real plans: a clean build with ``jobs=1`` and one with ``jobs=2``, then an
  incremental rebuild after editing one plan (which units were rebuilt, wall time);
- Anyang-sized synthetic plans (×10, ×100): a clean build and an incremental rebuild, peak
  memory of the whole process tree (MkDocs workers and Pagefind included), the largest page,
  the search index, the bytes one search downloads (scripts/search_bytes.py, chromium);
- mini plans (the test fixture, ~10 pages a plan; ×10 and ×1,000): CPU per page.

Figures, not assertions:

    .venv/bin/python scripts/benchmark.py [--anyang 10 100] [--mini 10 1000] [--skip-real]
        [--jobs 2] [--output docs/performance.md]
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
QUERY = "城镇新增就业"


@dataclass(frozen=True)
class Template:
    folder: Path  # the plan copied
    plan_id: str
    short_title: str
    data: Path  # its domains, concepts and sources
    edit: tuple[str, str]  # an editor's change to plan.yaml: (old, new)


TEMPLATES = {
    # a real city plan: ~90 pages per plan (72 indicator pages)
    "anyang": Template(
        REPO / "data/plans/anyang-2021-2025",
        "anyang-2021-2025",
        "安阳“十四五”公共服务和社会保障规划",
        REPO / "data",
        ("（网页上失效时间为空）", "（网页上的失效时间为空）"),
    ),
    # the tiny test plan: ~10 pages per plan
    "mini": Template(
        REPO / "tests/fixtures/mini/data/plans/demo-city-2021-2025",
        "demo-city-2021-2025",
        "示范市规划",
        REPO / "tests/fixtures/mini/data",
        ("第1行为规划标题。", "第1行为规划的标题。"),
    ),
}
GENERATOR_STAGES = ("load+validate", "views", "render")


def _link_site_files(root: Path) -> None:
    (root / "mkdocs.yml").symlink_to(REPO / "mkdocs.yml")
    (root / "overrides").symlink_to(REPO / "overrides")


def make_real(root: Path) -> Path:
    """A copy of the real data; returns the plan folder the incremental rebuild edits."""
    root.mkdir(parents=True)
    shutil.copytree(REPO / "data", root / "data")
    _link_site_files(root)
    return root / "data/plans/anyang-2021-2025"


def make_synthetic(root: Path, n: int, template: str) -> Path:
    """n copies of a plan (ids renamed, no parent), sharing the template's sources and vocabularies;
    returns the plan folder the incremental rebuild edits."""
    tpl = TEMPLATES[template]
    data = root / "data"
    (data / "plans").mkdir(parents=True)
    shutil.copytree(tpl.data / "sources", data / "sources")
    for name in ("domains.yaml", "concepts.yaml"):
        shutil.copy(tpl.data / name, data / name)
    for i in range(n):
        pid = f"city{i:04d}-2021-2025"
        folder = data / "plans" / pid
        shutil.copytree(tpl.folder, folder)
        plan = folder / "plan.yaml"
        text = plan.read_text(encoding="utf-8").replace(f"id: {tpl.plan_id}", f"id: {pid}")
        text = text.replace(f"short_title: {tpl.short_title}", f"short_title: 城市{i:04d}")
        text = text.replace("parent: henan-2021-2025", "parent: null").replace(
            "parent: demo-province-2021-2025", "parent: null"
        )
        plan.write_text(text, encoding="utf-8")
    _link_site_files(root)
    return data / "plans" / f"city{n // 2:04d}-2021-2025"


def edit_plan(folder: Path, template: str) -> None:
    old, new = TEMPLATES[template].edit
    plan = folder / "plan.yaml"
    text = plan.read_text(encoding="utf-8")
    if old not in text:
        raise SystemExit(f"{plan}: {old!r} not found, cannot simulate an edit")
    plan.write_text(text.replace(old, new, 1), encoding="utf-8")


CHILD = """
import json, sys, time
from pathlib import Path
from generator.build import build_site
from generator.config import Config
root, jobs = Path(sys.argv[1]), int(sys.argv[2])
t0 = time.perf_counter()
timings = build_site(Config.from_env(root), jobs=jobs)
print(json.dumps({"stages": timings.stages, "cpu": timings.cpu, "total": time.perf_counter() - t0}))
"""


class TreeMemory:
    """Samples the summed RSS of a process and all its descendants (from /proc), and Pagefind's."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak, self.pagefind = pid, 0, 0
        self._stop = threading.Event()
        self._page = os.sysconf("SC_PAGE_SIZE")
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.1):
            children: dict[int, list[int]] = {}
            rss: dict[int, int] = {}
            names: dict[int, str] = {}
            for entry in os.scandir("/proc"):
                if not entry.name.isdigit():
                    continue
                try:
                    stat = Path(entry.path, "stat").read_text()
                    pages = int(Path(entry.path, "statm").read_text().split()[1])
                except (OSError, ValueError, IndexError):
                    continue
                pid = int(entry.name)
                name, rest = stat[stat.index("(") + 1 : stat.rindex(")")], stat[stat.rindex(")") + 2 :].split()
                children.setdefault(int(rest[1]), []).append(pid)
                rss[pid], names[pid] = pages * self._page, name
            tree, todo = [], [self.pid]
            while todo:
                pid = todo.pop()
                tree.append(pid)
                todo += children.get(pid, [])
            self.peak = max(self.peak, sum(rss.get(p, 0) for p in tree))
            self.pagefind = max(self.pagefind, sum(rss.get(p, 0) for p in tree if "pagefind" in names.get(p, "")))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


@dataclass
class Run:
    label: str
    jobs: int
    wall: float
    stages: dict[str, float]
    cpu: dict[str, float]
    cpu_total: float  # user+sys of the whole process tree
    peak_mb: float
    pagefind_mb: float
    pages: int
    largest: tuple[str, int]
    index_bytes: int
    rebuilt: list[str]
    search: dict[str, object] = field(default_factory=dict)

    @property
    def generator_cpu(self) -> float:
        return sum(self.cpu.get(s, 0.0) for s in GENERATOR_STAGES)


def build(root: Path, label: str, jobs: int) -> Run:
    """One build of ``root`` in a fresh interpreter, measured from outside."""
    units = root / ".build" / "units"
    before = {p.parent.name: p.stat().st_mtime_ns for p in units.glob("*/fingerprint")}
    env = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
    usage0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(root), str(jobs)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    memory = TreeMemory(proc.pid)
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    memory.stop()
    if proc.returncode:
        raise SystemExit(f"{label}: build failed\n{err[-4000:]}")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    r = json.loads(out.strip().splitlines()[-1])
    site = root / "site"
    pages = [p for p in site.rglob("*.html")]
    largest = max(pages, key=lambda p: p.stat().st_size)
    after = {p.parent.name: p.stat().st_mtime_ns for p in units.glob("*/fingerprint")}
    return Run(
        label=label,
        jobs=jobs,
        wall=wall,
        stages=r["stages"],
        cpu=r["cpu"],
        cpu_total=(usage.ru_utime - usage0.ru_utime) + (usage.ru_stime - usage0.ru_stime),
        peak_mb=memory.peak / 2**20,
        pagefind_mb=memory.pagefind / 2**20,
        pages=len(pages),
        largest=(largest.relative_to(site).as_posix(), largest.stat().st_size),
        index_bytes=sum(p.stat().st_size for p in (site / "pagefind").rglob("*") if p.is_file()),
        rebuilt=sorted(k for k, v in after.items() if before.get(k) != v),
    )


def clean(root: Path) -> None:
    for name in (".build", "content", "site", "mkdocs.gen.yml"):
        path = root / name
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()


def search(run: Run, root: Path) -> None:
    if not shutil.which("chromium"):
        return
    sys.path.insert(0, str(REPO / "scripts"))
    from search_bytes import measure as search_bytes

    (q,) = search_bytes(root / "site", [QUERY])
    run.search = q


def report(run: Run) -> None:
    stages = "  ".join(f"{k} {run.stages[k]:.1f}s/{run.cpu.get(k, 0):.1f}cpu" for k in run.stages)
    print(
        f"{run.label}: {run.pages} pages, jobs={run.jobs}, {run.wall:.1f}s wall, {run.cpu_total:.1f}s cpu "
        f"(generator {run.generator_cpu / max(run.cpu_total, 1e-9):.0%}), peak {run.peak_mb:.0f} MB "
        f"(Pagefind {run.pagefind_mb:.0f} MB), largest {run.largest[1] / 1024:.0f} KB ({run.largest[0]}), "
        f"index {run.index_bytes / 2**20:.1f} MB, rebuilt {len(run.rebuilt)} units",
        flush=True,
    )
    print(f"    {stages}", flush=True)
    if run.search:
        print(f"    search {run.search['query']}: {int(run.search['bytes']) / 1024:.0f} KB", flush=True)  # type: ignore[call-overload]


def scenario(root: Path, edited: Path, template: str, label: str, jobs: list[int], runs: list[Run]) -> None:
    """Clean builds (one per jobs value), then one incremental rebuild after editing a plan."""
    last = None
    for j in jobs:
        clean(root)
        last = build(root, f"{label}, clean", j)
        report(last)
        runs.append(last)
    assert last is not None
    search(last, root)
    if last.search:
        report(last)
    edit_plan(edited, template)
    inc = build(root, f"{label}, one plan edited", jobs[-1])
    report(inc)
    runs.append(inc)


def machine() -> dict[str, str]:
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem = next(
        line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")
    )
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", "generator", "overrides", "scripts"],
        cwd=REPO,
        capture_output=True,
        text=True,
    ).stdout
    return {
        "cores": str(os.cpu_count()),
        "ram": f"{int(mem) / 2**20:.0f} GB",
        "cpu": model,
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit + (" (with uncommitted changes)" if dirty else ""),
        "python": platform.python_version(),
    }


def _kb(n: float) -> str:
    return f"{n / 1024:.0f} KB"


def table(runs: list[Run], info: dict[str, str], load: tuple[str, str]) -> str:
    head = (
        "| run | jobs | pages | wall | CPU user+sys | generator share | CPU by stage (s) "
        "| CPU ms / page | peak memory, tree (Pagefind) | largest page | search index | one query | units rebuilt |"
    )
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for r in runs:
        stages = ", ".join(f"{k} {r.cpu.get(k, 0):.1f}" for k in r.stages if r.cpu.get(k, 0) >= 0.05)
        rebuilt = f"{len(r.rebuilt)}: {', '.join(r.rebuilt)}" if len(r.rebuilt) <= 3 else f"{len(r.rebuilt)} (all)"
        query = f"{_kb(int(r.search['bytes']))}, {r.search['before_open']} before opening" if r.search else ""  # type: ignore[call-overload]
        lines.append(
            f"| {r.label} | {r.jobs} | {r.pages} | {r.wall:.1f} s | {r.cpu_total:.1f} s "
            f"| {r.generator_cpu / max(r.cpu_total, 1e-9):.0%} | {stages} | {1000 * r.cpu_total / r.pages:.1f} "
            f"| {r.peak_mb:.0f} MB ({r.pagefind_mb:.0f} MB) | {_kb(r.largest[1])} `{r.largest[0]}` "
            f"| {r.index_bytes / 2**20:.1f} MB | {query} | {rebuilt} |"
        )
    machine_line = ", ".join(f"{k}: {v}" for k, v in info.items())
    return "\n".join(
        [
            f"Machine — {machine_line}; load average (1 min) {load[0]} before, {load[1]} after "
            "(the machine is shared: wall times are noisy, CPU user+sys less so).",
            "",
            *lines,
        ]
    )


NOTES = "<!-- notes: kept by the benchmark when it rewrites the table above -->"
DOC_HEAD = """# Build and search performance

Written by `scripts/benchmark.py`. Goals on a 2-core machine: 5 real plans build in
≤ 12 s with the generator ≤ 10% of the CPU; ×100 Anyang-sized plans build in ≤ 120 s with peak
memory ≤ 2 GB, and rebuild in ≤ 15 s after one plan is edited; ×1,000 mini plans cost within
1.5× the CPU per page of ×10, no page over 150 KB; one search downloads ≤ 300 KB, nothing
before the search box is used.

"CPU user+sys" is the whole process tree (MkDocs workers, Pagefind); "generator share" is
load+validate, views and render over that; "peak memory" sums the tree's resident memory,
sampled every 0.1 s. "one plan edited" changes a note in one plan's `plan.yaml` after the clean
build above it and rebuilds with the cache.

"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--anyang", type=int, nargs="*", default=[10, 100], help="Anyang-sized synthetic sites")
    parser.add_argument("--mini", type=int, nargs="*", default=[10, 1000], help="mini synthetic sites")
    parser.add_argument("--skip-real", action="store_true")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes of the parallel builds")
    parser.add_argument("--output", type=Path, default=REPO / "docs/performance.md", help="'-' to write nothing")
    args = parser.parse_args()
    runs: list[Run] = []
    load0 = Path("/proc/loadavg").read_text().split()[0]
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        if not args.skip_real:
            root = Path(tmp) / "real"
            edited = make_real(root)
            scenario(root, edited, "anyang", "5 real plans", [1, args.jobs], runs)
            shutil.rmtree(root)
        for template, sizes in (("anyang", args.anyang), ("mini", args.mini)):
            for n in sizes:
                root = Path(tmp) / f"{template}{n}"
                edited = make_synthetic(root, n, template)
                scenario(root, edited, template, f"{template} ×{n}", [args.jobs], runs)
                shutil.rmtree(root)
    text = table(runs, machine(), (load0, Path("/proc/loadavg").read_text().split()[0]))
    print(text)
    if str(args.output) != "-":
        old = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        notes = old[old.index(NOTES) :] if NOTES in old else NOTES + "\n"
        args.output.write_text(DOC_HEAD + text + "\n\n" + notes, encoding="utf-8")


if __name__ == "__main__":
    main()
