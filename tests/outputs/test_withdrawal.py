"""Withdrawal of consent removes a maker everywhere, in one build (issue 13).

A copy of the archive has UD Tiani Batik set to `withdrawn` the way the procedure in
Kontribusi > Lisensi says (state and date; everything else deleted but id and name).
`arsip check` first refuses the motif text that still names the maker; once that text is
cleaned, one build must leave no trace of the maker in any published file: no page, not in
makers.json/csv, not in the Atom feeds, not in the search index, not in the offline ZIP, and
no motif page names them. A maker whose consent is only pending stays, as a control.
"""

from __future__ import annotations

import json
import zipfile

import pytest
import yaml

from arsip.build import check as load_collection
from arsip.build import web_build
from arsip.core.urls import DOWNLOADS, OFFLINE_ZIP_NAME

from support import copy_archive, published_bytes

pytestmark = pytest.mark.slow

GONE = "tiani-batik"
NAME = "UD Tiani Batik"
TRACES = (b"tiani-batik", b"Tiani Batik", b"Kastiani")  # id, name, the owner's name
KEPT = "sesa-batik"  # pending: still listed with name and village


@pytest.fixture(scope="module")
def withdrawn(tmp_path_factory):
    arc = copy_archive(tmp_path_factory.mktemp("withdrawn"))
    path = arc.makers / f"{GONE}.yml"
    path.write_text(yaml.safe_dump({"id": GONE, "name": NAME,
                                    "consent": {"state": "withdrawn", "date": "2026-12-01"}},
                                   allow_unicode=True, sort_keys=False), "utf-8")
    before = load_collection(arc)
    thengul = arc.motifs / "rancak-thengul" / "motif.yml"
    text = thengul.read_text("utf-8")
    assert NAME in text
    thengul.write_text(text.replace("; UD Tiani Batik membuat motif ini.", ".")
                       .replace("; UD Tiani Batik makes this motif.", "."), "utf-8")  # both languages
    after = load_collection(arc)
    ctx = web_build(arc, site_url="http://127.0.0.1:8000/", dest=arc.root / "served")
    return before, after, ctx


def test_check_refuses_a_motif_text_that_still_names_the_maker(withdrawn):
    before, _, _ = withdrawn
    found = [p for p in before.problems.errors if p.code == "consent.withdrawn.named"]
    assert sorted(p.field.rsplit(".", 1)[1] for p in found) == ["en", "id"]  # the note, in both languages
    p = found[0]
    assert p.file == "motifs/rancak-thengul/motif.yml" and p.field.startswith("sources[") and ".supports." in p.field
    assert p.line and NAME in p.id and "menarik persetujuannya" in p.id and "withdrawn consent" in p.en


def test_ids_left_in_motifs_are_only_warnings_and_dropped(withdrawn):
    _, after, _ = withdrawn
    assert not after.problems.errors, [p.format() for p in after.problems.errors]
    warned = {p.file for p in after.problems.warnings if p.code == "consent.withdrawn"}
    assert "motifs/sekar-jati/motif.yml" in warned and "motifs/rancak-thengul/motif.yml" in warned
    assert GONE not in after.makers and GONE in after.withdrawn
    assert all(GONE not in m.get("makers", []) for m in after.motifs)
    assert KEPT in after.makers  # the control: a pending maker is still published


def test_no_published_file_names_the_maker(withdrawn):
    _, _, ctx = withdrawn
    site = ctx.arc.root / "served"
    hits = [name for name, data in published_bytes(site) if any(t in data for t in TRACES)]
    assert hits == [], hits
    # ...while the control maker is everywhere it should be (so the search above can fail).
    assert (site / "pembuat" / KEPT / "index.html").is_file() and (site / "en" / "pembuat" / KEPT / "index.html").is_file()
    assert not (site / "pembuat" / GONE).exists() and not (site / "en" / "pembuat" / GONE).exists()


def test_not_in_the_open_data_feeds_or_search_index(withdrawn):
    _, _, ctx = withdrawn
    site = ctx.arc.root / "served"
    makers = json.loads((site / "data" / "makers.json").read_text("utf-8"))
    assert GONE not in {m["id"] for m in makers} and KEPT in {m["id"] for m in makers}
    assert GONE.encode() not in (site / "data" / "makers.csv").read_bytes()
    for motif in json.loads((site / "data" / "motifs.json").read_text("utf-8")):
        assert GONE not in motif["makers"]
    for feed in ("feed.xml", "en/feed.xml"):
        assert b"Tiani" not in (site / feed).read_bytes()
    index = [data for name, data in published_bytes(site) if name.startswith(("pagefind/", "en/pagefind/"))]
    assert index and not any(t in data for data in index for t in TRACES)
    assert any(b"Sesa Batik" in data for data in index)  # the index does hold maker names


def test_not_in_the_offline_zip(withdrawn):
    _, _, ctx = withdrawn
    zpath = ctx.arc.root / "served" / DOWNLOADS / OFFLINE_ZIP_NAME
    with zipfile.ZipFile(zpath) as z:
        names = z.namelist()
        assert not [n for n in names if GONE in n]
        bad = [n for n in names if any(t in z.read(n) for t in TRACES)]
        assert bad == [], bad
        assert any(f"pembuat/{KEPT}" in n for n in names)


def test_motif_pages_do_not_name_the_maker(withdrawn):
    _, _, ctx = withdrawn
    site = ctx.arc.root / "served"
    for lang in ("", "en/"):
        for mid in ("sekar-jati", "rancak-thengul", "jagung-miji-emas", "pari-sumilak"):
            html = (site / f"{lang}motif/{mid}/index.html").read_bytes()
            assert not any(t in html for t in TRACES), (lang, mid)
    assert b"Sesa Batik" in (site / "motif" / "rancak-thengul" / "index.html").read_bytes()
