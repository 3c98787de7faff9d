"""「在 GitHub 上修改」: each link on the built fixture site opens the YAML line of its item."""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from generator.building.build import build_site
from generator.config import Config, SiteUrlError
from generator.sitemodel.site import Place
from generator.views.edit import EditLinks
from tests.conftest import FIXTURE, make_root

REPO_URL = "https://github.com/example-org/plans"
BRANCH = "data/fix"  # a branch with a slash: kept as path segments
BLOB = f"{REPO_URL}/blob/{BRANCH}/"


class _EditLinks(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href") or ""
        if tag == "a" and href.startswith(REPO_URL):
            self.links.append(href)


def _expected(page: str, data: Path) -> list[str]:
    """What the linked lines must hold, from the page's address."""
    parts = page.split("/")  # plans/<plan>/.../index.html
    if len(parts) == 3:
        return [f"id: {parts[1]}"]
    if parts[2:] == ["indicators", "index.html"]:
        return ["indicators:"]
    if parts[2:] == ["projects", "index.html"] and (data / "plans" / parts[1] / "projects.yaml").exists():
        return ["id: box-1", "boxes:"]  # the box, then the page's own link
    if parts[2] in ("chapters", "indicators") and len(parts) == 5:
        return [f"id: {parts[3]}"]
    return []  # the original text and the progress pages: not edited here


@pytest.fixture(scope="module")
def edit_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_root(tmp_path_factory.mktemp("edit-built"), FIXTURE / "data")
    build_site(dataclasses.replace(Config.from_env(root), repo_url=REPO_URL, repo_branch=BRANCH))
    return root


def test_every_edit_link_opens_the_line_of_its_item(edit_site: Path) -> None:
    pages = sorted(p.relative_to(edit_site / "site").as_posix() for p in (edit_site / "site/plans").rglob("*.html"))
    checked = 0
    for page in pages:
        parser = _EditLinks()
        parser.feed((edit_site / "site" / page).read_text(encoding="utf-8"))
        held = []
        for link in parser.links:
            url = urlsplit(link)
            assert link.startswith(BLOB) and re.fullmatch(r"L[1-9][0-9]*", url.fragment), (page, link)
            file = edit_site / unquote(url.path.removeprefix(urlsplit(BLOB).path))
            assert file.is_file(), (page, link)
            line = file.read_text(encoding="utf-8").split("\n")[int(url.fragment[1:]) - 1]
            held.append(line.strip().removeprefix("- "))
        want = _expected(page, edit_site / "data")
        assert held == want, page
        checked += len(held)
    assert checked >= 12  # 2 plans, 4 chapters, 4 indicators, 2 lists, a projects page and its box


def test_no_repository_no_edit_link(mini_site: Path) -> None:
    assert not [p for p in (mini_site / "site").rglob("*.html") if "在 GitHub 上修改" in p.read_text(encoding="utf-8")]


def test_edit_link_address() -> None:
    links = EditLinks("https://github.com/o/r", "main")
    assert links.link(Place("data/plans/a b/indicators.yaml", 7)) == (
        "https://github.com/o/r/blob/main/data/plans/a%20b/indicators.yaml#L7"
    )
    assert links.link(None) == ""
    assert links.link(Place("/tmp/elsewhere.yaml", 1)) == ""  # data outside the repository
    assert EditLinks().link(Place("data/plans/p/plan.yaml", 1)) == ""


def test_repository_setting_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPO_URL", " https://github.com/o/r.git/ ")
    monkeypatch.delenv("REPO_BRANCH", raising=False)
    config = Config.from_env(FIXTURE)
    assert (config.repo_url, config.repo_branch) == ("https://github.com/o/r", "main")
    monkeypatch.setenv("REPO_URL", "github.com/o/r")
    with pytest.raises(SiteUrlError, match="REPO_URL"):
        Config.from_env(FIXTURE).check_public()
