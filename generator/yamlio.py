"""The one place that parses YAML and knows where things are in a file."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from generator.problems import Problem

Loc = Sequence[int | str]
MAX_FILE_BYTES = 5_000_000


@dataclass(frozen=True)
class Document:
    """A parsed YAML file with its positions (ruamel's round-trip nodes)."""

    path: str  # as shown to editors
    data: Any

    def position(self, loc: Loc, *, key: bool = False) -> tuple[int, int]:
        """1-based line and column of the node at ``loc`` (of its key when ``key``).

        Walks as deep as the file goes; a missing tail resolves to its nearest parent.
        """
        node: Any = self.data
        line, col = 0, 0
        for i, part in enumerate(loc):
            last = i == len(loc) - 1
            if isinstance(node, CommentedMap) and part in node:
                ln, cl = node.lc.key(part) if (key and last) else node.lc.value(part)
                if ln is None:
                    ln, cl = node.lc.key(part)
                line, col = ln, cl
                node = node[part]
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
                line, col = node.lc.item(part)
                node = node[part]
            else:
                if (line, col) == (0, 0) and hasattr(node, "lc"):
                    line, col = node.lc.line, node.lc.col
                break
        return line + 1, col + 1


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    return yaml


def parse(path: Path, shown: str) -> tuple[Document | None, list[Problem]]:
    """Read one YAML file; return the document, or the problems that stop it being read."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Problem(shown, 1, 1, "", f"cannot read the file: {exc.strerror}")]
    if len(raw) > MAX_FILE_BYTES:
        return None, [Problem(shown, 1, 1, "", f"file is {len(raw):,} bytes; the limit is {MAX_FILE_BYTES:,}")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [Problem(shown, line, 1, "", "file is not UTF-8 text (save it as UTF-8, 请以 UTF-8 编码保存)")]
    text = text.removeprefix("\ufeff")
    try:
        data = _yaml().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = exc.problem or "YAML syntax error"
        if "duplicate key" in str(what):
            key = str(what).split('"')[1] if '"' in str(what) else ""
            what = f'duplicate key "{key}" (a key may appear only once in a mapping)'
        return None, [Problem(shown, line, col, "", f"YAML syntax error: {what}")]
    except (YAMLError, RecursionError, ValueError) as exc:
        return None, [Problem(shown, 1, 1, "", f"YAML syntax error: {exc}")]
    if data is None:
        return None, [Problem(shown, 1, 1, "", "file is empty")]
    if not isinstance(data, CommentedMap):
        return None, [Problem(shown, 1, 1, "", "the top level must be a mapping of keys to values")]
    return Document(shown, data), []


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
