"""What changed, when and why: an indicator's history across commits of a fixture repository,
the 最近更新 page and the Atom feed."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator.building.render import environment, render
from generator.history import timeline
from generator.history.timeline import read_timeline
from generator.loading.loader import load_site
from generator.views import site_view
from tests.conftest import FIXTURE, commit, edit, git

IND = "data/plans/demo-city-2021-2025/indicators.yaml"
OBS = "data/observations/demo-city-2021-2025.yaml"
NURSERY = "plans/demo-city-2021-2025/indicators/nursery-places-per-1000/"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini fixture, then three commits that change the nursery indicator (and one that does not)."""
    root = tmp_path_factory.mktemp("timeline") / "repo"
    shutil.copytree(FIXTURE / "data", root / "data")
    git(root, "init", "-q", "-b", "main")
    commit(root, "Add the fixture plans")
    edit(root, IND, "as_written: 4.5个, value: 4.5,", "as_written: 4.6个, value: 4.6,")
    edit(root, IND, "托位数达到4.5个。\n", "托位数达到4.6个。\n")
    edit(root, "data/sources/demo-city.txt", "4.5个", "4.6个")
    commit(root, "Correct the nursery target\n\n说明：按原文更正托位数目标")
    edit(root, IND, "    lines: [9, 9]\n", "    lines: [9, 9]\n    notes: [原文未写目标年份。]\n")
    commit(root, "Note the missing target year\n\nThe plan gives none.\n说明：注明原文未写目标年份")
    edit(root, OBS, "    value: 3.1\n", "    value: 3.1\n    doubt: 口径待核实。\n")
    commit(root, "Doubt the 2023 nursery figure")  # no 说明： line
    (root / "README.txt").write_text("not data\n", encoding="utf-8")
    commit(root, "Outside data")
    return root


def test_three_changes_of_one_indicator_old_to_new(repo: Path, tmp_path: Path) -> None:
    timeline = read_timeline(repo, tmp_path / "cache")
    assert timeline is not None
    rows = timeline.of("demo-city-2021-2025/nursery-places-per-1000")
    # the words for readers: each message's 说明： line, never its English subject
    assert [c.note for c in rows] == ["", "注明原文未写目标年份", "按原文更正托位数目标", ""]
    assert [x.label for x in rows[2].indicators["demo-city-2021-2025/nursery-places-per-1000"]] == [
        "原文引文",
        "目标",
        "目标数值",
    ]
    assert list(timeline.commits[1].indicators) == ["demo-city-2021-2025/nursery-places-per-1000"]


def test_indicator_page_lists_each_change(repo: Path, tmp_path: Path) -> None:
    site = load_site(repo / "data", repo)
    view = site_view(site, "", timeline=read_timeline(repo, tmp_path / "cache"))
    page = next(p for p in view.pages if p.url == NURSERY)
    text = render(environment(), page.context)
    history = text[text.index("## 修改记录") : text.index("## 引用与下载")]
    for line in [
        "目标：4.5个 → 4.6个",
        "目标数值：=4.5 → =4.6",
        "新增原文未明之处：原文未写目标年份。",
        "实际值（示范市，2023年，示范市2023年国民经济和社会发展统计公报）：全市每千人口拥有3岁以下婴幼儿托位数3.1个 → "
        "全市每千人口拥有3岁以下婴幼儿托位数3.1个（存疑：口径待核实。）",
        "按原文更正托位数目标",
        "注明原文未写目标年份",
    ]:
        assert line in history, line
    assert "Correct the nursery" not in history and "Doubt the" not in history and "The plan gives" not in history
    assert '<td data-label="说明">—</td>' in history  # the commit that wrote no 说明： line
    other = next(p for p in view.pages if p.url == "plans/demo-city-2021-2025/indicators/assistance/")
    assert "按原文更正托位数目标" not in render(environment(), other.context)


def test_cache_gives_the_same_timeline(repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = read_timeline(repo, tmp_path / "cache")
    assert list((tmp_path / "cache").glob("*.json"))
    assert read_timeline(repo, tmp_path / "cache") == first
    states = timeline._states

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("compared again")

    monkeypatch.setattr(timeline, "_states", refuse)  # the same commits: the kept timeline, nothing compared
    assert read_timeline(repo, tmp_path / "cache") == first
    (tmp_path / "cache/timeline.pickle").write_bytes(b"not a pickle")
    with pytest.raises(AssertionError, match="compared again"):  # a damaged record is never trusted
        read_timeline(repo, tmp_path / "cache")
    monkeypatch.setattr(timeline, "_states", states)
    assert read_timeline(repo, tmp_path / "cache") == first


def test_the_build_s_own_load_stands_for_head_only_when_data_is_as_head_has_it(repo: Path, tmp_path: Path) -> None:
    """A commit just made costs the history no load: the build's own load of data/ is HEAD's state
    (the same timeline as loading HEAD's tree), and only while data/ holds exactly HEAD's files."""
    site = load_site(repo / "data", repo)
    (tree,) = timeline._trees(repo, ["HEAD"])
    assert timeline._checkout_state(repo, site) == {tree: timeline.indicator_states(site)}
    assert read_timeline(repo, tmp_path / "a", site=site) == read_timeline(repo, tmp_path / "b")
    edited = repo / IND
    text = edited.read_text(encoding="utf-8")
    assert "notes: [原文未写目标年份。]" in text
    try:
        edited.write_text(
            text.replace("notes: [原文未写目标年份。]", "notes: [原文未写明目标年份。]"), encoding="utf-8"
        )
        assert timeline._checkout_state(repo, load_site(repo / "data", repo)) == {}
    finally:
        edited.write_text(text, encoding="utf-8")
    stray = repo / "data" / "stray.txt"
    stray.write_text("untracked\n", encoding="utf-8")
    try:
        assert timeline._checkout_state(repo, site) == {}
    finally:
        stray.unlink()


def test_outside_git_the_pages_leave_out_what_cannot_be_known(tmp_path: Path) -> None:
    assert read_timeline(tmp_path, tmp_path / "cache") is None
    site = load_site(FIXTURE / "data", FIXTURE)
    view = site_view(site, "")
    page = next(p for p in view.pages if p.url == NURSERY)
    text = render(environment(), page.context)
    assert "修改记录" not in text and "版本库" not in text and "构建" not in text
    changes = render(environment(), next(p for p in view.pages if p.url == "changes/").context)
    assert "暂无修改记录" in changes and "构建" not in changes and "feed.xml" not in changes
    assert not [f for f in view.files if f.path.endswith("feed.xml")]  # no feed dated 1970


def test_outside_git_the_build_says_why(mini_root: Path, capfd: pytest.CaptureFixture[str]) -> None:
    from generator.building.build import Timings, write_content
    from generator.config import Config

    write_content(Config.from_env(mini_root), Timings())
    assert "不在 git 版本库中" in capfd.readouterr().err


@pytest.mark.parametrize("site_url", ["", "https://example.org/plans/"])
def test_atom_feed(repo: Path, tmp_path: Path, site_url: str) -> None:
    site = load_site(repo / "data", repo)
    view = site_view(site, site_url, timeline=read_timeline(repo, tmp_path / "cache"))
    feed = ET.fromstring(next(f.data for f in view.files if f.path == "changes/feed.xml"))
    assert feed.tag == f"{ATOM}feed"
    for tag in ("id", "title", "updated", "author"):
        assert feed.find(f"{ATOM}{tag}") is not None, tag
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 4
    title = entries[0].findtext(f"{ATOM}title")
    assert title is not None and title.endswith("每千人口拥有3岁以下婴幼儿托位数指标有更新")
    assert all(e.findtext(f"{ATOM}updated", "")[:4].isdigit() for e in entries)
    hrefs = [link.get("href", "") for link in feed.iter(f"{ATOM}link")]
    content = entries[2].findtext(f"{ATOM}content", "")
    assert "目标：4.5个 → 4.6个" in content and "修改说明：按原文更正托位数目标" in content
    assert "修改说明：未写" in entries[0].findtext(f"{ATOM}content", "")
    if site_url:
        assert all(h.startswith(site_url) for h in hrefs)
        assert f'href="{site_url}{NURSERY}"' in content
    else:
        assert all("://" not in h for h in hrefs) and "feed.xml" in hrefs
        assert f'href="../{NURSERY}"' in content
