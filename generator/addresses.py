"""Published addresses never break: every address ever published is either still a page or
has a redirect. The committed list (data/addresses.txt) grows; redirects live in
data/redirects.yaml (old address → new address)."""

from __future__ import annotations

from pathlib import Path

from ruamel.yaml import YAML

from generator.config import Config
from generator.problems import DataError, Problem


class AddressError(DataError):
    pass


def page_addresses(written: list[str]) -> list[str]:
    """Site addresses of the pages among the files written to content/."""
    out = []
    for rel in written:
        if rel.endswith("index.md"):
            out.append(rel.removesuffix("index.md"))
        elif rel.endswith(".md"):
            out.append(rel.removesuffix(".md") + "/")
    return sorted(out)


def load_redirects(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    data = YAML(typ="safe").load(path.read_text(encoding="utf-8")) or {}
    return {str(k): str(v) for k, v in (data.get("redirects") or {}).items()}


def check(config: Config, written: list[str]) -> dict[str, str]:
    """Fail when a published address would vanish; return the redirect map for MkDocs."""
    current = set(page_addresses(written))
    redirects = load_redirects(config.redirects_file)
    published = []
    if config.addresses_file.exists():
        published = [
            ln.strip()
            for ln in config.addresses_file.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")
        ]
    shown = config.addresses_file.relative_to(config.root).as_posix()
    problems = []
    for n, addr in enumerate(published, 1):
        page = addr + "index.md" if addr.endswith("/") or addr == "" else addr
        if addr not in current and page not in redirects:
            problems.append(
                Problem(
                    shown,
                    n,
                    1,
                    addr or "/",
                    f"this published address would break; keep the page or add a redirect for '{page}' in data/redirects.yaml",
                )
            )
    if problems:
        raise AddressError(problems)
    return redirects


def record(config: Config, written: list[str]) -> int:
    """Add the current page addresses to the committed list; returns how many were new."""
    old = set()
    if config.addresses_file.exists():
        old = {
            ln.strip()
            for ln in config.addresses_file.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")
        }
    new = set(page_addresses(written)) - old
    lines = sorted(old | new)
    config.addresses_file.write_text(
        "# Every page address the site has published. Never remove a line.\n" + "".join(f"{a}\n" for a in lines),
        encoding="utf-8",
    )
    return len(new)
