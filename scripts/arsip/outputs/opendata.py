"""Open data: the archive as downloadable files, described by a Frictionless Data Package.

Researchers, museums and aggregators want the records without scraping pages. The
site gets `data/motifs.csv`, `data/motifs.json`, `data/makers.csv`, `data/makers.json`
and `data/datapackage.json` (tabular resources with a Table Schema each, licences and
sources). Columns, their types and their Dublin Core/schema.org meaning come from the
one table in `crosswalk.py`; their titles and descriptions from the record schema.

CSV: UTF-8 without BOM, one row per record, several values joined with "|",
bilingual text as <field>_id and <field>_en. JSON: the same rows, several values as
arrays. Contact details appear only for makers who agreed to show them (opt_in); a maker
whose consent is pending appears with business name and village only, a maker who
withdrew it not at all (records/collection.publish_makers decides). `sources.csv/json`
are the source registry, with the one citation style every page uses.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from ..core import identity
from ..core import urls
from ..core.i18n import ARCHIVE_DESCRIPTION, ARCHIVE_NAME
from ..records import crosswalk, places, schema
from ..records.crosswalk import Env
from . import productfeed  # issue 19 storefront

LICENCES = [
    {"name": "CC-BY-SA-4.0", "path": "https://creativecommons.org/licenses/by-sa/4.0/",
     "title": "Creative Commons Attribution-ShareAlike 4.0 (texts of the records)"},
    {"name": "CC0-1.0", "path": "https://creativecommons.org/publicdomain/zero/1.0/",
     "title": "CC0 1.0 (the project's illustrations as drawings, not the rights in the motif designs they show; "
              "each image's licence is in the image_licence column)"},
]


TITLES = {"motif": "Motifs", "maker": "Makers", "sources": "Sources"}


def rows(kind: str, records: list[dict], env: Env, *, joined: bool) -> list[dict]:
    return [crosswalk.flat(kind, r, env, joined=joined) for r in records]


def to_csv(kind: str, data: list[dict]) -> str:
    cols = [c for row in crosswalk.TABLES[kind] for c in row.columns()]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(cols)
    for r in data:
        w.writerow(["" if r[c] is None else ("true" if r[c] is True else "false" if r[c] is False else r[c])
                    for c in cols])
    return buf.getvalue()


def _enum(kind: str, row) -> list[str] | None:
    if not row.field:
        return None
    node = {name: n for name, n, _ in schema.walk_fields(kind)}.get(row.field) or {}
    return list(node["enum"]) if "enum" in node and row.type == "string" and not row.many else None


def table_schema(kind: str, *, joined: bool) -> dict:
    fields = []
    for row in crosswalk.TABLES[kind]:
        title, desc = crosswalk.field_doc(kind, row)
        for col in row.columns():
            f = {"name": col, "title": title + (f" ({col.rsplit('_', 1)[1]})" if row.bilingual else "")}
            d = desc
            if row.many:
                f["type"] = "string" if joined else "array"
                d = (d + " " if d else "") + ("Several values separated by '|'." if joined else "A list of values.")
            else:
                f["type"] = row.type
            if row.dc:
                f["rdfType"] = (crosswalk.DC if row.dc in crosswalk.DC_ELEMENTS else crosswalk.DCTERMS) + row.dc
            if d:
                f["description"] = d
            cons = {}
            if row.required and not (row.bilingual and col.endswith("_en")):
                cons["required"] = True
            enum = _enum(kind, row)
            if enum:
                cons["enum"] = enum
            if cons:
                f["constraints"] = cons
            fields.append(f)
    return {"fields": fields, "primaryKey": ["id"], "missingValues": [""]}


# map (issue 20): the boundary data keeps its own licence and attribution (data/peta/README.md).
GEO_LICENCES = [{"name": places.LICENCE, "path": places.LICENCE_URL, "title": places.LICENCE_TITLE}]
GEO_SOURCES = [{"title": "BPS 2020 via OCHA/HDX: Indonesia - Subnational Administrative Boundaries (cod-ab-idn)",
                "path": places.HDX_URL}]


def _geo_resource(f: str, mime: str, about: dict) -> dict:
    name = f.rsplit("/", 1)[-1]
    return {"name": name.replace(".", "-").lower(), "path": f, "profile": "data-resource", "title": name,
            "format": name.rsplit(".", 1)[1],
            "mediatype": mime, "encoding": "utf-8", "description": about["en"] + " " + places.attribution("en"),
            "licenses": GEO_LICENCES, "sources": GEO_SOURCES}


def _product_resource(f: str, mime: str, kind: str, about: dict, sources: list) -> dict:
    """issue 19 storefront: products.csv/json and the Meta catalogue feed (outputs/productfeed.py)."""
    fmt = f.rsplit(".", 1)[1]
    schema_ = productfeed.meta_schema() if kind == "meta" else productfeed.table_schema(joined=fmt == "csv")
    r = {"name": f.replace(".", "-"), "path": f, "profile": "tabular-data-resource",
         "title": ("Meta catalogue feed" if kind == "meta" else "Products") + f" ({fmt.upper()})",
         "description": about["en"], "format": fmt, "mediatype": mime, "encoding": "utf-8", "schema": schema_,
         "licenses": LICENCES[:1], "sources": sources}
    if fmt == "csv":
        r["dialect"] = {"delimiter": ",", "quoteChar": '"', "header": True}
    return r


def datapackage(home_url: str) -> dict:
    sources = [{"title": ARCHIVE_NAME["en"] + " (" + ARCHIVE_NAME["id"] + ")", "path": home_url}]
    res = []
    for f, mime, kind, about in urls.open_data_rows():
        if not kind:
            continue
        if kind == "geo":
            res.append(_geo_resource(f, mime, about))
            continue
        if kind == "product" and f.endswith(".json"):
            continue  # issue 19: often an empty list, which is no tabular resource; products.csv describes it
        if kind in ("product", "meta"):  # issue 19 storefront
            res.append(_product_resource(f, mime, kind, about, sources))
            continue
        fmt = f.rsplit(".", 1)[1]
        r = {"name": f.replace(".", "-"), "path": f, "profile": "tabular-data-resource",
             "title": f"{TITLES[kind]} ({fmt.upper()})", "description": about["en"],
             "format": fmt, "mediatype": mime, "encoding": "utf-8",
             "schema": table_schema(kind, joined=fmt == "csv"), "licenses": LICENCES, "sources": sources}
        if fmt == "csv":
            r["dialect"] = {"delimiter": ",", "quoteChar": '"', "header": True}
        res.append(r)
    return {
        "profile": "data-package",  # tabular resources plus the GeoJSON boundaries (map, issue 20)
        "name": identity.get("slug"),
        "title": f"{ARCHIVE_NAME['en']}: motifs and makers",
        "description": ARCHIVE_DESCRIPTION["en"] + " Texts CC BY-SA 4.0; the project's illustrations CC0 as drawings; "
                       "photos under the licence given for each image; motif designs remain with their holders "
                       "(design_holder).",
        "homepage": home_url,
        "keywords": ["batik", identity.get("tradition.name"), identity.get("region.name"), identity.get("region.country"),
                     "textile", "motif", "cultural heritage"],
        "licenses": [{**LICENCES[0], "title": "Creative Commons Attribution-ShareAlike 4.0"}],
        "sources": sources,
        "resources": res,
        # Not a tabular resource (Frictionless would fetch it): the motifs' pictures for IIIF viewers.
        "iiif_collection": {"path": home_url + urls.iiif_collection(), "format": "IIIF Presentation 3"},
    }


def write(site: Path, motifs: list[dict], makers: list[dict], env: Env, sources: list[dict] = (),
          geo_dir: Path | None = None) -> dict[str, int]:
    """Write every data file into <site>/data/ (the boundary files from `geo_dir`, unchanged); return {file: bytes}."""
    out = site / urls.OPEN_DATA
    out.mkdir(parents=True, exist_ok=True)
    files = {
        "motifs.csv": to_csv("motif", rows("motif", motifs, env, joined=True)),
        "motifs.json": json.dumps(rows("motif", motifs, env, joined=False), ensure_ascii=False, indent=1) + "\n",
        "makers.csv": to_csv("maker", rows("maker", makers, env, joined=True)),
        "makers.json": json.dumps(rows("maker", makers, env, joined=False), ensure_ascii=False, indent=1) + "\n",
        "sources.csv": to_csv("sources", rows("sources", sources, env, joined=True)),
        "sources.json": json.dumps(rows("sources", sources, env, joined=False), ensure_ascii=False, indent=1) + "\n",
        "datapackage.json": json.dumps(datapackage(env.pub.home("id")), ensure_ascii=False, indent=1) + "\n",
    }
    sizes = {}
    for name, text in files.items():
        data = text.encode("utf-8")
        (out / name).write_bytes(data)
        sizes[name] = len(data)
    for f, _, kind, _ in urls.open_data_rows():
        src = geo_dir / f.split("/", 1)[1] if geo_dir and kind == "geo" else None
        if src and src.is_file():
            (out / f).parent.mkdir(parents=True, exist_ok=True)
            (out / f).write_bytes(src.read_bytes())
            sizes[f] = src.stat().st_size
    return sizes
