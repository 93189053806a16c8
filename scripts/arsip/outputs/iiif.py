"""IIIF Presentation 3: a manifest per motif (iiif/<motif>/manifest.json) and one collection.

Museums, libraries and aggregators show and gather images through IIIF viewers (Mirador,
Universal Viewer). A static site can offer them without an image server: each canvas is
painted by the largest JPEG the pipeline made (no tiles, no image service, so a viewer never
asks for a size that does not exist) and the smallest JPEG is its thumbnail. Labels, summary
and the metadata pairs come from the same field table as the other metadata
(records/crosswalk.py), in Indonesian and English. `rights` is the http:// licence URI the
IIIF schema accepts; the image licence covers the picture, not the motif's design (said in
the requiredStatement). `seeAlso` points at the motif's JSON-LD, written here as a file.
"""

from __future__ import annotations

import json

from ..core import prose, urls
from ..core.i18n import ARCHIVE_DESCRIPTION, ARCHIVE_NAME, LANGS, pick, t
from ..pages import metadata
from ..records import crosswalk, schema
from ..records.crosswalk import Env

CONTEXT = "http://iiif.io/api/presentation/3/context.json"
# Rows of the field table shown as metadata pairs (label and summary carry name and meaning).
METADATA = ("other_names", "themes", "depicts", "techniques", "year", "makers", "designer", "design_holder",
            "added", "updated")


def rights_uri(code: str | None) -> str | None:
    """The licence as the IIIF schema wants it: Creative Commons URIs in their http:// form."""
    url = crosswalk.licence_url(code)
    return url.replace("https://creativecommons.org/", "http://creativecommons.org/") if url else None


def _words(key: str, **kw) -> dict:
    return {lang: [t(key, lang, **kw)] for lang in LANGS}


def _both(value: dict) -> dict:
    return {lang: [value.get(lang) or value["id"]] for lang in LANGS}


def _image(pub, d) -> dict:
    return {"id": pub.asset(urls.image(d.name)), "type": "Image", "format": "image/jpeg",
            "width": d.width, "height": d.height}


def _row_label(row, lang: str) -> str:
    if row.column == "design_holder":
        return t("design_holder", lang)
    return schema.field_title("motif", row.field.split(".")[0], lang)


def _metadata(m: dict, env) -> list[dict]:
    rows = {r.column: r for r in crosswalk.MOTIF}
    out = []
    for col in METADATA:
        row = rows[col]
        values = {lang: row.texts(m, env, lang) for lang in LANGS}
        if col == "techniques":  # codes in the data files; their labels here
            values = {lang: [schema.enum_label("technique", v, lang) for v in values[lang]] for lang in LANGS}
        if not values["id"]:
            continue
        out.append({"label": {lang: [_row_label(row, lang)] for lang in LANGS},
                    "value": {lang: [", ".join(values[lang] or values["id"])] for lang in LANGS}})
    return out


def _statement(m: dict, lang: str) -> str:
    im = m["images"][0] if m.get("images") else None
    text = schema.enum_label("licence", m["rights"]["text_licence"], lang).split(" (")[0]
    parts = [f"{ARCHIVE_NAME[lang]}."]
    if im:
        lic = schema.enum_label("licence", im["licence"], lang).split(" (")[0]
        parts.append(f"{t('image_of', lang)}: {im['credit']} ({lic}). {t('iiif_design_note', lang)}")
    parts.append(f"{t('text_licence', lang)}: {text}.")
    parts.append(f"{t('design_holder', lang)}: {m['rights'].get('design_holder') or t('unknown', lang)}.")
    return " ".join(parts)


def provider(pub) -> list[dict]:
    return [{"id": pub.home("id"), "type": "Agent", "label": _both(ARCHIVE_NAME),
             "homepage": [{"id": pub.home(lang), "type": "Text", "format": "text/html", "language": [lang],
                           "label": {lang: [t("iiif_archive_home", lang)]}} for lang in LANGS]}]


def manifest(m: dict, sets: list, env) -> dict:
    pub, mid = env.pub, m["id"]
    url = pub.asset(urls.iiif_manifest(mid))
    base = url.rsplit("/", 1)[0]
    doc = {
        "@context": CONTEXT, "id": url, "type": "Manifest",
        "label": {lang: [m["name"]] for lang in LANGS},
        "summary": {lang: [prose.plain(pick(m["meaning"], lang), 300)] for lang in LANGS},
        "metadata": _metadata(m, env),
        "requiredStatement": {"label": _words("iiif_attribution"),
                              "value": {lang: [_statement(m, lang)] for lang in LANGS}},
    }
    rights = rights_uri(m["images"][0]["licence"]) if m.get("images") else None
    if rights:
        doc["rights"] = rights
    doc["provider"] = provider(pub)
    doc["homepage"] = [{"id": pub.motif(mid, lang), "type": "Text", "format": "text/html", "language": [lang],
                        "label": {lang: [t("iiif_home", lang)]}} for lang in LANGS]
    doc["seeAlso"] = [
        {"id": pub.asset(urls.motif_jsonld(mid)), "type": "Dataset", "format": "application/ld+json",
         "profile": "https://schema.org/", "label": _words("iiif_jsonld")},
        {"id": pub.asset(f"{urls.OPEN_DATA}/motifs.json"), "type": "Dataset", "format": "application/json",
         "label": _words("iiif_data")}]
    canvases = []
    for i, (im, s) in enumerate(zip(m.get("images", []), sets), start=1):
        if not s or not s.of("jpeg"):
            continue
        big, small = s.largest("jpeg"), s.of("jpeg")[0]
        cid = f"{base}/canvas/{i}"
        canvas = {"id": cid, "type": "Canvas", "label": _words("iiif_image", n=i),
                  "width": big.width, "height": big.height, "thumbnail": [_image(pub, small)]}
        if rights_uri(im["licence"]):
            canvas["rights"] = rights_uri(im["licence"])
        canvas["items"] = [{"id": f"{base}/page/{i}", "type": "AnnotationPage", "items": [
            {"id": f"{base}/annotation/{i}", "type": "Annotation", "motivation": "painting", "target": cid,
             "body": _image(pub, big)}]}]
        canvases.append(canvas)
    if canvases:
        doc["thumbnail"] = canvases[0]["thumbnail"]
    doc["partOf"] = [{"id": pub.asset(urls.iiif_collection()), "type": "Collection"}]
    doc["items"] = canvases
    return doc


def collection(manifests: list[dict], pub, card) -> dict:
    return {
        "@context": CONTEXT, "id": pub.asset(urls.iiif_collection()), "type": "Collection",
        "label": _both(ARCHIVE_NAME), "summary": _both(ARCHIVE_DESCRIPTION),
        "requiredStatement": {"label": _words("iiif_attribution"),
                              "value": {lang: [f"{ARCHIVE_NAME[lang]}. {t('text_licence', lang)}: CC BY-SA 4.0. "
                                               f"{t('iiif_design_note', lang)}"] for lang in LANGS}},
        "rights": rights_uri(crosswalk.SITE_LICENCE),
        "provider": provider(pub),
        "homepage": [{"id": pub.home(lang), "type": "Text", "format": "text/html", "language": [lang],
                      "label": {lang: [t("iiif_archive_home", lang)]}} for lang in LANGS],
        "thumbnail": [{"id": pub.asset(card.site_path), "type": "Image", "format": "image/jpeg",
                       "width": card.width, "height": card.height}],
        "items": [{"id": d["id"], "type": "Manifest", "label": d["label"],
                   **({"thumbnail": d["thumbnail"]} if "thumbnail" in d else {})} for d in manifests],
    }


def locations(ctx) -> list[str]:
    """Absolute URLs of the collection and every manifest (for the sitemap)."""
    return [ctx.pub.asset(urls.iiif_collection())] + [ctx.pub.asset(urls.iiif_manifest(m["id"]))
                                                       for m in ctx.col.motifs if ctx.images.get(m["id"])]


def _write(path, doc: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", "utf-8")


def publish(ctx) -> None:
    """The step: manifests of the motifs that have a picture, the collection, the JSON-LD files."""
    env, site = Env(ctx.pub, ctx.col.makers, ctx.col.motifs_by_maker, ctx.images, ctx.col.sources), ctx.staging
    docs = []
    for m in ctx.col.motifs:
        card = ctx.cards.motifs[m["id"]]
        _write(site / urls.motif_jsonld(m["id"]), metadata.motif_jsonld(m, env, "id", card))
        sets = ctx.images.get(m["id"])
        if sets:
            docs.append(manifest(m, sets, env))
            _write(site / urls.iiif_manifest(m["id"]), docs[-1])
    _write(site / urls.iiif_collection(), collection(docs, ctx.pub, ctx.cards.archive))
    ctx.stats["iiif"] = len(docs)
