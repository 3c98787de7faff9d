"""Where things are: one frozen object instead of long argument lists."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Config:
    root: Path = ROOT
    site_url: str = "http://127.0.0.1:8000/"

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

    @classmethod
    def from_env(cls, root: Path | None = None) -> Config:
        url = os.environ.get("SITE_URL", cls.site_url)
        return cls(root=(root or ROOT).resolve(), site_url=url if url.endswith("/") else url + "/")
