"""Pages rendered by the last build are taken again when what they are rendered from did not
change: a page is rendered only when its context or its templates changed.

A page's key is a digest of everything its text is made of: the generator's code (the filters
and globals of the templates, and the classes of the objects a template reads, live there),
the Python version and installed packages (Jinja among them), the settings read from the
environment, the page's template and the templates it includes or imports (their text as the
environment read it), and the page's context serialised by pickle. The record
(``.build/rendered.json``) maps each file of content/ to the key it was rendered from and the
SHA-256 of what that gave. A page whose key is recorded takes its bytes from content/, and only
if that file's digest is the recorded one; anything else is rendered. So a stale record can
cost a rendering, never a stale page: a file edited by hand, a damaged record, a build stopped
half-way through writing content/ all lead to rendering.

The context is pickled without pickle's memo (so the bytes depend on values, not on which
objects happen to be shared, which differs between a data file parsed now and one read from
the parse cache), and pydantic models give their set of fields in sorted order (a set of
strings is ordered by the hash seed of the process). A context that cannot be pickled this way
is rendered on every build.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import pickle
from pathlib import Path
from typing import Any

from jinja2 import Environment
from pydantic import BaseModel

from generator import inputs
from generator.building.render import render, template_digest
from generator.views.page import Context

FORMAT = 1  # the record's layout and the way keys are made; a new one forgets every record


def _code_digest() -> str:
    """The build's code (every module the build imports, however indirectly: not the importers'),
    as this process loaded it (taken when this module is imported, with the rest of the build: a
    file edited while a build runs is not what it runs), with the Python version and the installed
    packages."""
    return inputs.code_digest(inputs.BUILD)


CODE = _code_digest()


def _model(obj: BaseModel) -> tuple[Any, ...]:
    """A pydantic model for a key: its class, its values, its set of fields sorted."""
    fields = tuple(sorted(obj.model_fields_set))
    return type(obj), (), (obj.__dict__, fields, obj.__pydantic_extra__, obj.__pydantic_private__)


def _models() -> dict[type, Any]:
    """Every pydantic model class defined so far → ``_model`` (pickle's dispatch table is read
    by exact type; a model class missing from it costs misses only: its own pickling orders its
    set of fields by the hash seed)."""
    table: dict[type, Any] = {}
    todo: list[type] = [BaseModel]
    while todo:
        cls = todo.pop()
        table[cls] = _model
        todo += cls.__subclasses__()
    return table


def context_bytes(context: object, models: dict[type, Any] | None = None) -> bytes | None:
    """The context's values as bytes, for a key only (never loaded), the same in every process;
    None if pickle refuses them. ``models``: ``_models()``, if the caller keeps it."""
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=5)
    pickler.fast = True  # no memo: the same values give the same bytes, however they are shared
    pickler.dispatch_table = _models() if models is None else models
    try:
        pickler.dump(context)
    except Exception:  # whatever pickle refuses (a function, a cycle, an object's own refusal)
        return None
    return out.getvalue()


class Rendered:
    """The pages of one build, rendered or taken from content/ (see the module's text).
    ``kept``: the files taken from content/ (their bytes there are the ones this build gives),
    ``rendered``: the number of pages rendered."""

    def __init__(self, record: Path | None, content: Path) -> None:
        self.record, self.content = record, content
        self.old = _read(record) if record is not None else {}
        self.new: dict[str, tuple[str, str]] = {}
        self.kept: set[str] = set()  # files of content/ this build gives as they are there
        self.rendered = 0
        self.taken = 0  # pages taken from the last build
        settings = json.dumps({k: os.environ.get(k) for k in inputs.ENVIRONMENT}, sort_keys=True)
        self.shared = f"{FORMAT}\0{CODE}\0{settings}\0"
        self.models = _models()

    def page(self, env: Environment, path: str, context: Context) -> bytes:
        """The bytes of content/``path``, rendered from ``context`` in ``env`` unless the last
        build's are its."""
        key = self._key(env, context)
        if key is not None and self.old.get(path, ("", ""))[0] == key:
            data = self._stored(path, self.old[path][1])
            if data is not None:
                self.new[path] = self.old[path]
                self.kept.add(path)
                self.taken += 1
                return data
        data = render(env, context).encode("utf-8")
        self.rendered += 1
        if key is not None:
            self.new[path] = (key, hashlib.sha256(data).hexdigest())
        return data

    def _key(self, env: Environment, context: Context) -> str | None:
        values = context_bytes(context, self.models)
        if values is None:
            return None
        h = hashlib.sha256(self.shared.encode())
        h.update(f"{context.template}\0{template_digest(env, context.template)}\0".encode())
        h.update(values)
        return h.hexdigest()

    def _stored(self, path: str, digest: str) -> bytes | None:
        try:
            with open(os.path.join(self.content, path), "rb") as handle:
                data = handle.read()
        except OSError:
            return None
        return data if hashlib.sha256(data).hexdigest() == digest else None

    def carry(self, paths: list[str]) -> None:
        """Files taken whole from content/ (building/plan_parts.py): kept, and recorded again."""
        for path in paths:
            if path in self.old:
                self.new[path] = self.old[path]
                self.taken += 1
            self.kept.add(path)

    def save(self) -> None:
        """Record this build's pages: to be called once content/ holds them."""
        if self.record is None:
            return
        text = json.dumps({"format": FORMAT, "pages": self.new}, sort_keys=True, separators=(",", ":"))
        tmp = self.record.with_name(f".{self.record.name}.{os.getpid()}.new")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(self.record)


def _read(record: Path) -> dict[str, tuple[str, str]]:
    """The last build's record; nothing if there is none, or it is damaged or of another format."""
    try:
        found = json.loads(record.read_text(encoding="utf-8"))
        pages = found["pages"] if found.get("format") == FORMAT else {}
        return {str(p): (str(k), str(d)) for p, (k, d) in pages.items()}
    except (OSError, ValueError, TypeError, AttributeError, KeyError):
        return {}
