"""Identical rebuilds, and a failed build that leaves the previous site/ as it was."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator.building.build import build_site
from generator.building.mkdocs_run import BuildFailed
from generator.config import Config
from tests.conftest import FIXTURE, make_root, tree_digest


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    a = make_root(tmp_path / "a", FIXTURE / "data")
    b = make_root(tmp_path / "b", FIXTURE / "data")
    build_site(Config.from_env(a))
    build_site(Config.from_env(b))
    da, db = tree_digest(a / "site"), tree_digest(b / "site")
    assert da.keys() == db.keys()
    differing = [k for k in da if da[k] != db[k]]
    assert differing == []
    sitemap = (a / "site/sitemap.xml").read_text(encoding="utf-8")
    assert "<lastmod>" not in sitemap or "1970" not in sitemap


def test_failed_mkdocs_build_keeps_previous_site(mini_root: Path) -> None:
    config = Config.from_env(mini_root)
    build_site(config)
    before = tree_digest(mini_root / "site")
    # break the MkDocs side (not the data): a theme that does not exist
    (mini_root / "mkdocs.yml").unlink()
    text = (Path(__file__).parent.parent / "mkdocs.yml").read_text(encoding="utf-8")
    (mini_root / "mkdocs.yml").write_text(text.replace("name: material", "name: no-such-theme"), encoding="utf-8")
    with pytest.raises(BuildFailed):
        build_site(config)
    assert tree_digest(mini_root / "site") == before


def test_link_checker_finds_a_missing_anchor(mini_site: Path, tmp_path: Path) -> None:
    from generator.building import linkcheck

    copy = tmp_path / "copy"
    shutil.copytree(mini_site / "site", copy)
    assert linkcheck.check_site(copy) == []
    page = copy / "plans/demo-city-2021-2025/source/index.html"
    page.write_text(page.read_text(encoding="utf-8").replace('id="L9"', 'id="gone"'), encoding="utf-8")
    broken = linkcheck.check_site(copy)
    assert any("#L9" in b for b in broken), broken


def test_dates_without_git_are_the_same_in_every_time_zone(tmp_path: Path) -> None:
    """Outside a git checkout the site's date comes from the data, read as UTC everywhere."""
    import subprocess
    import sys

    root = make_root(tmp_path / "nogit", FIXTURE / "data")
    code = (
        "import sys; from pathlib import Path; from generator.building.build import source_date_epoch;"
        "from generator.config import Config; from generator.loading.loader import load_site;"
        "r = Path(sys.argv[1]); print(source_date_epoch(Config.from_env(r), load_site(r / 'data', r)))"
    )
    out = {
        tz: subprocess.run(
            [sys.executable, "-c", code, str(root)], env={**os.environ, "TZ": tz}, capture_output=True, text=True
        ).stdout.strip()
        for tz in ("UTC", "Asia/Shanghai", "America/Los_Angeles")
    }
    assert len(set(out.values())) == 1 and next(iter(out.values())).isdigit(), out


def test_a_link_to_an_anchor_no_page_holds_fails_the_build(mini_root: Path) -> None:
    """MkDocs' own anchor check is not run (the link check reads every anchor, raw HTML's too):
    a heading's anchor that a page links to and no page holds still fails the build."""
    config = Config.from_env(mini_root)
    build_site(config)
    before = tree_digest(mini_root / "site")
    (mini_root / "overrides").unlink()
    shutil.copytree(Path(__file__).parent.parent / "overrides", mini_root / "overrides")
    main = mini_root / "overrides/main.html"
    text = main.read_text(encoding="utf-8")
    assert "{% block content %}" in text
    main.write_text(
        text.replace("{% block content %}", '{% block content %}<a href="../#no-such-heading">x</a>', 1),
        encoding="utf-8",
    )
    with pytest.raises(BuildFailed, match="no-such-heading"):
        build_site(config)
    assert tree_digest(mini_root / "site") == before
