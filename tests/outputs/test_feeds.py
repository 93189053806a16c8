"""Feeds and sitemaps: valid XML listing every motif, in both languages, with no build date in
them, and the sharing outputs are byte-for-byte the same on a second build."""

from __future__ import annotations

import gzip
import xml.etree.ElementTree as ET

from arsip.outputs import feeds
from arsip.build import web_build
from support import MOTIF_IDS, record

SITE_URL = "http://127.0.0.1:8000/"
A = "{http://www.w3.org/2005/Atom}"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
X = "{http://www.w3.org/1999/xhtml}"


def test_atom_feeds_list_every_motif_newest_first(site):
    for lang, path in (("id", site / "feed.xml"), ("en", site / "en" / "feed.xml")):
        root = ET.parse(path).getroot()
        assert root.tag == f"{A}feed"
        assert root.findtext(f"{A}id") == SITE_URL + ("feed.xml" if lang == "id" else "en/feed.xml")
        entries = root.findall(f"{A}entry")
        prefix = SITE_URL + ("en/" if lang == "en" else "")
        ids = [e.findtext(f"{A}id") for e in entries]
        assert sorted(ids) == sorted(f"{prefix}motif/{m}/" for m in MOTIF_IDS)
        dates = [e.findtext(f"{A}published") for e in entries]
        assert dates == sorted(dates, reverse=True)
        assert root.findtext(f"{A}updated") == dates[0]
        for e in entries:
            mid = e.findtext(f"{A}id").rstrip("/").rsplit("/", 1)[1]
            assert e.findtext(f"{A}published") == feeds.added(record(mid)) + "T00:00:00Z"
            assert e.findtext(f"{A}title") == record(mid)["name"]
            assert e.findtext(f"{A}summary")
            assert e.find(f"{A}link[@rel='enclosure']").get("href").startswith(SITE_URL + "share/motif/")


def test_feed_keeps_only_the_newest(site):
    motifs = [{**record(m), "added": f"2020-01-{i + 1:02d}"} for i, m in enumerate(MOTIF_IDS)]
    from arsip.core.urls import Published

    old = feeds.FEED_LIMIT
    feeds.FEED_LIMIT = 3
    try:
        root = ET.fromstring(feeds.atom(motifs, {}, Published.of(SITE_URL), "id", lambda m: "x"))
    finally:
        feeds.FEED_LIMIT = old
    assert [e.findtext(f"{A}title") for e in root.findall(f"{A}entry")] == [m["name"] for m in motifs[::-1][:3]]


def test_sitemaps_list_every_motif_in_both_languages_without_build_dates(site):
    locs = {}
    for lang, path in (("id", site / "sitemap.xml"), ("en", site / "en" / "sitemap.xml")):
        data = path.read_bytes()
        assert gzip.decompress(path.with_name("sitemap.xml.gz").read_bytes()) == data
        root = ET.fromstring(data)
        assert root.tag == f"{SM}urlset"
        assert root.find(f".//{SM}lastmod") is None  # MkDocs writes the build date there
        urls = root.findall(f"{SM}url")
        locs[lang] = [u.findtext(f"{SM}loc") for u in urls]
        for u in urls:
            alts = {a.get("hreflang"): a.get("href") for a in u.findall(f"{X}link")}
            loc = u.findtext(f"{SM}loc")
            if "/motif/" in loc:
                assert alts[lang] == loc and set(alts) == {"id", "en", "x-default"}
    for m in MOTIF_IDS:
        assert f"{SITE_URL}motif/{m}/" in locs["id"] and f"{SITE_URL}en/motif/{m}/" in locs["en"]
    assert not any("/m/" in loc for loc in locs["id"])  # short redirect pages are not listed
    idx = ET.parse(site / "sitemap_index.xml").getroot()
    assert [s.findtext(f"{SM}loc") for s in idx.findall(f"{SM}sitemap")] == \
        [SITE_URL + "sitemap.xml", SITE_URL + "en/sitemap.xml"]
    assert f"Sitemap: {SITE_URL}sitemap_index.xml" in (site / "robots.txt").read_text("utf-8")


def test_sharing_outputs_are_identical_on_a_second_build(built, site, tmp_path):
    again = web_build(built.arc, site_url=SITE_URL, dest=tmp_path / "site2").arc
    assert again is not None
    second = tmp_path / "site2"
    names = ["feed.xml", "en/feed.xml", "sitemap.xml", "en/sitemap.xml", "sitemap.xml.gz", "sitemap_index.xml",
             "robots.txt"]
    for folder in ("share", "label", "m", "data"):
        names += [p.relative_to(site).as_posix() for p in (site / folder).rglob("*") if p.is_file()]
    names += [f"motif/{m}/index.html" for m in MOTIF_IDS] + [f"en/motif/{m}/index.html" for m in MOTIF_IDS]
    assert len(names) > 100
    for name in names:
        assert (site / name).read_bytes() == (second / name).read_bytes(), name
