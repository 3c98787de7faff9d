"""The site's search index: Pagefind, run on the built HTML (the one place that runs it).

Pagefind's extended build segments Chinese, and splits its index into small chunks, so a
reader downloads only the parts a query needs (and nothing until search is opened: see
``overrides/assets/js/site.js``). Only what ``overrides/main.html`` marks with
``data-pagefind-body`` is indexed: the article of each page, never the navigation, the
embed pages or pages whose front matter says ``search: exclude``. Each plan page carries
``data-pagefind-meta`` (plan, region) from the templates, so a result names its plan.

Pagefind holds every page it indexes in memory (about 5 GB for a province's hundred plans), so
a large site is indexed in parts: the cross-plan pages, then groups of whole plans of at most
``PART_PAGES`` pages, each by its own Pagefind run into its own bundle; the cross-plan bundle is
``pagefind/`` itself, the others ``pagefind/<part>/``, listed in ``pagefind/parts.json``, which
site.js merges into one search when search is opened (Pagefind's ``mergeIndex``). A part whose
pages and Pagefind's arguments are those of the last build is copied from ``.build/search/``
instead of being indexed again.

Pagefind has no incremental mode, so an edit would index its whole part again (the whole site,
while it fits one part). Instead, a part whose changed pages are at most half of it keeps the
bundle it was last indexed into, and those pages (changed or new since) are indexed on their own
into one more part, ``pagefind/delta/``: parts.json lists the ids of their older copies in the
kept bundles, and of pages gone since (``hidden``), which a search does not show (site.js; the
offline bundle takes ``fragment_parts``, which leaves them out), and the ids of the delta's pages
(``fresh``), which a search shows only where they hold every word of the query (Pagefind drops a
query word its index lacks: a small index would match pages the whole site's would not). Pagefind's ids are short hashes,
unique within one run only: where a hidden id, or a delta page's, is also another part's, the
build indexes the changed parts in full instead. A part with more than half its pages changed is
indexed again in full, and its pages leave the delta part.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import platform
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from generator import urls
from generator.building.digests import Digests
from generator.building.files import files_under, link_tree
from generator.config import ROOT
from generator.inputs import file_stamp
from generator.messages import t

BUNDLE = "pagefind"  # folder under the site: served from the site itself, no other host
ARGS = [
    "--output-subdir",
    BUNDLE,
    # one index for the whole site, whatever a page's lang says
    "--force-language",
    "zh",
    # Material's permalink "¶" would end up in titles and excerpts
    "--exclude-selectors",
    ".headerlink",
    "--quiet",
]
# pages of one Pagefind run at most (beyond, whole plans go to other parts): about 1.2 GB of
# Pagefind's memory at a hundred Anyang-sized plans
PART_PAGES = 3000
# {"parts": the bundles site.js merges into the main one, "hidden": ids of pages a search does not
# show, "fresh": ids of the delta part's pages}
PARTS_FILE = "parts.json"
DELTA = "delta"  # the part of the pages changed since their own part's bundle was made
PLANS = PurePosixPath(urls.plan("p")).parts[0]  # the site's folder of plans: plans/<plan id>/...
EMBEDS = PurePosixPath(urls.embed("p", "i")).parts[0]  # the embeddable charts: never indexed
# what a merged bundle needs; Pagefind's JS, WebAssembly and UIs are served by the main one only
PART_KEEPS = ("pagefind-entry.json", "pagefind.*.pf_meta", "index", "fragment", "filter")


class SearchIndexFailed(RuntimeError):
    pass


def executable() -> Path:
    """Pagefind's extended binary (it segments Chinese) at the version package-lock.json pins.

    npm installs only the platform package that fits this machine; PAGEFIND_BINARY overrides.
    PyPI's pagefind-bin-extended stops at 1.5.2, whose segmenter splits 棚户区 inside
    新开工棚户区改造安置住房 differently from the query, so that page was never found.
    """
    if os.environ.get("PAGEFIND_BINARY"):
        return Path(os.environ["PAGEFIND_BINARY"])
    arch = {"x86_64": "x64", "amd64": "x64", "aarch64": "arm64", "arm64": "arm64"}.get(platform.machine().lower(), "")
    binary = ROOT / "node_modules" / "@pagefind" / f"{platform.system().lower()}-{arch}" / "bin" / "pagefind_extended"
    if not binary.is_file():
        raise SearchIndexFailed(t("pagefind_missing", binary=binary))
    return binary


@dataclass(frozen=True)
class Part:
    name: str  # "" for the main bundle
    glob: str  # Pagefind's --glob for its pages
    pages: tuple[str, ...]  # paths of its HTML files, relative to the site


def _alternatives(patterns: list[str]) -> str:
    return patterns[0] if len(patterns) == 1 else "{" + ",".join(patterns) + "}"


def _tops(pages: list[str], plans_whole: bool) -> str:
    """A glob for these pages by their top-level files and folders (plans/: its own pages only,
    unless the plans are in the same part)."""
    tops = set()
    for page in pages:
        top, sep, rest = page.partition("/")
        if not sep:
            tops.add(top)
        elif top == PLANS and not plans_whole:
            tops.add(f"{PLANS}/*.html" if "/" not in rest else f"{PLANS}/{rest.split('/', 1)[0]}/**/*.html")
        else:
            tops.add(f"{top}/**/*.html")
    return _alternatives(sorted(tops))


def plan_of(page: str) -> str | None:
    """The plan a page of the site is a page of (plans/<plan>/...), else None."""
    top, _, rest = page.partition("/")
    return rest.split("/", 1)[0] if top == PLANS and "/" in rest else None


def parts(site_dir: Path, limit: int = PART_PAGES, files: list[str] | None = None) -> list[Part]:
    """The main part (every page outside plans/<plan>/, and the plans themselves while the site fits
    one part), then groups of whole plans in their order, each of at most ``limit`` pages. The
    embed pages are no part's: they are never indexed (they are not built from main.html).
    ``files``: the site's files, where the caller has them listed."""
    pages = [f for f in files if f.endswith(".html")] if files is not None else files_under(site_dir, ".html")
    pages = [p for p in pages if p.split("/", 1)[0] not in (BUNDLE, EMBEDS)]
    if len(pages) <= limit:
        return [Part("", _tops(pages, plans_whole=True), tuple(pages))]
    plans: dict[str, list[str]] = {}
    main: list[str] = []
    for page in pages:
        plan = plan_of(page)
        if plan is not None:
            plans.setdefault(plan, []).append(page)
        else:
            main.append(page)
    out = [Part("", _tops(main, plans_whole=False), tuple(main))]
    group: list[str] = []
    for plan in sorted(plans):
        if group and len(group) + len(plans[plan]) > limit:
            out.append(Part(f"p{len(out)}", _tops(group, plans_whole=False), tuple(group)))
            group = []
        group += plans[plan]
    if group:
        out.append(Part(f"p{len(out)}", _tops(group, plans_whole=False), tuple(group)))
    return out


def _made(binary: Path) -> str:
    """What any bundle is made with: Pagefind's binary and arguments, and how a bundle is trimmed."""
    h = hashlib.sha256(json.dumps([str(binary), binary.stat().st_size, ARGS]).encode())
    h.update(Path(__file__).read_bytes())
    return h.hexdigest()


def part_key(part: Part, made: str, cut: dict[str, str]) -> str:
    """What a part's bundle is made from: its pages' paths and the digests of what Pagefind reads
    of them (``cut``), and Pagefind's binary and arguments (``made``)."""
    h = hashlib.sha256(json.dumps([made, part.name, part.glob]).encode())
    for page in part.pages:
        h.update(f"{page}\0{cut[page]}\0".encode())
    return h.hexdigest()


def searched_part(html: bytes) -> bytes:
    """What Pagefind needs of a page: its head and body tag, then everything from the element
    marked ``data-pagefind-body`` on. Material's header and navigation before that element,
    most of a page's bytes on a large site, are left out: Pagefind indexes only that element,
    so its bundle is the same (tests/test_search_index.py proves it on the real site). A page
    without the mark, or with another ``data-pagefind`` attribute before it, is kept whole."""
    mark = html.find(b" data-pagefind-body")
    body = html.find(b"<body")
    start = html.rfind(b"<", 0, mark)
    if mark < 0 or body < 0 or start < body:
        return html
    opened = html.find(b">", body) + 1
    if opened <= 0 or opened > start or b"data-pagefind" in html[opened:start]:
        return html
    return html[:opened] + html[start:]


def _searched_pages(site_dir: Path, pages: Path, wanted: tuple[str, ...], digests: Digests) -> dict[str, str]:
    """Bring ``pages`` to hold the searched part of each wanted page of the site, rewriting only
    those whose digest changed since it was written (recorded in ``pages/digests.json``, with
    the code that cut them, the digest of the part written and the stamp of its file: a file
    changed since is written again). Returns each page's digest of its searched part: what
    Pagefind reads, so that a page changed only before its search body (its header, the
    navigation) leaves its part as it was."""
    record = pages / "digests.json"
    code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    try:
        kept = json.loads(record.read_text(encoding="utf-8"))
        written: dict[str, list[object]] = kept["pages"] if kept["code"] == code else {}
    except (OSError, ValueError, KeyError, TypeError):
        written = {}
    if not written:  # nothing known of what is there: start again
        shutil.rmtree(pages, ignore_errors=True)
        pages.mkdir(parents=True)
    for gone in set(written) - set(wanted):  # a page no longer in the site is searched no more
        (pages / gone).unlink(missing_ok=True)
        del written[gone]
    root, made = os.fspath(pages), set()
    for page in wanted:
        digest = digests.of(page)
        target = os.path.join(root, page)
        known = written.get(page)
        if known is not None and known[0] == digest and known[2:] == _stamp_of(target):
            continue
        folder = os.path.dirname(target)
        if folder not in made:
            os.makedirs(folder, exist_ok=True)
            made.add(folder)
        with open(os.path.join(site_dir, page), "rb") as page_file, open(target, "wb") as cut:
            part = searched_part(page_file.read())
            cut.write(part)
        written[page] = [digest, hashlib.sha256(part).hexdigest(), *file_stamp(target)]
    record.write_text(json.dumps({"code": code, "pages": written}, sort_keys=True), encoding="utf-8")
    return {page: str(written[page][1]) for page in wanted}


def _stamp_of(path: str) -> list[int] | None:
    try:
        return file_stamp(path)
    except OSError:
        return None


def _run(binary: Path, site_dir: Path, part: Part, out: Path) -> None:
    proc = subprocess.run(
        [str(binary), "--site", str(site_dir), *ARGS, "--output-path", str(out), "--glob", part.glob],
        capture_output=True,
        text=True,
        encoding="utf-8",  # whatever the reader's locale (GB18030 is common): never a traceback
        errors="replace",
        check=False,
    )
    if proc.returncode != 0 or not (out / "pagefind-entry.json").is_file():
        raise SearchIndexFailed(t("pagefind_failed", code=proc.returncode, out=f"{proc.stdout}\n{proc.stderr}"))


def _trim(out: Path, main: bool) -> None:
    """The site draws results in Material's own search box: Pagefind's UIs are never served,
    and a merged part keeps only its index."""
    if main:
        for extra in sorted([*out.glob("pagefind-*ui.*"), out / "pagefind-highlight.js"]):
            extra.unlink(missing_ok=True)
        return
    keep = {p for pattern in PART_KEEPS for p in out.glob(pattern)}
    for path in sorted(out.iterdir()):
        if path not in keep:
            shutil.rmtree(path) if path.is_dir() else path.unlink()


def index_site(
    site_dir: Path,
    cache: Path | None = None,
    limit: int = PART_PAGES,
    digests: Digests | None = None,
    pages: Path | None = None,
    files: list[str] | None = None,
    delta: bool = True,
) -> Path:
    """Write the search bundle into ``site_dir/pagefind`` (in parts of at most ``limit`` pages);
    returns that folder. With ``cache``, a part unchanged since the last build is taken from there
    (its pages' digests from ``digests``, where given), and so is one whose few changed pages go
    to the delta part (see the module's text; ``delta=False``: never). Pagefind reads the searched
    part of each page (``searched_part``) from ``pages``, kept from build to build where given (a
    temporary folder otherwise). ``files``: the site's files, where the caller has them listed."""
    out = site_dir / BUNDLE
    binary = executable()
    found = parts(site_dir, limit, files)
    digests = digests or Digests(site_dir)
    made = _made(binary)
    with tempfile.TemporaryDirectory(prefix="search-pages-") as temporary:
        read_from = pages or Path(temporary) / "pages"
        cut = _searched_pages(site_dir, read_from, tuple(p for part in found for p in part.pages), digests)
        changed = _delta_pages(found, cache, cut, made, limit) if cache is not None and delta else {}
        later = [page for part in found if part.name in changed for page in part.pages if page in changed[part.name]]
        todo = [*found, Part(DELTA, "**/*.html", tuple(later))] if later else found
        names = [p.name for p in todo if p.name]
        hidden: set[str] = set()
        for part in todo:  # the main part first: its folder holds the others'
            dest = out / part.name if part.name else out
            nested = (*names, DELTA) if not part.name else ()  # a delta part of an earlier build: removed below
            kept = cache / (part.name or "main") if cache is not None else None
            if kept is not None and part.name in changed:  # its bundle as it was; its changed pages hidden
                _link_kept(dest, kept, nested)
                hidden |= _ids_of(kept, changed[part.name])
                continue
            key = part_key(part, made, cut) if kept is not None else ""
            if kept is not None and (kept / "key").is_file() and (kept / "key").read_text() == key:
                _link_kept(dest, kept, nested)
                continue
            link_tree(dest, {}, skip=nested)  # Pagefind adds its files to what is there
            source = read_from
            if part.name == DELTA:  # Pagefind given the delta's pages only
                source = Path(temporary) / DELTA
                link_tree(source, {page: os.path.join(read_from, page) for page in part.pages})
            _run(binary, source, part, dest)
            _trim(dest, main=not part.name)
            if kept is not None:
                _keep(dest, kept, key, nested=names if not part.name else [])
                record = {"made": made, "pages": {page: cut[page] for page in part.pages}}
                (kept / "pages.json").write_text(json.dumps(record), encoding="utf-8")
    if later and _ids_collide(out, names, hidden):  # one id for two pages: hide none of them by mistake
        return index_site(site_dir, cache, limit, digests, pages, files, delta=False)
    if not later:
        shutil.rmtree(out / DELTA, ignore_errors=True)
    if cache is not None:  # parts of an earlier, larger site, or an earlier delta part
        for old in sorted(cache.iterdir()) if cache.is_dir() else []:
            if old.name != "main" and old.name not in names:
                shutil.rmtree(old)
    fresh = sorted(p.stem for p in (out / DELTA).glob("fragment/*.pf_fragment"))
    index = {"parts": names, "hidden": sorted(hidden), **({"fresh": fresh} if fresh else {})}
    (out / PARTS_FILE).write_text(json.dumps(index, separators=(",", ":")), encoding="utf-8")
    return out


def _delta_pages(found: list[Part], cache: Path, cut: dict[str, str], made: str, limit: int) -> dict[str, set[str]]:
    """For each part whose kept bundle stays, the pages changed (or gone) since it was made: a part
    whose changed pages are at most half of it, while the delta part they make stays within
    ``limit`` pages."""
    out: dict[str, set[str]] = {}
    room = limit  # the delta part, too, is one Pagefind run
    for part in found:
        kept = cache / (part.name or "main")
        changed = _changed(kept, part, cut, made)
        size = sum(1 for page in part.pages if page in changed) if changed else 0
        if changed and size <= len(part.pages) // 2 and size <= room:
            out[part.name], room = changed, room - size
    return out


def _changed(kept: Path, part: Part, cut: dict[str, str], made: str) -> set[str] | None:
    """The pages changed (what Pagefind reads of them: ``cut``), added or gone since the part's
    kept bundle was made, when that bundle is there and made as this build would make it; else None."""
    try:
        record = json.loads((kept / "pages.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or record.get("made") != made or not (kept / "bundle").is_dir():
        return None
    then: dict[str, str] = record["pages"]
    now = {page: cut[page] for page in part.pages}
    return {page for page in then.keys() | now.keys() if then.get(page) != now.get(page)}


def _link_kept(dest: Path, kept: Path, nested: tuple[str, ...]) -> None:
    """A part's kept bundle into its folder (what an earlier build left there is kept where it is
    the part's file already)."""
    bundle = kept / "bundle"
    link_tree(dest, {rel: os.path.join(bundle, rel) for rel in files_under(bundle)}, skip=nested)


def _ids_of(kept: Path, pages: set[str]) -> set[str]:
    """The ids (fragment names) of these pages in a part's kept bundle; each fragment's page read
    from it once, then kept beside the bundle."""
    record = kept / "ids.json"
    try:
        ids: dict[str, str] = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        ids = {}
        for path in sorted((kept / "bundle").glob("fragment/*.pf_fragment")):
            ids[path.stem] = fragment_page(read_fragment(path))
        record.write_text(json.dumps(ids), encoding="utf-8")
    return {page_id for page_id, page in ids.items() if page in pages}


def _ids_collide(out: Path, names: list[str], hidden: set[str]) -> bool:
    """Whether a hidden id is also another part's, or a delta page's id another part's: Pagefind's
    ids are short hashes, unique within one run only, and a search hides by id."""
    ids = [{p.stem for p in (out / name if name else out).glob("fragment/*.pf_fragment")} for name in ["", *names]]
    delta = ids[-1]
    return any(sum(h in part for part in ids) > 1 for h in hidden) or any(delta & part for part in ids[:-1])


def _keep(bundle: Path, kept: Path, key: str, nested: list[str]) -> None:
    """Keep a part's bundle (without the other parts' folders nested in the main one) and its key
    (Pagefind writes new files, never into old ones: hard links are safe)."""
    if kept.exists():
        shutil.rmtree(kept)
    skip = (*nested, DELTA, PARTS_FILE)
    files = {rel: os.path.join(bundle, rel) for rel in files_under(bundle) if rel.split("/", 1)[0] not in skip}
    link_tree(kept / "bundle", files)
    (kept / "key").write_text(key, encoding="utf-8")


def read_fragment(path: Path) -> dict[str, Any]:
    """A page's fragment file as pagefind.js reads it: gzip, Pagefind's signature, then JSON."""
    data = gzip.decompress(path.read_bytes())
    fragment: dict[str, Any] = json.loads(data[data.index(b"{") :])
    return fragment


def fragment_page(fragment: dict[str, Any]) -> str:
    """The site's file a fragment is of: its address, a folder's as its index.html."""
    url = str(fragment["url"]).lstrip("/")
    return url + "index.html" if url.endswith("/") or not url else url


def fragment_parts(site_dir: Path) -> list[tuple[str, list[Path]]]:
    """Every page's fragment file, part by part of the site's bundle ("main" first, then the
    others in their order), but those of the pages parts.json hides (the delta part holds them as
    they are now)."""
    out = site_dir / BUNDLE
    index = json.loads((out / PARTS_FILE).read_text(encoding="utf-8")) if (out / PARTS_FILE).is_file() else {}
    hidden = set(index.get("hidden", []))
    return [
        (
            name,
            [
                p
                for p in sorted((out / name if name != "main" else out).glob("fragment/*.pf_fragment"))
                if p.stem not in hidden
            ],
        )
        for name in ["main", *index.get("parts", [])]
    ]


def fragment_files(site_dir: Path) -> Iterator[Path]:
    """Every page's fragment file, in every part of the site's bundle."""
    for _, paths in fragment_parts(site_dir):
        yield from paths
