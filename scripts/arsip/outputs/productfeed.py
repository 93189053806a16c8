"""Product feeds (issue 19 storefront): only makers who gave the `feeds` consent.

- `data/products.csv` and `data/products.json`: the open data, one row per product, with a
  Table Schema in `datapackage.json` (outputs/opendata.py adds these resources);
- `data/katalog-meta.csv` (urls.PRODUCT_FEED, a stable address for a scheduled feed): Meta's
  catalogue data-feed CSV (Commerce Manager), columns id, title, description, availability,
  condition, price, link, image_link, brand. Meta requires a price and an image, so only
  products with a fresh price (checked within 90 days) and the maker's own photo are in it;
  the price is written as "350000 IDR" (no thousands separator), `brand` is the maker.

A price older than 90 days is never written (records/products.published_products drops it).
A product's link is its card on the maker's page. The texts are plain (no HTML).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from ..core import identity
from ..core import urls
from ..images.products import key as photo_key
from ..records import products as prod
from ..records.consent import granted

PRODUCTS_CSV, PRODUCTS_JSON = "products.csv", "products.json"
META_COLUMNS = ("id", "title", "description", "availability", "condition", "price", "link", "image_link", "brand")

# (column, type, description) of products.csv/json; "several" columns are "|"-joined in the CSV
COLUMNS = (
    ("id", "string", "Maker id and product id, joined by '/': unique in the archive."),
    ("product_id", "string", "The product's id, unique for its maker (at most 40 ASCII characters)."),
    ("maker", "string", "Id of the maker who sells it (makers.csv)."),
    ("maker_name", "string", "The maker's business name."),
    ("name_id", "string", "The product's name in Indonesian (a printed textile is never called batik)."),
    ("name_en", "string", "The product's name in English."),
    ("motifs", "several", "Ids of the motifs it carries (motifs.csv)."),
    ("type", "string", "Kind of product (kain, kemeja, blus, selendang, tas, masker, dompet, lainnya)."),
    ("technique", "string", "How it is made (tulis, cap, kombinasi are batik; printing is not)."),
    ("material", "string", "Material, as the maker says it."),
    ("size", "string", "Size, as the maker says it."),
    ("price_idr", "integer", "Price in whole rupiah, only when checked within the last 90 days; empty otherwise."),
    ("price_checked", "date", "The day the price was checked with the maker."),
    ("availability", "string", "ready (ready to ship) or made_to_order."),
    ("lead_days", "integer", "Days to make it, for made_to_order."),
    ("url_id", "string", "The product on the maker's page (Indonesian)."),
    ("url_en", "string", "The product on the maker's page (English)."),
    ("images", "several", "The maker's own photos of it (metadata-free JPEG)."),
    ("links", "several", "The maker's shop or marketplace pages for it."),
)


def _images(images: dict, pub, mid: str, pid: str) -> list[str]:
    sets = images.get(photo_key(mid, pid)) or []
    return [pub.asset(urls.image(s.largest("jpeg").name)) for s in sets if s is not None]


def products(col, images: dict, pub) -> list[dict]:
    """The products of makers with the `feeds` consent, as rows (several values as lists)."""
    names = {lang: {m["id"]: m["name"] for m in col.motifs} for lang in ("id", "en")}
    out = []
    for p in prod.published_products(col, col.today):
        mk = col.makers[p["maker"]]
        if not granted(mk, "feeds"):
            continue
        mid, pid, price = p["maker"], p["id"], p.get("price") or {}
        out.append({
            "id": f"{mid}/{pid}", "product_id": pid, "maker": mid, "maker_name": mk["name"],
            "name_id": prod.name(p, names["id"], "id"), "name_en": prod.name(p, names["en"], "en"),
            "motifs": list(p["motifs"]), "type": p["type"], "technique": p["technique"],
            "material": p.get("material"), "size": p.get("size"),
            "price_idr": price.get("amount"), "price_checked": price.get("checked"),
            "availability": p["stock"]["kind"], "lead_days": p["stock"].get("days"),
            "url_id": pub.product(mid, pid, "id"), "url_en": pub.product(mid, pid, "en"),
            "images": _images(images, pub, mid, pid), "links": [lk["url"] for lk in p.get("links", [])],
        })
    return out


def to_csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([c for c, _, _ in COLUMNS])
    for r in rows:
        w.writerow(["|".join(r[c]) if kind == "several" else "" if r[c] is None else r[c] for c, kind, _ in COLUMNS])
    return buf.getvalue()


def table_schema(*, joined: bool) -> dict:
    fields = []
    for col, kind, desc in COLUMNS:
        f = {"name": col, "title": col.replace("_", " ").capitalize(), "type": "string" if kind == "several" and joined else "array" if kind == "several" else kind,
             "description": desc + (" Several values separated by '|'." if kind == "several" and joined else "")}
        if col in ("id", "product_id", "maker", "name_id", "type", "technique", "availability", "url_id"):
            f["constraints"] = {"required": True}
        if col == "availability":
            f["constraints"]["enum"] = ["ready", "made_to_order"]
        fields.append(f)
    return {"fields": fields, "primaryKey": ["id"], "missingValues": [""]}


def meta_schema() -> dict:
    req = {"required": True}
    fields = [
        {"name": "id", "type": "string", "constraints": {**req, "maxLength": 100}},
        {"name": "title", "type": "string", "constraints": {**req, "maxLength": 150}},
        {"name": "description", "type": "string", "constraints": {**req, "maxLength": 5000}},
        {"name": "availability", "type": "string", "constraints": {**req, "enum": sorted(set(prod.META_AVAILABILITY.values()))}},
        {"name": "condition", "type": "string", "constraints": {**req, "enum": ["new"]}},
        {"name": "price", "type": "string", "constraints": {**req, "pattern": r"\d+ IDR"}},
        {"name": "link", "type": "string", "format": "uri", "constraints": req},
        {"name": "image_link", "type": "string", "format": "uri", "constraints": req},
        {"name": "brand", "type": "string", "constraints": req},
    ]
    return {"fields": [{**f, "title": f["name"]} for f in fields], "primaryKey": ["id"], "missingValues": [""]}


def _description(r: dict, col) -> str:
    """Plain Indonesian then English: what it is, how it is made and by whom (no HTML)."""
    mk = col.makers[r["maker"]]
    place = ", ".join(x for x in (mk.get("village"), f"Kec. {mk['district']}") if x)
    facts = " · ".join(x for x in (r["material"], r["size"]) if x)
    parts = [f"{r['name_id']}{' · ' + facts if facts else ''}. Karya {mk['name']}, {place}, {identity.get('region.name')}.",
             f"{r['name_en']}{' · ' + facts if facts else ''}. Made by {mk['name']}, {place}, "
             f"{identity.get('region.name')}, {identity.get('region.province', 'en')}."]
    return " ".join(parts)[:5000]


def meta_rows(rows: list[dict], col) -> list[dict]:
    """Meta catalogue rows: only products with a fresh price and the maker's own photo."""
    out = []
    for r in rows:
        if r["price_idr"] is None or not r["images"]:
            continue
        out.append({"id": r["id"].replace("/", "-")[:100], "title": r["name_id"][:150],
                    "description": _description(r, col), "availability": prod.META_AVAILABILITY[r["availability"]],
                    "condition": "new", "price": f"{r['price_idr']} IDR", "link": r["url_id"],
                    "image_link": r["images"][0], "brand": r["maker_name"]})
    return out


def meta_csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=META_COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def write(site: Path, col, images: dict, pub) -> dict[str, int]:
    """Write products.csv, products.json and the Meta catalogue feed; return {site path: bytes}."""
    rows = products(col, images, pub)
    files = {f"{urls.OPEN_DATA}/{PRODUCTS_CSV}": to_csv(rows),
             f"{urls.OPEN_DATA}/{PRODUCTS_JSON}": json.dumps(rows, ensure_ascii=False, indent=1) + "\n",
             urls.PRODUCT_FEED: meta_csv(meta_rows(rows, col))}
    sizes = {}
    for path, text in files.items():
        data = text.encode("utf-8")
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_bytes(data)
        sizes[path] = len(data)
    return sizes
