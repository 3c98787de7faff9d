"""The one place that imports jinja2. Autoescaping on, undefined names are errors."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

TEMPLATES = Path(__file__).parent / "templates"
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>])")


def md(text: object) -> Markup:
    """Text for a Markdown context (headings, link text): shows as typed, never as markup."""
    escaped = _MD_SPECIAL.sub(r"\\\1", str(text))
    return Markup(escaped.replace("&", "&amp;").replace("\\<", "&lt;").replace("\\>", "&gt;"))


def mkdocs_text(text: object) -> str:
    """Text MkDocs' theme prints without escaping (page titles, descriptions, nav labels)."""
    return html.escape(str(text), quote=True)


def attr_json(text: str) -> Markup:
    """JSON for a data-* attribute."""
    return Markup(html.escape(text, quote=True))


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
