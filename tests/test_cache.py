"""Builds that redo only what changed: a build with every cache in place gives the same bytes
as a clean build after each kind of edit (data, template, code, overrides, git history), a
stale cache is never used, and a build whose inputs did not change does nothing.

The edits to code and templates are made in a copy of the generator package, run as the
command line runs it, so the project's own package is never touched."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from generator import inputs
from generator.building.build import build_site
from generator.config import Config
from generator.loading import loader
from generator.messages import t
from generator.problems import DataError
from tests.conftest import FIXTURE, REPO, make_root, tree_digest

PLAN = "data/plans/demo-city-2021-2025/plan.yaml"
OUTPUTS = ("site", "content")


def _git(root: Path, *args: str) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "GIT_AUTHOR_DATE": "2026-01-02T03:04:05+08:00",
        "GIT_COMMITTER_DATE": "2026-01-02T03:04:05+08:00",
    }
    subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)


def _project(tmp: Path) -> tuple[Path, Path]:
    """A copy of the generator package (beside the shared Pagefind install) and a site root
    with its own data, mkdocs.yml and overrides/, all editable, in a git repository."""
    pkg = tmp / "pkg"
    pkg.mkdir()
    shutil.copytree(REPO / "generator", pkg / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    (pkg / "node_modules").symlink_to(REPO / "node_modules")
    (pkg / "package-lock.json").symlink_to(REPO / "package-lock.json")
    root = tmp / "site"
    root.mkdir()
    shutil.copytree(FIXTURE / "data", root / "data")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "overrides", root / "overrides")
    _git(root, "init", "-q", "-b", "main")
    _git(root, "add", "data")
    _git(root, "commit", "-q", "-m", "数据")
    return pkg, root


def _build(pkg: Path, root: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("SITE_URL", "REPO_URL", "PLAN_SITE_LANG")}
    env["PYTHONPATH"] = str(pkg)
    return subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(root), "build", "--jobs", "1"],
        cwd=pkg,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def _built(pkg: Path, root: Path) -> str:
    done = _build(pkg, root)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _clean_copy(root: Path, dest: Path) -> Path:
    """The same checkout (data, configuration, git history), without anything built."""
    shutil.copytree(root, dest, symlinks=True, ignore=shutil.ignore_patterns(".build", "content", "site", "*.gen.yml"))
    return dest


def _found(root: Path, marker: str) -> bool:
    return any(marker in p.read_text(encoding="utf-8") for p in (root / "site").rglob("*.html"))


Edit = Callable[[Path, Path], str]  # (package, root) → a text the pages show only after the edit


def _data(pkg: Path, root: Path) -> str:
    _replace(root / PLAN, "第1行为规划标题。", "第1行为规划的标题。")
    return "第1行为规划的标题。"


def _template(pkg: Path, root: Path) -> str:
    _replace(pkg / "generator/templates/plan.md.j2", ">发布机关<", ">发布机关（模板已改）<")
    return "发布机关（模板已改）"


def _code(pkg: Path, root: Path) -> str:
    _replace(pkg / "generator/sitemodel/vocabulary.py", '"binding": "约束性"', '"binding": "约束性（代码已改）"')
    return "约束性（代码已改）"


def _mkdocs_code(pkg: Path, root: Path) -> str:
    """The code that drives MkDocs changed what it makes of the same content/: every unit is
    rendered again (its fingerprint holds that code), none taken from the last build."""
    path = pkg / "generator/building/raw_html.py"
    stored = "self.md.htmlStash.store(stored)"
    marked = 'self.md.htmlStash.store(stored.replace("<p class=", "<p data-driver-changed class="))'
    text = path.read_text(encoding="utf-8")
    assert stored in text
    path.write_text(text.replace(stored, marked), encoding="utf-8")
    return "data-driver-changed"


def _overrides(pkg: Path, root: Path) -> str:
    _replace(root / "overrides/main.html", "<div data-pagefind-body", "<div data-overrides-changed data-pagefind-body")
    return "data-overrides-changed"


def _figure_data(pkg: Path, root: Path) -> str:
    """A change to what a comparison chart shows (its rows are named by region): the chart
    kept from the last build is not the one drawn now."""
    _replace(root / PLAN, "region: 示范市\n", "region: 示范新市\n")
    return "示范新市 · "


def _figure_code(pkg: Path, root: Path) -> str:
    """The code that draws a comparison chart changed: no chart is taken from the last build."""
    _replace(pkg / "generator/views/charts.py", '"b": 96 if reference else 72', '"b": 97 if reference else 73')
    return "&quot;b&quot;:97"


def _history(pkg: Path, root: Path) -> str:
    """A commit of data already built from the working tree: the files are the same, only git's
    history differs (the changes page and the feed come from it)."""
    _replace(root / PLAN, "第1行为规划标题。", "第1行为规划的标题。")
    _built(pkg, root)
    _git(root, "commit", "-q", "-am", "Reword a note\n\n说明：注释改为“规划的标题”")
    return "注释改为“规划的标题”"


@pytest.mark.parametrize(
    "edit",
    [_data, _template, _code, _mkdocs_code, _overrides, _figure_data, _figure_code, _history],
    ids=lambda e: e.__name__[1:],
)
def test_a_cached_build_after_an_edit_is_byte_identical_to_a_clean_one(tmp_path: Path, edit: Edit) -> None:
    pkg, root = _project(tmp_path)
    _built(pkg, root)
    marker = edit(pkg, root)
    assert not _found(root, marker)
    _built(pkg, root)  # with every cache of the build before the edit
    assert _found(root, marker), "the cached build did not take the edit in"
    clean = _clean_copy(root, tmp_path / "clean")
    _built(pkg, clean)
    for name in OUTPUTS:
        cached, fresh = tree_digest(root / name), tree_digest(clean / name)
        assert cached.keys() == fresh.keys(), name
        assert [k for k in cached if cached[k] != fresh[k]] == [], name


def test_a_changed_message_is_never_read_from_the_cache_of_parsed_files(tmp_path: Path) -> None:
    """The cache of parsed files is keyed by the code that parses: a validation message changed
    in the code reaches the editor, though the file is the same."""
    pkg, root = _project(tmp_path)
    _replace(root / PLAN, "doc_number:", "doc_numbr:")
    first = _build(pkg, root)
    assert first.returncode == 1
    assert "未知字段“doc_numbr”" in first.stderr
    assert list((root / ".build/parsed").glob("*.pickle"))
    _replace(pkg / "generator/messages.py", "未知字段“{name}”", "字段“{name}”不认识")
    again = _build(pkg, root)
    assert again.returncode == 1
    assert "字段“doc_numbr”不认识" in again.stderr, again.stderr


def test_nothing_changed_does_nothing(mini_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = Config.from_env(mini_root)
    build_site(config)
    first = capsys.readouterr().err
    assert t("no_history") in first
    stamps = {p: p.stat().st_mtime_ns for p in (mini_root / "site").rglob("*") if p.is_file()}
    timings = build_site(config)
    assert list(timings.stages) == ["inputs"]
    assert t("no_history") in capsys.readouterr().err  # what the build said, said again
    assert {p: p.stat().st_mtime_ns for p in (mini_root / "site").rglob("*") if p.is_file()} == stamps
    env = {k: v for k, v in os.environ.items() if k not in ("SITE_URL", "REPO_URL", "PLAN_SITE_LANG")}
    done = subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(mini_root), "build"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert t("cli_unchanged", site="site") in done.stdout
    assert t("no_history") in done.stderr


@pytest.mark.parametrize("damage", ["delete a page", "edit a page", "delete content"])
def test_a_site_changed_by_hand_is_built_again(mini_root: Path, damage: str) -> None:
    config = Config.from_env(mini_root)
    build_site(config)
    before = tree_digest(mini_root / "site")
    page = mini_root / "site/plans/demo-city-2021-2025/index.html"
    if damage == "delete a page":
        page.unlink()
    elif damage == "edit a page":
        page.write_text("x", encoding="utf-8")
    else:
        shutil.rmtree(mini_root / "content")
    timings = build_site(config)
    assert "mkdocs" in timings.stages
    assert tree_digest(mini_root / "site") == before


def test_a_failed_build_leaves_no_record_a_later_build_could_trust(mini_root: Path) -> None:
    config = Config.from_env(mini_root)
    build_site(config)
    assert (mini_root / ".build" / inputs.RECORD).exists()
    plan = mini_root / PLAN
    good = plan.read_text(encoding="utf-8")
    plan.write_text(good.replace("doc_number:", "doc_numbr:"), encoding="utf-8")
    with pytest.raises(DataError):
        build_site(config)
    assert not (mini_root / ".build" / inputs.RECORD).exists()
    plan.write_text(good, encoding="utf-8")
    assert "load+validate" in build_site(config).stages  # inputs as recorded, but no record: built


def test_the_parse_cache_follows_the_code_that_parses() -> None:
    """Every module that parsing and validation run is part of the cache's key."""
    names = {
        p.relative_to(REPO).as_posix()
        for p in inputs.code_files("generator.loading.yamlio", "generator.loading.located")
    }
    assert {
        "generator/loading/yamlio.py",
        "generator/loading/located.py",
        "generator/messages.py",
        "generator/problems.py",
    } <= names
    model = {p.relative_to(REPO).as_posix() for p in inputs.code_files("generator.model.indicator")}
    assert {"generator/model/indicator.py", "generator/model/common.py", "generator/model/__init__.py"} <= model


def test_a_damaged_cache_entry_is_parsed_again(tmp_path: Path) -> None:
    root = make_root(tmp_path / "r", FIXTURE / "data")
    parsed = tmp_path / "parsed"
    site = loader.load_site(root / "data", root, parsed)
    entries = sorted(parsed.glob("*.pickle"))
    assert entries
    for entry in entries:
        entry.write_bytes(b"not a pickle")
    assert loader.load_site(root / "data", root, parsed) == site
    assert all(e.read_bytes() != b"not a pickle" for e in entries)


def test_compiled_templates_are_reused_and_follow_the_code_that_compiles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build reads the templates an earlier build compiled; new code in render.py (whose
    options shape the compiled code) compiles them again, and the old ones are gone."""
    from jinja2 import Environment

    from generator.building import render

    compiled = tmp_path / "compiled"
    first = render.environment(compiled).get_template("plan.md.j2")
    folders = list(compiled.iterdir())
    assert len(folders) == 1 and list(folders[0].iterdir())

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(Environment, "compile", refuse)
    again = render.environment(compiled).get_template("plan.md.j2")
    assert again.root_render_func.__code__.co_code == first.root_render_func.__code__.co_code
    monkeypatch.setattr(render, "code_digest", lambda *modules: "0" * 64)
    with pytest.raises(AssertionError, match="compiled again"):
        render.environment(compiled).get_template("plan.md.j2")
    assert [p.name for p in compiled.iterdir()] != [folders[0].name]


def test_the_themes_compiled_templates_are_read_by_the_next_build(
    mini_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """MkDocs compiles Material's templates in every process of every build; the build keeps them
    compiled (Jinja checks each against its text), so a later build's MkDocs compiles none."""
    from jinja2 import Environment

    config = Config.from_env(mini_root)
    build_site(config, jobs=1)
    (folder,) = (mini_root / ".build/theme-templates").iterdir()
    assert len(list(folder.glob("*.cache"))) > 10
    plan = mini_root / "data/plans/demo-city-2021-2025/plan.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("第1行为规划标题。", "第1行为规划的标题。"), encoding="utf-8"
    )

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(Environment, "compile", refuse)
    timings = build_site(config, jobs=1)
    assert "mkdocs" in timings.stages
    assert "第1行为规划的标题。" in (mini_root / "site/plans/demo-city-2021-2025/index.html").read_text(
        encoding="utf-8"
    )


def test_share_images_are_kept_by_their_words_and_drawn_again_when_those_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.views import share

    if not share.available():
        pytest.skip("no CJK font on this machine: no share image is drawn")
    site = loader.load_site(FIXTURE / "data", FIXTURE)
    kept = tmp_path / "share"
    drawn = share.images(site, "站名", "说明", kept)
    assert drawn == share.images(site, "站名", "说明")  # the same bytes as drawn without the cache
    entries = {p.name: p.stat().st_mtime_ns for p in kept.iterdir()}
    assert len(entries) == len(drawn)
    assert share.images(site, "站名", "说明", kept) == drawn
    assert {p.name: p.stat().st_mtime_ns for p in kept.iterdir()} == entries  # read, not drawn again
    renamed = share.images(site, "新站名", "说明", kept)
    assert renamed == share.images(site, "新站名", "说明") != drawn
    assert not set(entries) & {p.name for p in kept.iterdir()}  # only this build's images are kept
    before = {p.name for p in kept.iterdir()}
    monkeypatch.setattr(share, "code_digest", lambda *modules: "0" * 64)  # new drawing code
    share._drawn_with.cache_clear()
    try:
        share.images(site, "新站名", "说明", kept)
        assert not before & {p.name for p in kept.iterdir()}
    finally:
        share._drawn_with.cache_clear()


def test_a_plan_s_check_is_kept_and_done_again_only_when_what_it_reads_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each plan folder's check is kept by its files, the texts it may cite, the vocabularies and
    the code: an unchanged plan is not checked again, an edited one is, and what comes out is
    what a load without any cache gives, problems included."""
    root = make_root(tmp_path / "r", FIXTURE / "data")
    parsed = tmp_path / "parsed"
    checked: list[str] = []
    check = loader.Loader._check_plan

    def counted(self: loader.Loader, folder: Path, *args: object) -> object:
        checked.append(folder.name)
        return check(self, folder, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(loader.Loader, "_check_plan", counted)

    def load() -> tuple[object, list[str]]:
        checked.clear()
        site = loader.load_site(root / "data", root, parsed)
        return site, sorted(checked)

    def fresh() -> object:
        return loader.load_site(root / "data", root)

    both = ["demo-city-2021-2025", "demo-province-2021-2025"]
    site, seen = load()
    assert site == fresh() and seen == both
    site, seen = load()
    assert site == fresh() and seen == [], "an unchanged plan was checked again"
    _replace(root / PLAN, "第1行为规划标题。", "第1行为规划的标题。")
    site, seen = load()
    assert site == fresh() and seen == ["demo-city-2021-2025"]
    text = root / "data/sources/demo-province.txt"
    text.write_text(text.read_text(encoding="utf-8") + "新加的一行\n", encoding="utf-8")
    site, seen = load()
    assert site == fresh() and seen == both  # a text any plan may cite: every plan checked again
    province = next(p for p in site.plans if p.id == "demo-province-2021-2025")  # type: ignore[attr-defined]
    assert "新加的一行" in province.source_lines
    _replace(root / PLAN, "  file: demo-city.txt", "  file: demo-town.txt")
    with pytest.raises(DataError) as first:
        load()
    assert checked == ["demo-city-2021-2025"]
    with pytest.raises(DataError) as again:
        load()
    assert checked == [] and [str(p) for p in again.value.problems] == [str(p) for p in first.value.problems]
    assert any("demo-town.txt" in str(p) for p in first.value.problems)
