"""The offline bundle (downloads/plans-offline.zip): the whole built site as a zip that works when
opened from disk (file://), for readers on closed networks.

Made from the built site, not by a second MkDocs build: every page's links to folders
(``../plans/x/``) get ``index.html``, which a browser does not add on file://; Material's instant
navigation is switched off in each page's configuration (under file:// it never starts the
page's scripts); the embeddable charts (``embed/``, pages for other sites to frame, a tenth of the
zip) are left out, and so is Pagefind, because a page opened from disk may not fetch or import
anything (chromium: "Cross origin requests are only supported for protocol schemes … http,
https"), and a small substring search takes its place: ``assets/js/offline-search.js`` with an
index of every page's text taken from Pagefind's own fragments (``assets/js/offline-index.js``,
a classic script, which file:// allows, naming one script per part of the search index: an
edit changes the parts it touched).  The zip's entries are sorted and dated by the
date the build passes (the data's last commit), so the same site gives the same bytes.

Compressing is most of the work. zlib-ng does it (the deflate any unzip reads, in half the CPU
of zlib at the same level, for a zip 2% larger), and an edit changes few files: the last bundle
is kept (in the build's cache folder) with, for each entry, a digest of the file it was made
from, and an entry whose file is unchanged (for a part of the offline index: whose fragments
are) is copied from it as it is, compressed bytes and all. The cache is keyed by this code and
zlib-ng's version; its zip is a hard link to the last bundle written, used only while the file
system says it is that file (device, inode, size and modification time, as ``Digests`` checks
the site's files).
"""

from __future__ import annotations

import hashlib
import json
import mmap
import os
import re
import shutil
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from zlib_ng import zlib_ng

from generator.building.digests import Digests
from generator.building.files import files_under
from generator.building.search_index import EMBEDS, fragment_page, fragment_parts, read_fragment
from generator.inputs import code_digest, file_stamp

# zlib's default: on the five plans' site, zlib's level 9 took twice the CPU (1.7 against 0.8 s) for
# a zip 0.4% smaller (10.65 against 10.69 MB); zlib-ng's level 9 gives zlib's level 6 size at its CPU
LEVEL = 6
FOLDER = "plans-offline"  # the folder the zip unpacks into
INDEX = "assets/js/offline-index.js"  # the offline index's entry: the list of its parts
INDEX_PART = "assets/js/offline-index/{}.js"  # one per part of the search index
# the 404 page is the server's (its links are site_url-absolute); the embeddable charts are for other
# sites' pages (a page of this site shows their code, and links to none of them)
SKIP = ("pagefind/", "404.html", f"{EMBEDS}/")
# local_href over a whole page, by regular expressions alone (a page holds thousands of links): a
# relative link whose path ends with '/', or whose last part is '.' or '..', gets index.html
_RELATIVE = r'href="(?![a-zA-Z][a-zA-Z0-9+.-]*:|[#/])'
FOLDER_HREF = re.compile(_RELATIVE + r'([^"#]*/)((?:#[^"]*)?)"')
DOTS_HREF = re.compile(_RELATIVE + r'((?:[^"#]*/)?\.\.?)((?:#[^"]*)?)"')
SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)
BUNDLE_PARAGRAPH = re.compile(r'<p class="offline-download">.*?</p>', re.S)  # templates/downloads.md.j2
SITE_JS = re.compile(r'<script src="([^"]*)assets/js/site\.js"></script>')
README = """离线版：公共服务和社会保障规划

用法：解压后用浏览器打开 {folder}/index.html。不需要联网，也不需要安装任何软件。

与网站相比：
- 搜索：网站用 Pagefind 搜索；浏览器不允许从本地磁盘打开的网页读取 Pagefind 的索引文件，
  所以离线版改用简单的全文查找：按输入的字词（可用空格分开几个词）逐页查找，标题中含有
  查询词的页面排在前面。
- 图表、原文、数据下载（CSV、JSON）都在包内，与网站相同。
- 网址跳转页（旧网址）在离线版中可能打不开，请从首页或目录进入。
"""
THIS_IS_IT = (
    '<p class="offline-download">你正在阅读的就是离线版。它是生成时的快照，不含它自己的 ZIP 文件；'
    "需要更新的离线版时，请联网打开本站的“数据下载”页下载。</p>"
)


def local_href(value: str) -> str:
    """A link to a folder as a link to its index.html; other links unchanged."""
    if not value or SCHEME.match(value) or value.startswith(("#", "/")):
        return value
    path, sep, fragment = value.partition("#")
    if path.rsplit("/", 1)[-1] in (".", ".."):  # ".", "..", "../..": MkDocs' links to the home page
        path += "/"
    if path.endswith("/"):
        path += "index.html"
    return path + sep + fragment


def local_links(html: str) -> str:
    """A page's links (href="…") as ``local_href`` makes each."""
    return FOLDER_HREF.sub(r'href="\1index.html\2"', DOTS_HREF.sub(r'href="\1/index.html\2"', html))


def _no_instant(match: re.Match[str]) -> str:
    config = json.loads(match.group(2))
    config["features"] = [f for f in config.get("features", []) if f != "navigation.instant"]
    return match.group(1) + json.dumps(config, ensure_ascii=False, separators=(",", ":")) + match.group(3)


def offline_page(html: str) -> str:
    """One built page, made to work from disk. The bundle does not hold itself: the downloads
    page's paragraph that offers it says so instead."""
    html = BUNDLE_PARAGRAPH.sub(THIS_IS_IT, html)
    html = local_links(html)
    html = CONFIG.sub(_no_instant, html, count=1)
    return SITE_JS.sub(
        lambda m: f'<script src="{m.group(1)}assets/js/offline-search.js"></script>{m.group(0)}', html, count=1
    )


def offline_index(fragments: list[Path]) -> list[dict[str, str]]:
    """The pages of these Pagefind fragments: address (to its index.html), title, plan, region, text."""
    out = []
    for path in fragments:
        frag = read_fragment(path)
        meta = frag.get("meta", {})
        url = fragment_page(frag)
        text = frag["content"].replace("\u200b", "")
        out.append(
            {"u": url, "t": meta.get("title", ""), "p": meta.get("plan", ""), "r": meta.get("region", ""), "c": text}
        )
    return sorted(out, key=lambda p: p["u"])


def _index_part(fragments: list[Path]) -> bytes:
    index = json.dumps(offline_index(fragments), ensure_ascii=False, separators=(",", ":"))
    return f"window.__siteOfflineIndex.push({index});\n".encode()


def _stamp(epoch: int) -> tuple[int, int, int, int, int, int]:
    return time.gmtime(max(epoch, 315532800))[:6]  # zip's calendar starts in 1980


def _info(name: str, stamp: tuple[int, int, int, int, int, int]) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(f"{FOLDER}/{name}", stamp)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


@dataclass(frozen=True)
class _Kept:
    """An entry of the last bundle: the digest of the file it was made from, and its bytes there."""

    source: str
    crc: int
    size: int
    start: int  # where its compressed bytes start in the kept bundle
    length: int


def _write(zf: zipfile.ZipFile, info: zipfile.ZipInfo, data: bytes) -> None:
    """Write an entry of these bytes, compressed by zlib-ng."""
    squeeze = zlib_ng.compressobj(LEVEL, zlib_ng.DEFLATED, -15)  # raw deflate, as a zip holds it
    compressed = squeeze.compress(data) + squeeze.flush()
    _copy_entry(zf, info, _Kept("", zlib_ng.crc32(data), len(data), 0, len(compressed)), compressed)


def _copy_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, kept: _Kept, compressed: bytes) -> None:
    """Write an entry whose compressed bytes are known, as ``ZipFile.writestr`` would have
    written them (same header, same place in the central directory)."""
    assert zf.fp is not None and kept.size * 1.05 <= zipfile.ZIP64_LIMIT
    info.flag_bits, info.CRC, info.file_size, info.compress_size = 0, kept.crc, kept.size, kept.length
    if zf.fp.tell() != zf.start_dir:  # after an entry copied here it is: no seek
        zf.fp.seek(zf.start_dir)
    info.header_offset = zf.start_dir
    zf._writecheck(info)  # type: ignore[attr-defined]  # what writestr checks: no duplicate name, sizes
    zf._didModify = True  # type: ignore[attr-defined]
    header = info.FileHeader(False)
    zf.fp.write(header + compressed)
    zf.start_dir += len(header) + len(compressed)
    zf.filelist.append(info)
    zf.NameToInfo[info.filename] = info


class _Cache:
    """The last bundle and what each of its entries was made from (``cache``: a folder)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.key = hashlib.sha256(f"{code_digest(__name__)}\0{zlib_ng.ZLIBNG_VERSION}".encode()).hexdigest()
        self.entries: dict[str, _Kept] = {}
        self.data: mmap.mmap | None = None
        try:
            record = json.loads((folder / "entries.json").read_text(encoding="utf-8"))
            if record.get("key") != self.key or record.get("zip") != file_stamp(folder / "bundle.zip"):
                return
            with open(folder / "bundle.zip", "rb") as handle:
                self.data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):
            return
        self.entries = {name: _Kept(*kept) for name, kept in record["entries"].items()}

    def get(self, name: str, source: str) -> tuple[_Kept, bytes] | None:
        kept = self.entries.get(name)
        if kept is None or kept.source != source or self.data is None:
            return None
        return kept, self.data[kept.start : kept.start + kept.length]

    def keep(self, out: Path, infos: list[zipfile.ZipInfo], made: dict[str, str]) -> None:
        """Remember the bundle just written (``infos``, its entries as written): ``made`` gives
        each entry's source digest."""
        if self.data is not None:
            self.data.close()
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / "entries.json").unlink(missing_ok=True)  # never a record of another zip
        entries = {}
        for info in infos:
            name = info.filename.removeprefix(f"{FOLDER}/")
            if name in made:  # its bytes follow its local header: 30 bytes, its name and extra field
                start = info.header_offset + 30 + len(info.filename.encode("utf-8")) + len(info.extra)
                entries[name] = [made[name], info.CRC, info.file_size, start, info.compress_size]
        tmp = self.folder / "bundle.zip.tmp"
        tmp.unlink(missing_ok=True)
        try:
            os.link(out, tmp)
        except OSError:
            shutil.copy2(out, tmp)
        os.replace(tmp, self.folder / "bundle.zip")
        record = {"key": self.key, "zip": file_stamp(self.folder / "bundle.zip"), "entries": entries}
        (self.folder / "entries.json").write_text(json.dumps(record), encoding="utf-8")


def _sources(site_dir: Path, fragments: list[Path], digests: Digests) -> str:
    """What a part of the offline index is made from: its fragments' paths and bytes."""
    h = hashlib.sha256()
    for path in fragments:
        rel = path.relative_to(site_dir).as_posix()
        h.update(f"{rel}\0{digests.of(rel)}\0".encode())
    return h.hexdigest()


def make_bundle(
    site_dir: Path,
    out: Path,
    epoch: int = 0,
    cache: Path | None = None,
    digests: Digests | None = None,
    listed: list[str] | None = None,
) -> int:
    """Write the bundle of ``site_dir`` to ``out``, every entry dated ``epoch`` (the data's last
    commit, so that the same data gives the same bytes); return its size in bytes. With a
    ``cache`` folder, entries whose files did not change since the last bundle are copied from it
    (the files' digests from ``digests``, where given). ``listed``: the site's files, where the
    caller has them (the search index's are left out either way)."""
    digests = digests or Digests(site_dir)
    stamp = _stamp(epoch)
    parts = fragment_parts(site_dir)
    names = [INDEX_PART.format(name) for name, _ in parts]
    itself = out.relative_to(site_dir).as_posix() if out.is_relative_to(site_dir) else None
    files = [rel for rel in (files_under(site_dir) if listed is None else listed) if rel != itself]
    kept = _Cache(cache) if cache is not None else None
    made: dict[str, str] = {}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)  # a new file: the last one may be the cache's, which is being read
    with zipfile.ZipFile(out, "w") as zf:
        _write(zf, _info("说明.txt", stamp), README.format(folder=FOLDER).encode("utf-8"))
        entry = f"window.__siteOfflineIndex = [];\nwindow.__siteOfflineParts = {json.dumps(names)};\n"
        _write(zf, _info(INDEX, stamp), entry.encode())
        for name, (_, fragments) in zip(names, parts, strict=True):
            source = made[name] = _sources(site_dir, fragments, digests)
            found = kept.get(name, source) if kept is not None else None
            if found is not None:
                _copy_entry(zf, _info(name, stamp), *found)
            else:
                _write(zf, _info(name, stamp), _index_part(fragments))
        for rel in files:
            if rel.startswith(SKIP):
                continue
            source = made[rel] = digests.of(rel)
            found = kept.get(rel, source) if kept is not None else None
            if found is not None:
                _copy_entry(zf, _info(rel, stamp), *found)
                continue
            data = (site_dir / rel).read_bytes()
            if rel.endswith(".html"):
                data = offline_page(data.decode("utf-8")).encode("utf-8")
            _write(zf, _info(rel, stamp), data)
        infos = list(zf.infolist())
    if kept is not None:
        kept.keep(out, infos, made)
    return out.stat().st_size
