#!/usr/bin/env bash
# Quick start 2/2: install what the tests need and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh --test
.venv/bin/ruff check generator tests scripts
.venv/bin/ruff format --check generator tests scripts
.venv/bin/mypy
# one worker per core; each starts with a run of whole test files (their browser and fixtures
# start once) and a worker that runs out takes the rest of the other's queue, so both finish together
exec .venv/bin/python -m pytest -n auto --dist worksteal "$@"
