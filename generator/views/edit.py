"""「在 GitHub 上修改」: from a page back to the YAML line that holds its item.

The repository's address is a setting (REPO_URL, REPO_BRANCH); nothing is requested while
building. Without the setting every link is empty and templates show none.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from generator.sitemodel.site import Place


@dataclass(frozen=True)
class EditLinks:
    repo_url: str = ""  # https://github.com/<owner>/<repo>, or empty: no links
    branch: str = "main"

    def link(self, place: Place | None) -> str:
        """https://github.com/<owner>/<repo>/blob/<branch>/<file>#L<line>, or '' when unknown."""
        if not self.repo_url or place is None or place.file.startswith("/") or ".." in place.file.split("/"):
            return ""
        return f"{self.repo_url}/blob/{quote(self.branch, safe='/')}/{quote(place.file, safe='/')}#L{place.line}"


NO_EDIT = EditLinks()  # no repository set: no links
