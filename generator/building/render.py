"""The one place that imports jinja2. Autoescaping on, undefined names are errors."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from types import SimpleNamespace

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from generator.escape import attr_json, md, mkdocs_text
from generator.sitemodel.vocabulary import ANCHORS, ROLE
from generator.views.page import Context

TEMPLATES = Path(__file__).parent.parent / "templates"


def environment() -> Environment:
    env = Environment(
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
