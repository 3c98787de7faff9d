"""The fast reading of data files (libyaml's events built into ruamel's round-trip types)
gives exactly the document of ruamel's pure-Python round-trip loader: the same values, the same
types, the same line and column on every mapping, sequence, key and value; anything it cannot
read the same way it declines, and the pure parser reads it."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from generator.loading.yamlio import _yaml, fast_load, parse
from generator.messages import t
from tests.conftest import FIXTURE, REPO

FILES = sorted([*(REPO / "data").rglob("*.yaml"), *FIXTURE.rglob("*.yaml")])


def reference(text: str) -> Any:
    return _yaml().load(text)


def differences(a: Any, b: Any, at: tuple[Any, ...] = ()) -> list[str]:
    """Where two documents differ: value, type, or a position ruamel records."""
    if type(a) is not type(b):
        return [f"{at}: {type(a).__name__} / {type(b).__name__}"]
    if isinstance(a, CommentedMap | CommentedSeq):
        out = []
        if (a.lc.line, a.lc.col) != (b.lc.line, b.lc.col) or a.lc.data != b.lc.data:
            out.append(f"{at}: positions {(a.lc.line, a.lc.col, a.lc.data)} / {(b.lc.line, b.lc.col, b.lc.data)}")
        keys_a = list(a) if isinstance(a, CommentedMap) else list(range(len(a)))
        keys_b = list(b) if isinstance(b, CommentedMap) else list(range(len(b)))
        if keys_a != keys_b:
            return [*out, f"{at}: keys {keys_a} / {keys_b}"]
        for k in keys_a:
            out += differences(a[k], b[k], (*at, k))
        return out
    same = a == b or (isinstance(a, float) and a != a and b != b)  # NaN: never equal to itself
    return [] if (same and repr(a) == repr(b)) else [f"{at}: {a!r} / {b!r}"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(REPO).as_posix())
def test_every_data_file_is_read_fast_and_the_same(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    found = fast_load(text)
    assert found is not None, "the fast reading declined a committed data file"
    assert differences(found, reference(text)) == []


TRICKY = [
    "a:\nb: 1\n",  # an empty value before a key
    "a:\n  b:\nc:\n",  # empty values closing a mapping
    "- \n- x\n-\n",  # empty items
    "a: [1, , 2]\n",
    "a: {x: , y: 2}\n",
    "a: b\n  c\nd: e\n",  # a plain value over two lines
    "a: 'it''s'\nb: \"\\u4e2d\\/\"\n",
    "a: |\n  one\n  two\nb: >-\n  three\n  four\n\nc: |+\n  five\n\n",
    "a: |2\n    indented\n",
    "---\na: 1\n...\n",
    "a: 1 # comment\n# alone\nb: [x, y] # more\n",
    "a: no\nb: yes\nc: on\nd: 010\ne: 0o10\nf: 1_000\ng: 1:20\nh: .5\ni: 1e3\nj: ~\nk: null\nl: true\n",
    "a: 2021-01-02\nb: 2021-01-02 10:00:00\nc: '2021-01-02'\n",
    "? a\n: b\n",
    "a: &x 1\nb: *x\n",  # an anchor: declined
    "a: 1\na: 2\n",  # a duplicate key: declined
    "a: !!binary aGk=\n",
    "a: [1\n",  # a syntax error: declined
    "%YAML 1.1\n---\na: no\n",  # a directive: declined
    "a:\tb\n",
    "a: b\r\nc: d\r\n",
    "a: b\u2028c\n",
    "a: b\x85c\n",
    "",
    "# only a comment\n",
    "- [a, {b: c}]\n- {d: [e, f]}\n",
    "a: 规划：第一章\nb: “引号”\nc: 100%\nd: ≥99％\n",
    "a: '\n  folded\n\n  quoted'\n",
    "a: x #not a comment? yes it is\nb: x#y\n",
    "a:\n- 1\n- 2\nb:\n  - 3\n",
    "{a: 1, b: [2, 3]}\n",
    "a: " + "x" * 2000 + "\n",
    ("a" * 1100) + ": 1\n",  # a key longer than an implicit key may be
    "a: # c\nb: 1\n",  # comments beside empty values: ruamel's placing depends on them
    "a:\n# c\nb: 1\n",
    "a:\n\n  # c\n\nb: 1\n",
    "a:\n  b: # c\nc: 1\n",
    "-\n  # c\n- x\n",
    "x:\n  - \n  - y\n  -\nz: 1\n",
    "a:\n",
    "a:   \n\nb:\n",
    ": x\n",
    "a\n",
    "a: 1\n<<: {b: 2}\n",  # a merge key
    "a: !!str 1\nb: !x y\n",  # tags
    "---\na: 1\n---\nb: 2\n",  # a second document
    "a: -1\nb: +2\nc: 0x1F\nd: -.inf\ne: .NaN\nf: 1.50\ng: 2021-1-2\nh: True\ni: Null\n",
    "a: 0\nb: -0\nc: 007\nd: 1_000\ne: -12\nf: 2025\ng: TRUE\nh: false\ni: NULL\nj: ~\nk:\n",  # types made here
]


@pytest.mark.parametrize("text", TRICKY)
def test_a_tricky_document_is_read_the_same_or_declined(text: str) -> None:
    found = fast_load(text)
    try:
        expected = reference(text)
    except Exception:  # noqa: BLE001 - the reference refuses it: the fast reading must have declined
        assert found is None
        return
    if found is not None:
        assert differences(found, expected) == []


def test_what_the_pure_parser_refuses_the_fast_reading_declines() -> None:
    for text in ("a: &x 1\nb: *x\n", "a: 1\na: 2\n", "a: [1\n", "%YAML 1.1\n---\na: no\n", "a:\tb\n"):
        assert fast_load(text) is None, text


def test_what_is_not_plain_data_the_fast_reading_leaves_to_the_pure_parser() -> None:
    """Merge keys and tags are refused later (``_tagged``), from what ruamel's own reading records."""
    for text in ("a: 1\n<<: {b: 2}\n", "a: !!str 1\n", "a: !x y\n", "? [a]\n: b\n", "---\na: 1\n---\nb: 2\n"):
        assert fast_load(text) is None, text


@pytest.mark.parametrize("text", ["a: 1\n1.5: b\n", "a: 1\n~: b\n", "a: 1\n2021-01-02: b\n"])
def test_a_key_that_is_not_text_or_a_whole_number_is_refused_either_way(tmp_path: Path, text: str) -> None:
    """The fast reading declines it (``parse`` then skips its walk for what is not plain data on
    what the fast reading made), and ruamel's own reading refuses it."""
    assert fast_load(text) is None
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    doc, problems = parse(path, "x.yaml")
    assert doc is None and [p.message for p in problems] == [t("not_plain")]


def test_a_complex_key_whose_key_is_a_mapping_is_refused_at_its_line(tmp_path: Path) -> None:
    """A lone ? typed before a list (indicators:, ?, - id: …) makes YAML read the list's item, a mapping,
    as a key, which ruamel cannot even hold: refused as no plain data, at the ? line, not a crash."""
    path = tmp_path / "x.yaml"
    path.write_text("indicators:\n?\n  - id: a\n    name: b\n", encoding="utf-8")
    doc, problems = parse(path, "x.yaml")
    assert doc is None and [(p.line, p.message) for p in problems] == [(2, t("not_plain"))]


def test_yaml_1_2_words_stay_text() -> None:
    """ruamel reads YAML 1.2 (``no`` is a word); libyaml's own loaders read 1.1 (``no`` is false)."""
    found = fast_load("a: no\nb: 010\nc: 1:20\n")
    assert found == {"a": "no", "b": 10, "c": "1:20"}


def test_problems_point_at_the_same_lines_either_way(tmp_path: Path) -> None:
    """A file the fast reading takes and one it declines (a tab in a comment) give the same document."""
    text = (FIXTURE / "data/plans/demo-city-2021-2025/indicators.yaml").read_text(encoding="utf-8")
    fast, slow = tmp_path / "fast.yaml", tmp_path / "slow.yaml"
    fast.write_text(text, encoding="utf-8")
    slow.write_text(text + "#\tend\n", encoding="utf-8")
    assert fast_load(slow.read_text(encoding="utf-8")) is None
    (a, pa), (b, pb) = parse(fast, "x.yaml"), parse(slow, "x.yaml")
    assert pa == pb == []
    assert a is not None and b is not None
    assert differences(a.data, b.data) == []


# -- generated documents: plain data in block and flow style, with text that needs quoting ----

words = st.text(
    alphabet=st.sampled_from(list("ab z0129-:#'\",.[]{}!&*?|>%@`~规划“”：，％≥\n")), min_size=0, max_size=12
)
scalars = st.one_of(
    words,
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    st.none(),
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
)
keys = st.text(alphabet=st.sampled_from(list("abcdefg_-规划指标")), min_size=1, max_size=6)
documents = st.dictionaries(
    keys,
    st.recursive(
        scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4), max_leaves=12
    ),
    min_size=1,
    max_size=5,
)


@given(documents, st.sampled_from([None, True, False]), st.integers(2, 4))
def test_generated_documents_are_read_the_same(data: dict[str, Any], flow: bool | None, indent: int) -> None:
    dumper = YAML(typ="rt")
    dumper.allow_unicode = True
    dumper.default_flow_style = flow
    dumper.indent(mapping=indent, sequence=indent + 2, offset=indent)
    out = io.StringIO()
    dumper.dump(data, out)
    text = out.getvalue()
    found = fast_load(text)
    if found is not None:
        assert differences(found, reference(text)) == []


def test_a_pickled_document_is_its_text_and_reads_the_same_positions(tmp_path: Path) -> None:
    """The build's cache of parsed files pickles a document as its text; read back, it gives the
    same data and the same line and column for every place a problem may point at."""
    import pickle

    path = FIXTURE / "data/plans/demo-city-2021-2025/indicators.yaml"
    doc, problems = parse(path, "x.yaml")
    assert doc is not None and problems == []
    back = pickle.loads(pickle.dumps(doc))
    assert back._data is None and len(pickle.dumps(doc)) < len(pickle.dumps(doc.data))
    assert differences(back.data, doc.data) == []
    for i in range(len(doc.data["indicators"])):
        for loc in (("indicators", i), ("indicators", i, "id"), ("indicators", i, "nowhere")):
            assert back.position(loc) == doc.position(loc) and back.position(loc, key=True) == doc.position(
                loc, key=True
            )
