"""The metadata read by real consumers (issue 21): feedparser reads both Atom feeds without a
bozo flag and every enclosure says its length; ultimate-sitemap-parser (what crawler tools
use) reads both sitemaps with every URL, IIIF files included; extruct reads Open Graph, Dublin
Core and JSON-LD the way harvesters and unfurlers do, and the three agree on title, image and
licence on every motif page of both languages. Each check is shown to fail on a seeded error."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import extruct
import feedparser
from usp.objects.sitemap import InvalidSitemap
from usp.tree import sitemap_from_str

from support import MOTIF_IDS

SITE_URL = "http://127.0.0.1:8000/"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_feeds_parse_without_bozo_and_enclosures_say_their_length(site, tmp_path):
    for path in (site / "feed.xml", site / "en" / "feed.xml"):
        d = feedparser.parse(str(path))
        assert not d.bozo, d.get("bozo_exception")
        assert d.version == "atom10" and len(d.entries) == len(MOTIF_IDS)
        for e in d.entries:
            enc = [link for link in e.links if link["rel"] == "enclosure"]
            assert len(enc) == 1 and {x["hreflang"] for x in e.links if x["rel"] == "alternate"} == {"id", "en"}
            assert int(enc[0]["length"]) == (site / enc[0]["href"][len(SITE_URL):]).stat().st_size
    broken = tmp_path / "feed.xml"
    broken.write_bytes((site / "feed.xml").read_bytes()[:-40])  # seeded: cut off before </feed>
    assert feedparser.parse(str(broken)).bozo


def test_sitemaps_are_read_by_a_sitemap_parser(site):
    for path in (site / "sitemap.xml", site / "en" / "sitemap.xml"):
        text = path.read_text("utf-8")
        parsed = sitemap_from_str(text)
        assert not isinstance(parsed, InvalidSitemap), parsed
        locs = [u.findtext(f"{SM}loc") for u in ET.fromstring(text).findall(f"{SM}url")]
        assert sorted(p.url for p in parsed.all_pages()) == sorted(locs)
        assert len(locs) > 40
    index = sitemap_from_str((site / "sitemap.xml").read_text("utf-8"))
    assert SITE_URL + "iiif/collection.json" in {p.url for p in index.all_pages()}
    seeded = (site / "sitemap.xml").read_text("utf-8").replace("<urlset", "<urlsett", 1)
    assert isinstance(sitemap_from_str(seeded), InvalidSitemap)


def disagreements(html: str, url: str) -> list[str]:
    """Where Open Graph, Dublin Core and JSON-LD (as extruct reads them) disagree."""
    x = extruct.extract(html, base_url=url, syntaxes=["opengraph", "dublincore", "json-ld"], uniform=True)
    og = x["opengraph"][0] if x["opengraph"] else {}
    dc = {}
    for el in (x["dublincore"][0]["elements"] if x["dublincore"] else []):
        dc.setdefault(el["name"], el["content"])
    ld = x["json-ld"][0] if x["json-ld"] else {}
    out = []
    if not (og.get("og:title") == dc.get("DC.title") == ld.get("name")):
        out.append(f"title: og {og.get('og:title')!r}, DC {dc.get('DC.title')!r}, JSON-LD {ld.get('name')!r}")
    if not og.get("og:image") or og.get("og:image") != ld.get("thumbnailUrl"):
        out.append(f"image: og {og.get('og:image')!r}, JSON-LD {ld.get('thumbnailUrl')!r}")
    if not ld.get("license") or dc.get("DC.rights") != ld.get("license"):
        out.append(f"licence: DC {dc.get('DC.rights')!r}, JSON-LD {ld.get('license')!r}")
    if og.get("og:url") != url or ld.get("mainEntityOfPage") != url:
        out.append(f"url: og {og.get('og:url')!r}, JSON-LD {ld.get('mainEntityOfPage')!r}, page {url}")
    return out


def test_open_graph_dublin_core_and_json_ld_agree(site):
    checked = 0
    for lang, prefix in (("id", ""), ("en", "en/")):
        for mid in MOTIF_IDS:
            url = f"{SITE_URL}{prefix}motif/{mid}/"
            html = (site / f"{prefix}motif/{mid}/index.html").read_text("utf-8")
            assert disagreements(html, url) == [], (lang, mid)
            checked += 1
    assert checked == 2 * len(MOTIF_IDS)
    url = f"{SITE_URL}motif/sekar-jati/"
    html = (site / "motif" / "sekar-jati" / "index.html").read_text("utf-8")
    seeded = html.replace('property="og:title" content="Sekar Jati"', 'property="og:title" content="Sekar"', 1)
    assert seeded != html and [d for d in disagreements(seeded, url) if d.startswith("title")]
