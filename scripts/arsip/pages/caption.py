"""The caption a maker copies under a post: the motif's story in two languages, within the
limits of the apps where the region's makers post.

Instagram shows about 125 characters before "more", allows at most 5 hashtags (since
19 Dec 2025) and 2,200 characters; we keep to 2,000. So the first line is the motif's
name and one meaningful clause; then what it depicts, the techniques, the makers who
agreed to be named, how to order, the short address, the credit and licence line, and the
rights line for the motif *design* (CC0 covers the archive's drawing, not the design).

`caption_text(m, "id")` is Indonesian first, then English; `caption_text(m, "en")` is the
same two blocks with English first (an English page's reader sees English before "more").
Hashtags close the caption once, after both blocks. Every phrase is in core/i18n.py.
"""

from __future__ import annotations

import re

from ..core import identity
from ..core import prose
from ..core.i18n import ARCHIVE_NAME, pick, t
from ..records import schema
from ..records.collection import consent_state
from .writer import first_sentence

FIRST_LINE_MAX = 125
HASHTAGS_MAX = 5
CAPTION_MAX = 2000
DEPICTS_MAX = 300
SEPARATOR = "—"
HASHTAG = re.compile(r"(?<![\w&])#\w+")


def licence_name(code: str, lang: str) -> str:
    """Short licence name ("CC BY-SA 4.0"), as on the motif page."""
    return schema.enum_label("licence", code, lang).split(" (")[0]


def kit_makers(m: dict, makers: dict | None) -> list[dict]:
    """Makers who may be named in promotional files: published AND with consent given.
    A pending maker appears on the site with public facts only, never in a kit."""
    makers = makers or {}
    return [makers[x] for x in m.get("makers") or [] if x in makers and consent_state(makers[x]) == "given"]


def rights_line(m: dict, lang: str) -> str:
    """Who holds the motif design, and its registration, as far as the record knows."""
    reg = (m.get("status") or {}).get("registration") or {}
    holder = (m.get("rights") or {}).get("design_holder") or reg.get("holder")
    no = t("kit_reg_no", lang, number=reg["number"]) if reg.get("number") else ""
    if holder:
        return t("kit_rights_holder", lang, holder=holder, reg=t("kit_reg", lang, no=no) if reg.get("registered") else "")
    if reg.get("registered"):
        return t("kit_rights_registered", lang, no=no)
    return t("kit_rights_unknown", lang)


def licence_line(m: dict, lang: str) -> str:
    """Credit and licence of the picture the kit is drawn from, and of the text."""
    parts = []
    if m.get("images"):
        im = m["images"][0]
        key = "kit_licence_drawing" if im.get("kind") == "illustration" else "kit_licence_image"
        parts.append(t(key, lang, credit=im["credit"], lic=licence_name(im["licence"], lang)))
    parts.append(t("kit_licence_text", lang, archive=ARCHIVE_NAME[lang],
                   lic=licence_name(m["rights"]["text_licence"], lang)))
    return " ".join(parts)


def first_line(m: dict, lang: str) -> str:
    """Name and the first clause that fits in FIRST_LINE_MAX: the meaning's first sentence,
    else what the first depicted object stands for, else what the motif is."""
    cands = [first_sentence(prose.plain(pick(m.get("meaning"), lang)))]
    cands += [prose.plain(pick(d.get("stands_for"), lang)) for d in (m.get("depicts") or [])[:1]]
    for c in cands:
        line = f"{m['name']}: {c}"
        if c and len(line) <= FIRST_LINE_MAX:
            return line
    return f"{m['name']}: {t('kit_fallback', lang)}"[:FIRST_LINE_MAX]


def hashtags(m: dict) -> list[str]:
    """At most HASHTAGS_MAX, specific ones (Instagram's advice): region, motif, technique."""
    tech = m.get("techniques") or []
    tags = identity.hashtags("lead") + ["#" + m["id"].replace("-", "")]  # region tags: data/arsip.yml
    tags += ["#batiktulis"] if "tulis" in tech else ["#batikcap"] if "cap" in tech else []
    tags += identity.hashtags("close")
    return tags[:HASHTAGS_MAX]


def block(m: dict, lang: str, pub, makers: dict | None) -> list[str]:
    """One language's lines."""
    lines = [first_line(m, lang)]
    for d in (m.get("depicts") or [])[:1]:
        obj, stands = pick(d.get("object"), lang), prose.plain(pick(d.get("stands_for"), lang), DEPICTS_MAX)
        if stands and stands not in lines[0]:
            lines.append(f"{obj[:1].upper()}{obj[1:]}: {stands}" if obj else stands)
    if m.get("techniques"):
        names = [schema.enum_label("technique", x, lang) for x in m["techniques"]]
        lines.append(t("kit_techniques", lang, list=", ".join(names)))
    named = kit_makers(m, makers)
    if named:
        lines.append(t("kit_made_by", lang, makers=", ".join(mk["name"] for mk in named)))
    lines.append(t("kit_order_makers" if named else "kit_order_none", lang))
    lines.append(t("kit_story", lang, url=pub.short(m["id"])))
    lines.append(rights_line(m, lang) + ".")
    lines.append(licence_line(m, lang))
    return lines


def caption_text(m: dict, lang: str, pub, makers: dict | None = None) -> str:
    """The bilingual caption of motif record `m`; `lang` decides which block comes first;
    `pub` is core.urls.Published; `makers` the published makers by id."""
    first, second = ("en", "id") if lang == "en" else ("id", "en")
    lines = [*block(m, first, pub, makers), SEPARATOR, *block(m, second, pub, makers), "", " ".join(hashtags(m))]
    text = "\n".join(lines)
    if len(text) > CAPTION_MAX:  # long records: drop the depicts lines, the only long free text
        short = [ln for ln in lines if not any(ln.endswith(prose.plain(pick(d.get("stands_for"), x), DEPICTS_MAX))
                                               for d in (m.get("depicts") or [])[:1] for x in ("id", "en"))]
        text = "\n".join(short)
    return text


def caption_limits(text: str) -> list[str]:
    """What breaks the platform limits (empty when none does): the tests and the kit step
    both check every caption with this."""
    problems = []
    head = text.split("\n", 1)[0]
    if len(head) > FIRST_LINE_MAX:
        problems.append(f"first line has {len(head)} characters (at most {FIRST_LINE_MAX})")
    if HASHTAG.search(head):
        problems.append("first line has a hashtag")
    n = len(HASHTAG.findall(text))
    if n > HASHTAGS_MAX:
        problems.append(f"{n} hashtags (at most {HASHTAGS_MAX})")
    if len(text) > CAPTION_MAX:
        problems.append(f"{len(text)} characters (at most {CAPTION_MAX})")
    return problems
