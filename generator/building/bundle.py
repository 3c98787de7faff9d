"""The offline bundle (downloads/plans-offline.zip): the whole built site as a zip that works when
opened from disk (file://), for readers on closed networks.

Made from the built site, not by a second MkDocs build: every page's links to folders
(``../plans/x/``) get ``index.html``, which a browser does not add on file://; Material's instant
navigation is switched off in each page's configuration (under file:// it never starts the
page's scripts); Pagefind is left out, because a page opened from disk may not fetch or import
anything (chromium: "Cross origin requests are only supported for protocol schemes … http,
https"), and a small substring search takes its place: ``assets/js/offline-search.js`` with an
index of every page's text taken from Pagefind's own fragments (``assets/js/offline-index.js``,
a classic script, which file:// allows). The zip's entries are sorted and dated by the
date the build passes (the data's last commit), so the same site gives the same bytes.
"""

from __future__ import annotations

import gzip
import json
import re
import time
import zipfile
from pathlib import Path

FOLDER = "plans-offline"  # the folder the zip unpacks into
SKIP = ("pagefind/", "404.html")  # the 404 page is the server's; its links are site_url-absolute
HREF = re.compile(r'href="([^"]*)"')
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


def _no_instant(match: re.Match[str]) -> str:
    config = json.loads(match.group(2))
    config["features"] = [f for f in config.get("features", []) if f != "navigation.instant"]
    return match.group(1) + json.dumps(config, ensure_ascii=False, separators=(",", ":")) + match.group(3)


def offline_page(html: str) -> str:
    """One built page, made to work from disk. The bundle does not hold itself: the downloads
    page's paragraph that offers it says so instead."""
    html = BUNDLE_PARAGRAPH.sub(THIS_IS_IT, html)
    html = HREF.sub(lambda m: f'href="{local_href(m.group(1))}"', html)
    html = CONFIG.sub(_no_instant, html, count=1)
    return SITE_JS.sub(
        lambda m: f'<script src="{m.group(1)}assets/js/offline-search.js"></script>{m.group(0)}', html, count=1
    )


def offline_index(site_dir: Path) -> list[dict[str, str]]:
    """Every page Pagefind indexed: address (to its index.html), title, plan, region, text."""
    out = []
    for path in sorted((site_dir / "pagefind" / "fragment").glob("*.pf_fragment")):
        raw = gzip.decompress(path.read_bytes())
        frag = json.loads(raw[raw.index(b"{") :])
        meta = frag.get("meta", {})
        url = local_href(frag["url"].lstrip("/") or "./").removeprefix("./")
        text = frag["content"].replace("\u200b", "")
        out.append(
            {"u": url, "t": meta.get("title", ""), "p": meta.get("plan", ""), "r": meta.get("region", ""), "c": text}
        )
    return sorted(out, key=lambda p: p["u"])


def _stamp(epoch: int) -> tuple[int, int, int, int, int, int]:
    return time.gmtime(max(epoch, 315532800))[:6]  # zip's calendar starts in 1980


def _entry(zf: zipfile.ZipFile, name: str, data: bytes, stamp: tuple[int, int, int, int, int, int]) -> None:
    info = zipfile.ZipInfo(f"{FOLDER}/{name}", stamp)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    zf.writestr(info, data, compresslevel=9)


def make_bundle(site_dir: Path, out: Path, epoch: int = 0) -> int:
    """Write the bundle of ``site_dir`` to ``out``, every entry dated ``epoch`` (the data's last
    commit, so that the same data gives the same bytes); return its size in bytes."""
    stamp = _stamp(epoch)
    index = json.dumps(offline_index(site_dir), ensure_ascii=False, separators=(",", ":"))
    files = sorted(p for p in site_dir.rglob("*") if p.is_file() and p != out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w") as zf:
        _entry(zf, "说明.txt", README.format(folder=FOLDER).encode("utf-8"), stamp)
        _entry(zf, "assets/js/offline-index.js", f"window.__siteOfflineIndex = {index};\n".encode(), stamp)
        for path in files:
            rel = path.relative_to(site_dir).as_posix()
            if rel.startswith(SKIP):
                continue
            data = path.read_bytes()
            if rel.endswith(".html"):
                data = offline_page(data.decode("utf-8")).encode("utf-8")
            _entry(zf, rel, data, stamp)
    return out.stat().st_size
