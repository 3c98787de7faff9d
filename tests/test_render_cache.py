"""Pages rendered only when what they are rendered from changed (generator/building/rendered.py):
content/ is the same as a clean build's after a data edit and a template edit, an unchanged
rebuild in another process renders nothing, and a file of content/ or an entry of the record
that is not what it should be is rendered again, never trusted."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import ClassVar, SupportsIndex

import pytest
from jinja2 import meta

from generator import inputs
from generator.building import render, rendered
from generator.building.build import Timings, write_content
from generator.config import Config
from generator.views.page import Context
from tests.conftest import REPO, make_root, tree_digest

PLAN = "data/plans/demo-city-2021-2025/plan.yaml"
PAGE = "plans/demo-city-2021-2025/index.md"
RECORD = ".build/rendered.json"


def _write(root: Path) -> tuple[int, int]:
    """content/ written as a build writes it; (pages rendered, pages taken from the last build).
    The record of whole plans kept (building/plan_parts.py, tests/test_plan_parts.py) is set
    aside: these tests are of the pages' own record."""
    config = Config.from_env(root)
    config.work_dir.mkdir(exist_ok=True)
    (config.work_dir / "plans.json").unlink(missing_ok=True)
    timings = Timings()
    write_content(config, timings)
    return timings.pages


def _clean(root: Path, dest: Path) -> Path:
    """The same data, nothing built."""
    shutil.copytree(root, dest, symlinks=True, ignore=shutil.ignore_patterns(".build", "content", "*.gen.yml"))
    return dest


def _same_as_clean(root: Path, tmp: Path) -> None:
    clean = _clean(root, tmp)
    _, kept = _write(clean)
    assert kept == 0
    assert tree_digest(root / "content") == tree_digest(clean / "content")


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_data_edit_renders_only_the_pages_it_changes(mini_root: Path, tmp_path: Path) -> None:
    total, kept = _write(mini_root)
    assert kept == 0
    _edit(mini_root / PLAN, "第1行为规划标题。", "第1行为规划的标题。")
    again, kept = _write(mini_root)
    assert 0 < again < total and again + kept == total
    assert "第1行为规划的标题。" in (mini_root / "content" / PAGE).read_text(encoding="utf-8")
    _same_as_clean(mini_root, tmp_path / "clean")


def test_a_template_edit_renders_the_pages_that_use_it(
    mini_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edit of a template that only indicator pages include renders those pages again, and
    no other: the key holds the text of the templates a page's template includes."""
    templates = tmp_path / "templates"
    shutil.copytree(render.TEMPLATES, templates)
    monkeypatch.setattr(render, "TEMPLATES", templates)
    total, _ = _write(mini_root)
    indicators = sorted((mini_root / "content").glob("plans/*/indicators/*/index.md"))  # indicator.md.j2's
    _edit(templates / "_progress.md.j2", "\n", "\n模板已改\n")
    again, kept = _write(mini_root)
    changed = [p for p in (mini_root / "content").rglob("*.md") if "模板已改" in p.read_text(encoding="utf-8")]
    assert changed and set(changed) <= set(indicators)
    assert again == len(indicators) and kept == total - again
    _same_as_clean(mini_root, tmp_path / "clean")


def test_new_code_renders_every_page(mini_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    total, _ = _write(mini_root)
    monkeypatch.setattr(rendered, "CODE", "0" * 64)
    assert _write(mini_root) == (total, 0)


def test_a_setting_from_the_environment_renders_every_page(mini_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    total, _ = _write(mini_root)
    monkeypatch.setenv("PLAN_SITE_LANG", "en")
    assert _write(mini_root) == (total, 0)


def test_the_code_in_the_key_is_the_whole_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The filters and globals (render.py, escape.py), the views whose objects the templates read:
    any file of the build's code edited gives another key; the importers' code, which makes no
    page, does not."""
    package = tmp_path / "generator"
    shutil.copytree(inputs.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(inputs, "PACKAGE", package)
    before = rendered._code_digest()
    assert before == rendered.CODE
    for name in ("building/render.py", "escape.py", "views/plan_pages.py", "model/indicator.py"):
        path = package / name
        text = path.read_text(encoding="utf-8")
        path.write_text(text + "\n# edited\n", encoding="utf-8")
        assert rendered._code_digest() != before, name
        path.write_text(text, encoding="utf-8")
    assert rendered._code_digest() == before
    importer = package / "importer" / "prose.py"
    importer.write_text(importer.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert rendered._code_digest() == before


@pytest.mark.parametrize("damage", ["file edited", "file deleted"])
def test_a_file_of_content_not_as_recorded_is_rendered_again(mini_root: Path, damage: str) -> None:
    total, _ = _write(mini_root)
    before = tree_digest(mini_root / "content")
    page = mini_root / "content" / PAGE
    if damage == "file edited":
        page.write_text(page.read_text(encoding="utf-8").replace("示范市", "别的市"), encoding="utf-8")
    else:
        page.unlink()
    assert _write(mini_root) == (1, total - 1)
    assert tree_digest(mini_root / "content") == before


@pytest.mark.parametrize("damage", ["key", "digest", "not json", "another format", "wrong shape"])
def test_a_damaged_record_is_not_trusted(mini_root: Path, damage: str) -> None:
    total, _ = _write(mini_root)
    before = tree_digest(mini_root / "content")
    record = mini_root / RECORD
    found = json.loads(record.read_text(encoding="utf-8"))
    key, digest = found["pages"][PAGE]
    if damage == "key":
        found["pages"][PAGE] = ["0" * 64, digest]
    elif damage == "digest":
        found["pages"][PAGE] = [key, "0" * 64]
    elif damage == "another format":
        found["format"] = rendered.FORMAT + 1
    elif damage == "wrong shape":
        found["pages"] = [1, 2, 3]
    record.write_text("{not json" if damage == "not json" else json.dumps(found), encoding="utf-8")
    expected = (1, total - 1) if damage in ("key", "digest") else (total, 0)
    assert _write(mini_root) == expected
    assert tree_digest(mini_root / "content") == before


def test_a_content_file_edited_and_recorded_as_such_by_hand_is_still_rendered(mini_root: Path) -> None:
    """A record whose digest is that of a file edited by hand, but whose key is not the page's:
    the page is rendered."""
    _write(mini_root)
    before = tree_digest(mini_root / "content")
    page = mini_root / "content" / PAGE
    page.write_text("改过", encoding="utf-8")
    record = mini_root / RECORD
    found = json.loads(record.read_text(encoding="utf-8"))
    found["pages"][PAGE] = ["0" * 64, tree_digest(mini_root / "content")[PAGE]]
    record.write_text(json.dumps(found), encoding="utf-8")
    _write(mini_root)
    assert tree_digest(mini_root / "content") == before


_SCRIPT = """
import json, sys
from pathlib import Path
from generator.building.build import Timings, write_content
from generator.config import Config
config = Config.from_env(Path(sys.argv[1]))
config.work_dir.mkdir(exist_ok=True)
timings = Timings()
write_content(config, timings)
print(json.dumps(timings.pages))
"""


def _write_in_process(root: Path, seed: str) -> tuple[int, int]:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(root)], env=env, capture_output=True, text=True, timeout=600, cwd=REPO
    )
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    return found[0], found[1]


def test_an_unchanged_rebuild_in_another_process_renders_nothing(tmp_path: Path) -> None:
    """Every page of the real data taken from the last build by a process with another hash
    seed (its sets are ordered otherwise), the parsed files now read from the parse cache (its
    objects are shared otherwise): the key depends on values only."""
    root = make_root(tmp_path / "real", REPO / "data")
    total, kept = _write_in_process(root, "1")
    assert total > 1000 and kept == 0
    before = tree_digest(root / "content")
    assert _write_in_process(root, "2") == (0, total)
    assert tree_digest(root / "content") == before


@dataclasses.dataclass(frozen=True)
class _Odd(Context):
    template: ClassVar[str] = "redirect.html.j2"
    target: object


class _Refused(str):
    def __reduce_ex__(self, protocol: SupportsIndex) -> tuple[object, ...]:
        raise TypeError("not to be pickled")


def test_a_context_that_cannot_be_pickled_is_rendered_every_time(tmp_path: Path) -> None:
    assert rendered.context_bytes(_Odd(target=lambda: None)) is None
    assert rendered.context_bytes(_Odd(target="a/")) is not None
    content = tmp_path / "content"
    content.mkdir()
    odd = _Odd(target=_Refused("a/"))
    for _ in range(2):
        pages = rendered.Rendered(tmp_path / "rendered.json", content)
        env = render.environment()
        data = pages.page(env, "r.html", odd)
        (content / "r.html").write_bytes(data)
        pages.save()
        assert pages.rendered == 1 and not pages.kept
    assert json.loads((tmp_path / "rendered.json").read_text(encoding="utf-8"))["pages"] == {}


def test_equal_values_give_equal_bytes_however_they_are_shared() -> None:
    from generator.model.indicator import Value

    one = Value(year=2020, as_written="5", value=5.0, comparator="=")
    shared = _Odd(target=[one, one])
    apart = _Odd(target=[one, Value(year=2020, as_written="5", value=5.0, comparator="=")])
    assert rendered.context_bytes(shared) == rendered.context_bytes(apart)
    assert rendered.context_bytes(_Odd(target=[one, one.model_copy(update={"value": 6.0})])) != rendered.context_bytes(
        shared
    )


def test_the_templates_named_by_a_template_are_those_jinja_finds() -> None:
    """The tags read without Jinja's parser name the same templates as its parser finds; a tag
    whose template is an expression depends on every template."""
    env = render.environment()
    every = ["every"]
    for path in sorted(render.TEMPLATES.glob("*.j2")):
        text = path.read_text(encoding="utf-8")
        assert set(render.referenced(text, lambda: every)) == set(meta.find_referenced_templates(env.parse(text)))
    for dynamic in (
        "{% include name %}",
        '{%- include "a" ~ x %}',
        '{% include ["a", "b"] %}',
        '{% include "a" if x else "b" %}',
        '{% include "a"|lower %}',
        '{% extends "a" + x %}',
    ):
        assert render.referenced(dynamic, lambda: every) == every, dynamic
    assert render.referenced('{% from "m.j2" import x %}{%- extends "b.j2" -%}', lambda: every) == ["m.j2", "b.j2"]
    assert render.referenced('{% include "a" ignore missing with context %}', lambda: every) == ["a"]


def test_sync_leaves_exactly_the_files_given(tmp_path: Path) -> None:
    """Stray files, folders and links go, changed files are replaced; a file the build has just
    read and found as it should be (``kept``) is not read again."""
    from generator.building.write import sync

    target = tmp_path / "content"
    (target / "a/b").mkdir(parents=True)
    (target / "a/b/stray.md").write_text("x", encoding="utf-8")
    (target / "same.md").write_text("same", encoding="utf-8")
    (target / "old.md").write_text("old", encoding="utf-8")
    (target / "kept.md").write_text("as read", encoding="utf-8")
    (target / "link").symlink_to(tmp_path)
    (target / "broken").symlink_to(tmp_path / "nothing")
    (tmp_path / "site.md").hardlink_to(target / "old.md")  # the built site links content/'s files
    files = {"same.md": b"same", "old.md": b"new", "kept.md": b"as read", "c/d/new.md": b"n"}
    assert sync(files, target, {"kept.md"}) == 5  # old.md, c/d/new.md written; a stray file, two links gone
    assert (tmp_path / "site.md").read_bytes() == b"old"  # replaced, not written in place
    assert tree_digest(target) == tree_digest(_tree(tmp_path / "expected", files))
    assert sorted(p.relative_to(target).as_posix() for p in target.rglob("*")) == [
        "c",
        "c/d",
        "c/d/new.md",
        "kept.md",
        "old.md",
        "same.md",
    ]
    assert sync(files, target) == 0


def _tree(folder: Path, files: dict[str, bytes]) -> Path:
    for rel, data in files.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_bytes(data)
    return folder
