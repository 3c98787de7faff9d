"""The one place that imports jinja2. Autoescaping on, undefined names are errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from generator.escape import attr_json, md, mkdocs_text

TEMPLATES = Path(__file__).parent / "templates"


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
    env.filters["md"] = md
    env.filters["attr_json"] = attr_json
    env.filters["mkdocs_text"] = mkdocs_text
    return env


def render(env: Environment, template: str, context: dict[str, Any]) -> str:
    return env.get_template(template).render(**context)
