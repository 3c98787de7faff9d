#!/usr/bin/env bash
# Quick start 1/2: install what is needed and build the site from data/ into site/.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
exec .venv/bin/python -m generator build "$@"
