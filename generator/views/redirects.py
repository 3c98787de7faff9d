"""Pages that used to be: each redirect in data/redirects.yaml (checked by addresses.check) as a
small Chinese page at the old address that sends the reader on, anchor and all."""

from __future__ import annotations

from dataclasses import dataclass

from generator import urls
from generator.views.page import Context, Embed


@dataclass(frozen=True)
class RedirectContext(Context):
    template = "redirect.html.j2"
    target: str  # relative to the old address, or an https:// address elsewhere


def redirect_pages(redirects: dict[str, str]) -> list[Embed]:
    """``redirects`` maps old page files (plans/a/index.md) to new ones or to https:// addresses."""
    out = []
    for old, new in sorted(redirects.items()):
        here = urls.address_of(old)
        target = new if new.startswith("https://") else urls.link(here, urls.address_of(new))
        out.append(Embed(here + "index.html", RedirectContext(target)))
    return out
