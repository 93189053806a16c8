"""Linked metadata in each page's <head>: Open Graph, Twitter, Dublin Core and schema.org.

Museums, aggregators (Europeana-style), researchers and search engines read metadata in
standard forms; WhatsApp and Facebook read Open Graph. All of it is computed here from
the records and the one mapping table in `records/crosswalk.py`, and handed to the theme
(docs/theme/partials/arsip-meta.html) through the page's front matter key `arsip`:

    arsip:
      meta:   [[attribute, name, content, lang], ...]   # <meta attribute="name" content=...>
      links:  [[rel, href, type, title], ...]           # <link rel=... href=...>
      jsonld: '{"@context": ...}'                       # body of <script type="application/ld+json">

The theme prints these values as they are, so every string in `meta` and `links` is
HTML-escaped here, and `jsonld` is JSON made safe for a <script> element: "<", ">" and
"&" become \\u003c, \\u003e and \\u0026, so contributor text such as "</script>" can never
end the element (and U+2028/U+2029 are escaped for old JavaScript parsers).
"""

from __future__ import annotations

import html
import json

from ..core import identity
from ..core import prose
from ..core.i18n import ARCHIVE_DESCRIPTION, ARCHIVE_NAME, other
from ..core.urls import Published
from ..records import crosswalk
from ..records.crosswalk import SITE_LICENCE, Env

OG_LOCALE = {"id": "id_ID", "en": "en_US"}
def place() -> dict:
    """The archive's region as a schema.org Place (data/arsip.yml)."""
    w = identity.words("id")
    return {"@type": "Place", "name": f"{w['region_full']}, {w['province']}, {w['country']}",
            "address": {"@type": "PostalAddress", "addressRegion": w["province"],
                        "addressCountry": identity.get("region.country_code")}}
def script_json(obj) -> str:
    """JSON that is safe to place verbatim inside <script type="application/ld+json">."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        s = s.replace(ch, esc)
    return s


def _e(s) -> str:
    return html.escape(str(s), quote=True)


class Head:
    """Collects the tags of one page, escaping as it goes."""

    def __init__(self):
        self.meta: list[list[str]] = []
        self.links: list[list[str]] = []
        self.jsonld: str | None = None

    def add(self, attr: str, name: str, content, lang: str = "") -> None:
        if content not in (None, ""):
            self.meta.append([_e(attr), _e(name), _e(content), _e(lang)])

    def link(self, rel: str, href: str, type_: str = "", title: str = "") -> None:
        self.links.append([_e(rel), _e(href), _e(type_), _e(title)])

    def out(self) -> dict:
        d = {"meta": self.meta, "links": self.links}
        if self.jsonld:
            d["jsonld"] = self.jsonld
        return d


def social(head: Head, pub: Published, lang: str, *, title: str, description: str, url: str, card,
           og_type: str = "article") -> None:
    """Open Graph and Twitter tags; every URL absolute. (No <link rel="alternate"> to the feed:
    Material's JavaScript would download a sitemap for every alternate link on every page load;
    the feed is listed on the Data page instead.)"""
    other_lang = other(lang)
    img = pub.asset(card.site_path)
    for name, value in (("og:type", og_type), ("og:site_name", ARCHIVE_NAME["id"]), ("og:title", title),
                        ("og:description", description), ("og:url", url), ("og:locale", OG_LOCALE[lang]),
                        ("og:locale:alternate", OG_LOCALE[other_lang]), ("og:image", img)):
        head.add("property", name, value)
    if img.startswith("https://"):
        head.add("property", "og:image:secure_url", img)
    for name, value in (("og:image:type", "image/jpeg"), ("og:image:width", card.width),
                        ("og:image:height", card.height), ("og:image:alt", card.alt[lang])):
        head.add("property", name, value)
    for name, value in (("twitter:card", "summary_large_image"), ("twitter:title", title),
                        ("twitter:description", description), ("twitter:image", img),
                        ("twitter:image:alt", card.alt[lang])):
        head.add("name", name, value)


def dublin_core(head: Head, kind: str, rec: dict, env: Env, lang: str) -> None:
    head.link("schema.DC", crosswalk.DC)
    head.link("schema.DCTERMS", crosswalk.DCTERMS)
    for name, content in crosswalk.dc_meta(kind, rec, env, lang):
        head.add("name", name, content, lang if name in ("DC.description", "DC.subject") else "")
    head.add("name", "DC.language", lang)
    head.add("name", "DC.publisher", ARCHIVE_NAME["id"])
    head.add("name", "DC.type", "Image" if kind == "motif" else "Agent")
    head.add("name", "DC.format", "text/html")


def archive_ref(pub: Published, lang: str) -> dict:
    return {"@type": ["Collection", "Dataset"], "@id": pub.home("id"), "name": ARCHIVE_NAME[lang],
            "url": pub.home(lang)}


def motif_jsonld(m: dict, env: Env, lang: str, card) -> dict:
    pub = env.pub
    doc = {"@context": "https://schema.org", "@type": "VisualArtwork", "@id": pub.motif(m["id"], "id")}
    doc.update(crosswalk.jsonld_props("motif", m, env, lang))
    doc.update({
        "mainEntityOfPage": pub.motif(m["id"], lang),
        "inLanguage": lang,
        "artform": "Batik",
        "locationCreated": place(),
        "isPartOf": archive_ref(pub, lang),
        "publisher": {"@type": "Organization", "name": ARCHIVE_NAME["id"], "url": pub.home("id")},
        "thumbnailUrl": pub.asset(card.site_path),
        "isAccessibleForFree": True,
    })
    return doc


def maker_jsonld(mk: dict, env: Env, lang: str, card) -> dict:
    pub = env.pub
    kind = crosswalk.maker_type(mk)
    doc = {"@context": "https://schema.org", "@type": kind, "@id": pub.maker(mk["id"], "id")}
    doc.update(crosswalk.jsonld_props("maker", mk, env, lang))
    addr = {"@type": "PostalAddress", "addressLocality": mk.get("village") or f"Kec. {mk['district']}",
            "addressRegion": identity.fill(f"Kec. {mk['district']}, {{region_full}}, {{province}}"),
            "addressCountry": identity.get("region.country_code")}
    doc["homeLocation" if kind == "Person" else "address"] = addr
    doc["image"] = pub.asset(card.site_path)
    doc["mainEntityOfPage"] = pub.maker(mk["id"], lang)
    if kind == "Organization" and mk.get("people"):
        doc["member"] = [{"@type": "Person", "name": p["name"]} for p in mk["people"]]
    return doc


def home_jsonld(pub: Published, lang: str, n_motifs: int, n_makers: int, card, downloads: list[dict]) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": ["Collection", "Dataset"],
        "@id": pub.home("id"),
        "url": pub.home(lang),
        "name": ARCHIVE_NAME[lang],
        "alternateName": ARCHIVE_NAME["en" if lang == "id" else "id"],
        "description": [{"@language": k, "@value": v} for k, v in ARCHIVE_DESCRIPTION.items()],
        "inLanguage": ["id", "en"],
        "license": crosswalk.licence_url(SITE_LICENCE),
        "isAccessibleForFree": True,
        "keywords": ["batik", identity.get("tradition.name"), identity.get("region.name"), "motif", "kearifan lokal",
                     "cultural heritage"],
        "spatialCoverage": place(),
        "collectionSize": n_motifs,
        "variableMeasured": f"{n_motifs} motifs, {n_makers} makers",
        "publisher": {"@type": "Organization", "name": ARCHIVE_NAME["id"], "url": pub.home("id")},
        "creator": {"@type": "Organization", "name": ARCHIVE_NAME["id"], "url": pub.home("id")},
        "image": pub.asset(card.site_path),
        "distribution": [{"@type": "DataDownload", "name": d["name"], "contentUrl": pub.asset(d["path"]),
                          "encodingFormat": d["mime"]} for d in downloads],
    }


def motif_head(m: dict, env: Env, lang: str, card) -> dict:
    pub = env.pub
    head = Head()
    desc = prose.plain((m["meaning"].get(lang) or m["meaning"]["id"]), 200)
    social(head, pub, lang, title=m["name"], description=desc, url=pub.motif(m["id"], lang), card=card)
    dublin_core(head, "motif", m, env, lang)
    head.jsonld = script_json(motif_jsonld(m, env, lang, card))
    return head.out()


def maker_head(mk: dict, env: Env, lang: str, card, products: list[dict] = ()) -> dict:
    pub = env.pub
    head = Head()
    about = mk.get("about")  # absent while the maker's consent is pending: name and place only
    place = ", ".join(x for x in (mk.get("village"), f"Kec. {mk['district']}") if x)
    desc = prose.plain((about.get(lang) or about["id"]), 200) if about else f"{mk['name']}, {place}"
    social(head, pub, lang, title=mk["name"], description=desc, url=pub.maker(mk["id"], lang), card=card,
           og_type="profile")
    dublin_core(head, "maker", mk, env, lang)
    head.jsonld = script_json(maker_jsonld(mk, env, lang, card))
    out = head.out()
    if products:  # issue 19 storefront: one Product (+ Offer) document per product, each its own <script>
        out["jsonld_more"] = [script_json(p) for p in products]
    return out


def home_head(pub: Published, lang: str, title: str, n_motifs: int, n_makers: int, card,
              downloads: list[dict]) -> dict:
    head = Head()
    social(head, pub, lang, title=ARCHIVE_NAME[lang], description=ARCHIVE_DESCRIPTION[lang], url=pub.home(lang),
           card=card, og_type="website")
    head.jsonld = script_json(home_jsonld(pub, lang, n_motifs, n_makers, card, downloads))
    return head.out()


def page_head(pub: Published, lang: str, md: str, title: str, description: str, card) -> dict:
    """Open Graph for any other page (catalogue, glossary, data...): the archive's card."""
    head = Head()
    social(head, pub, lang, title=title, description=description or ARCHIVE_DESCRIPTION[lang],
           url=pub.page(md, lang), card=card, og_type="website")
    return head.out()
