"""Every site address in one place. Addresses are site-relative, end in '/', never move."""

from __future__ import annotations

import functools

PLANS_JSON = "data/plans.json"
INDICATORS_CSV = "data/indicators.csv"
PROJECTS_CSV = "data/projects.csv"
OBSERVATIONS_CSV = "data/observations.csv"
OFFLINE_BUNDLE = "downloads/plans-offline.zip"  # generator/building/bundle.py


def plan(plan_id: str) -> str:
    return f"plans/{plan_id}/"


def chapter(plan_id: str, chapter_id: str) -> str:
    return f"plans/{plan_id}/chapters/{chapter_id}/"


def measure(plan_id: str, chapter_id: str, measure_id: str) -> str:
    return f"{chapter(plan_id, chapter_id)}#{measure_id}"


def indicators(plan_id: str) -> str:
    return f"plans/{plan_id}/indicators/"


def indicator(plan_id: str, indicator_id: str) -> str:
    return f"plans/{plan_id}/indicators/{indicator_id}/"


def projects(plan_id: str) -> str:
    return f"plans/{plan_id}/projects/"


def project_box(plan_id: str, box_id: str) -> str:
    return f"{projects(plan_id)}#{box_id}"


def project_item(plan_id: str, item_id: str) -> str:
    return f"{projects(plan_id)}#{item_id}"


def report(plan_id: str) -> str:
    """规划落实情况: every indicator's baseline, target, latest figure and status, printable."""
    return f"plans/{plan_id}/report/"


def source(plan_id: str, lines: tuple[int, int] | None = None) -> str:
    return f"plans/{plan_id}/source/" + (f"#L{lines[0]}" if lines else "")


def source_file(file_name: str) -> str:
    return f"sources/{file_name}"


def changes() -> str:
    """更新记录: the data's change history."""
    return "changes/"


def observations() -> str:
    """The tracker's page: how status is computed, every observation source."""
    return "observations/"


def observation_source(source_id: str, lines: tuple[int, int] | None = None) -> str:
    """An archived observation source, line by line (like a plan's source page)."""
    return f"observations/sources/{source_id}/" + (f"#L{lines[0]}" if lines else "")


def domain(domain_id: str) -> str:
    return f"domains/{domain_id}/"


def domain_page(domain_id: str, number: int) -> str:
    """Page ``number`` of a domain too long for one page (the first is the domain's address)."""
    return domain(domain_id) if number == 1 else f"domains/{domain_id}/{number}/"


def compare() -> str:
    return "compare/"


def concept(concept_id: str) -> str:
    return f"compare/{concept_id}/"


def concept_page(concept_id: str, number: int) -> str:
    """Page ``number`` of a comparison too long for one page (the first is the concept's address)."""
    return concept(concept_id) if number == 1 else f"compare/{concept_id}/{number}/"


def compare_download(ext: str) -> str:
    """compare/'s table as a file."""
    return f"data/compare.{ext}"


def concept_download(concept_id: str, ext: str) -> str:
    """A concept's comparison table (every plan) as a file."""
    return f"data/compare/{concept_id}.{ext}"


def assets_from(path: str) -> str:
    """The site's assets/ folder, relative to a file at ``path`` (a standalone HTML page)."""
    return "../" * path.count("/") + "assets/"


def from_file(path: str, to_url: str) -> str:
    """A page's address relative to a file at ``path`` (a standalone HTML page)."""
    return "../" * path.count("/") + to_url


def embed(plan_id: str, indicator_id: str) -> str:
    return f"embed/{plan_id}/{indicator_id}.html"


def indicator_download(plan_id: str, indicator_id: str, ext: str) -> str:
    return f"data/indicators/{plan_id}/{indicator_id}.{ext}"


def share_image(plan_id: str | None) -> str:
    """The picture shown beside a shared link (generator/views/share.py): the plan's, or the site's."""
    return f"assets/share/{plan_id or 'site'}.png"


def downloads() -> str:
    return "downloads/"


def domains() -> str:
    return "domains/"


def page_file(url: str) -> str:
    """The Markdown file (under content/) that MkDocs turns into ``url``."""
    path = url.split("#", 1)[0]
    return path + "index.md"


def address_of(page_file: str) -> str:
    """The address of a page file: plans/a/index.md → plans/a/, about.md → about/ (page_file's inverse)."""
    if page_file.endswith("index.md"):
        return page_file.removesuffix("index.md")
    return page_file.removesuffix(".md") + "/"


@functools.lru_cache(maxsize=1 << 16)
def _parts(address: str) -> tuple[str, ...]:
    return tuple(p for p in address.split("/") if p)


def link(from_url: str, to_url: str) -> str:
    """A relative URL from one page (a directory URL such as 'plans/a/') to another address.

    Links live in raw HTML, which MkDocs does not rewrite, so they are final URLs; the
    link checker test proves every one of them resolves in the built site. Both addresses are
    the site's own (folders and files under its root, no '..'), so the path is their parts after
    the folders they share: what posixpath.relpath gives, without its work on absolute paths
    (a province's site asks for a few hundred thousand links).
    """
    target, _, anchor = to_url.partition("#")
    here, there = _parts(from_url), _parts(target)
    shared, most = 0, min(len(here), len(there))
    while shared < most and here[shared] == there[shared]:
        shared += 1
    rel = "/".join([".."] * (len(here) - shared) + list(there[shared:]))
    if target == "" or target.endswith("/"):
        rel = rel + "/" if rel else "./"
    return rel + (f"#{anchor}" if anchor else "")


def about() -> str:
    """关于本站: who the site is for, its sources, the tools that build it."""
    return "about/"
