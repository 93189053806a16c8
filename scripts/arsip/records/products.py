"""A maker's products as the site may show them: only with consent, prices only while fresh.

A price is shown only if it was checked with the maker within FRESH_DAYS of the build
date (`core/reproducible.py`, never the wall clock: the same commit gives the same
bytes). A stale price is dropped, the product stays ("ask the price").
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

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
