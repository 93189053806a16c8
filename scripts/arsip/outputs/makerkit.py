"""A maker's kit (issue 19): printables for the festival stand, only with the `kit` scope.

For every published maker who consented to `kit` (records/consent.granted; a withdrawn maker
is not in `col.makers` at all), under kit/pembuat/<maker>/:
- `kartu-nama-90x55.pdf`: a 90 × 55 mm business card, two sides. Front: business name, desa
  and kecamatan, a strip of the maker's motifs. Back: WhatsApp and Instagram (only with the
  `contact` scope), a QR code (≥ 20 mm with its quiet zone) to the maker's page on the web.
- `daftar-harga-A5.pdf`: an A5 price list of FRESH prices only (records/products.fresh: checked
  at most 90 days before the build date), each with the date it was checked; none when the
  maker has no fresh price (or no `products` scope).
- `profil-4x5.jpg`, `profil-9x16.jpg`: profile posts (Instagram/Facebook feed, Stories and
  WhatsApp Status), drawn by the motif kit's layouts (sharecards.posts.feed/story): the
  maker's own product photo when there is one, else the motif's illustration with its badge.
- `lookbook-A5.pdf`: an A5 lookbook: cover, "Tentang kami / About us", one page per product
  (the maker's own photo) or, without products, per motif, each with a QR code, and a
  "Cara pesan / How to order" page.
The QR codes lead to the archive's pages, not to wa.me: a printed code survives a change of
number. Drawn with the hang tags' helpers (hangtags.new_pdf, fit, draw_qr): DejaVu embedded,
fixed dates, the same input gives the same bytes. Words: core/i18n.py (`mkit_*`).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from ..core import identity
from ..core import prose, urls
from ..core.files import place
from ..core.i18n import ARCHIVE_NAME, pick, t
from ..core.urls import Published
from ..images import products as product_images
from ..records import products as prod
from ..records.consent import granted
from ..pages.caption import SEPARATOR, caption_limits, first_line, hashtags, rights_line
from ..pages.sharebox import maker_kit_names
from . import hangtags

VERSION = "2"  # 2: per-motif and per-product posts, captions, the WhatsApp catalogue text
CARD_W, CARD_H = 90.0, 55.0  # business card, trim size
A5_W, A5_H = 148.0, 210.0
CARD_QR_MM = 24.0  # printed width with the quiet zone (the print guidance asks for >= 20 mm)
BOOK_QR_MM = 30.0
M = 12.0  # A5 margin
DARK, MUTED, BROWN, INDIGO = hangtags.DARK, hangtags.MUTED, hangtags.BROWN, hangtags.INDIGO
CARD, PRICES, LOOKBOOK = urls.MAKER_KIT_CARD, urls.MAKER_KIT_PRICES, urls.MAKER_KIT_LOOKBOOK


@dataclass(frozen=True)
class Item:
    """One page of the lookbook: a product or a motif."""
    title: str
    lines: tuple[str, ...]  # Indonesian details
    lines_en: tuple[str, ...]
    picture: str  # path of a JPEG, or ""
    qr: str  # absolute URL
    price: str  # "" when there is no fresh price
    checked: str = ""  # the day that price was checked with the maker
    illustration: bool = False  # the picture is the archive's drawing of the motif, not the product


def _web(pub: Published) -> Published:
    return Published(pub.site_url, True)  # printed codes lead to the web site, also from the offline build


def _picture(ctx, key: str) -> str:
    sets = ctx.images.get(key)
    if not sets or sets[0] is None:
        return ""
    path = ctx.arc.cache / "images" / sets[0].largest("jpeg", max_width=1400).name
    return str(path) if path.is_file() else ""


def _small(ctx, path: str) -> str:
    """A 240-px square of a picture for the card's motif strip (the full picture would make a
    card of 700 kB for pictures 14 mm wide)."""
    return str(hangtags.thumb(Path(path), ctx.arc.cache / "makerkit")) if path else ""


def spec(ctx, mid: str, mk: dict) -> dict:
    """Everything a maker's kit shows, from the published record (also its cache key)."""
    col, pub = ctx.col, _web(ctx.pub)
    motifs = col.motifs_by_maker(mid)
    names = {m["id"]: m["name"] for m in col.motifs}
    c = mk.get("contact") or {} if granted(mk, "contact") else {}
    contact = [x for x in ((f"WhatsApp {hangtags.local_whatsapp(c['whatsapp'])}" if c.get("whatsapp") else ""),
                           (f"Instagram @{c['instagram']}" if c.get("instagram") else "")) if x]
    shops = [f"{s['name']}: {s['url']}" for s in c.get("shops", [])]
    wa = hangtags.local_whatsapp(c["whatsapp"]) if c.get("whatsapp") else ""
    items, prices = [], []
    for p in (mk.get("products") or []) if granted(mk, "products") else []:
        fresh = prod.fresh(p, col.today)
        price = prod.price_text(p["price"]["amount"], "id") if fresh else ""
        if fresh:
            prices.append({"name": prod.name(p, names, "id"), "name_en": prod.name(p, names, "en"),
                           "what": " · ".join(x for x in (p.get("material"), p.get("size")) if x),
                           "price": price, "checked": str(p["price"]["checked"]),
                           "stock": _stock(p, "id")})
        photo = _picture(ctx, product_images.key(mid, p["id"]))
        drawn = not photo and bool(p.get("motifs"))
        if drawn:
            photo = _picture(ctx, p["motifs"][0])
        items.append(Item(prod.name(p, names, "id"),
                          tuple(x for x in (f"{t('product_technique', 'id')}: {prod.technique_label(p, 'id')}",
                                            p.get("material") and f"{t('product_material', 'id')}: {p['material']}",
                                            p.get("size") and f"{t('product_size', 'id')}: {p['size']}",
                                            _stock(p, "id")) if x),
                          (prod.name(p, names, "en"),), photo, pub.product(mid, p["id"], "id"), price,
                          str(p["price"]["checked"]) if fresh else "", drawn and bool(photo)))
    if not items:  # no products (or no consent to show them): a page per motif
        for m in motifs:
            items.append(Item(m["name"], (prose.plain(pick(m.get("meaning"), "id"), 260),),
                              (prose.plain(pick(m.get("meaning"), "en"), 200),), _picture(ctx, m["id"]),
                              pub.short(m["id"]), "", "", bool(_picture(ctx, m["id"]))))
    date = max([mk.get("added") or mk["consent"]["date"]] + [p["checked"] for p in prices])
    s = {"v": VERSION, "fonts": hangtags.fonts_key(), "name": mk["name"], "village": mk.get("village") or "",
            "district": mk["district"], "about": prose.plain(pick(mk.get("about"), "id"), 600),
            "about_en": prose.plain(pick(mk.get("about"), "en"), 500),
            "techniques": [prod.technique_label({"technique": x}, "id") for x in mk.get("techniques", [])],
            "motifs": [m["name"] for m in motifs], "strip": [_small(ctx, _picture(ctx, m["id"])) for m in motifs[:4]],
            "contact": contact, "shops": shops, "page": pub.maker(mid, "id"), "date": date,
            "today": col.today.isoformat(), "prices": prices,
            "items": [asdict(i) for i in items],
            "files": [n for n, _, _ in maker_kit_names(col, mk)]}
    s["wa"], s["ig"] = wa, c.get("instagram") or ""
    s["posts"] = _posts(ctx, mid, mk, s)
    s["caption"] = _profile_caption(ctx, mk, s)
    s["catalogue"] = _catalogue(ctx, mid, mk, s)
    return s


def _stock(p: dict, lang: str) -> str:
    s = p.get("stock") or {}
    if s.get("kind") == "ready":
        return t("mkit_ready", lang)
    if s.get("kind") == "made_to_order":
        return t("mkit_order_days", lang, n=s.get("days") or "?")
    return ""


def _text(pdf, text: str, x: float, y: float, w: float, size: float, style: str = "", colour=DARK,
          align: str = "L") -> float:
    pdf.set_text_color(*colour)
    pdf.set_font(pdf.arsip_family, style, size)
    pdf.set_xy(x, y)
    pdf.multi_cell(w, size * 0.45, text, align=align)
    return pdf.get_y()


def _place_line(s: dict) -> str:
    return ", ".join(x for x in (f"Desa {s['village']}" if s["village"] else "", f"Kec. {s['district']}", identity.get("region.name")) if x)


# -- business card ------------------------------------------------------------------------------
def render_card(s: dict) -> bytes:
    pdf = hangtags.new_pdf(t("mkit_card_title", "id", name=s["name"]), s["date"])
    pdf.add_page(format=(CARD_W, CARD_H))
    pdf.set_fill_color(250, 245, 236)
    pdf.rect(0, 0, CARD_W, CARD_H, style="F")
    pdf.set_text_color(*BROWN)
    pdf.set_font(pdf.arsip_family, "B", 6)
    pdf.set_xy(6, 6)
    pdf.cell(CARD_W - 12, 3, t("mkit_card_kicker", "id").upper())
    size, lines = hangtags.fit(pdf, s["name"], CARD_W - 12, (17, 16, 15, 14, 13, 12, 11, 10), "B", 2)
    y = 11
    pdf.set_text_color(*DARK)
    for ln in lines:
        pdf.set_xy(6, y)
        pdf.cell(CARD_W - 12, size * 0.42, ln)
        y += size * 0.45
    _text(pdf, _place_line(s), 6, y + 1, CARD_W - 12, 7.5, "", MUTED)
    strip = [p for p in s["strip"] if p]
    if strip:
        side = min(14.0, (CARD_W - 12 - 2 * (len(strip) - 1)) / len(strip))
        for i, pic in enumerate(strip):
            pdf.image(pic, 6 + i * (side + 2), CARD_H - 6 - side, side, side)
    # back
    pdf.add_page(format=(CARD_W, CARD_H))
    qy = (CARD_H - CARD_QR_MM) / 2
    hangtags.draw_qr(pdf, s["page"], CARD_W - 5 - CARD_QR_MM, qy, CARD_QR_MM)
    tw = CARD_W - 5 - CARD_QR_MM - 9
    y = _text(pdf, s["name"], 6, 7, tw, 9, "B")
    y = _text(pdf, _place_line(s), 6, y + 0.5, tw, 6.5, "", MUTED)
    y += 2
    for line in s["contact"]:
        size, _ = hangtags.fit(pdf, line, tw, (8, 7.5, 7, 6.5, 6), "B", 1)
        y = _text(pdf, line, 6, y, tw, size, "B", INDIGO) + 0.6
    pdf.set_text_color(*MUTED)
    y = _text(pdf, t("mkit_card_scan", "both"), 6, CARD_H - 14, tw, 6, "", MUTED)
    address = s["page"].split("://", 1)[-1]
    size, _ = hangtags.fit(pdf, address, tw, (6.5, 6, 5.5, 5, 4.5), "", 1)
    _text(pdf, address, 6, y + 0.3, tw, size, "", INDIGO)
    return bytes(pdf.output())


# -- A5 price list -----------------------------------------------------------------------------
def render_prices(s: dict) -> bytes:
    pdf = hangtags.new_pdf(t("mkit_prices_title", "id", name=s["name"]), s["date"])
    pdf.add_page(format=(A5_W, A5_H))
    w = A5_W - 2 * M
    _text(pdf, ARCHIVE_NAME["id"].upper(), M, M, w, 7, "B", BROWN)
    y = _text(pdf, t("mkit_prices", "both"), M, M + 5, w, 15, "B")
    y = _text(pdf, f"{s['name']} · {_place_line(s)}", M, y + 1, w, 9, "", MUTED) + 4
    for p in s["prices"]:
        pdf.set_draw_color(216, 207, 196)
        pdf.set_line_width(0.2)
        pdf.line(M, y, M + w, y)
        y += 2.5
        top = y
        y = _text(pdf, p["name"], M, y, w - 38, 10, "B")
        y = _text(pdf, p["name_en"], M, y, w - 38, 8, "", MUTED)
        if p["what"]:
            y = _text(pdf, p["what"], M, y + 0.4, w - 38, 8)
        if p["stock"]:
            y = _text(pdf, p["stock"], M, y + 0.4, w - 38, 8)
        _text(pdf, p["price"], M + w - 36, top, 36, 12, "B", DARK, "R")
        _text(pdf, t("mkit_price_checked", "id", date=p["checked"]), M + w - 36, top + 6, 36, 6.5, "", MUTED, "R")
        y += 3
    _text(pdf, t("mkit_prices_note", "id", days=prod.FRESH_DAYS), M, y + 3, w, 7.5, "", MUTED)
    _text(pdf, t("mkit_prices_note", "en", days=prod.FRESH_DAYS), M, pdf.get_y() + 1, w, 7.5, "", MUTED)
    _footer(pdf, s, A5_W, A5_H)
    return bytes(pdf.output())


def _footer(pdf, s: dict, w: float, h: float) -> None:
    _text(pdf, f"{t('mkit_made_for', 'id', name=s['name'])} · {ARCHIVE_NAME['id']}", M, h - 9, w - 2 * M, 6.5,
          "", MUTED)


# -- A5 lookbook -------------------------------------------------------------------------------
def render_lookbook(s: dict) -> bytes:
    pdf = hangtags.new_pdf(t("mkit_lookbook_title", "id", name=s["name"]), s["date"])
    w = A5_W - 2 * M
    # cover
    pdf.add_page(format=(A5_W, A5_H))
    pdf.set_fill_color(59, 32, 15)
    pdf.rect(0, 0, A5_W, A5_H, style="F")
    cover = next((i["picture"] for i in s["items"] if i["picture"]), "") or next((p for p in s["strip"] if p), "")
    if cover:
        pdf.image(cover, M, M, w, w, keep_aspect_ratio=True)
    y = M + w + 8
    _text(pdf, t("mkit_lookbook", "both").upper(), M, y, w, 8, "B", (230, 200, 160))
    size, _ = hangtags.fit(pdf, s["name"], w, (26, 24, 22, 20, 18, 16), "B", 2)
    y = _text(pdf, s["name"], M, y + 5, w, size, "B", (255, 250, 242))
    _text(pdf, _place_line(s), M, y + 2, w, 10, "", (230, 200, 160))
    # about
    pdf.add_page(format=(A5_W, A5_H))
    y = _text(pdf, t("mkit_about", "both"), M, M, w, 15, "B", BROWN) + 3
    y = _text(pdf, s["about"], M, y, w, 10) + 2
    y = _text(pdf, s["about_en"], M, y, w, 9, "", MUTED) + 4
    if s["techniques"]:
        y = _text(pdf, f"{t('mkit_techniques', 'both')}: {', '.join(s['techniques'])}", M, y, w, 9) + 2
    if s["motifs"]:
        y = _text(pdf, f"{t('mkit_motifs', 'both')}: {', '.join(s['motifs'])}", M, y, w, 9) + 2
    _footer(pdf, s, A5_W, A5_H)
    # one page per product or motif
    for it in s["items"]:
        pdf.add_page(format=(A5_W, A5_H))
        side = w if it["picture"] else 0
        if it["picture"]:
            pdf.image(it["picture"], M, M, w, side * 0.75, keep_aspect_ratio=True)
        y = M + side * 0.75 + 5
        if it["illustration"]:  # honest pictures: a drawing of the motif is not a photo of the product
            y = _text(pdf, t("kit_badge", "both"), M, y - 3.5, w, 6.5, "", MUTED, "C") + 2
        y = _text(pdf, it["title"], M, y, w, 14, "B") + 1
        for ln in it["lines_en"]:
            y = _text(pdf, ln, M, y, w, 8.5, "", MUTED) + 1
        qy = A5_H - M - BOOK_QR_MM - 4
        tw = w - BOOK_QR_MM - 5
        for ln in it["lines"]:
            y = _text(pdf, ln, M, y + 0.5, tw if y + 6 > qy else w, 9)
        if it["price"]:
            _text(pdf, it["price"], M, max(y + 2, qy), tw, 14, "B", BROWN)
            _text(pdf, t("mkit_price_checked", "both", date=it["checked"]), M, max(y + 2, qy) + 7, tw, 7, "", MUTED)
        hangtags.draw_qr(pdf, it["qr"], A5_W - M - BOOK_QR_MM, qy, BOOK_QR_MM)
        _text(pdf, t("mkit_scan_item", "both"), M, qy + BOOK_QR_MM - 8, tw, 7, "", MUTED)
        _text(pdf, it["qr"].split("://", 1)[-1], M, qy + BOOK_QR_MM - 4, tw, 6.5, "", INDIGO)
        _footer(pdf, s, A5_W, A5_H)
    # how to order
    pdf.add_page(format=(A5_W, A5_H))
    y = _text(pdf, t("mkit_how", "both"), M, M, w, 15, "B", BROWN) + 3
    y = _text(pdf, t("mkit_how_text", "id"), M, y, w, 10) + 1
    y = _text(pdf, t("mkit_how_text", "en"), M, y, w, 9, "", MUTED) + 4
    for line in s["contact"] + s["shops"]:
        y = _text(pdf, line, M, y, w, 11, "B", INDIGO) + 1.5
    if not s["contact"]:
        y = _text(pdf, t("mkit_no_contact", "both"), M, y, w, 9) + 1.5
    qy = max(y + 6, A5_H - M - 50 - 16)
    hangtags.draw_qr(pdf, s["page"], (A5_W - 50) / 2, qy, 50)
    y = _text(pdf, t("mkit_scan_page", "both"), M, qy + 52, w, 8, "", MUTED, "C")
    _text(pdf, s["page"].split("://", 1)[-1], M, y + 0.5, w, 8, "", INDIGO, "C")
    return bytes(pdf.output())


# -- profile posts (4:5 and 9:16) -------------------------------------------------------------
POST_FEED, POST_STORY = urls.MAKER_KIT_POSTS


def post_text(s: dict):
    from .sharecards import posts

    own = _own_photo(s)
    address = s["page"].split("://", 1)[-1].rstrip("/")
    meaning = _place_line(s) + (f" · {', '.join(s['techniques'])}" if s["techniques"] else "")
    order = s["contact"][0] if s["contact"] else t("mkit_post_page", "id", url=address)
    return posts.PostText(
        name=s["name"], brand=t("kit_brand", "id"), meaning=meaning, address=address, story=order,
        rights=(t("mkit_made_for", "id", name=s["name"]) + " · " + ARCHIVE_NAME["id"],),
        badge=None if own else t("kit_badge", "both"), swipe="", slides=(), buy=("", ()), qr_url=s["page"])


def _own_photo(s: dict) -> str:
    """The maker's own product photo (product pages link to a product anchor, motif pages do not)."""
    return next((i["picture"] for i in s["items"] if i["picture"] and not i["illustration"] and "#" in i["qr"]), "")


def post_picture(s: dict) -> str:
    return _own_photo(s) or next((p for p in s["strip"] if p), "")


def render_post(s: dict, name: str) -> bytes:
    from .kit import KIT_QUALITY, MAX_BYTES
    from .sharecards import posts
    from .sharecards.layout import encode

    pic = post_picture(s)
    draw = posts.feed if name == POST_FEED else posts.story
    return encode(draw(Path(pic) if pic else None, post_text(s)).im, MAX_BYTES, KIT_QUALITY)


# -- per-motif and per-product posts (4:5), their captions, the WhatsApp catalogue text -------------
PRICE_LINES_MAX = 5  # price lines in one caption (a caption stays under 2,000 characters)
WA_DESCRIPTION_MAX = 500  # the WhatsApp Business app's item description (research/etalase.md §0.3)


def _motif_badge(m: dict | None) -> str:
    """Honest pictures: a motif picture on a maker's post says it is not the maker's product."""
    from .kit import PHOTO_KINDS

    kind = ((m or {}).get("images") or [{}])[0].get("kind")
    return t("mkit_badge_photo", "both") if kind in PHOTO_KINDS else t("kit_badge", "both")


def _bare(url: str) -> str:
    return url.split("://", 1)[-1].rstrip("/")


def _products(mk: dict) -> list[dict]:
    return (mk.get("products") or []) if granted(mk, "products") else []


def _price_lines(ctx, products: list[dict], lang: str) -> list[str]:
    """"<product>: Rp350.000 (harga per 20 November 2026)." for each product with a FRESH price."""
    names = {m["id"]: m["name"] for m in ctx.col.motifs}
    return [t("mkit_cap_price", lang, name=prod.name(p, names, lang), price=prod.price_text(p["price"]["amount"], lang),
              date=prod.date_text(p["price"]["checked"], lang))
            for p in products if prod.fresh(p, ctx.col.today)][:PRICE_LINES_MAX]


def _order_lines(s: dict, lang: str) -> list[str]:
    """How to order: WhatsApp and Instagram only with the `contact` scope (s["wa"], s["ig"] are
    empty without it), else the maker's page in the archive."""
    out = [t("mkit_cap_order_wa", lang, number=s["wa"])] * bool(s["wa"])
    out += [t("mkit_cap_order_ig", lang, handle=s["ig"])] * bool(s["ig"])
    return out or [t("mkit_cap_order_page", lang, url=s["page"])]


def _caption(blocks: dict, tags: list[str], where: str) -> str:
    """Indonesian block, the separator, English block, the hashtags once; within the apps' limits."""
    text = "\n".join([*blocks["id"], SEPARATOR, *blocks["en"], "", " ".join(tags)])
    problems = caption_limits(text)
    if problems:  # a record the caption cannot hold: say which and why, do not publish a broken one
        raise ValueError(f"{where}: caption breaks the limits: {'; '.join(problems)}")
    return text + "\n"


def _details(p: dict, lang: str) -> list[str]:
    out = [f"{t('product_technique', lang)}: {prod.technique_label(p, lang)}"]
    out += [f"{t('product_material', lang)}: {p['material']}"] if p.get("material") else []
    out += [f"{t('product_size', lang)}: {p['size']}"] if p.get("size") else []
    return out + [x for x in (_stock(p, lang),) if x]


def _tags_product(p: dict, m: dict | None) -> list[str]:
    """Hashtags of a product post: a print is never tagged as batik."""
    motif = "#" + (m["id"] if m else p["motifs"][0]).replace("-", "")
    if prod.is_batik(p):
        return [*identity.hashtags("lead"), motif, f"#batik{p['technique']}", *identity.hashtags("close")]
    return [_motif_tag(), motif, "#" + p["type"].replace("-", "").replace("_", ""), *identity.hashtags("close")]


def _motif_tag() -> str:
    """The tradition's tag without the word batik (#motif<tradition>), for what is not batik."""
    return "#motif" + identity.get("tradition.short").lower().replace(" ", "")


def _posts(ctx, mid: str, mk: dict, s: dict) -> list[dict]:
    """One 4:5 post (and caption) per motif the maker makes and per product (`products` scope):
    the maker's own product photo when there is one (the image pipeline's sized, metadata-free
    JPEG), else the motif's picture with a badge that says it is not the product."""
    col, pub = ctx.col, _web(ctx.pub)
    by_id = {m["id"]: m for m in col.motifs}
    names = {m["id"]: m["name"] for m in col.motifs}
    products = _products(mk)
    place_ = _place_line(s)
    maker_line = t("mkit_post_by", "id", name=mk["name"])
    out = []
    for m in col.motifs_by_maker(mid):
        own = next((ph for p in products if m["id"] in p["motifs"]
                    for ph in (_picture(ctx, product_images.key(mid, p["id"])),) if ph), "")
        pic = own or _picture(ctx, m["id"])
        short = pub.short(m["id"])
        mine = [p for p in products if m["id"] in p["motifs"]]

        def block(lang, m=m, mine=mine, short=short):
            return [first_line(m, lang), t("mkit_cap_by", lang, name=mk["name"], place=place_),
                    *_price_lines(ctx, mine, lang), *_order_lines(s, lang), t("kit_story", lang, url=short),
                    rights_line(m, lang) + "."]

        text = {"name": m["name"], "brand": t("kit_brand", "id"), "meaning": first_line(m, "id").split(": ", 1)[-1],
                "address": _bare(short), "story": "", "rights": [rights_line(m, "id"), rights_line(m, "en")],
                "badge": None if own else _motif_badge(m), "maker": maker_line, "price": ""}
        out.append({"file": urls.maker_kit_post("motif", m["id"]), "caption_file": urls.maker_kit_caption("motif", m["id"]),
                    "picture": pic, "own": bool(own), "text": text,
                    "caption": _caption({x: block(x) for x in ("id", "en")}, hashtags(m), f"maker {mid}, motif {m['id']}")})
    for p in products:
        m = by_id.get(p["motifs"][0])
        own = _picture(ctx, product_images.key(mid, p["id"]))
        pic = own or (_picture(ctx, m["id"]) if m else "")
        fresh = prod.fresh(p, col.today)
        motif_name = names.get(p["motifs"][0], p["motifs"][0])

        def block(lang, p=p, m=m, motif_name=motif_name):
            pname = prod.name(p, names, lang)
            head = pname if motif_name in pname else t("mkit_cap_product_head", lang, name=pname, motif=motif_name)
            lines = [head, " · ".join(_details(p, lang))]
            if not prod.is_batik(p):
                lines.append(t("mkit_cap_not_batik", lang, technique=prod.technique_label(p, lang)))
            lines += _price_lines(ctx, [p], lang) or [t("mkit_cap_ask_price", lang)]
            if m:
                lines.append(first_line(m, lang))
            lines += [t("mkit_cap_by", lang, name=mk["name"], place=place_), *_order_lines(s, lang),
                      t("mkit_cap_product_page", lang, url=pub.maker(mid, lang))]  # no "#produk-…": Instagram reads a hashtag
            if m:
                lines.append(rights_line(m, lang) + ".")
            return lines

        meaning = " · ".join([prod.type_label(p, "id"), prod.technique_label(p, "id")]
                             + ([p["material"]] if p.get("material") else []) + [x for x in (_stock(p, "id"),) if x])
        text = {"name": prod.name(p, names, "id"),
                "brand": t("kit_brand" if prod.is_batik(p) else "mkit_brand_motif", "id"), "meaning": meaning,
                "address": _bare(s["page"]), "story": "",
                "rights": [rights_line(m, "id"), rights_line(m, "en")] if m else [t("mkit_made_for", "id", name=mk["name"])],
                "badge": None if own else _motif_badge(m), "maker": maker_line,
                # a sale line only on the maker's own photo, never on a picture of the motif (research §0.2)
                "price": prod.price_text(p["price"]["amount"], "id") if fresh and own else ""}
        out.append({"file": urls.maker_kit_post("produk", p["id"]), "caption_file": urls.maker_kit_caption("produk", p["id"]),
                    "picture": pic, "own": bool(own), "text": text,
                    "caption": _caption({x: block(x) for x in ("id", "en")}, _tags_product(p, m),
                                        f"maker {mid}, product {p['id']}")})
    return out


def _profile_caption(ctx, mk: dict, s: dict) -> str:
    """caption.txt: the caption of the two profile posts."""
    place_ = _place_line(s)

    def block(lang):
        lines = [t("mkit_cap_maker_head", lang, name=mk["name"], place=place_)[:125]]
        about = prose.plain(pick(mk.get("about"), lang), 300)
        lines += [about] * bool(about)
        if s["motifs"]:
            lines.append(t("mkit_cap_motifs", lang, list=", ".join(s["motifs"])))
        return lines + [*_price_lines(ctx, _products(mk), lang), *_order_lines(s, lang),
                        t("mkit_post_page", lang, url=s["page"])]

    batik = any(x in prod.BATIK_TECHNIQUES for x in mk.get("techniques", []))
    tags = (identity.hashtags("lead") if batik else [_motif_tag()]) + [
        "#" + mk["id"].replace("-", ""), *identity.hashtags("close")]
    return _caption({x: block(x) for x in ("id", "en")}, tags, f"maker {mk['id']}")


def _catalogue(ctx, mid: str, mk: dict, s: dict) -> str:
    """katalog-whatsapp.txt: per product the fields of the WhatsApp Business app's item form
    (name, price, description, link, item code), ready to paste; fresh prices only."""
    products = _products(mk)
    if not products:
        return ""
    pub, names = _web(ctx.pub), {m["id"]: m["name"] for m in ctx.col.motifs}
    days = prod.FRESH_DAYS
    out = [t("mkit_wa_title", "id", name=mk["name"]), t("mkit_wa_title", "en", name=mk["name"]), "",
           t("mkit_wa_how", "id", days=days), t("mkit_wa_how", "en", days=days)]
    for i, p in enumerate(products, start=1):
        motifs = ", ".join(names.get(x, x) for x in p["motifs"])

        def desc(lang, limit):
            parts = [*_details(p, lang), t("mkit_wa_motif", lang, list=motifs).rstrip(".")]
            if not prod.is_batik(p):
                parts.append(t("mkit_cap_not_batik", lang, technique=prod.technique_label(p, lang)).rstrip("."))
            return prose.plain(". ".join(parts) + ".", limit)

        description = desc("id", WA_DESCRIPTION_MAX)
        en = f"{prod.name(p, names, 'en')}. {desc('en', WA_DESCRIPTION_MAX)}"
        if len(description) + 1 + len(en) <= WA_DESCRIPTION_MAX:
            description += "\n" + en
        out += ["", f"{i}. {prod.name(p, names, 'id')}", f"{t('mkit_wa_name', 'both')}: {prod.name(p, names, 'id')}"]
        if prod.fresh(p, ctx.col.today):
            out += [f"{t('mkit_wa_price', 'both')}: {p['price']['amount']}",
                    f"  {prod.price_text(p['price']['amount'], 'id')}, "
                    f"{t('mkit_wa_checked', 'id', date=prod.date_text(p['price']['checked'], 'id'))} / "
                    f"{t('mkit_wa_checked', 'en', date=prod.date_text(p['price']['checked'], 'en'))}"]
        else:
            out.append(f"{t('mkit_wa_price', 'both')}: {t('mkit_wa_no_price', 'both', days=days)}")
        out += [f"{t('mkit_wa_description', 'both')}:", description,
                f"{t('mkit_wa_link', 'both')}: {pub.product(mid, p['id'], 'id')}",
                f"{t('mkit_wa_code', 'both')}: {p['id']}"]
    return "\n".join(out) + "\n"


def _post(s: dict, name: str) -> dict:
    return next(p for p in s["posts"] if p["file"] == name)


def post_canvas(post: dict):
    """The Canvas of one motif or product post (tests read its text boxes)."""
    from .sharecards import posts

    x = post["text"]
    text = posts.PostText(name=x["name"], brand=x["brand"], meaning=x["meaning"], address=x["address"],
                          story=x["story"], rights=tuple(x["rights"]), badge=x["badge"], swipe="", slides=(),
                          buy=("", ()), qr_url="", maker=x["maker"], price=x["price"])
    return posts.feed(Path(post["picture"]) if post["picture"] else None, text)


def render_item_post(s: dict, name: str) -> bytes:
    from .kit import KIT_QUALITY, MAX_BYTES
    from .sharecards.layout import encode

    return encode(post_canvas(_post(s, name)).im, MAX_BYTES, KIT_QUALITY)


RENDER = {CARD: render_card, PRICES: render_prices, LOOKBOOK: render_lookbook,
          POST_FEED: lambda s: render_post(s, POST_FEED), POST_STORY: lambda s: render_post(s, POST_STORY)}


def render(s: dict, name: str) -> bytes:
    """The bytes of one file of the kit."""
    if name in RENDER:
        return RENDER[name](s)
    if name == urls.MAKER_KIT_CAPTION:
        return s["caption"].encode("utf-8")
    if name == urls.MAKER_KIT_CATALOGUE:
        return s["catalogue"].encode("utf-8")
    for p in s["posts"]:
        if name == p["caption_file"]:
            return p["caption"].encode("utf-8")
    return render_item_post(s, name)


PER_FILE = ("posts", "caption", "catalogue", "files")  # not in the cache key of the printables


def _key(s: dict, name: str) -> str:
    from .sharecards.fonts import font_hash

    if name.endswith(".txt"):
        return hashlib.sha256(render(s, name)).hexdigest()[:20]
    if name in RENDER:
        pics = sorted({p for p in s["strip"] if p} | {i["picture"] for i in s["items"] if i["picture"]})
        spec_ = {**{k: v for k, v in s.items() if k not in PER_FILE}, "file": name,
                 "pictures": [Path(p).name for p in pics], "post_fonts": font_hash()}
    else:  # a motif or product post: only what it shows
        post = _post(s, name)
        spec_ = {"v": VERSION, "text": post["text"], "picture": Path(post["picture"]).name if post["picture"] else "",
                 "post_fonts": font_hash()}
    return hashlib.sha256(json.dumps([spec_, identity.key()], sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()[:20]


def make(s: dict, name: str, cache: Path) -> Path:
    out = cache / f"{_key(s, name)}{Path(name).suffix}"
    if not out.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        tmp = out.with_suffix(f".tmp{os.getpid()}")
        tmp.write_bytes(render(s, name))
        os.replace(tmp, out)
    return out


def files(s: dict) -> list[str]:
    """The kit's files for this spec (pages/sharebox.maker_kit_names: the list the maker page shows)."""
    return list(s["files"])


def kit_makers(col) -> list[str]:
    """Ids of the makers whose kit is published (consent given with the `kit` scope)."""
    return [mid for mid in sorted(col.makers) if granted(col.makers[mid], "kit")]


def publish(ctx) -> None:
    """Step: every consenting maker's kit under kit/pembuat/<maker>/."""
    cache = ctx.arc.cache / "makerkit"
    n = 0
    for mid in kit_makers(ctx.col):
        s = spec(ctx, mid, ctx.col.makers[mid])
        for name in files(s):
            place(make(s, name, cache), ctx.staging / urls.maker_kit_file(mid, name))
            n += 1
    ctx.stats["maker_kit"] = n
