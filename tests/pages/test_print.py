"""A motif page prints cleanly on A4: no navigation, search or header; picture and story together."""

from __future__ import annotations

import io

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


def test_belajar_has_a_table_per_motif_linking_its_materials(site):
    """Every motif's row on "Belajar" links its worksheet page, both PDFs, the colouring sheet,
    the quiz and the projector, and each link leads to a file of the built site."""
    import re

    from support import MOTIF_IDS

    html = (site / "belajar" / "index.html").read_text("utf-8")
    table = html[html.index('class="arsip-motif-kit"'):]
    table = table[:table.index("</table>")]
    rows = re.findall(r"<tr><th scope=\"row\">(.*?)</tr>", table, re.S)
    assert len(rows) == len(MOTIF_IDS)
    for mid, row in zip(sorted(MOTIF_IDS), sorted(rows, key=lambda r: re.search(r'href="\.\./motif/([^/]+)/', r)[1])):
        hrefs = re.findall(r'href="([^"]+)"', row)
        assert len(hrefs) == 7, row
        for want in (f"motif/{mid}/", f"lkpd/{mid}/", f"lkpd-{mid}-fase-abc.pdf", f"lkpd-{mid}-fase-def.pdf",
                     f"mewarnai-{mid}.pdf", f"kuis/{mid}/", f"proyektor/{mid}/"):
            h = next(h for h in hrefs if h.endswith(want))
            target = (site / "belajar" / h).resolve()
            assert (target / "index.html").is_file() or target.is_file(), h


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
