"""The one place that parses YAML and knows where things are in a file."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml import main as _ruamel_main
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.composer import Composer
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.tag import Tag

from generator.messages import t
from generator.problems import Problem

Loc = Sequence[int | str]
MAX_FILE_BYTES = 5_000_000
# NUL and other controls, and the bidi overrides that make text read differently than it is
HIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
# in values also lone surrogates (written as "\\ud800"): no file or terminal can hold them
HIDDEN_VALUE = re.compile(f"{HIDDEN.pattern[:-1]}\ud800-\udfff]")
PLAIN_TYPES = (str, int, float, bool, type(None), dt.date)


def field_path(loc: Loc) -> str:
    """('indicators', 0, 'target') → indicators[0].target"""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def split_lines(text: str) -> list[str]:
    """Lines as an editor's editor and the source page count them: only \n ends a line
    (\r\n too); U+2028, form feeds and other separators stay inside their line."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [ln.removesuffix("\r") for ln in lines]


# in a source text: what would make an editor's line count and the source page's differ (form
# feed, U+2028 …), and the controls and bidi overrides refused in the data files too
SOURCE_HIDDEN = re.compile(f"{HIDDEN.pattern[:-1]}\x85\u2028\u2029]")
# An archived source's file name (plan texts and observation passages): plain, safe in URLs and on disk
SOURCE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*\.txt")


def read_source(path: Path, shown: str) -> tuple[list[str] | None, list[Problem]]:
    """A source text's lines, or the problem that stops it being cited: bigger than the data
    files may be, not UTF-8, empty, or a hidden character or line separator inside a line."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:  # Pagefind would index it for minutes
        return None, [Problem(shown, 1, 1, "", t("source_too_big", size=size, limit=MAX_FILE_BYTES))]
    raw = path.read_bytes()
    try:
        lines = split_lines(raw.decode("utf-8").removeprefix("\ufeff"))
    except UnicodeDecodeError as exc:
        return None, [Problem(shown, raw[: exc.start].count(b"\n") + 1, 1, "", t("source_not_utf8"))]
    if not any(ln.strip() for ln in lines):
        return None, [Problem(shown, 1, 1, "", t("source_empty"))]
    for n, ln in enumerate(lines, 1):
        if m := SOURCE_HIDDEN.search(ln):
            code = f"{ord(m.group()):04X}"
            return None, [Problem(shown, n, m.start() + 1, "", t("source_hidden_char", line=n, code=code))]
    return lines, []


class Document:
    """A parsed YAML file with its positions (ruamel's round-trip nodes). Pickled (the build's
    cache of parsed files) as its text, read again only where a position is asked for: a cached
    file whose checks pass is never read again, and its text pickles in a fraction of the time."""

    def __init__(self, path: str, data: Any = None, text: str | None = None) -> None:
        self.path = path  # as shown to editors
        self._data, self._text = data, text

    @property
    def data(self) -> Any:
        if self._data is None and self._text is not None:
            self._data = _load(self._text)
        return self._data

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            (Document, (self.path, None, self._text)) if self._text is not None else (Document, (self.path, self._data))
        )

    def position(self, loc: Loc, *, key: bool = False) -> tuple[int, int]:
        """1-based line and column of the node at ``loc`` (of its key when ``key``).

        Walks as deep as the file goes; a missing tail resolves to its nearest parent.
        """
        node: Any = self.data
        line, col = 0, 0
        for i, part in enumerate(loc):
            last = i == len(loc) - 1
            if isinstance(node, CommentedMap) and part in node:
                found = _map_position(node, part, key=key and last)
                if found is None:  # a key that came in through a merge (<<): point at the mapping
                    line, col = node.lc.line, node.lc.col
                    break
                line, col = found
                node = node[part]
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
                line, col = node.lc.item(part)
                node = node[part]
            else:
                if (line, col) == (0, 0) and hasattr(node, "lc"):
                    line, col = node.lc.line, node.lc.col
                break
        return line + 1, col + 1


def _map_position(node: CommentedMap, part: object, *, key: bool) -> tuple[int, int] | None:
    try:
        ln, cl = node.lc.key(part) if key else node.lc.value(part)
        if ln is None:
            ln, cl = node.lc.key(part)
    except (KeyError, TypeError):
        return None
    return (ln, cl) if ln is not None else None


def _hidden(text: str, shown: str) -> list[Problem]:
    out = []
    for n, line in enumerate(split_lines(text), 1):
        m = HIDDEN.search(line)
        if m:
            out.append(Problem(shown, n, m.start() + 1, "", t("hidden_char", code=f"{ord(m.group()):04X}")))
    return out


def _tagged(node: Any, loc: tuple[int | str, ...] = ()) -> tuple[int | str, ...] | None:
    """The first value that is not plain data (!!binary, custom tags), or None."""
    tag = getattr(getattr(node, "tag", None), "value", None)
    if tag or not isinstance(node, (CommentedMap, CommentedSeq, *PLAIN_TYPES)):
        return loc
    if isinstance(node, CommentedMap) and getattr(node, "merge", None):
        return loc  # a merge key (<<): fields a reviewer cannot see where they land
    items = (
        node.items() if isinstance(node, CommentedMap) else enumerate(node) if isinstance(node, CommentedSeq) else ()
    )
    for k, v in items:
        if not isinstance(k, (str, int)):
            return loc
        found = _tagged(v, (*loc, k))
        if found is not None:
            return found
    return None


def _hidden_value(node: Any, loc: tuple[int | str, ...] = ()) -> tuple[tuple[int | str, ...], bool, str] | None:
    """(where, is it a key, the character) of the first key or text value holding a hidden
    character however it was written (raw, or as an escape such as "\\0" or "\\u202e")."""
    if isinstance(node, str):
        m = HIDDEN_VALUE.search(node)
        return (loc, False, m.group()) if m else None
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for k, v in items:
        if isinstance(k, str) and (m := HIDDEN_VALUE.search(k)):
            return (*loc, k), True, m.group()
        found = _hidden_value(v, (*loc, k))
        if found is not None:
            return found
    return None


class AnchorRefused(Exception):
    """An anchor (&) or alias (*): refused before anything is built from it."""

    def __init__(self, line: int, col: int) -> None:
        super().__init__(line, col)
        self.line, self.col = line, col


class _PlainComposer(Composer):
    """Refuses anchors and aliases as they are met: a few hundred bytes of nested aliases
    ("billion laughs") would otherwise stand for billions of values."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.parser.peek_event()
        if isinstance(event, AliasEvent) or getattr(event, "anchor", None) is not None:
            mark = event.start_mark
            raise AnchorRefused(mark.line + 1, mark.column + 1)
        return super().compose_node(parent, index)


FULLWIDTH_KEY = re.compile(r"^\s*(?:- )?[^\s:#'\"][^:#]*：")
BLOCK_INDICATOR = re.compile(r":\s+>[=\d]")


def _syntax_problem(exc: MarkedYAMLError, text: str, shown: str) -> Problem:
    """A syntax error where it went wrong, with a hint for the common traps."""
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    what = str(exc.problem or "")
    if "duplicate key" in what:
        key = what.split('"')[1] if '"' in what else ""
        return Problem(shown, line, col, "", t("duplicate_key", key=key))
    if "another document" in what:
        return Problem(shown, line, 1, "", t("yaml_syntax", what=t("yaml_second_document")))
    if "mapping values are not allowed" in what:
        return _colon_problem(split_lines(text), line, col, shown, what)
    hint = _hint(split_lines(text), line, what, exc.context_mark.line + 1 if exc.context_mark else None)
    if hint is not None:
        line, key = hint
        return Problem(shown, line, 1, "", t("yaml_syntax", what=what) + "。" + t(key, line=line))
    return Problem(shown, line, col, "", t("yaml_syntax", what=what))


VALUE_AFTER_KEY = re.compile(r"^\s*(?:- )?[^\s#'\"][^#]*?:\s")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _colon_problem(lines: list[str], line: int, col: int, shown: str, what: str) -> Problem:
    """ "mapping values are not allowed here": a ': ' inside an unquoted value, or a line
    whose indentation does not fit (often the line before, moved left, that made this one a
    continuation of its value)."""
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    if VALUE_AFTER_KEY.match(text[: col - 1]):
        return Problem(shown, line, col, "", t("yaml_syntax", what=t("yaml_mapping_in_value")))
    for tab_line, ln in enumerate(lines[:line], 1):
        if "\t" in ln[: len(ln) - len(ln.lstrip())]:
            return Problem(shown, tab_line, 1, "", t("yaml_syntax", what=what) + "。" + t("hint_tab", line=tab_line))
    content = [n for n in range(line - 1, 0, -1) if lines[n - 1].strip() and not lines[n - 1].lstrip().startswith("#")]
    blamed = line
    if content and _indent(lines[content[0] - 1]) < _indent(text):
        before = content[1] if len(content) > 1 else None
        if before is None or _indent(lines[before - 1]) >= _indent(text):
            blamed = content[0]  # the line before moved left: this one became part of its value
    return Problem(shown, blamed, 1, "", t("yaml_syntax", what=t("yaml_bad_dedent", line=blamed)))


def _hint(lines: list[str], at: int, what: str, opened: int | None) -> tuple[int, str] | None:
    """(line, message key) of the likely cause: a tab, a full-width colon, an unquoted '>=',
    an unclosed bracket, or indentation."""
    for n, ln in enumerate(lines[:at], 1):
        if "\t" in ln[: len(ln) - len(ln.lstrip())]:
            return n, "hint_tab"
    for n in range(at, max(0, at - 3), -1):
        ln = lines[n - 1] if n - 1 < len(lines) else ""
        if FULLWIDTH_KEY.match(ln) and ":" not in ln.split("：", 1)[0]:
            return n, "hint_fullwidth_colon"
        if BLOCK_INDICATOR.search(ln):
            return n, "hint_comparator"
    if "',' or ']'" in what or "',' or '}'" in what or "flow" in what:
        return (opened or at), "hint_bracket"
    if any(x in what for x in ("block end", "mapping values are not allowed", "expected ':'")):
        return at, "hint_indent"
    return None


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    yaml.Composer = _PlainComposer
    return yaml


CParser: Any = getattr(_ruamel_main, "CParser", None)  # libyaml's, from ruamel.yaml.clib (None without it)
# What the C scanner reads differently from ruamel's own (YAML 1.1 line breaks, tabs, directives):
# a file holding any of these is read by the pure-Python parser alone
NOT_FAST = re.compile("[\t\r\x85\u2028\u2029\ufeff]|^%", re.M)


class _Declined(Exception):
    """The fast reading of a file stopped: the file is read again by ruamel's own parser."""


def _tag(name: str) -> str:
    return f"tag:yaml.org,2002:{name}"


NULL, BOOL, INT = map(_tag, ("null", "bool", "int"))
DECIMAL = re.compile(r"-?[1-9][0-9]*")


@functools.cache
def _implicit_types() -> dict[Any, list[tuple[Any, Any]]]:
    """ruamel's table of implicit types for YAML 1.2 (the fast reading declines a %YAML directive):
    a scalar's first character → (tag, its regular expression's match), looked up once."""
    resolver = _yaml().resolver
    table = resolver.versioned_resolver
    if resolver.yaml_path_resolvers or table.get(None):  # types for any first character: none in 1.2
        raise _Declined
    return {first: [(tag, regexp.match) for tag, regexp in pairs] for first, pairs in table.items()}


class _Builder:
    """The document in a text, from libyaml's events (its scanner and parser, in C), built as
    ruamel's composer and round-trip constructor build it from its own parser's: the same
    mappings, sequences, scalar types, and line and column on every key and value. A text scalar,
    most of a data file, is taken as it is, without making a node for it first; another scalar
    goes to ruamel's constructor. Anything but plain data (a directive, an explicit tag, an anchor
    or alias, a merge key, a complex or duplicate key, a second document) declines the file.

    The two parsers place an empty value differently: a block mapping's empty value is moved to
    where ruamel places it (the token after it); an empty key, or an empty value anywhere else but
    a block sequence, or one with a comment beside it (where ruamel's placing depends on the
    comment), declines the file."""

    TYPES = frozenset(map(_tag, ("str", "int", "float", "bool", "null", "timestamp")))

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: list[str] | None = None
        self.parser = CParser(text)
        self.next = self.parser.get_event
        self.types = _implicit_types()
        yaml = _yaml()
        self.resolver, self.constructor = yaml.resolver, yaml.constructor

    def document(self) -> Any:
        try:
            if not isinstance(self.next(), StreamStartEvent):
                raise _Declined
            start = self.next()
            if isinstance(start, StreamEndEvent):
                return None  # an empty file
            if not isinstance(start, DocumentStartEvent) or start.version or start.tags:
                raise _Declined  # a %YAML or %TAG directive: ruamel's own parser decides
            data = self.node(self.next(), None)
            if not isinstance(self.next(), DocumentEndEvent) or not isinstance(self.next(), StreamEndEvent):
                raise _Declined  # a second document: ruamel's own reading says so
            return data
        finally:
            self.parser.dispose()

    def node(self, event: Any, within: Any) -> Any:
        """The value of ``event`` (its first event) inside the collection ``within`` starts."""
        if event.anchor is not None or event.tag is not None or isinstance(event, AliasEvent):
            raise _Declined
        if isinstance(event, ScalarEvent):
            if event.value == "" and not event.style:
                self._place_empty(event, within)
            return self.scalar(event)
        if isinstance(event, MappingStartEvent):
            return self.mapping(event)
        if isinstance(event, SequenceStartEvent):
            return self.sequence(event)
        raise _Declined

    def _place_empty(self, event: Any, within: Any) -> None:
        following = self.parser.peek_event().start_mark
        if self.lines is None:
            self.lines = self.text.split("\n")
        first = event.start_mark
        between = "\n".join(self.lines[first.line : following.line + 1])
        between = between[first.column : len(between) - len(self.lines[following.line]) + following.column]
        if within is None or within.flow_style or "#" in between:
            raise _Declined
        if isinstance(within, MappingStartEvent):  # a block mapping's value (an empty key declines)
            event.start_mark = event.end_mark = following

    def scalar(self, event: Any) -> Any:
        value, style = event.value, event.style
        if style in ('"', "'"):
            return value  # quoted: always text (quotes are not preserved)
        if style:  # a block scalar (| or >): text, of ruamel's own kind
            tag = self.resolver.DEFAULT_SCALAR_TAG
        else:  # plain: text unless an implicit type matches, as ruamel's resolver decides
            suffix = next((tag for tag, match in self.types.get(value[:1], ()) if match(value)), None)
            if suffix is None:
                return value
            if suffix not in self.TYPES:
                raise _Declined  # a merge key (<<)
            if suffix == NULL:
                return None
            if suffix == BOOL:  # true, True, TRUE, false …: as ruamel's constructor reads them
                return value.lower() == "true"
            if suffix == INT and DECIMAL.fullmatch(value):
                return int(value)  # a plain int (with a leading zero or "_" it is ruamel's ScalarInt)
            tag = Tag(suffix=suffix)
        node = ScalarNode(tag, value, event.start_mark, event.end_mark, style=style)
        made = self.constructor.construct_object(node, deep=True)
        if _tagged(made) is not None:
            raise _Declined  # not plain data: ruamel's own reading, and ``parse`` says where
        return made

    def mapping(self, start: Any) -> CommentedMap:
        data = CommentedMap()
        data._yaml_set_line_col(start.start_mark.line, start.start_mark.column)
        while not isinstance(key_event := self.next(), MappingEndEvent):
            if not isinstance(key_event, ScalarEvent) or key_event.anchor is not None or key_event.tag is not None:
                raise _Declined  # a complex key, an anchor or a tag
            if key_event.value == "" and not key_event.style:
                raise _Declined  # an empty key
            key = self.scalar(key_event)
            if not isinstance(key, (str, int)):
                raise _Declined  # a key of another type (_tagged): ruamel's own reading
            value_event = self.next()
            value = self.node(value_event, start)
            if key in data:
                raise _Declined  # a duplicate key: ruamel's own reading says where
            key_mark, value_mark = key_event.start_mark, value_event.start_mark
            data._yaml_set_kv_line_col(key, [key_mark.line, key_mark.column, value_mark.line, value_mark.column])
            data[key] = value
        self._style(data, start)
        return data

    def sequence(self, start: Any) -> CommentedSeq:
        data = CommentedSeq()
        data._yaml_set_line_col(start.start_mark.line, start.start_mark.column)
        items = []
        while not isinstance(event := self.next(), SequenceEndEvent):
            items.append(self.node(event, start))
            data._yaml_set_idx_line_col(len(items) - 1, [event.start_mark.line, event.start_mark.column])
        data.extend(items)
        self._style(data, start)
        return data

    @staticmethod
    def _style(data: Any, start: Any) -> None:
        if len(data) == 0:
            return
        if start.flow_style is True:
            data.fa.set_flow_style()
        elif start.flow_style is False:
            data.fa.set_block_style()


def fast_load(text: str) -> Any:
    """The document in ``text`` read with libyaml (about 4× faster than ruamel's own parser), exactly
    as ruamel's round-trip loader reads it; None when this reading declines the file (anything
    unusual: an anchor, a duplicate key, a syntax error, a directive, a tab …, or an empty file),
    which ruamel's pure-Python parser then reads and explains."""
    if CParser is None or NOT_FAST.search(text):
        return None
    try:
        return _Builder(text).document()
    except Exception:  # noqa: BLE001 - any stop: the reference parser reads it again and says why
        return None


def _load(text: str) -> Any:
    return _loaded(text)[0]


def _loaded(text: str) -> tuple[Any, bool]:
    """The document, and whether the fast reading made it (then it holds plain data only)."""
    found = fast_load(text)
    return (found, True) if found is not None else (_yaml().load(text), False)


COMPLEX_KEY = re.compile(r"^\s*(?:- )?\?(?:\s|$)")  # ? on its own: YAML's explicit (complex) key


def parse(path: Path, shown: str) -> tuple[Document | None, list[Problem]]:
    """Read one YAML file; return the document, or the problems that stop it being read."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Problem(shown, 1, 1, "", t("cannot_read", reason=exc.strerror))]
    if len(raw) > MAX_FILE_BYTES:
        return None, [Problem(shown, 1, 1, "", t("too_big", size=len(raw), limit=MAX_FILE_BYTES))]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [Problem(shown, line, 1, "", t("not_utf8"))]
    text = text.removeprefix("\ufeff")
    hidden = _hidden(text, shown)
    if hidden:
        return None, hidden
    try:
        data, fast = _loaded(text)
    except AnchorRefused as exc:
        return None, [Problem(shown, exc.line, exc.col, "", t("no_anchors"))]
    except MarkedYAMLError as exc:
        return None, [_syntax_problem(exc, text, shown)]
    except (YAMLError, RecursionError, ValueError) as exc:
        return None, [Problem(shown, 1, 1, "", t("yaml_syntax", what=exc))]
    except TypeError:  # ? {…}: a complex key (a mapping or list as a key) ruamel cannot hash
        at = next((n for n, line in enumerate(split_lines(text), 1) if COMPLEX_KEY.match(line)), 1)
        return None, [Problem(shown, at, 1, "", t("not_plain"))]
    if data is None:
        return None, [Problem(shown, 1, 1, "", t("empty"))]
    if not isinstance(data, CommentedMap):
        return None, [Problem(shown, 1, 1, "", t("top_not_mapping"))]
    doc = Document(shown, data, text)
    # raw, a hidden character was refused above: in a value it can only come from an escape
    hidden_value = _hidden_value(data) if "\\" in text else None
    if hidden_value is not None:
        loc, is_key, char = hidden_value
        line, col = doc.position(loc, key=is_key)
        where = field_path(loc[:-1] if is_key else loc)  # never print the hidden character itself
        return None, [Problem(shown, line, col, where, t("hidden_char_value", code=f"{ord(char):04X}"))]
    tagged = None if fast else _tagged(data)  # the fast reading declines what is not plain data
    if tagged is not None:
        line, col = doc.position(tagged)
        return None, [
            Problem(
                shown,
                line,
                col,
                "",
                t("not_plain"),
            )
        ]
    return doc, []


def read_config(path: Path) -> Any:
    """A configuration file we own (mkdocs.yml) as plain data: safe loader, no tags."""
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def _flow_locators(node: Any, key: object = None) -> Any:
    """Plain data → ruamel nodes, with `lines: [a, b]` kept on one line."""
    if isinstance(node, dict):
        out = CommentedMap()
        for k, v in node.items():
            out[k] = _flow_locators(v, k)
        return out
    if isinstance(node, list | tuple):
        seq = CommentedSeq(_flow_locators(v) for v in node)
        if key in ("lines", "period"):
            seq.fa.set_flow_style()
        return seq
    return node


def dump(data: Any, path: Path, header: str = "") -> None:
    """Write YAML deterministically (used by the importer and new-plan)."""
    data = _flow_locators(data)
    yaml = YAML(typ="rt")
    yaml.width = 4096
    yaml.allow_unicode = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        if header:
            fh.write(header.rstrip("\n") + "\n")
        yaml.dump(data, fh)
