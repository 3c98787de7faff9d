"""The MkDocs configuration: mkdocs.yml as committed, plus what only the data can say."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from generator.config import Config
from generator.loading.yamlio import read_config
from generator.views import share
from generator.views.page import NavItem


def generated_config(config: Config, nav: Sequence[NavItem], site_dir: Path) -> dict[str, Any]:
    base: dict[str, Any] = dict(read_config(config.mkdocs_base))
    if config.site_url:  # without one MkDocs writes no canonical links and a path-only sitemap
        base["site_url"] = config.site_url
    base["docs_dir"] = str(config.content_dir)
    base["site_dir"] = str(site_dir)
    base["nav"] = list(nav)
    base["extra"] = dict(base.get("extra") or {}) | {"share_image": share.image_of(None)}  # overrides/main.html
    base["plugins"] = []  # none: redirects are pages of our own (views/redirects.py), search is Pagefind
    return base


def write_config(path: Path, data: dict[str, Any]) -> None:
    # JSON is valid YAML: no tags, no surprises, deterministic
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
