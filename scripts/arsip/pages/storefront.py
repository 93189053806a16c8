"""Storefront (issue 19): a maker's products on the maker page and on each motif page.

Only products that `records/products.published_products` lets through (the `products`
consent), prices only while fresh (checked within 90 days of the build date), an "order on
WhatsApp" link only with the `contact` consent, and schema.org Product + Offer JSON-LD only
with the `feeds` consent and a fresh price (Google needs a price in an Offer). A product's
address is its card on the maker page (`#produk-<id>`). The archive takes no orders.
"""

from __future__ import annotations

from urllib.parse import quote

from ..core import urls
from ..core.i18n import pick, t
from ..images import picture
from ..images.products import key as photo_key
from ..records import products as prod
from ..records.consent import granted
from .writer import PageWriter

PHOTO_SIZES = "(min-width: 45em) 20rem, 90vw"


def _motif_names(pw: PageWriter) -> dict[str, str]:
    return {m["id"]: m["name"] for m in pw.col.motifs}


def whatsapp(pw: PageWriter, mk: dict, product_name: str, url: str) -> str | None:
    """wa.me link naming the product and its address, only with the `contact` consent and a number."""
    number = (mk.get("contact") or {}).get("whatsapp")
    if not (number and granted(mk, "contact")):
        return None
    msg = t("product_whatsapp_msg", pw.lang, maker=mk["name"], product=product_name, url=url)
    return f"https://wa.me/{number}?text={quote(msg, safe='')}"


def card(pw: PageWriter, p: dict, md: str, names: dict[str, str]) -> dict:
    """What a product card shows (p is an item of published_products: price only if fresh)."""
    lang, mk = pw.lang, pw.col.makers[p["maker"]]
    name = prod.name(p, names, lang)
    url = pw.pub.product(p["maker"], p["id"], lang)
    sets = pw.images.get(photo_key(p["maker"], p["id"])) or []
    photos = [picture(s, pw.img_base(md), pick(ph["alt"], lang), PHOTO_SIZES, max_width=800, cls="arsip-product__photo")
              for s, ph in zip(sets, p.get("photos", [])) if s is not None]
    stock = p["stock"]
    return {
        "id": p["id"], "anchor": urls.product_anchor(p["id"]), "name": name,
        "type": prod.type_label(p, lang), "technique": prod.technique_label(p, lang),
        "material": p.get("material"), "size": p.get("size"),
        "price": prod.price_text(p["price"]["amount"], lang) if p.get("price") else None,
        "checked": prod.date_text(p["price"]["checked"], lang) if p.get("price") else None,
        "stock": t("product_ready", lang) if stock["kind"] == "ready"
        else t("product_made_to_order", lang, days=stock.get("days")),
        "photo": photos[0] if photos else None,
        "links": p.get("links", []),
        "whatsapp": whatsapp(pw, mk, name, url),
        "maker": mk["name"], "maker_href": pw.link.href(md, urls.maker(p["maker"])) + f"#{urls.product_anchor(p['id'])}",
        "motifs": [{"name": names[x], "href": pw.link.href(md, urls.motif(x))} for x in p["motifs"] if x in names],
    }


def of_maker(pw: PageWriter, mid: str, md: str) -> list[dict]:
    names = _motif_names(pw)
    return [card(pw, p, md, names) for p in prod.published_products(pw.col, pw.col.today) if p["maker"] == mid]


def of_motif(pw: PageWriter, motif_id: str, md: str) -> list[dict]:
    names = _motif_names(pw)
    return [card(pw, p, md, names) for p in prod.published_products(pw.col, pw.col.today) if motif_id in p["motifs"]]


def jsonld(pw: PageWriter, mid: str) -> list[dict]:
    """schema.org Product + Offer for each product of this maker with a fresh price, only with
    the `feeds` consent. The seller (and brand) is the maker, as an Organization."""
    mk = pw.col.makers.get(mid) or {}
    if not granted(mk, "feeds"):
        return []
    lang, pub, names = pw.lang, pw.pub, _motif_names(pw)
    seller = {"@type": "Organization", "@id": pub.maker(mid, "id"), "name": mk["name"], "url": pub.maker(mid, lang)}
    out = []
    for p in prod.published_products(pw.col, pw.col.today):
        if p["maker"] != mid or not p.get("price"):
            continue
        sets = pw.images.get(photo_key(mid, p["id"])) or []
        doc = {"@context": "https://schema.org", "@type": "Product", "@id": pub.product(mid, p["id"], "id"),
               "name": prod.name(p, names, lang), "sku": p["id"], "category": prod.type_label(p, lang),
               "brand": {"@type": "Brand", "name": mk["name"]},
               # the motif as the product's pattern (schema.org Product.pattern: DefinedTerm), linked to its page
               "pattern": [{"@type": "DefinedTerm", "@id": pub.page(urls.motif(x), "id"), "name": names[x],
                            "url": pub.page(urls.motif(x), lang)} for x in p["motifs"] if x in names],
               "offers": {"@type": "Offer", "url": pub.product(mid, p["id"], lang),
                          "price": str(p["price"]["amount"]), "priceCurrency": "IDR",
                          "priceValidUntil": prod.valid_until(p),
                          "availability": prod.SCHEMA_AVAILABILITY[p["stock"]["kind"]],
                          "itemCondition": "https://schema.org/NewCondition", "seller": seller}}
        if p.get("material"):
            doc["material"] = p["material"]
        if p.get("size"):
            doc["size"] = p["size"]
        images = [pub.asset(f"{urls.IMAGES}/{s.largest('jpeg').name}") for s in sets if s is not None]
        if images:
            doc["image"] = images
        out.append(doc)
    return out
