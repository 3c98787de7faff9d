"""Validated models that remember where they came from, and pydantic errors mapped to lines."""

from __future__ import annotations

import difflib
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from generator.loading.yamlio import Document, Loc, field_path
from generator.messages import CATALOG, english, t
from generator.problems import Problem

__all__ = ["Located", "field_path", "validate", "message"]

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Located(Generic[M]):
    """A validated model with the document it came from, so later checks can point at lines."""

    doc: Document
    model: M

    def problem(self, loc: Loc, message: str, *, key: bool = False) -> Problem:
        line, col = self.doc.position(loc, key=key)
        return Problem(self.doc.path, line, col, field_path(loc), message)


def validate(doc: Document, model: type[M]) -> tuple[Located[M] | None, list[Problem]]:
    """The document as ``model``, or every problem with its position."""
    try:
        return Located(doc, model.model_validate(doc.data)), []
    except ValidationError as exc:
        return None, [_problem(doc, err, model) for err in exc.errors()]


def _problem(doc: Document, err: ErrorDetails, model: type[BaseModel]) -> Problem:
    loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
    # tuple/union members add loc parts that are not in the file; keep the real path
    real = _real_loc(doc, loc)
    line, col = doc.position(real, key=err["type"] == "extra_forbidden")
    return Problem(doc.path, line, col, field_path(real), message(err, model))


# pydantic's error types → our message keys (generator/messages.py)
BY_TYPE = {
    "missing": "missing",
    "int_type": "int",
    "int_parsing": "int",
    "int_from_float": "int",
    "float_type": "number",
    "float_parsing": "number",
    "string_type": "text",
    "list_type": "list",
    "tuple_type": "pair",
    "too_short": "pair",
    "too_long": "pair",
    "dict_type": "mapping",
    "model_type": "mapping",
    "model_attributes_type": "mapping",
    "bool_type": "bool",
    "bool_parsing": "bool",
    "date_type": "date",
    "date_parsing": "date",
    "date_from_datetime_parsing": "date",
    "date_from_datetime_inexact": "date",
    "string_too_short": "too_short_text",
    "string_too_long": "too_long_text",
    "greater_than_equal": "ge",
    "less_than_equal": "le",
}


def message(err: ErrorDetails, root: type[BaseModel]) -> str:
    """What an editor reads for one pydantic error: chosen by the error's type, never its text."""
    kind, loc = err["type"], err["loc"]
    ctx = dict(err.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_field(root, loc)
    if kind == "literal_error":
        expected = str(ctx.get("expected", "")).replace(" or ", ", ")
        return t(
            "literal", expected=expected if english() else expected.replace(", ", "、"), got=repr(err.get("input"))
        )
    if kind in ("string_too_long",):
        return t("too_long_text", max=ctx.get("max_length", ""))
    if kind in ("greater_than_equal", "less_than_equal"):
        return t(BY_TYPE[kind], limit=ctx.get("ge", ctx.get("le", "")))
    if kind in BY_TYPE:
        return t(BY_TYPE[kind])
    if kind in CATALOG:  # our own PydanticCustomError types
        return t(kind, **ctx)
    # pydantic's own words may quote the input: never let a lone surrogate reach the terminal
    return t("other", msg=err["msg"].encode("utf-8", "backslashreplace").decode("utf-8"))


def _unknown_field(root: type[BaseModel], loc: tuple[int | str, ...]) -> str:
    owner = _model_at(root, loc[:-1])
    known = list(owner.model_fields) if owner else []
    hint = difflib.get_close_matches(str(loc[-1]), known, n=1, cutoff=0.6)
    msg = t("unknown_field", name=loc[-1])
    if hint:
        return msg + t("did_you_mean", hint=hint[0])
    return msg + t("allowed_here", known=", ".join(known)) if known else msg


def _model_at(root: type[BaseModel], loc: tuple[int | str, ...]) -> type[BaseModel] | None:
    """The model class that owns the mapping at ``loc`` (for 'did you mean')."""
    current: Any = root
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        info = current.model_fields.get(str(part))
        if info is None:
            return None
        current = _unwrap(info.annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _unwrap(annotation: Any) -> Any:
    for arg in (annotation, *_args_deep(annotation)):
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
    return annotation


def _args_deep(annotation: Any) -> Iterator[Any]:
    for arg in typing.get_args(annotation):
        yield arg
        yield from _args_deep(arg)


def _real_loc(doc: Document, loc: tuple[int | str, ...]) -> tuple[int | str, ...]:
    node: Any = doc.data
    out: list[int | str] = []
    for part in loc:
        in_map = isinstance(node, dict) and part in node
        in_seq = isinstance(node, list) and isinstance(part, int) and part < len(node)
        if in_map or in_seq:
            node = node[part]
            out.append(part)
            continue
        if isinstance(node, dict) and isinstance(part, str) and out[-1:] != [part]:
            out.append(part)  # missing key: name it, position falls back to the parent
        break
    return tuple(out)
