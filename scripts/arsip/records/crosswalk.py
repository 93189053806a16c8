"""The one table of field knowledge: where each record field shows and how it maps out.

Like CollectionBuilder's `config-metadata.csv`, a single row per field decides its
column in motifs.csv/.json (and its type in datapackage.json), its Dublin Core term
(the DC.* meta tags), its schema.org property (the JSON-LD), whether the catalogue can
filter by it (`facet`: the URL parameter, e.g. motif/?theme=flora; every value shown on
a motif page then links there) and how the motif page's "Motif details" list shows it
(`fact`: the name of a renderer in pages/motif.py). Page facts and filter groups come
in table order. Labels and field descriptions are NOT repeated here: they are read from
the record schema.

A row's value comes in three shapes:
  data(rec, env)        -> the raw value for the data files (codes, Markdown source)
  text(rec, env, lang)  -> list of human-readable strings for DC meta tags
  ld(rec, env, lang)    -> the JSON-LD value
`text` and `ld` default to sensible derivations of `data`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from ..core import identity
from ..core import prose
from ..core.i18n import pick
from ..core import urls
from ..core.urls import Published
from . import cite, schema

DC = "http://purl.org/dc/elements/1.1/"
DCTERMS = "http://purl.org/dc/terms/"
# Dublin Core elements (DC.*); anything else is a DCMI term (DCTERMS.*).
DC_ELEMENTS = {"title", "creator", "subject", "description", "publisher", "contributor", "date", "type",
               "format", "identifier", "source", "language", "relation", "coverage", "rights"}
SEP = "|"  # separator of several values in one CSV cell ("|" is not allowed in names)
# Rights that have no Creative Commons URL: the RightsStatements.org statement.
SITE_LICENCE = "CC-BY-SA-4.0"  # texts of the archive (see the Data page)
RIGHTS_FALLBACK = {"all-rights-reserved": "http://rightsstatements.org/vocab/InC/1.0/"}


@dataclass
class Env:
    """What the extractors may read besides the record: URLs, other records, image sets."""

    pub: Published
    makers: dict = field(default_factory=dict)  # maker id -> record
    motifs_by_maker: Callable[[str], list] = lambda mid: []
    images: dict = field(default_factory=dict)  # motif id -> [ImageSet]
    sources: dict = field(default_factory=dict)  # source id -> registry entry (data/sources.yml)
    places: Any = None  # records.places.Places: official names and codes of kecamatan and desa

    def cited(self, rec: dict) -> list[dict]:
        """The registry entries a record cites, in its order."""
        return cite.resolve(rec.get("sources"), self.sources)

    def image_url(self, mid: str) -> str | None:
        sets = self.images.get(mid)
        if not sets:
            return None
        return self.pub.asset(urls.image(sets[0].largest("jpeg", 1280).name))

    def image_size(self, mid: str) -> tuple[int, int] | None:
        sets = self.images.get(mid)
        if not sets:
            return None
        d = sets[0].largest("jpeg", 1280)
        return d.width, d.height


def licence_url(code: str | None) -> str | None:
    if not code:
        return None
    return schema.licence_url(code) or RIGHTS_FALLBACK.get(code)


def _label(defname: str, value: str, lang: str) -> str:
    return schema.enum_label(defname, value, lang)


def _get(rec: dict, path: str):
    cur: Any = rec
    for part in path.split("."):
        if not isinstance(cur, dict):
            return None
        cur = cur.get(part)
    return cur


@dataclass(frozen=True)
class Row:
    column: str  # column name in the data files (bilingual rows: <column>_id, <column>_en)
    field: str | None  # dotted schema field it documents (titles/descriptions come from there)
    data: Callable[[dict, Env], Any]
    type: str = "string"  # Frictionless Table Schema type of one value
    many: bool = False  # several values (list; "|"-joined in CSV)
    bilingual: bool = False  # value is {"id": ..., "en": ...}
    dc: str | None = None  # Dublin Core element or DCMI term
    so: str | None = None  # schema.org property
    text: Callable[[dict, Env, str], list[str]] | None = None
    ld: Callable[[dict, Env, str], Any] | None = None
    required: bool = False
    facet: str | None = None  # catalogue filter parameter (public URLs: never rename)
    fact: str | None = None  # renderer of this field in the motif page's facts list

    def columns(self) -> list[str]:
        return [f"{self.column}_{lang}" for lang in ("id", "en")] if self.bilingual else [self.column]

    def texts(self, rec: dict, env: Env, lang: str) -> list[str]:
        if self.text:
            return [t for t in self.text(rec, env, lang) if t]
        v = self.data(rec, env)
        if v is None:
            return []
        if self.bilingual:
            v = v.get(lang) or v.get("id")
            if self.many:
                return [x for x in v or [] if x]
            return [prose.plain(v)] if v else []
        if self.many:
            return [str(x) for x in v]
        return [str(v).lower() if isinstance(v, bool) else str(v)]

    def jsonld(self, rec: dict, env: Env, lang: str) -> Any:
        if self.ld:
            return self.ld(rec, env, lang)
        v = self.data(rec, env)
        if v is None or v == [] or v == "":
            return None
        if self.bilingual and not self.many:
            return [{"@language": k, "@value": prose.plain(v[k])} for k in ("id", "en") if v.get(k)]
        if self.bilingual:
            return v.get(lang) or v.get("id")
        return v


def _bi(path: str):
    def get(rec, env):
        v = _get(rec, path)
        if not v:
            return None
        return {"id": v.get("id", ""), "en": v.get("en", "")}
    return get


def _person(name: str) -> dict:
    return {"@type": "Person", "name": name}


def maker_type(mk: dict) -> str:
    return "Person" if mk.get("kind") == "artisan" else "Organization"


def maker_ref(mid: str, env: Env) -> dict:
    mk = env.makers.get(mid, {})
    return {"@type": maker_type(mk), "@id": env.pub.maker(mid), "name": mk.get("name", mid)}


def _pixels(n: int) -> dict:
    """A size in pixels as schema.org ranges width/height (Distance or QuantitativeValue; E37 = pixel)."""
    return {"@type": "QuantitativeValue", "value": n, "unitCode": "E37"}


def _image_ld(rec: dict, env: Env, lang: str):
    url = env.image_url(rec["id"])
    if not url:
        return None
    im = rec["images"][0]
    w, h = env.image_size(rec["id"])
    out = {"@type": "ImageObject", "contentUrl": url, "url": url, "width": _pixels(w), "height": _pixels(h),
           "encodingFormat": "image/jpeg", "caption": pick(im.get("caption") or im["alt"], lang),
           "creditText": im["credit"]}
    if licence_url(im["licence"]):
        out["license"] = licence_url(im["licence"])
    return out


def _citations(rec: dict, env: Env) -> dict:
    """The record's sources in the one citation style, per language (cite.text)."""
    return {lang: [cite.text(src, lang) for src in env.cited(rec)] for lang in ("id", "en")}


# -- map (issue 20): a motif's places, as the official names and Kemendagri codes ----------
def _places(rec: dict, env: Env) -> list[tuple]:
    """(kecamatan Area or None, desa Area or None, place) of each of the record's places."""
    out = []
    for p in rec.get("places", []):
        kec = env.places.find_kecamatan(p["kecamatan"]) if env.places else None
        desa = env.places.find_desa(kec.name, p["desa"]) if kec and p.get("desa") else None
        out.append((kec, desa, p))
    return out


def _unique(values) -> list:
    return list(dict.fromkeys(values))


def _place_ld(rec: dict, env: Env, lang: str):
    out = []
    for kec, desa, p in _places(rec, env):
        name = ", ".join(x for x in (desa.name if desa else p.get("desa"), "Kec. " + (kec.name if kec else p["kecamatan"]),
                                     identity.words("id")["region_full"]) if x)
        out.append({"@type": "Place", "name": name, "description": pick(p["what"], lang),
                    **({"identifier": (desa or kec).code} if (desa or kec) else {})})
    return out or None


def _reg(rec: dict) -> dict:
    return (rec.get("status") or {}).get("registration") or {}


MOTIF: list[Row] = [
    Row("id", "id", lambda r, e: r["id"], so="identifier", required=True),
    Row("name", "name", lambda r, e: r["name"], dc="title", so="name", required=True),
    Row("other_names", "other_names", lambda r, e: r.get("other_names", []), many=True,
        dc="alternative", so="alternateName"),
    Row("url", None, lambda r, e: {"id": e.pub.motif(r["id"], "id"), "en": e.pub.motif(r["id"], "en")},
        bilingual=True, dc="identifier", so="url", required=True,
        text=lambda r, e, lang: [e.pub.motif(r["id"], "id")],
        ld=lambda r, e, lang: e.pub.motif(r["id"], lang)),
    Row("short_url", None, lambda r, e: e.pub.short(r["id"]), required=True),
    Row("themes", "themes", lambda r, e: list(r["themes"]), many=True, dc="subject", so="keywords", required=True,
        text=lambda r, e, lang: [_label("theme", t, lang) for t in r["themes"]],
        ld=lambda r, e, lang: [_label("theme", t, lang) for t in r["themes"]], facet="theme", fact="links"),
    Row("depicts", "depicts", lambda r, e: {k: [pick(d["object"], k) for d in r.get("depicts", [])] for k in ("id", "en")},
        many=True, bilingual=True, dc="subject", so="keywords", facet="object"),
    Row("places_kecamatan", "places[].kecamatan", lambda r, e: _unique(kec.name if kec else p["kecamatan"]
                                                                  for kec, _, p in _places(r, e)),
        many=True, dc="spatial", so="contentLocation", ld=_place_ld, fact="places"),
    Row("places_kecamatan_code", None, lambda r, e: _unique(kec.code for kec, _, _ in _places(r, e) if kec),
        many=True),
    Row("places_desa", "places[].desa", lambda r, e: _unique(desa.name for _, desa, _ in _places(r, e) if desa),
        many=True),
    Row("places_desa_code", None, lambda r, e: _unique(desa.code for _, desa, _ in _places(r, e) if desa), many=True),
    Row("meaning", "meaning", _bi("meaning"), bilingual=True, dc="description", so="description", required=True,
        text=lambda r, e, lang: [prose.plain(pick(r["meaning"], lang), 300)]),
    Row("local_wisdom", "local_wisdom", _bi("local_wisdom"), bilingual=True),
    Row("story", "story", _bi("story"), bilingual=True),
    Row("stylisation", "stylisation", _bi("stylisation"), bilingual=True),
    Row("techniques", "techniques", lambda r, e: list(r.get("techniques", [])), many=True, so="artMedium",
        ld=lambda r, e, lang: [_label("technique", t, lang) for t in r.get("techniques", [])] or None,
        facet="technique", fact="links"),
    Row("colours", "colours", lambda r, e: [c["name"]["id"] + (f" {c['hex']}" if c.get("hex") else "")
                                            for c in r.get("colours", [])], many=True, facet="colour", fact="colours"),
    Row("year", "year", lambda r, e: r.get("year"), type="integer", dc="date", so="dateCreated",
        ld=lambda r, e, lang: str(r["year"]) if r.get("year") else None, facet="year", fact="year"),
    Row("status", "status.kind", lambda r, e: r["status"]["kind"], required=True, facet="status"),
    Row("official_set", "status.set", lambda r, e: r["status"].get("set")),
    Row("official_set_year", "status.set_year", lambda r, e: r["status"].get("set_year"), type="integer"),
    Row("makers", "makers", lambda r, e: list(r.get("makers", [])), many=True, dc="contributor", so="producer",
        text=lambda r, e, lang: [e.makers[m]["name"] for m in r.get("makers", []) if m in e.makers],
        ld=lambda r, e, lang: [maker_ref(m, e) for m in r.get("makers", [])] or None, facet="maker", fact="makers"),
    Row("designer", "designer.name", lambda r, e: (r.get("designer") or {}).get("name"), dc="creator", so="creator",
        ld=lambda r, e, lang: [_person(r["designer"]["name"])] if (r.get("designer") or {}).get("name") else None,
        fact="designer"),
    Row("registered", "status.registration.registered",
        lambda r, e: bool(_reg(r).get("registered")), type="boolean", fact="registration"),
    Row("registered_name", "status.registration.name", lambda r, e: _reg(r).get("name")),
    Row("registration_number", "status.registration.number", lambda r, e: _reg(r).get("number")),
    Row("registration_holder", "status.registration.holder", lambda r, e: _reg(r).get("holder")),
    Row("registration_year", "status.registration.year", lambda r, e: _reg(r).get("year"), type="integer"),
    Row("registration_source", "status.registration.source",
        lambda r, e: (_reg(r).get("source") or {}).get("id")),
    Row("related", "related", lambda r, e: list(r.get("related", [])), many=True, dc="relation",
        text=lambda r, e, lang: [e.pub.motif(x, "id") for x in r.get("related", [])]),
    Row("added", "added", lambda r, e: r.get("added"), type="date", dc="available", so="datePublished"),
    Row("updated", "updated", lambda r, e: r.get("updated"), type="date", dc="modified", so="dateModified"),
    Row("text_licence", "rights.text_licence", lambda r, e: r["rights"]["text_licence"], dc="rights", so="license",
        required=True,
        text=lambda r, e, lang: [licence_url(r["rights"]["text_licence"]) or _label("licence", r["rights"]["text_licence"], lang)],
        ld=lambda r, e, lang: licence_url(r["rights"]["text_licence"])),
    Row("design_holder", "rights.design_holder", lambda r, e: r["rights"].get("design_holder"), dc="rightsHolder",
        so="copyrightHolder",
        ld=lambda r, e, lang: {"@type": "Organization", "name": r["rights"]["design_holder"]}
        if r["rights"].get("design_holder") else None),
    Row("image_url", "images", lambda r, e: e.image_url(r["id"]), so="image", ld=_image_ld),
    Row("image_kind", "images[].kind", lambda r, e: r["images"][0]["kind"]),
    Row("image_alt", "images[].alt", lambda r, e: _bi("alt")(r["images"][0], e), bilingual=True),
    Row("image_credit", "images[].credit", lambda r, e: r["images"][0]["credit"]),
    Row("image_licence", "images[].licence", lambda r, e: r["images"][0]["licence"]),
    Row("sources", "sources", _citations, many=True, bilingual=True, so="citation",
        ld=lambda r, e, lang: [cite.text(src, lang) for src in e.cited(r)] or None),
    Row("source_ids", "sources[].id", lambda r, e: [src["id"] for src in e.cited(r)], many=True),
    Row("source_urls", None, lambda r, e: [src["url"] for src in e.cited(r) if src.get("url")], many=True,
        dc="source"),
    Row("redirect_from", "redirect_from", lambda r, e: list(r.get("redirect_from", [])), many=True),
]


def _contact(mk: dict) -> dict:
    c = mk.get("contact") or {}
    return c if c.get("opt_in") else {}


def _same_as(mk: dict) -> list[str]:
    c = _contact(mk)
    out = [f"https://www.instagram.com/{c['instagram']}/"] if c.get("instagram") else []
    return out + [s["url"] for s in c.get("shops", [])]


MAKER: list[Row] = [
    Row("id", "id", lambda r, e: r["id"], so="identifier", required=True),
    Row("name", "name", lambda r, e: r["name"], dc="title", so="name", required=True),
    Row("kind", "kind", lambda r, e: r["kind"], required=True),
    Row("url", None, lambda r, e: {"id": e.pub.maker(r["id"], "id"), "en": e.pub.maker(r["id"], "en")},
        bilingual=True, dc="identifier", so="url", required=True,
        text=lambda r, e, lang: [e.pub.maker(r["id"], "id")],
        ld=lambda r, e, lang: e.pub.maker(r["id"], lang)),
    Row("village", "village", lambda r, e: r.get("village")),
    Row("district", "district", lambda r, e: r["district"], dc="coverage", required=True, facet="district"),
    Row("since", "since", lambda r, e: r.get("since"), type="integer", so="foundingDate",
        ld=lambda r, e, lang: str(r["since"]) if r.get("since") and r["kind"] != "artisan" else None),
    Row("techniques", "techniques", lambda r, e: list(r.get("techniques", [])), many=True, so="knowsAbout",
        ld=lambda r, e, lang: [_label("technique", t, lang) for t in r.get("techniques", [])] or None),
    Row("people", "people", lambda r, e: [p["name"] for p in r.get("people", [])], many=True),
    Row("consent", "consent.state", lambda r, e: (r.get("consent") or {}).get("state"), required=True),
    Row("about", "about", _bi("about"), bilingual=True, dc="description", so="description"),
    Row("motifs", None, lambda r, e: [m["id"] for m in e.motifs_by_maker(r["id"])], many=True),
    Row("instagram", "contact.instagram", lambda r, e: _contact(r).get("instagram")),
    Row("whatsapp", "contact.whatsapp", lambda r, e: _contact(r).get("whatsapp")),
    Row("address", "contact.address", lambda r, e: _contact(r).get("address")),
    Row("shops", "contact.shops", lambda r, e: [s["url"] for s in _contact(r).get("shops", [])], many=True,
        so="sameAs", ld=lambda r, e, lang: _same_as(r) or None),
    Row("added", "added", lambda r, e: r.get("added"), type="date", dc="available"),
    Row("sources", "sources", _citations, many=True, bilingual=True),
    Row("source_ids", "sources[].id", lambda r, e: [src["id"] for src in e.cited(r)], many=True),
]

# The source registry as open data: the same citation the pages show, and the confidence
# the one rule gives (with the written reason when overridden).
SOURCE: list[Row] = [
    Row("id", "sources[].id", lambda r, e: r["id"], required=True),
    Row("citation", None, lambda r, e: {lang: cite.text(r, lang) for lang in ("id", "en")}, bilingual=True,
        required=True),
    Row("title", "sources[].title", lambda r, e: r["title"], dc="title", required=True),
    Row("author", "sources[].author", lambda r, e: r.get("author"), dc="creator"),
    Row("publisher", "sources[].publisher", lambda r, e: r["publisher"], dc="publisher", required=True),
    Row("date", "sources[].date", lambda r, e: r["date"], dc="date", required=True),
    Row("date_note", "sources[].date_note", _bi("date_note"), bilingual=True),
    Row("url", "sources[].url", lambda r, e: r.get("url"), dc="identifier"),
    Row("kind", "sources[].kind", lambda r, e: r["kind"], required=True),
    Row("note", "sources[].note", _bi("note"), bilingual=True),
    Row("confidence", None, lambda r, e: cite.confidence(r), required=True),
    Row("confidence_reason", "sources[].override.reason", _bi("override.reason"), bilingual=True),
]

TABLES = {"motif": MOTIF, "maker": MAKER, "sources": SOURCE}


def field_doc(kind: str, row: Row) -> tuple[str, str]:
    """(title, description) of a column in English, read from the record schema."""
    if not row.field:
        extra = {"url": "Absolute URL of the record's page (Indonesian and English sites).",
                 "short_url": "Short, stable URL of the motif, as printed in QR codes on hang tags.",
                 "motifs": "Ids of the motifs this maker makes.",
                 "places_kecamatan_code": "Kemendagri codes of the kecamatan in places_kecamatan, in the same order.",
                 "places_desa_code": "Kemendagri codes of the desa in places_desa, in the same order.",
                 "source_urls": "Web addresses of the sources cited (from the source registry).",
                 "citation": "The source in the archive's one citation style, as every page shows it.",
                 "confidence": "high, medium or low: from the kind of source by one rule (sources.schema.json, "
                               "x-confidence), unless overridden with a written reason."}
        return row.column.replace("_", " ").capitalize(), extra.get(row.column, "")
    node = {name: n for name, n, _ in schema.walk_fields(kind)}.get(row.field)
    if node is None:
        return row.column, ""
    title = node.get("x-title-en") or node.get("title") or row.column
    desc = node.get("x-description-en") or node.get("description") or ""
    return title, desc


def flat(kind: str, rec: dict, env: Env, *, joined: bool) -> dict:
    """One row of the data files: bilingual values split into _id/_en columns; several values
    as a list (JSON) or "|"-joined (CSV, joined=True). Missing values are None."""
    out = {}
    for row in TABLES[kind]:
        v = row.data(rec, env)
        for lang_col in row.columns():
            if row.bilingual:
                val = (v or {}).get(lang_col.rsplit("_", 1)[1]) if v else None
            else:
                val = v
            if row.many:
                val = [x for x in (val or []) if x not in (None, "")]
                if joined:
                    val = SEP.join(str(x) for x in val) if val else None
            elif val == "":
                val = None
            out[lang_col] = val
    return out


def dc_meta(kind: str, rec: dict, env: Env, lang: str) -> list[tuple[str, str]]:
    """[(meta name, content)] of the record's Dublin Core tags in `lang`, in table order."""
    out = []
    for row in TABLES[kind]:
        if not row.dc:
            continue
        prefix = "DC" if row.dc in DC_ELEMENTS else "DCTERMS"
        for t in row.texts(rec, env, lang):
            out.append((f"{prefix}.{row.dc}", t))
    return out


def jsonld_props(kind: str, rec: dict, env: Env, lang: str) -> dict:
    """schema.org properties of the record; rows sharing a property are merged into a list."""
    out: dict[str, Any] = {}
    for row in TABLES[kind]:
        if not row.so:
            continue
        v = row.jsonld(rec, env, lang)
        if v is None or v == [] or v == "":
            continue
        if row.so in out:
            prev = out[row.so] if isinstance(out[row.so], list) else [out[row.so]]
            out[row.so] = prev + (v if isinstance(v, list) else [v])
        else:
            out[row.so] = v
    return out


def text_licence_name(lang: str) -> str:
    return schema.enum_label("licence", SITE_LICENCE, lang).split(" (")[0]
