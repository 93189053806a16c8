"""Feeds and sitemaps: newly added motifs (Atom) and every page for search engines.

- `feed.xml` (Indonesian) and `en/feed.xml` (English): Atom feeds of the newest motifs,
  ordered by each record's `added` date (the consent date if `added` is missing), so
  the bytes depend on the records, never on the day of the build.
- MkDocs writes `sitemap.xml` for each language with the build date as `lastmod`; we
  rewrite both without `lastmod` (we do not know when a page really changed), with
  hreflang alternates between the two languages, and add `sitemap_index.xml` listing
  both, plus a `robots.txt` pointing to it.
"""

from __future__ import annotations

import gzip
import xml.etree.ElementTree as ET
from pathlib import Path

from ..core import prose, urls
from ..core.i18n import ARCHIVE_DESCRIPTION, ARCHIVE_NAME, FEED_TITLE, other
from ..core.urls import Published
from ..records import schema
from ..records.crosswalk import text_licence_name

ATOM = "http://www.w3.org/2005/Atom"
SM = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"
FEED_LIMIT = 50  # newest motifs in a feed


def added(m: dict) -> str:
    return m.get("added") or m["consent"]["date"]


def _sub(parent, tag, text=None, **attrs):
    el = ET.SubElement(parent, tag, {k.rstrip("_"): v for k, v in attrs.items()})
    if text is not None:
        el.text = text
    return el


def atom(motifs: list[dict], makers: dict, pub: Published, lang: str, card_url, card_length=None) -> bytes:
    """The Atom feed of one language; `card_url(m)` gives a motif's absolute share-card URL and
    `card_length(m)` its size in bytes (RFC 4287 4.2.7.2: an enclosure SHOULD say its length)."""
    newest = sorted(motifs, key=lambda m: (added(m), m["id"]), reverse=True)[:FEED_LIMIT]
    path = urls.feed(lang)
    feed = ET.Element("feed", {"xmlns": ATOM, "xml:lang": lang})
    _sub(feed, "title", FEED_TITLE[lang])
    _sub(feed, "subtitle", ARCHIVE_DESCRIPTION[lang])
    _sub(feed, "id", pub.asset(path))
    _sub(feed, "link", rel="self", type="application/atom+xml", href=pub.asset(path))
    _sub(feed, "link", rel="alternate", type="text/html", href=pub.home(lang))
    _sub(feed, "updated", (added(newest[0]) if newest else "2000-01-01") + "T00:00:00Z")
    author = _sub(feed, "author")
    _sub(author, "name", ARCHIVE_NAME["id"])
    _sub(author, "uri", pub.home("id"))
    _sub(feed, "rights", f"{text_licence_name(lang)} · {ARCHIVE_NAME['id']}")
    for m in newest:
        e = _sub(feed, "entry")
        _sub(e, "title", m["name"])
        _sub(e, "id", pub.motif(m["id"], lang))
        _sub(e, "link", rel="alternate", type="text/html", href=pub.motif(m["id"], lang), hreflang=lang)
        other_lang = other(lang)
        _sub(e, "link", rel="alternate", type="text/html", href=pub.motif(m["id"], other_lang), hreflang=other_lang)
        enclosure = {"length": str(card_length(m))} if card_length else {}
        _sub(e, "link", rel="enclosure", type="image/jpeg", href=card_url(m), **enclosure)
        date = added(m) + "T00:00:00Z"
        _sub(e, "published", date)
        _sub(e, "updated", date)
        for mid in m.get("makers", []):
            if mid in makers:
                a = _sub(e, "author")
                _sub(a, "name", makers[mid]["name"])
                _sub(a, "uri", pub.maker(mid, lang))
        for th in m["themes"]:
            _sub(e, "category", term=th, label=schema.enum_label("theme", th, lang))
        _sub(e, "summary", prose.plain(m["meaning"].get(lang) or m["meaning"]["id"], 400), type="text")
        lic = m["rights"]["text_licence"]
        _sub(e, "rights", schema.enum_label("licence", lic, lang).split(" (")[0])
    ET.indent(feed)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode").encode() + b"\n"


def _locs(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    return [u.findtext(f"{{{SM}}}loc") for u in root.findall(f"{{{SM}}}url")]


def _sitemap(locs: list[str], alternates: dict[str, dict[str, str]]) -> bytes:
    ET.register_namespace("", SM)
    ET.register_namespace("xhtml", XHTML)
    root = ET.Element(f"{{{SM}}}urlset")
    for loc in locs:
        u = ET.SubElement(root, f"{{{SM}}}url")
        ET.SubElement(u, f"{{{SM}}}loc").text = loc
        alts = alternates.get(loc, {})
        for lang, href in sorted(alts.items()):
            ET.SubElement(u, f"{{{XHTML}}}link", {"rel": "alternate", "hreflang": lang, "href": href})
        if "id" in alts:
            ET.SubElement(u, f"{{{XHTML}}}link", {"rel": "alternate", "hreflang": "x-default", "href": alts["id"]})
    ET.indent(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode").encode() + b"\n"


def sitemaps(site: Path, pub: Published, extra: list[str] = ()) -> dict[str, list[str]]:
    """Rewrite both languages' sitemaps deterministically with hreflang alternates; write the
    sitemap index and robots.txt. `extra`: URLs of files shared by both languages (the IIIF
    manifests), listed in the Indonesian sitemap. Returns {sitemap path: [locs]}."""
    paths = {"id": site / "sitemap.xml", "en": site / "en" / "sitemap.xml"}
    locs = {lang: _locs(p) for lang, p in paths.items() if p.is_file()}
    if "id" in locs:
        locs["id"] += [u for u in extra if u not in locs["id"]]
    root_url, en_root = pub.site_url, pub.site_url + "en/"
    # A page has the same path under / and /en/, except in the sections that have English
    # names (urls.SECTIONS): pages are matched by their Indonesian path.
    back = sorted(((b, a) for a, b in urls.section_urls("en", pub.directory_urls)), key=lambda p: -len(p[0]))

    def id_path(path: str, lang: str) -> str:
        for new, old in (back if lang != "id" else []):
            if path.startswith(new):
                return old + path[len(new):]
        return path

    rel = {lang: {id_path(loc[len(root_url if lang == 'id' else en_root):], lang): loc for loc in ls}
           for lang, ls in locs.items()}
    alternates: dict[str, dict[str, str]] = {}
    for lang, by_path in rel.items():
        for path, loc in by_path.items():
            alts = {x: rel[x][path] for x in rel if path in rel[x]}
            if len(alts) > 1:
                alternates[loc] = alts
    out = {}
    for lang, p in paths.items():
        if lang not in locs:
            continue
        data = _sitemap(locs[lang], alternates)
        p.write_bytes(data)
        gz = p.with_name(p.name + ".gz")
        with open(gz, "wb") as fh, gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0) as z:
            z.write(data)
        out[str(p.relative_to(site))] = locs[lang]
    idx = ET.Element(f"{{{SM}}}sitemapindex")
    for lang in ("id", "en"):
        if lang in locs:
            s = ET.SubElement(idx, f"{{{SM}}}sitemap")
            ET.SubElement(s, f"{{{SM}}}loc").text = pub.asset(paths[lang].relative_to(site).as_posix())
    ET.indent(idx)
    (site / "sitemap_index.xml").write_bytes(
        b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(idx, encoding="unicode").encode() + b"\n")
    robots = site / "robots.txt"
    line = f"Sitemap: {pub.asset('sitemap_index.xml')}\n"
    text = robots.read_text("utf-8") if robots.is_file() else "User-agent: *\nAllow: /\n\n"
    if line not in text:
        robots.write_text(text + line, "utf-8")
    return out

