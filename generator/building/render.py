"""The one place that imports jinja2. Autoescaping on, undefined names are errors."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from types import SimpleNamespace

import jinja2
from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined

from generator.escape import attr_json, md, mkdocs_text
from generator.inputs import code_digest
from generator.sitemodel.vocabulary import ANCHORS, ROLE
from generator.views.page import Context

TEMPLATES = Path(__file__).parent.parent / "templates"


def environment(compiled: Path | None = None) -> Environment:
    """The templates' environment; with ``compiled`` (a folder), templates compiled by an earlier
    build are read from there (Jinja checks each against its template's text) instead of compiled
    again. The folder's name holds Jinja's version and this module's code (the options below
    shape the compiled code too): anything else starts a new folder, and the old one goes."""
    cache = None
    if compiled is not None:
        folder = compiled / f"jinja-{jinja2.__version__}-{code_digest(__name__)[:16]}"
        if compiled.is_dir():
            for old in compiled.iterdir():
                if old != folder:
                    shutil.rmtree(old, ignore_errors=True)
        folder.mkdir(parents=True, exist_ok=True)
        cache = FileSystemBytecodeCache(str(folder))
    env = Environment(
        bytecode_cache=cache,
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        comment_start_string="{#--",  # {#id} is Markdown attr_list syntax in our templates
        comment_end_string="--#}",
    )
    # a plan page's own anchors (validation keeps data ids off them); attributes, since a dict's
    # anchor.values would be its method
    env.globals["anchor"] = SimpleNamespace(**ANCHORS)
    env.globals["role"] = ROLE  # 基期, 目标: the vocabulary's words, not the templates'
    env.filters["md"] = md
    env.filters["attr_json"] = attr_json
    env.filters["mkdocs_text"] = mkdocs_text
    return env


def render(env: Environment, context: Context) -> str:
    """A page's text from its typed context: each field becomes a template variable."""
    values = {f.name: getattr(context, f.name) for f in dataclasses.fields(context)}  # type: ignore[arg-type]
    return env.get_template(context.template).render(**values)
