"""Where things are: one frozen object instead of long argument lists."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from generator.problems import UserError

ROOT = Path(__file__).resolve().parent.parent
LOOPBACK = ("localhost", "127.0.0.1", "::1", "0.0.0.0")


class SiteUrlError(UserError):
    """SITE_URL is not an address the public can reach."""


@dataclass(frozen=True)
class Config:
    root: Path = ROOT
    # The public address, from the SITE_URL environment variable (the one setting; see README).
    # Empty: the site is built with relative links only, and the browser completes citations.
    site_url: str = ""
    # Where the data can be edited, from REPO_URL (https://github.com/<owner>/<repo>) and
    # REPO_BRANCH (default main). Empty: pages carry no "在 GitHub 上修改" link.
    repo_url: str = ""
    repo_branch: str = "main"

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def content_dir(self) -> Path:
        return self.root / "content"

    @property
    def site_dir(self) -> Path:
        return self.root / "site"

    @property
    def work_dir(self) -> Path:
        return self.root / ".build"

    @property
    def mkdocs_base(self) -> Path:
        return self.root / "mkdocs.yml"

    @property
    def mkdocs_generated(self) -> Path:
        return self.root / "mkdocs.gen.yml"

    @property
    def addresses_file(self) -> Path:
        return self.root / "data" / "addresses.txt"

    @property
    def redirects_file(self) -> Path:
        return self.root / "data" / "redirects.yaml"

    def check_public(self) -> None:
        """Refuse an address no reader can follow: not http(s), or a loopback host."""
        if self.repo_url and urlsplit(self.repo_url).scheme not in ("http", "https"):
            raise SiteUrlError(f"REPO_URL={self.repo_url!r} is not an http(s) address")
        if not self.site_url:
            return
        parts = urlsplit(self.site_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise SiteUrlError(f"SITE_URL={self.site_url!r} is not an http(s) address")
        host = parts.hostname.lower()
        if host in LOOPBACK or host.startswith("127.") or host.endswith(".localhost"):
            raise SiteUrlError(
                f"SITE_URL={self.site_url!r} points at this machine; a published site would link there. "
                "Unset SITE_URL (relative links) or set the public address; use `serve` to preview locally"
            )

    @classmethod
    def from_env(cls, root: Path | None = None) -> Config:
        url = os.environ.get("SITE_URL", "").strip()
        if url and not url.endswith("/"):
            url += "/"
        repo = os.environ.get("REPO_URL", "").strip().rstrip("/").removesuffix(".git")
        branch = os.environ.get("REPO_BRANCH", "").strip() or "main"
        return cls(root=(root or ROOT).resolve(), site_url=url, repo_url=repo, repo_branch=branch)
