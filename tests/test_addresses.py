"""Published addresses never break: removing an id without a redirect fails the build."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ASSISTANCE, REPO, fixture_with_addresses, rename_indicator, run_cli

OLD = ASSISTANCE


def test_renaming_an_id_without_redirect_fails_and_names_the_address(tmp_path: Path) -> None:
    root = fixture_with_addresses(tmp_path)
    before = sorted(p.name for p in (root / "site").rglob("*"))
    rename_indicator(root)
    result = run_cli(root, "build")
    assert result.returncode == 1
    assert "data/addresses.txt:" in result.stderr and OLD in result.stderr
    assert "这个已发布的地址会失效" in result.stderr
    assert sorted(p.name for p in (root / "site").rglob("*")) == before


def test_a_redirect_keeps_the_old_address_working(tmp_path: Path) -> None:
    root = fixture_with_addresses(tmp_path)
    rename_indicator(root)
    (root / "data/redirects.yaml").write_text(
        "redirects:\n  plans/demo-city-2021-2025/indicators/assistance/index.md: plans/demo-city-2021-2025/indicators/social-assistance/index.md\n",
        encoding="utf-8",
    )
    result = run_cli(root, "build")
    assert result.returncode == 0, result.stderr
    page = (root / "site" / OLD / "index.html").read_text(encoding="utf-8")
    assert "social-assistance" in page and "refresh" in page
    assert '<html lang="zh">' in page and "本页已迁移" in page and "redirected" not in page  # Chinese


def test_committed_address_list_covers_every_built_page(real_site: Path) -> None:
    listed = set((REPO / "data/addresses.txt").read_text(encoding="utf-8").splitlines())
    built = {
        p.relative_to(real_site / "content").as_posix().removesuffix("index.md")
        for p in (real_site / "content").rglob("index.md")
    }
    missing = sorted(built - listed)
    assert missing == [], "run: python -m generator addresses (and commit data/addresses.txt)"
