"""A motif page prints cleanly on A4: no navigation, search or header; picture and story together."""

from __future__ import annotations

import io

import pytest

from pypdf import PdfReader

from support import record


def test_motif_page_prints_on_a4_without_site_chrome(server, browser):
    ctx = browser.new_context()
    pg = ctx.new_page()
    pg.goto(server.url + "motif/sekar-jati/", wait_until="networkidle")
    pg.emulate_media(media="print")
    hidden = pg.evaluate("""() => ['.md-header', '.md-sidebar', '.md-footer', '.arsip-school', '#sekolah',
        '#arsip-q', '.md-tabs'].map(s => [...document.querySelectorAll(s)]
        .every(e => getComputedStyle(e).display === 'none'))""")
    assert all(hidden), hidden
    pdf = pg.pdf(format="A4", print_background=False)
    r = PdfReader(io.BytesIO(pdf))
    box = r.pages[0].mediabox
    assert abs(float(box.width) - 595.3) < 2 and abs(float(box.height) - 841.9) < 2
    first = " ".join(r.pages[0].extract_text().split())
    m = record("sekar-jati")
    assert "Sekar Jati" in first and "Makna" in first  # the story starts beside the picture on page 1
    start = " ".join(m["meaning"]["id"].replace("*", "").split()[:4])
    assert start in first
    assert "Beranda" not in first and "Cari" not in first.split("Sekar Jati")[0]  # no navigation above the title
    assert len(r.pages[0].images) >= 1 or "/XObject" in str(r.pages[0]["/Resources"])  # the picture is on page 1
    ctx.close()


def test_worksheet_toolbar_tap_targets_are_at_least_24px(server, page):
    """Links, phase choices (the radios themselves) and the print button of the worksheet toolbar."""
    page.goto(server.url + "lkpd/sekar-jati/")
    boxes = page.eval_on_selector_all(
        ".arsip-toolbar a, .arsip-toolbar button, .arsip-toolbar input, .arsip-toolbar label",
        "els => els.map(e => { const r = e.getBoundingClientRect(); return [e.tagName, e.textContent.trim(), r.width, r.height]; })")
    assert len(boxes) >= 5
    small = [b for b in boxes if b[2] < 24 or b[3] < 24]
    assert small == [], small


def test_lesson_rubric_stacks_on_a_phone_and_tables_are_bordered(server, browser):
    """At 360 px no rubric cell is cut or scrolls sideways; each level keeps its name; the kit
    tables have borders and the kit has a print button; on paper the total is not repeated."""
    ctx = browser.new_context(viewport={"width": 360, "height": 740})
    pg = ctx.new_page()
    pg.goto(server.url + "belajar/sekar-jati-fase-ab/")
    cells = pg.eval_on_selector_all("#rubrik th, #rubrik td", """els => els.filter(e => e.offsetParent).map(e => {
        const r = e.getBoundingClientRect(); return [e.textContent.trim().slice(0, 30), r.left, r.right,
        e.scrollWidth - e.clientWidth, getComputedStyle(e, '::before').content]; })""")
    assert cells
    for text, left, right, over, _ in cells:
        assert left >= 0 and right <= 360 and over <= 0, (text, left, right, over)
    befores = pg.eval_on_selector_all("#rubrik td", "els => els.map(e => getComputedStyle(e, '::before').content)")
    assert befores and all(b not in ("none", "normal", '""') for b in befores)
    border = pg.eval_on_selector("table.arsip-activities td", "e => getComputedStyle(e).borderTopStyle")
    assert border == "solid"
    assert pg.locator("button[data-arsip-print]").is_visible()
    pg.emulate_media(media="print")
    assert pg.eval_on_selector("table.arsip-activities tfoot", "e => getComputedStyle(e).display") == "table-row-group"
    assert pg.eval_on_selector("#rubrik td", "e => getComputedStyle(e).borderTopStyle") == "solid"
    ctx.close()


def test_each_motif_page_reaches_its_materials(site):
    """Belajar no longer lists every motif (issue 18 teachers): each motif's own page links its
    worksheet page, both worksheet PDFs, the colouring sheet, the quiz and the projector, every
    link leading to a file of the built site; Belajar links to the catalogue that lists them all."""
    import re

    from support import MOTIF_IDS

    from arsip.core import urls

    for lang in ("id", "en"):
        lk = urls.Linker(lang, True)
        root = site / lk.prefix
        for mid in MOTIF_IDS:
            page = root / lk.file(urls.motif(mid))
            html = page.read_text("utf-8")
            box = html[html.index('class="arsip-school"'):]
            box = box[:box.index("</div>")]
            hrefs = re.findall(r'href="([^"]+)"', box)
            for want in (lk.url(urls.worksheet(mid)), urls.worksheet_pdf(mid, "abc"), urls.worksheet_pdf(mid, "def"),
                         urls.colouring_pdf(mid), lk.url(urls.quiz(mid)), lk.url(urls.projector(mid))):
                h = next((h for h in hrefs if h.endswith(want)), None)
                assert h, (lang, mid, want)
                target = (page.parent / h).resolve()
                assert (target / "index.html").is_file() or target.is_file(), h
        belajar = (root / lk.file(urls.LEARN)).read_text("utf-8")
        assert re.search(rf'<a class="md-button" href="\.\./{lk.url(urls.CATALOGUE)}"', belajar), lang


def _belajar_links(tmp_path, n_synthetic: int) -> int:
    """Links on the Indonesian Belajar page of the sample archive plus `n_synthetic` made-up
    motifs, from the pages stage alone (no MkDocs, no downloads)."""
    import os

    from arsip import images as imagemod
    from arsip.build import load
    from arsip.core import urls
    from arsip.core.paths import Archive
    from arsip.core.urls import Published
    from arsip.outputs import sharecards
    from arsip.pages import write_pages
    from support import ROOT
    from tools.synthetic import make_archive

    root = make_archive(ROOT, tmp_path / f"a{n_synthetic}", n_synthetic, keep_real=True)
    os.symlink(ROOT / ".cache", root / ".cache", target_is_directory=True)
    arc = Archive.here(root)
    col = load(arc)
    images = imagemod.process_collection(arc, col, {})
    pub = Published.of("http://example.test/")
    out = write_pages(arc, col, images, "id", pub, sharecards.plan(arc.cache / "sharecards", col, images, pub))
    md = (out / urls.LEARN).read_text("utf-8")
    assert len(col.motifs) == 14 + n_synthetic and col.lessons
    return md.count("href=")


@pytest.mark.slow
def test_belajar_does_not_grow_with_the_number_of_motifs(tmp_path, monkeypatch):
    monkeypatch.setenv("ARSIP_DOWNLOADS", "0")
    assert _belajar_links(tmp_path, 0) == _belajar_links(tmp_path, 60)


def test_a_cp_note_is_not_repeated_on_a_kit_page(site):
    """The same note under several quoted learning outcomes reads as padding: it appears once."""
    import re

    from support import ROOT

    import yaml

    for kit in sorted((ROOT / "data" / "lessons").glob("*.yml")):
        k = yaml.safe_load(kit.read_text("utf-8"))
        html = (site / "belajar" / kit.stem / "index.html").read_text("utf-8")
        for c in k.get("capaian", []):
            if c.get("note"):
                first = re.sub(r"\s+", " ", c["note"]["id"]).split(". ")[0]
                assert html.count(first) <= 1, (kit.stem, first)


def test_one_short_cp_note_per_kit(site):
    """The decree that sets the CP is said once per kit (issue 18 teachers): no sentence of the
    kit's CP notes appears twice in its CP section, and the decree is named once."""
    import re

    from arsip.core import urls
    from support import ROOT, text_of

    import yaml

    for kit in sorted((ROOT / "data" / "lessons").glob("*.yml")):
        k = yaml.safe_load(kit.read_text("utf-8"))
        for lang in ("id", "en"):
            lk = urls.Linker(lang, True)
            html = (site / lk.prefix / lk.file(urls.lesson(kit.stem))).read_text("utf-8")
            cp = text_of(html[html.index('id="capaian"'):html.index('id="tujuan"')])
            assert cp.count("046/H/KR/2025") == 1, (kit.stem, lang)
            assert cp.count("BSKAP") <= 2, (kit.stem, lang)  # the note, and at most one outcome that points to it
            notes = [c["note"] for c in k["capaian"]] + ([k["cp_note"]] if k.get("cp_note") else [])
            clauses = {x.strip() for n in notes for x in re.split(r"[.;:]\s", " ".join(n[lang].split())) if len(x) > 30}
            shared = {c for c in clauses if cp.count(c) > 1}
            assert not shared, (kit.stem, lang, shared)
