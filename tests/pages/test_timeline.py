"""Timeline page: every dated motif under its years, in both languages, in the navigation."""

from __future__ import annotations

import re

from support import MOTIF_IDS, record, text_of


def test_timeline_lists_each_motif_under_its_years(site):
    html = (site / "linimasa" / "index.html").read_text("utf-8")
    years = [int(y) for y in re.findall(r'<li class="arsip-timeline__year" id="th-(\d+)"', html)]
    assert years == sorted(years) and years
    for mid in MOTIF_IDS:
        m = record(mid)
        expect = set()
        if m.get("year"):
            expect.add((m["year"], "created"))
        if m["status"].get("set_year"):
            expect.add((m["status"]["set_year"], "official"))
        reg = m["status"].get("registration") or {}
        if reg.get("registered") and reg.get("year"):
            expect.add((reg["year"], "registered"))
        for y, kind in expect:
            block = html[html.index(f'id="th-{y}"'):]
            block = block[:block.index("</ul>")]
            found = re.search(rf'data-events="([a-z ]+)"><a href="\.\./motif/{mid}/">', block)
            assert found and kind in found.group(1).split(), (mid, y, kind)
            assert block.count(f'href="../motif/{mid}/"') == 1  # one line per motif and year
    assert "dibuat" in text_of(html)


def test_timeline_in_english_and_in_both_navigations(site):
    en = (site / "en" / "timeline" / "index.html").read_text("utf-8")  # English section name
    assert "Motif timeline" in text_of(en) and "created" in text_of(en)
    assert 'href="linimasa/"' in (site / "index.html").read_text("utf-8")
    assert 'href="timeline/"' in (site / "en" / "index.html").read_text("utf-8")


def test_timeline_year_links_to_the_catalogue_filtered_by_year(site):
    html = (site / "linimasa" / "index.html").read_text("utf-8")
    y = record(MOTIF_IDS[0])["year"]
    assert f'<a href="../motif/?year={y}">{y}</a>' in html
