"""The post maker (kit/buat/): a maker's own photo with a motif's name, one-line meaning and
short address laid over it, made in the browser by docs/assets/arsip-post.js.

Nothing is uploaded: the page carries everything the script needs as one JSON data block
(per motif its name, meaning, short address, caption and preview picture; the three formats
with their safe boxes; the words), so it also works from file:// in the offline copy, where
a script may not fetch a JSON file.
"""

from __future__ import annotations

import math

from markupsafe import Markup

from ..core import urls
from ..core.i18n import table, t
from ..core.urls import Published
from .caption import caption_text
from .metadata import script_json
from .writer import PageWriter


def safe_box(w: int, h: int, *, margin: int = 0, centre: int | None = None, side: float = 0.0,
             top: float = 0.0, bottom: float = 0.0) -> tuple[int, int, int, int]:
    """(x0, y0, x1, y1) of the box text must stay in: a margin in pixels, the central `centre`
    pixels (the 3:4 profile-grid crop of a 4:5 post) and app controls as shares of the frame."""
    half = (w - centre) // 2 if centre else 0
    x0 = max(margin, half, math.ceil(w * side))
    y0 = max(margin, math.ceil(h * top))
    return x0, y0, w - x0, min(h - margin, math.floor(h * (1 - bottom)))


# The three canvases (research/etalase.md §0.1, §2): text sizes in pixels of the full frame.
FORMATS = (
    {"id": "feed", "label": "post_feed", "suffix": "4x5", "w": 1080, "h": 1350,
     "safe": safe_box(1080, 1350, margin=64, centre=1012), "name": 72, "meaning": 40, "small": 32},
    {"id": "square", "label": "post_square", "suffix": "1x1", "w": 1080, "h": 1080,
     "safe": safe_box(1080, 1080, margin=64), "name": 64, "meaning": 36, "small": 30},
    {"id": "story", "label": "post_story", "suffix": "9x16", "w": 1080, "h": 1920,
     "safe": safe_box(1080, 1920, side=0.06, top=0.14, bottom=0.35), "name": 80, "meaning": 44, "small": 34},
)

# Words the script shows (a copy of them, in the page's language).
JS_WORDS = ["post_need_photo", "post_bad_photo", "post_loaded", "post_ready", "post_changed", "kit_story",
            "kit_made_by", "post_result_alt", "post_copy_fallback", "copied_text"]


def motif_entry(pw: PageWriter, m: dict, md: str, web: Published) -> dict:
    sets = pw.images.get(m["id"]) or []
    jpgs = sets[0].of("jpeg") if sets and sets[0] is not None else []
    short = web.short(m["id"])
    return {"id": m["id"], "name": m["name"], "meaning": pw.one_line(m), "short": short.split("://", 1)[-1],
            # A maker posts their own cloth: the caption names no other maker.
            "caption": caption_text(m, pw.lang, web, None),
            "img": pw.link.asset(md, urls.image(jpgs[0].name)) if jpgs else ""}


def page_data(pw: PageWriter, md: str) -> dict:
    # Addresses on a picture or in a caption are the public web ones, also in the offline copy.
    web = Published.of(pw.pub.site_url)
    return {"v": 1, "file": "{id}-{suffix}.jpg", "words": table(pw.lang, JS_WORDS),
            "formats": [{**f, "label": t(f["label"], pw.lang)} for f in FORMATS],
            "motifs": [motif_entry(pw, m, md, web) for m in sorted(pw.col.motifs, key=lambda m: m["name"].lower())]}


def write(pw: PageWriter) -> None:
    md, lang, link = urls.POSTMAKER, pw.lang, pw.link
    data = page_data(pw, md)
    pw.write(md, "postmaker.md.j2", motifs=data["motifs"], formats=data["formats"], data=Markup(script_json(data)),
             script=link.asset(md, link.prefix + "assets/arsip-post.js"),
             css=link.asset(md, link.prefix + "assets/arsip-post.css"),
             front=pw.front(md, t("post_title", lang), t("post_desc", lang)))
