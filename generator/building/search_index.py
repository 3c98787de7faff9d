"""The site's search index: Pagefind, run on the built HTML (the one place that runs it).

Pagefind's extended build segments Chinese, and splits its index into small chunks, so a
reader downloads only the parts a query needs (and nothing until search is opened: see
``overrides/assets/js/site.js``). Only what ``overrides/main.html`` marks with
``data-pagefind-body`` is indexed: the article of each page, never the navigation, the
embed pages or pages whose front matter says ``search: exclude``. Each plan page carries
``data-pagefind-meta`` (plan, region) from the templates, so a result names its plan.
"""

from __future__ import annotations

import os
import platform
import subprocess
from pathlib import Path

from generator.config import ROOT
from generator.messages import t

BUNDLE = "pagefind"  # folder under the site: served from the site itself, no other host
ARGS = [
    "--output-subdir",
    BUNDLE,
    # one index for the whole site, whatever a page's lang says
    "--force-language",
    "zh",
    # Material's permalink "¶" would end up in titles and excerpts
    "--exclude-selectors",
    ".headerlink",
    "--quiet",
]


class SearchIndexFailed(RuntimeError):
    pass


def executable() -> Path:
    """Pagefind's extended binary (it segments Chinese) at the version package-lock.json pins.

    npm installs only the platform package that fits this machine; PAGEFIND_BINARY overrides.
    PyPI's pagefind-bin-extended stops at 1.5.2, whose segmenter splits 棚户区 inside
    新开工棚户区改造安置住房 differently from the query, so that page was never found.
    """
    if os.environ.get("PAGEFIND_BINARY"):
        return Path(os.environ["PAGEFIND_BINARY"])
    arch = {"x86_64": "x64", "amd64": "x64", "aarch64": "arm64", "arm64": "arm64"}.get(platform.machine().lower(), "")
    binary = ROOT / "node_modules" / "@pagefind" / f"{platform.system().lower()}-{arch}" / "bin" / "pagefind_extended"
    if not binary.is_file():
        raise SearchIndexFailed(t("pagefind_missing", binary=binary))
    return binary


def index_site(site_dir: Path) -> Path:
    """Write the search bundle into ``site_dir/pagefind``; returns that folder."""
    out = site_dir / BUNDLE
    proc = subprocess.run(
        [str(executable()), "--site", str(site_dir), *ARGS],
        capture_output=True,
        text=True,
        encoding="utf-8",  # whatever the reader's locale (GB18030 is common): never a traceback
        errors="replace",
        check=False,
    )
    if proc.returncode != 0 or not (out / "pagefind-entry.json").is_file():
        raise SearchIndexFailed(t("pagefind_failed", code=proc.returncode, out=f"{proc.stdout}\n{proc.stderr}"))
    # the site draws results in Material's own search box: Pagefind's UIs are never served
    for extra in sorted([*out.glob("pagefind-*ui.*"), out / "pagefind-highlight.js"]):
        extra.unlink(missing_ok=True)
    return out
