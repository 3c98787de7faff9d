"""Published addresses never break: every address ever published is either still a page or
has a redirect. The committed list (data/addresses.txt) grows; redirects live in
data/redirects.yaml (old page → new page), validated like every other data file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from generator import urls
from generator.config import Config
from generator.loading.located import Located, validate
from generator.loading.yamlio import parse
from generator.messages import t
from generator.model.redirects import Redirects
from generator.problems import DataError, Problem, display_path

if TYPE_CHECKING:
    from generator.sitemodel.site import Site
    from generator.views import SiteView

HEADER = "# Every page address the site has published. Never remove a line.\n"


class AddressError(DataError):
    pass


def page_addresses(written: list[str]) -> list[str]:
    """Site addresses of the pages among the files written to content/."""
    return sorted(urls.address_of(rel) for rel in written if rel.endswith(".md"))


def planned_pages(view: SiteView) -> list[str]:
    """The Markdown pages the build writes to content/ (the pages among what
    ``write.render_content`` returns), without rendering them."""
    out = [p.file for p in view.pages] + [f.path for f in view.files] + [e.path for e in view.embeds]
    return sorted({rel for rel in out if rel.endswith(".md")})


def site_pages(site: Site) -> list[str]:
    """The one list of the Markdown pages the build of ``site`` writes (no MkDocs, no rendering;
    the page list depends neither on the history, which only adds a feed file, nor on the site's
    address): what validate checks and what the data diff compares between two revisions."""
    from generator.views import site_view

    return planned_pages(site_view(site, ""))


def check_planned(config: Config, site: Site) -> dict[str, str]:
    """``check`` against the pages the build of ``site`` will write (for validate)."""
    return check(config, site_pages(site))


def page_file(address: str) -> str:
    return address + "index.md" if address.endswith("/") or address == "" else address


def published(path: Path) -> dict[str, int]:
    """The committed list of published addresses, each with its line number in the file."""
    if not path.exists():
        return {}
    lines = enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
    return {ln.strip(): n for n, ln in lines if ln.strip() and not ln.startswith("#")}


def load_redirects(path: Path, root: Path) -> Located[Redirects] | None:
    """data/redirects.yaml, validated (AddressError with every problem), or None when absent."""
    if not path.exists():
        return None
    doc, problems = parse(path, display_path(path, root))
    if doc is None:
        raise AddressError(problems)
    item, problems = validate(doc, Redirects)
    if item is None:
        raise AddressError(problems)
    return item


def check(config: Config, written: list[str]) -> dict[str, str]:
    """Fail when a published address would vanish or a redirect is wrong; return the redirect map."""
    current = {page_file(a) for a in page_addresses(written)}
    located = load_redirects(config.redirects_file, config.root)
    redirects = dict(located.model.redirects) if located else {}
    recorded = published(config.addresses_file)
    problems = _redirect_problems(located, current, {page_file(a) for a in recorded}) if located else []
    shown = display_path(config.addresses_file, config.root)
    for addr, n in recorded.items():
        page = page_file(addr)
        if page not in current and page not in redirects:
            msg = t("address_breaks", page=page)
            problems.append(Problem(shown, n, 1, addr or "/", msg))
    if problems:
        raise AddressError(problems)
    return redirects


def _redirect_problems(item: Located[Redirects], current: set[str], recorded: set[str]) -> list[Problem]:
    out = []
    redirects = item.model.redirects
    for old, new in redirects.items():
        loc = ("redirects", old)
        if old in current:
            out.append(item.problem(loc, t("redirect_live", old=old), key=True))
        elif old not in recorded:
            out.append(item.problem(loc, t("redirect_unpublished", old=old), key=True))
        if new in redirects:
            out.append(item.problem(loc, t("redirect_chain", new=new)))
        elif not new.startswith("https://") and new not in current:
            out.append(item.problem(loc, t("redirect_nowhere", new=new)))
    return out


def redirect_map(path: Path, root: Path) -> dict[str, str]:
    located = load_redirects(path, root)
    return dict(located.model.redirects) if located else {}


def record(config: Config, written: list[str]) -> int:
    """Add the current page addresses to the committed list; returns how many were new."""
    old = set(published(config.addresses_file))
    new = set(page_addresses(written)) - old
    config.addresses_file.write_text(HEADER + "".join(f"{a}\n" for a in sorted(old | new)), encoding="utf-8")
    return len(new)
