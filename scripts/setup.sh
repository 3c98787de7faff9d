#!/usr/bin/env bash
# Install what the project needs into .venv (and, with --test, what the tests need).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
if [ "${1:-}" = "--test" ]; then
  req=requirements-test.txt
else
  req=requirements.txt
fi
stamp=".venv/.installed-$(sha256sum "$req" requirements.txt | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  .venv/bin/pip install --quiet --disable-pip-version-check -r "$req"
  touch "$stamp"
fi
# Pagefind (the search index) from the npm registry, at the version package-lock.json pins:
# its binary ships inside the package (@pagefind/<platform>), nothing else is downloaded
if ! command -v npm >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
  else
    echo "npm is missing: install Debian's nodejs and npm" >&2
    exit 1
  fi
fi
npm_stamp="node_modules/.installed-$(sha256sum package-lock.json | cut -c1-16)"
if [ ! -f "$npm_stamp" ]; then
  npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
  touch "$npm_stamp"
fi
# A CJK font for the share images (generator/views/share.py): without one the build draws none
if [ ! -f /usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null
  else
    echo "fonts-noto-cjk is missing: the site is built without share images (install Debian's fonts-noto-cjk)" >&2
  fi
fi
if [ "${1:-}" = "--test" ] && { ! command -v chromium >/dev/null 2>&1 || [ ! -f /usr/share/i18n/locales/zh_CN ]; }; then
  # Debian's browser for the browser tests (a test tool's own browser download fails here),
  # and the locale sources a test compiles zh_CN.GB18030 from (tests/test_locale.py)
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk locales >/dev/null
  else
    echo "chromium or the locale sources are missing: install Debian's chromium, fonts-noto-cjk and locales" >&2
    exit 1
  fi
fi
