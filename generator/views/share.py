"""Share images: the picture a chat app or social site shows beside a link to the site.

One PNG (1200×630, the size Open Graph and Twitter cards expect) for the site and one per plan,
drawn offline with Pillow in a CJK font of the machine (Debian's fonts-noto-cjk, which
scripts/setup.sh installs). Every word on them comes from the data (the plan's region, title,
period and issuer) or the site's name. Without such a font no image is drawn and the pages
name none (the views ask ``image_of()``).
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
from collections.abc import Iterable
from pathlib import Path

import PIL
from PIL import Image, ImageDraw, ImageFont

from generator import urls
from generator.inputs import code_digest
from generator.sitemodel.site import Site

SIZE = (1200, 630)
FONTS = (
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"),
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc"),
)
SC = 2  # index of the Simplified Chinese face in Noto's collection (JP, KR, SC, TC, HK …)
INDIGO, WHITE, PALE = "#3f51b5", "#ffffff", "#dfe3f7"


@functools.cache
def font_file() -> Path | None:
    return next((f for f in FONTS if f.exists()), None)


def available() -> bool:
    return font_file() is not None


def image_of(plan_id: str | None) -> str:
    """The share image's site-relative path for a plan (None: the site's); empty if none is drawn."""
    return urls.share_image(plan_id) if available() else ""


@functools.cache
def _font(size: int) -> ImageFont.FreeTypeFont:
    path = font_file()
    assert path is not None
    return ImageFont.truetype(str(path), size, index=SC)


def _wrap(draw: ImageDraw.ImageDraw, text: str, size: int, width: int, lines: int) -> list[str]:
    """Chinese wraps between any two characters; a line that would not fit ends in “…”."""
    out: list[str] = []
    line = ""
    for ch in text:
        if draw.textlength(line + ch, font=_font(size)) > width:
            out.append(line)
            line = ch
        else:
            line += ch
    out.append(line)
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1][:-1] + "…"
    return out


def card(site_name: str, title: str, lines: Iterable[str]) -> bytes:
    """A 1200×630 PNG: the site's name on a band, the title large, then the lines."""
    image = Image.new("RGB", SIZE, WHITE)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, SIZE[0], 96), fill=INDIGO)
    draw.text((64, 48), site_name, font=_font(38), fill=WHITE, anchor="lm")
    y = 150
    for line in _wrap(draw, title, 64, SIZE[0] - 128, 3):
        draw.text((64, y), line, font=_font(64), fill="#1a1a1a")
        y += 88
    y += 20
    for text in lines:
        for line in _wrap(draw, text, 34, SIZE[0] - 128, 2):
            draw.text((64, y), line, font=_font(34), fill="#444444")
            y += 50
    draw.rectangle((0, SIZE[1] - 16, SIZE[0], SIZE[1]), fill=PALE)
    out = io.BytesIO()
    # a card has a handful of colours and their anti-aliased edges: 64 of them look the same and
    # make a third of the file, in a fifth of the CPU of a full-colour PNG at its best compression
    image.quantize(64, method=Image.Quantize.FASTOCTREE).save(out, "PNG")
    return out.getvalue()


def images(site: Site, site_name: str, site_description: str, kept: Path | None = None) -> dict[str, bytes]:
    """Site-relative path → PNG, for the site and each plan; empty without a CJK font. With
    ``kept`` (a folder), an image whose words, font, Pillow and drawing code are those of one
    drawn before is read from there instead of drawn (PNG encoding is most of a small build's
    time); the folder keeps only this build's images."""
    from generator.sitemodel.vocabulary import full_title  # (views import this module: no cycle)

    if not available():
        return {}
    cards = {urls.share_image(None): (site_name, [site_description])}
    for plan in site.plans:
        m = plan.meta
        facts = [f"{m.region} · {m.period.start}—{m.period.end}年" + ("（征求意见稿）" if m.status == "draft" else "")]
        if m.issuer:
            facts.append(f"发布：{m.issuer}")
        cards[urls.share_image(m.id)] = (full_title(m), facts)
    if kept is None:
        return {rel: card(site_name, title, lines) for rel, (title, lines) in cards.items()}
    kept.mkdir(parents=True, exist_ok=True)
    out, used = {}, set()
    for rel, (title, lines) in cards.items():
        path = kept / f"{_card_key(site_name, title, lines)}.png"
        used.add(path.name)
        try:
            out[rel] = path.read_bytes()
        except OSError:
            out[rel] = card(site_name, title, lines)
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            tmp.write_bytes(out[rel])
            tmp.replace(path)  # whole or not at all
    for old in kept.iterdir():
        if old.name not in used:
            old.unlink()
    return out


def _card_key(site_name: str, title: str, lines: list[str]) -> str:
    """Everything a card is drawn from: its words, the font's bytes, Pillow, this module's code."""
    h = hashlib.sha256(repr((site_name, title, lines)).encode())
    h.update(_drawn_with())
    return h.hexdigest()


@functools.cache
def _drawn_with() -> bytes:
    """The font's bytes, Pillow's version and the drawing code, as one digest (once a process)."""
    path = font_file()
    h = hashlib.sha256(f"{PIL.__version__}\0{code_digest(__name__)}\0".encode())
    h.update(path.read_bytes() if path else b"")
    return h.digest()
