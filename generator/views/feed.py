"""changes/feed.xml: the latest data changes as an Atom feed (RFC 4287). Pure.

Links are absolute when SITE_URL is set; otherwise relative to the feed's own address
(changes/feed.xml), which Atom readers resolve against the address they fetched it from.
Ids are name-based UUIDs of the commit, so the same history always gives the same feed.
"""

from __future__ import annotations

import html
import uuid
import xml.etree.ElementTree as ET

from generator import urls
from generator.history.changelog import CommitChanges, Timeline
from generator.sitemodel.site import Site
from generator.sitemodel.vocabulary import plan_name
from generator.views.history import commit_rows

ATOM = "http://www.w3.org/2005/Atom"
SITE_NAME = "公共服务和社会保障规划"
ENTRIES = 30
EPOCH = "1970-01-01T00:00:00Z"


def feed_path() -> str:
    return urls.changes() + "feed.xml"


def _href(site_url: str, to: str) -> str:
    return f"{site_url}{to}" if site_url else urls.link(urls.changes(), to)


def _sub(parent: ET.Element, tag: str, text: str = "", **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, tag, attrs)
    if text:
        el.text = text
    return el


def entry_title(site: Site, commit: CommitChanges) -> str:
    """e.g. 示范市 · “十四五”规划：托位数等2项指标有更新."""
    plans = sorted({key.partition("/")[0] for key in commit.indicators})
    named = [plan_name(site.plan_by_id[p].meta) if p in site.plan_by_id else p for p in plans]
    names = "、".join(named) if len(named) <= 2 else f"{named[0]}等{len(named)}部规划"
    rows = commit_rows(site, commit, urls.changes())
    first = rows[0].indicator
    more = f"等{len(rows)}项指标" if len(rows) > 1 else "指标"
    return f"{names}：{first}{more}有更新"


def _content(site: Site, site_url: str, commit: CommitChanges) -> str:
    """The entry's body as HTML: each indicator with what changed, then the commit message."""
    parts = []
    for row in commit_rows(site, commit, urls.changes()):
        name = row.indicator
        if row.link:
            pid, _, iid = row.key.partition("/")
            href = _href(site_url, urls.indicator(pid, iid))
            name = f'<a href="{html.escape(href)}">{html.escape(name)}</a>'
        items = "".join(f"<li>{html.escape(i)}</li>" for i in row.items)
        parts.append(f"<p>{html.escape(row.plan)} · {name}</p><ul>{items}</ul>")
    note = f"修改说明：{html.escape(commit.note)}" if commit.note else "修改说明：未写"
    parts.append(f"<p>{note}（提交 {html.escape(commit.commit)}）</p>")
    return "".join(parts)


def _entry(feed: ET.Element, site: Site, site_url: str, commit: CommitChanges) -> None:
    entry = _sub(feed, "entry")
    _sub(entry, "title", entry_title(site, commit))
    _sub(entry, "id", uuid.uuid5(uuid.NAMESPACE_URL, f"plan-site:commit:{commit.commit}").urn)
    _sub(entry, "updated", commit.time)
    _sub(entry, "link", rel="alternate", type="text/html", href=_href(site_url, urls.changes()))
    _sub(entry, "content", _content(site, site_url, commit), type="html")


def atom_feed(site: Site, timeline: Timeline | None, site_url: str) -> bytes:
    commits = timeline.commits[:ENTRIES] if timeline else ()
    feed = ET.Element("feed", {"xmlns": ATOM, "xml:lang": "zh-CN"})
    _sub(feed, "title", f"{SITE_NAME}：最近更新")
    _sub(feed, "subtitle", "本站规划指标数据的修改：改了什么、何时改、为什么改")
    _sub(feed, "id", f"{site_url}{feed_path()}" if site_url else uuid.uuid5(uuid.NAMESPACE_URL, "plan-site:feed").urn)
    _sub(feed, "updated", commits[0].time if commits else EPOCH)
    author = _sub(feed, "author")
    _sub(author, "name", SITE_NAME)
    _sub(feed, "link", rel="self", type="application/atom+xml", href=_href(site_url, feed_path()))
    _sub(feed, "link", rel="alternate", type="text/html", href=_href(site_url, urls.changes()))
    for commit in commits:
        _entry(feed, site, site_url, commit)
    ET.indent(feed)
    data: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return data + b"\n"
