"""A maker's products as the site may show them: only with consent, prices only while fresh.

A price is shown only if it was checked with the maker within FRESH_DAYS of the build
date (`core/reproducible.py`, never the wall clock: the same commit gives the same
bytes). A stale price is dropped, the product stays ("ask the price").
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from ..core.i18n import pick, t
from . import schema
from .consent import granted

FRESH_DAYS = 90


def build_day(epoch: int) -> date:
    """The build date of a SOURCE_DATE_EPOCH (core/reproducible.source_date_epoch)."""
    return datetime.fromtimestamp(epoch, tz=timezone.utc).date()


def fresh(product: dict, today: date) -> bool:
    """True if the product has a price checked at most FRESH_DAYS before `today` (and not after it)."""
    checked = (product.get("price") or {}).get("checked")
    if not checked:
        return False
    try:
        day = date.fromisoformat(str(checked))
    except ValueError:
        return False
    return timedelta(0) <= today - day <= timedelta(days=FRESH_DAYS)


def valid_until(product: dict) -> str:
    """The last day the price may be shown (schema.org Offer.priceValidUntil)."""
    return (date.fromisoformat(str(product["price"]["checked"])) + timedelta(days=FRESH_DAYS)).isoformat()


def published_products(col, today: date | None = None) -> list[dict]:
    """Every product the site may show, as {**product, "maker": maker id}, sorted by maker
    then product id. Only makers whose published record has products and the `products`
    scope; a stale price (or every price, with no `today`) is dropped, the product kept."""
    out = []
    for mid in sorted(col.makers):
        mk = col.makers[mid]
        if not granted(mk, "products"):
            continue
        for p in mk.get("products", []):
            item = {**p, "maker": mid}
            if today is None or not fresh(p, today):
                item.pop("price", None)
            out.append(item)
    return sorted(out, key=lambda p: (p["maker"], p["id"]))


# -- How a product is named and linked everywhere (pages, JSON-LD, feeds) -------------------------
BATIK_TECHNIQUES = ("tulis", "cap", "kombinasi")  # wax-resist batik; a print, eco-print or tie-dye is not
SCHEMA_AVAILABILITY = {"ready": "https://schema.org/InStock", "made_to_order": "https://schema.org/MadeToOrder"}
META_AVAILABILITY = {"ready": "in stock", "made_to_order": "available for order"}


def is_batik(product: dict) -> bool:
    return product["technique"] in BATIK_TECHNIQUES


def _label(defs_node: dict, value: str, lang: str) -> str:
    lab = defs_node["x-enum-labels"].get(value, {})
    return lab.get(lang) or lab.get("id") or value


def type_label(product: dict, lang: str) -> str:
    return _label(schema.raw("maker")["$defs"]["product"]["properties"]["type"], product["type"], lang)


def technique_label(product: dict, lang: str) -> str:
    return _label(schema.raw("motif")["$defs"]["technique"], product["technique"], lang)


def name(product: dict, motif_names: dict[str, str], lang: str) -> str:
    """The product's own name, or one made of its type, technique and first motif. The word
    "batik" appears only for tulis, cap and kombinasi: a printed textile is never called batik."""
    if product.get("name"):
        return pick(product["name"], lang)
    motif = motif_names.get(product["motifs"][0], product["motifs"][0])
    if is_batik(product):
        tech = t(f"product_technique_{product['technique']}", lang)
        return t("product_name_batik", lang, type=type_label(product, lang), technique=tech, motif=motif)
    return t("product_name_other", lang, type=type_label(product, lang), technique=technique_label(product, lang),
             motif=motif)


def price_text(amount: int, lang: str) -> str:
    """Rp350.000 in Indonesian, IDR 350,000 in English (no conversion: rates change)."""
    digits = f"{amount:,}"
    return t("product_price", lang, amount=digits.replace(",", ".") if lang == "id" else digits)


def date_text(day: str, lang: str) -> str:
    """"20 November 2026" (the month in the page's language)."""
    d = date.fromisoformat(str(day))
    return f"{d.day} {t('product_months', lang).split(',')[d.month - 1]} {d.year}"
