"""The one place that imports jinja2. Autoescaping on, undefined names are errors."""

from __future__ import annotations

import dataclasses
import hashlib
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import jinja2
from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined

from generator.escape import attr_json, md, mkdocs_text
from generator.inputs import code_digest
from generator.sitemodel.vocabulary import ANCHORS, ROLE
from generator.views.page import Context

TEMPLATES = Path(__file__).parent.parent / "templates"


class _Loader(FileSystemLoader):
    """Keeps the text of every template it gave the environment: what the pages were rendered
    with, which the render cache's keys are made of (``template_digest``)."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.texts: dict[str, str] = {}
        self.digests: dict[str, str] = {}

    def get_source(self, environment: Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        self.texts[template] = source
        return source, filename, uptodate


def compiled_folder(compiled: Path, code: str) -> Path:
    """The folder of Jinja's compiled templates under ``compiled``, named by Jinja's version and
    ``code`` (the digest of the code that makes the environment: its options shape the compiled
    code); Jinja checks each entry against its template's text. Another folder there is an older
    one's, and goes."""
    folder = compiled / f"jinja-{jinja2.__version__}-{code[:16]}"
    if compiled.is_dir():
        for old in compiled.iterdir():
            if old != folder:
                shutil.rmtree(old, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def environment(compiled: Path | None = None) -> Environment:
    """The templates' environment; with ``compiled`` (a folder), templates compiled by an earlier
    build are read from there (Jinja checks each against its template's text) instead of compiled
    again. The folder's name holds Jinja's version and this module's code (the options below
    shape the compiled code too): anything else starts a new folder, and the old one goes.
    A template is read once per environment (no reload): a template edited while a build runs
    waits for the next build, and ``template_digest`` names the text the pages were made from."""
    env = Environment(
        bytecode_cache=(
            FileSystemBytecodeCache(str(compiled_folder(compiled, code_digest(__name__))))
            if compiled is not None
            else None
        ),
        loader=_Loader(TEMPLATES),
        auto_reload=False,
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


def template_digest(env: Environment, name: str) -> str:
    """A digest of the text of template ``name`` and of every template it includes, imports or
    extends, however indirectly, as ``env`` renders them (each is loaded here if it was not)."""
    loader = env.loader
    assert isinstance(loader, _Loader)
    if name not in loader.digests:
        seen: set[str] = set()
        todo = [name]
        while todo:
            here = todo.pop()
            if here not in seen:
                seen.add(here)
                try:
                    env.get_template(here)  # the text rendered: kept by the loader (no reload)
                except jinja2.TemplateNotFound:
                    if here == name:
                        raise
                    continue  # {% include ... ignore missing %}: its absence is in the digest
                todo += referenced(loader.texts[here], env.list_templates)
        h = hashlib.sha256()
        for here in sorted(seen):
            text = loader.texts.get(here, "\0(none)").encode()
            h.update(f"{here}\0{len(text)}\0".encode() + text)
        loader.digests[name] = h.hexdigest()
    return loader.digests[name]


# A tag that may name another template: {% include/import/extends/from ... %}, and the name if
# it is one string
_TAG = re.compile(
    r"\{%[-+]?\s*(?:include|import|extends|from)\b\s*"
    r"(?:([\"'])([^\"'{}%]+)\1(?=\s*(?:[-+]?%\}|(?:as|import|ignore|with|without)\b)))?"
)


def referenced(text: str, every: Callable[[], list[str]]) -> list[str]:
    """The templates ``text`` may include, import or extend, read from its tags without parsing
    (Jinja's parser costs more than the rendering it would save); a tag whose template is not
    named by one string (an expression, a list), or any doubt, gives ``every`` template. A tag
    inside a comment or raw block is counted too, which costs a rendering, never a stale page."""
    names: list[str] = []
    for m in _TAG.finditer(text):
        if m.group(2) is None:
            return every()
        names.append(m.group(2))
    return names
