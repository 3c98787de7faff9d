"""Escaping text for the two places it lands: Markdown source and MkDocs' raw theme output."""

from __future__ import annotations

import html
import re

from markupsafe import Markup

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


def iframe_snippet(src: str, title: str) -> str:
    """The embed code a reader copies: every value escaped, so pasting it runs nothing."""
    a = html.escape(src, quote=True)
    t = html.escape(title, quote=True)
    return f'<iframe src="{a}" title="{t}" width="100%" height="380" loading="lazy" style="border:0"></iframe>'
