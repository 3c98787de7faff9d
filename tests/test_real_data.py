"""The five plans as transcribed: counts verified by reading each source."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.loading.schema import SCHEMAS, schema_text
from generator.sitemodel.site import Site
from tests.conftest import REPO

# chapters, sections, measures, boxes, box items, table rows, text indicators (checked by eye;
# text indicators include every quantified phrase of the sources and every target in words)
COUNTS = {
    "pingdingshan-2021-2025": (9, 36, 135, 14, 46, 27, 133),
    "henan-2021-2025": (14, 37, 125, 0, 0, 0, 75),
    "anyang-2021-2025": (13, 30, 116, 9, 24, 0, 124),
    "xinyang-2023-2025": (4, 21, 71, 0, 0, 0, 59),
    "xinxiang-2026-2030": (7, 16, 62, 3, 12, 27, 69),
}


@pytest.fixture
def site(real_data: Site) -> Site:
    return real_data


@pytest.mark.parametrize("plan_id", sorted(COUNTS))
def test_counts(site: Site, plan_id: str) -> None:
    plan = site.plan_by_id[plan_id]
    c = plan.counts()
    table = sum(i.origin == "table" for i in plan.indicators)
    text = sum(i.origin == "text" for i in plan.indicators)
    assert (c["chapters"], c["sections"], c["measures"], c["boxes"], c["box_items"], table, text) == COUNTS[plan_id]


def test_no_bookmark_debris_in_text(site: Site) -> None:
    for plan in site.plans:
        for ch in plan.chapters:
            for m in [*ch.measures, *(m for s in ch.sections for m in s.measures)]:
                assert "[bookmark" not in m.text, (plan.id, m.id)


def test_measure_text_is_in_its_source_lines(site: Site) -> None:
    """Every measure's words occur in the lines its locator names (debris and page glue aside)."""
    from generator.importer.text import PAGE_PREFIX, clean

    def squeeze(s: str) -> str:
        return "".join(s.split())

    for plan in site.plans:
        paged = plan.id.startswith("xinxiang")
        for ch in plan.chapters:
            for m in [*ch.measures, *(m for s in ch.sections for m in s.measures)]:
                lines = plan.source_lines[m.lines[0] - 1 : m.lines[1]]
                raw = "".join(clean(PAGE_PREFIX.sub("", ln) if paged else ln) for ln in lines)
                assert squeeze(m.text) in squeeze(raw), (plan.id, m.id)


def test_observation_years_are_stated_in_their_lines(site: Site) -> None:
    """A year the text does not give stays open; the period it names is kept instead."""
    open_years = 0
    for plan in site.plans:
        for ind in plan.indicators:
            for obs in ind.observations:
                lines = "".join(plan.source_lines[obs.lines[0] - 1 : obs.lines[1]])
                if obs.year is None:
                    open_years += 1
                    assert obs.period, (plan.id, ind.id)
                else:
                    assert str(obs.year) in lines, (plan.id, ind.id, obs.year)
    assert open_years == 119  # the “十三五”时期 achievements, recorded with the period their text names


def test_partial_sources_say_what_is_missing(site: Site) -> None:
    for plan in site.plans:
        if plan.meta.source.completeness == "partial":
            assert plan.meta.source.missing, plan.id
    assert site.plan_by_id["xinxiang-2026-2030"].meta.status == "draft"
    assert site.plan_by_id["henan-2021-2025"].meta.source.completeness == "partial"


def test_qualitative_values_carry_no_number(site: Site) -> None:
    seen = set()
    for plan in site.plans:
        for ind in plan.indicators:
            for v in (ind.baseline, ind.target):
                if v is not None and v.as_written in ("稳定增长", "应保尽保", "——", "动态清零", ""):
                    assert v.value is None and v.comparator is None, (plan.id, ind.id)
                    seen.add(v.as_written)
    assert {"稳定增长", "应保尽保", "——"} <= seen


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_committed_json_schema_is_fresh(name: str) -> None:
    committed = (REPO / "schema" / f"{name}.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(name), "run: python -m generator schema"


def test_every_yaml_file_points_editors_at_its_schema() -> None:
    for path in (REPO / "data").rglob("*.yaml"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema="), path
        target = (path.parent / first.split("=", 1)[1]).resolve()
        assert target.is_file(), path


def test_vendored_files_match_recorded_checksums() -> None:
    import hashlib

    folder = REPO / "overrides/assets/vendor"
    for line in (folder / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split()
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name


def _published_notes(obj: object, where: str = "") -> Iterator[tuple[str, str]]:
    """Every string under a field named *note*, *caveat* or *missing* in a model tree (what pages show as notes)."""
    from pydantic import BaseModel

    if isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            value = getattr(obj, name)
            if any(w in name for w in ("note", "caveat", "missing")):
                yield from _strings(value, f"{where}.{name}")
            else:
                yield from _published_notes(value, f"{where}.{name}")
    elif isinstance(obj, (list, tuple)):
        for i, item in enumerate(obj):
            yield from _published_notes(item, f"{where}[{i}]")


def _strings(obj: object, where: str) -> Iterator[tuple[str, str]]:
    from pydantic import BaseModel

    if isinstance(obj, str):
        yield where, obj
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            yield from _strings(getattr(obj, name), f"{where}.{name}")
    elif isinstance(obj, (list, tuple)):
        for i, item in enumerate(obj):
            yield from _strings(item, f"{where}[{i}]")


def test_published_notes_are_chinese(site: Site) -> None:
    """Readers are Chinese: no note shown on a page may be mostly English.

    A note fails when it has a run of four or more Latin words, or more Latin letters than Han
    characters (short OCR debris such as 'Io0%' or '1L2', units and ids are fine)."""
    import re

    english_run = re.compile(r"[A-Za-z]{2,}(?:[\s,;:'()/-]+[A-Za-z]{2,}){3,}")

    def english(text: str) -> bool:
        latin = len(re.findall(r"[A-Za-z]", text))
        han = len(re.findall(r"[\u3400-\u9fff]", text))
        return bool(english_run.search(text)) or latin > han

    trees: list[tuple[str, object]] = [("domains", site.domains), ("concepts", site.concepts)]
    for plan in site.plans:
        trees += [(f"{plan.id}:plan", plan.meta), (f"{plan.id}:chapters", plan.chapters)]
        trees += [(f"{plan.id}:indicators", plan.indicators), (f"{plan.id}:boxes", plan.boxes)]
    notes = [n for name, tree in trees for n in _published_notes(tree, name)]
    assert len(notes) > 300
    bad = [(where, text[:60]) for where, text in notes if english(text)]
    assert not bad, f"{len(bad)} English notes, e.g. {bad[:5]}"


def test_composed_names_say_so_on_the_page_and_in_the_download(real_site: Path, real_data: Site) -> None:
    """A name the source does not write as one phrase is marked in the data (checked by
    the loader both ways), labelled on its page and flagged in indicators.csv."""
    import csv

    site = real_data
    composed = {(p.id, i.id) for p in site.plans for i in p.indicators if i.name_composed}
    assert len(composed) == 121
    pages = real_site / "content/plans"
    assert "指标名称（拼合）" in (
        pages / "xinxiang-2026-2030/indicators/unemployment-insurance-enrolment/index.md"
    ).read_text(encoding="utf-8")
    assert "指标名称（原文）" in (pages / "henan-2021-2025/indicators/nursing-beds-share/index.md").read_text(
        encoding="utf-8"
    )
    rows = list(csv.DictReader((real_site / "site/data/indicators.csv").open(encoding="utf-8-sig")))
    assert {(r["plan_id"], r["id"]) for r in rows if r["name_composed"] == "yes"} == composed
