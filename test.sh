#!/usr/bin/env bash
# Quick start 2/2: install what the tests need and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh --test
.venv/bin/ruff check generator tests scripts
.venv/bin/ruff format --check generator tests scripts
.venv/bin/mypy
# one worker per core; a test file stays on one worker, so its browser and fixtures start once
exec .venv/bin/python -m pytest -n auto --dist loadfile "$@"
