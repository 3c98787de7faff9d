"""Builds by unit: the same bytes as one MkDocs build, only changed units rebuilt, shards merge."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import pytest

from generator import inputs, urls
from generator.building import units
from generator.building.build import build_site
from generator.building.files import files_under
from generator.building.mkdocs_run import BuildFailed, Unit
from generator.building.search_index import BUNDLE
from generator.building.units import worker_count
from generator.config import Config
from tests.conftest import FIXTURE, REPO, make_root, tree_digest

CITY_IND = "data/plans/demo-city-2021-2025/indicators.yaml"
PLAN = "data/plans/demo-city-2021-2025/plan.yaml"


def plain_mkdocs(root: Path, out: Path) -> dict[str, str]:
    """What MkDocs' own whole-site build makes of the same content/ (search index aside)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    build(load_config(config_file=str(root / "mkdocs.gen.yml"), strict=True, site_dir=str(out)))
    return tree_digest(out)


def without_search(digest: dict[str, str]) -> dict[str, str]:
    """The site without what is made after MkDocs: the search index and the offline bundle."""
    return {k: v for k, v in digest.items() if not k.startswith("pagefind/") and k != urls.OFFLINE_BUNDLE}


def test_units_in_two_processes_equal_one_mkdocs_build(tmp_path: Path) -> None:
    root = make_root(tmp_path / "a", FIXTURE / "data")
    build_site(Config.from_env(root), jobs=2)
    assert without_search(tree_digest(root / "site")) == plain_mkdocs(root, tmp_path / "plain")


def test_an_edit_rebuilds_its_plan_and_the_site_unit_only(tmp_path: Path) -> None:
    root = make_root(tmp_path / "a", FIXTURE / "data")
    config = Config.from_env(root)
    build_site(config, jobs=1)
    units = root / ".build/units"
    before = {p.name: (p / "fingerprint").read_text() for p in units.iterdir()}
    path = root / CITY_IND
    path.write_text(path.read_text(encoding="utf-8").replace("    nature: expected\n", "    nature: binding\n", 1))
    timings = build_site(config, jobs=1)
    after = {p.name: (p / "fingerprint").read_text() for p in units.iterdir()}
    changed = sorted(k for k in after if after[k] != before[k])
    assert changed == ["_site", "demo-city-2021-2025"]
    assert "mkdocs" in timings.stages
    fresh = make_root(tmp_path / "b", root / "data")
    build_site(Config.from_env(fresh), jobs=1)
    assert tree_digest(root / "site") == tree_digest(fresh / "site")


def test_shards_built_apart_merge_into_the_same_site(tmp_path: Path) -> None:
    whole = make_root(tmp_path / "whole", FIXTURE / "data")
    build_site(Config.from_env(whole), jobs=1)
    merged = make_root(tmp_path / "merge", FIXTURE / "data")
    for i in (1, 2):
        shard = make_root(tmp_path / f"shard{i}", FIXTURE / "data")
        build_site(Config.from_env(shard), jobs=1, shard=(i, 2))
        assert not (shard / "site").exists()
        shutil.copytree(shard / ".build/units", merged / ".build/units", dirs_exist_ok=True)
    names = sorted(p.name for p in (merged / ".build/units").iterdir())
    assert names == ["_site", "demo-city-2021-2025", "demo-province-2021-2025"]
    stamp = {n: os.stat(merged / ".build/units" / n / "fingerprint").st_mtime_ns for n in names}
    timings = build_site(Config.from_env(merged), jobs=1, all_links=True)  # the merge job: every unit is up to date
    assert "linkcheck" in timings.stages
    assert {n: os.stat(merged / ".build/units" / n / "fingerprint").st_mtime_ns for n in names} == stamp
    assert tree_digest(merged / "site") == tree_digest(whole / "site")


def test_a_renamed_chapter_leaves_other_plans_pages_alone(tmp_path: Path) -> None:
    """Each page shows the other plans by name only (navigation.prune): their units stay."""
    root = make_root(tmp_path / "a", FIXTURE / "data")
    config = Config.from_env(root)
    build_site(config, jobs=1)
    units = root / ".build/units"
    before = {p.name: (p / "fingerprint").read_text() for p in units.iterdir()}
    path = root / "data/plans/demo-city-2021-2025/chapters.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("title: 幼有所育", "title: 幼有所育服务"))
    build_site(config, jobs=1)
    after = {p.name: (p / "fingerprint").read_text() for p in units.iterdir()}
    assert sorted(k for k in after if after[k] != before[k]) == ["_site", "demo-city-2021-2025"]
    fresh = make_root(tmp_path / "b", root / "data")
    build_site(Config.from_env(fresh), jobs=1)
    assert tree_digest(root / "site") == tree_digest(fresh / "site")


def test_shards_from_an_older_cache_hand_on_only_their_own_share(tmp_path: Path) -> None:
    """CI: every shard restores the last run's cache; what each uploads is its share, fresh."""
    old = make_root(tmp_path / "old", FIXTURE / "data")
    build_site(Config.from_env(old), jobs=1)
    edited = tmp_path / "edited-data"
    shutil.copytree(FIXTURE / "data", edited)
    path = edited / CITY_IND.removeprefix("data/")
    path.write_text(path.read_text(encoding="utf-8").replace("    nature: expected\n", "    nature: binding\n", 1))
    merged = make_root(tmp_path / "merge", edited)
    shares = []
    for i in (1, 2):
        shard = make_root(tmp_path / f"shard{i}", edited)
        shutil.copytree(old / ".build/units", shard / ".build/units")  # the restored cache
        build_site(Config.from_env(shard), jobs=1, shard=(i, 2))
        shares.append(sorted(p.name for p in (shard / ".build/units").iterdir()))
        shutil.copytree(shard / ".build/units", merged / ".build/units", dirs_exist_ok=True)
    assert shares == [["_site", "demo-province-2021-2025"], ["demo-city-2021-2025"]]
    timings = build_site(Config.from_env(merged), jobs=1, all_links=True)
    assert "linkcheck" in timings.stages
    whole = make_root(tmp_path / "whole", edited)
    build_site(Config.from_env(whole), jobs=1)
    assert tree_digest(merged / "site") == tree_digest(whole / "site")


def test_a_unit_whose_links_failed_is_checked_again_next_time(tmp_path: Path) -> None:
    """A build stopped by a broken link publishes nothing; building again unchanged must not
    slip the unit through because it is already built."""
    import pytest

    from generator.building.mkdocs_run import BuildFailed

    root = make_root(tmp_path / "a", FIXTURE / "data")
    config = Config.from_env(root)
    build_site(config, jobs=1)
    unit = root / ".build/units/demo-city-2021-2025"
    assert (unit / "checked").exists()
    page = unit / "out/plans/demo-city-2021-2025/index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("</article>", '<a href="../nowhere/">x</a></article>'))
    (unit / "checked").unlink()  # as a build that failed at the link check leaves it,
    (root / ".build" / inputs.RECORD).unlink()  # with no record of a successful build
    for _ in range(2):
        with pytest.raises(BuildFailed, match="nowhere"):
            build_site(config, jobs=1)
    assert not (unit / "checked").exists()


def test_a_changed_download_rebuilds_only_the_plan_whose_page_changed(tmp_path: Path) -> None:
    """A note shows on its plan's page and in the data downloads: MkDocs renders that page
    only, and the downloads come into the site from content/ as they are."""
    root = make_root(tmp_path / "a", FIXTURE / "data")
    config = Config.from_env(root)
    build_site(config, jobs=1)
    units = root / ".build/units"
    before = {p.name: (p / "fingerprint").stat().st_mtime_ns for p in units.iterdir()}
    out = units / "demo-city-2021-2025/out"
    files = {p.relative_to(out): p.stat().st_ino for p in out.rglob("*.html")}
    path = root / PLAN
    path.write_text(path.read_text(encoding="utf-8").replace("第1行为规划标题。", "第1行为规划的标题。"))
    build_site(config, jobs=1)
    after = {p.name: (p / "fingerprint").stat().st_mtime_ns for p in units.iterdir()}
    assert sorted(k for k in after if after[k] != before[k]) == ["demo-city-2021-2025"]
    # within the plan, only the page that shows the note is made again; the others are the same files
    made = sorted(str(k) for k, ino in files.items() if (out / k).stat().st_ino != ino)
    assert made == ["plans/demo-city-2021-2025/index.html"]
    assert "第1行为规划的标题" in (root / "site/data/plans.json").read_text(encoding="utf-8")
    fresh = make_root(tmp_path / "b", root / "data")
    build_site(Config.from_env(fresh), jobs=1)
    assert tree_digest(root / "site") == tree_digest(fresh / "site")


def test_a_failed_build_leaves_the_published_downloads_as_they_were(tmp_path: Path) -> None:
    """The site links content/'s downloads: a build that wrote content/ and then failed (here
    at the link check) must not have changed a byte of the published site."""
    root = make_root(tmp_path / "a", FIXTURE / "data")
    (root / "overrides").unlink()
    shutil.copytree(REPO / "overrides", root / "overrides")
    config = Config.from_env(root)
    build_site(config, jobs=1)
    published = tree_digest(root / "site")
    path = root / PLAN
    path.write_text(path.read_text(encoding="utf-8").replace("第1行为规划标题。", "第1行为规划的标题。"))
    main = root / "overrides/main.html"
    text = main.read_text(encoding="utf-8")
    assert "<div data-pagefind-body" in text
    main.write_text(text.replace("<div data-pagefind-body", '<a href="nowhere-at-all/">x</a><div data-pagefind-body'))
    with pytest.raises(BuildFailed, match="nowhere-at-all"):
        build_site(config, jobs=1)
    assert "第1行为规划的标题" in (root / "content/data/plans.json").read_text(encoding="utf-8")
    assert tree_digest(root / "site") == published


def test_workers_are_started_for_the_pages_to_render_unless_a_count_is_given(tmp_path: Path) -> None:
    def unit(pages: int, same: int = 0) -> Unit:
        names = tuple(f"p{i}.md" for i in range(pages))
        return Unit("u", names, tmp_path, None, frozenset(names[:same]))

    cores = os.cpu_count() or 1
    assert worker_count(0, [unit(60), unit(40)]) == 1  # a small site: starting a second MkDocs costs more
    assert worker_count(0, [unit(900), unit(300)]) == min(cores, 4)
    assert worker_count(0, [unit(1200, same=1100)]) == 1  # pages taken from the last build are not rendered
    assert worker_count(2, [unit(5)]) == 2  # a count given is kept


def test_a_build_starts_from_the_site_before_last_and_still_gives_the_site_of_a_clean_build(tmp_path: Path) -> None:
    """The site a build replaced is kept as the next one's start; whatever that tree holds (a
    stray file, a file with other bytes, a folder no unit makes), the new site is the one a
    clean build makes, and files that did not change are the same files (links, not copies)."""
    root = make_root(tmp_path / "a", FIXTURE / "data")
    config = Config.from_env(root)
    build_site(config, jobs=1)
    path = root / PLAN
    path.write_text(
        path.read_text(encoding="utf-8").replace("第1行为规划标题。", "第1行是规划标题。"), encoding="utf-8"
    )
    build_site(config, jobs=1)
    spare = root / ".build" / units.SPARE
    assert (spare / "index.html").is_file(), "the replaced site is not kept"
    (spare / "stray.html").write_text("不该留下", encoding="utf-8")
    (spare / "plans/gone/deep").mkdir(parents=True)
    (spare / "plans/gone/deep/index.html").write_text("不该留下", encoding="utf-8")
    (spare / "pagefind/p9").mkdir()  # the search stage's own folder: a part no longer made, a stray fragment
    (spare / "pagefind/p9/pagefind-entry.json").write_text("{}", encoding="utf-8")
    (spare / "pagefind/fragment/stray.pf_fragment").write_bytes(b"stray")
    about = spare / "about/index.html"
    about.unlink()
    about.write_text("别的字节", encoding="utf-8")
    home_inode = (root / "site/index.html").stat().st_ino
    path.write_text(
        path.read_text(encoding="utf-8").replace("第1行是规划标题。", "第1行：规划标题。"), encoding="utf-8"
    )
    build_site(config, jobs=1)
    fresh = make_root(tmp_path / "b", root / "data")
    build_site(Config.from_env(fresh), jobs=1)
    assert tree_digest(root / "site") == tree_digest(fresh / "site")
    assert not (root / "site/plans/gone").exists()
    assert (root / "site/index.html").stat().st_ino == home_inode, "an unchanged page was not linked"
    # what assemble says it put together (the later stages' list) is what the tree holds
    again = tmp_path / "again"
    listed = units.assemble(config, again, keep=(BUNDLE,))  # from the spare: its pagefind/ is left as it was
    assert listed == [f for f in files_under(again) if not f.startswith(f"{BUNDLE}/")]
    later = [f for f in files_under(root / "site") if f.startswith(f"{BUNDLE}/") or f == urls.OFFLINE_BUNDLE]
    assert listed == [f for f in files_under(root / "site") if f not in later]  # the search index and zip come later


def test_mkdocs_reads_no_page_it_does_not_render(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A unit's build takes the other pages' front matter (their titles) from what the
    fingerprints read, while their files are the ones read; the site is a clean build's."""
    from mkdocs.structure.pages import Page

    root = make_root(tmp_path / "a", FIXTURE / "data")
    config = Config.from_env(root)
    build_site(config, jobs=1)
    read: list[str] = []
    real = Page.read_source

    def counted(self: Page, config: object) -> None:
        read.append(self.file.src_uri)
        real(self, config)  # type: ignore[arg-type]

    monkeypatch.setattr(Page, "read_source", counted)
    path = root / PLAN
    path.write_text(
        path.read_text(encoding="utf-8").replace("第1行为规划标题。", "第1行是规划标题。"), encoding="utf-8"
    )
    build_site(config, jobs=1)
    assert read == ["plans/demo-city-2021-2025/index.md"]  # the one page rendered again
    fresh = make_root(tmp_path / "b", root / "data")
    build_site(Config.from_env(fresh), jobs=1)
    assert tree_digest(root / "site") == tree_digest(fresh / "site")
