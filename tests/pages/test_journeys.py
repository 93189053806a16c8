"""Every journey ends somewhere useful (issue 18): a contact (the steward, or the repository
when none is configured), a where-to-buy page, a next step on a motif without a maker, a
bilingual 404 with search and ways in, a plain contribute page with a paper route, and a
page written for makers."""

from __future__ import annotations

import re
from html import escape

import pytest
import yaml

from arsip.core import steward, urls
from arsip.core.i18n import t

from support import ROOT, MOTIF_IDS, record, text_of, watch



def html(site, path: str) -> str:
    return (site / path).read_text("utf-8")


# -- the steward ---------------------------------------------------------------------------
def test_steward_is_empty_in_the_real_configuration():
    """No contact is known yet: the configuration must not invent one."""
    assert steward.load(ROOT) == {k: "" for k in steward.FIELDS}


def test_steward_contact_when_configured(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: x\nextra:\n  steward:\n    name: Uji\n    email: uji@example.test\n    whatsapp: '0812 0000 0000'\n"
        "    address: Jalan Uji 1\nmarkdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:x.y\n", "utf-8")
    st = steward.load(tmp_path)
    out = steward.html(st, "id")
    assert 'href="mailto:uji@example.test"' in out and 'href="https://wa.me/6281200000000"' in out
    assert "Jalan Uji 1" in out and "Uji" in out
    assert steward.html({"email": "<b>@x"}, "en").count("<b>") == 0  # escaped


@pytest.mark.parametrize("path,lang", [("index.html", "id"), ("tentang/index.html", "id"), ("en/about/index.html", "en"),
                                       ("kontribusi/lisensi/index.html", "id"), ("en/contribute/licences/index.html", "en"),
                                       ("motif/sekar-jati/index.html", "id")])
def test_contact_is_shown_or_the_repository_route(site, path, lang):
    page = html(site, path)
    assert f'href="{urls.ISSUES}"' in page, path
    assert escape(t("steward_none", lang)) in page


def test_withdrawal_steps_say_whom_to_contact(site):
    page = html(site, "kontribusi/lisensi/index.html")
    section = page[page.index('id="menarik-kembali-catatan"'):]
    assert section.index(urls.ISSUES) < section.index("<ol")  # before the steps


# -- where to buy ----------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["beli/index.html", "en/where-to-buy/index.html"])
def test_where_to_buy_page_is_sourced_and_names_places(site, path):
    page = html(site, path)
    text = text_of(page)
    assert "Jono" in text and "Temayang" in text
    cited = set(re.findall(r'href="(https?://[^"]+)"', page))
    registry = yaml.safe_load((ROOT / "data" / "sources.yml").read_text("utf-8"))["sources"]
    assert sum(1 for s in registry if s.get("url") in cited) >= 3  # its facts come from the registry
    assert f'href="{urls.ISSUES}"' in page  # whom to ask
    # makers: only published ones, each linking to its page
    for mk in (ROOT / "data" / "makers").glob("*.yml"):
        assert yaml.safe_load(mk.read_text("utf-8"))["name"] in text


def test_a_motif_without_a_maker_gives_a_next_step(site):
    without = [mid for mid in MOTIF_IDS if not record(mid).get("makers")]
    assert without, "every motif has a maker: pick another expectation"
    for mid, base, buy in ((without[0], "", "../../beli/"), (without[0], "en/", "../../where-to-buy/")):
        page = html(site, f"{base}motif/{mid}/index.html")
        assert f'<p>{t("no_makers", "id")}</p>' not in page and f'<p>{escape(t("no_makers", "en"))}</p>' not in page
        assert f'href="{buy}"' in page, (mid, base)


# -- 404 ---------------------------------------------------------------------------------------
def test_404_is_bilingual_with_search_and_ways_in(site):
    page = html(site, "404.html")
    assert 'href="//' not in page  # the English link was //en/ (a host named "en")
    assert 'href="/en/"' in page
    text = text_of(page)
    assert t("nf_title", "id") in text and t("nf_title", "en") in text
    assert page.count('name="q"') >= 2  # a search box per language (header box aside)
    for ways in ('href="/motif/"', 'href="/pembuat/"', 'href="/belajar/"', 'href="/beli/"'):
        assert ways in page


def test_404_in_the_browser(server, browser):
    ctx = browser.new_context(viewport={"width": 360, "height": 740})
    pg = ctx.new_page()
    errors = watch(pg)
    pg.goto(server.url + "404.html", wait_until="networkidle")
    assert pg.locator("h1").inner_text() == t("nf_title", "id")
    pg.fill("#arsip-404-q-id", "jati")
    pg.locator("#arsip-404-q-id").press("Enter")
    pg.wait_for_url(re.compile(r"/motif/\?q=jati"))
    pg.wait_for_selector(".arsip-catalogue[data-ready]")
    assert errors == []
    ctx.close()


# -- makers and contributors -------------------------------------------------------------------
def test_contribute_page_opens_with_one_button_and_a_paper_route(site, server, browser):
    ctx = browser.new_context(viewport={"width": 412, "height": 823}, is_mobile=True, has_touch=True)
    pg = ctx.new_page()
    for base, label, paper in (("kontribusi/", "Usulkan motif", "formulir/"), ("en/contribute/", "Propose a motif", "paper-form/")):
        pg.goto(server.url + base, wait_until="networkidle")
        button = pg.locator("a.arsip-bigbutton")
        assert button.count() == 1 and button.inner_text() == label
        box = button.bounding_box()
        assert box["y"] + box["height"] <= 823 and box["height"] >= 44  # on the first screen, big
        first = pg.evaluate("() => document.querySelector('article').innerText.slice(0, 600)")
        assert "YAML" not in first and "motifs/" not in first and "schema" not in first.lower(), first
        assert pg.locator(f'article a[href="{paper}"]').count() >= 1
        pg.goto(server.url + base + paper, wait_until="networkidle")
        assert pg.locator(".arsip-paper").count() == 2  # the proposal and the consent form
    ctx.close()
    assert "motif.schema.json" in html(site, "kontribusi/index.html")  # the reference is kept, below


def test_maker_pages_link_consent_help_written_for_makers(site):
    page = html(site, "pembuat/sesa-batik/index.html")
    m = re.search(r'<div class="arsip-consent".*?<a href="([^"]+)"', page, re.S)
    assert m and m.group(1) == "../../pembatik/#persetujuan", m and m.group(1)
    target = html(site, "pembatik/index.html")
    section = text_of(target[target.index('id="persetujuan"'):])
    assert "consent.state" not in section and "opt_in" not in section and "pending" not in section
    assert "tanda tangan" in section.lower() or "tandatangan" in section.lower()


def test_english_place_names_put_the_district_after_its_name(site):
    page = text_of(html(site, "en/makers/tiani-batik/index.html"))
    assert "Purwosari District" in page and "District Purwosari" not in page


# -- finding aids ------------------------------------------------------------------------------
def test_download_links_say_their_size(site):
    from arsip.outputs.sizes import human

    page = html(site, "belajar/index.html")
    zip_path = site / urls.offline_zip()
    m = re.search(r'href="([^"]*' + re.escape(urls.OFFLINE_ZIP_NAME) + r')"[^>]*download[^>]*>.*?<span class="arsip-size">\(([^)]+)\)</span>',
                  page, re.S)
    assert m, "the offline ZIP link shows no size"
    assert m.group(2) == human(zip_path.stat().st_size, "id") and m.group(2).endswith(" MB") and "," in m.group(2)
    en = html(site, "en/learn/index.html")
    assert f'<span class="arsip-size">({human(zip_path.stat().st_size, "en")})</span>' in en
    assert human(22_510_260, "id") == "22,5 MB" and human(1500, "en") == "1.5 kB"


def test_featured_motifs_are_varied_with_honest_badges(site):
    from arsip.pages.handwritten import FEATURED, pick_featured

    motifs = [record(mid) for mid in MOTIF_IDS]
    chosen = pick_featured(motifs)
    assert len(chosen) == min(FEATURED, len(motifs))
    assert [m["id"] for m in chosen] != sorted(MOTIF_IDS)[:FEATURED]  # not the first n by name
    sets = {m["status"].get("set") for m in motifs}
    assert sets <= {m["status"].get("set") for m in chosen}  # every set is shown
    assert pick_featured(list(reversed(motifs))) == chosen  # deterministic
    page = html(site, "index.html")
    grid = page[page.index('id="pilihan"'):]
    badges = re.findall(r'class="arsip-card__status[^"]*"[^>]*>([^<]+)<', grid)[:len(chosen)]
    assert len(set(badges)) >= 2, badges  # not one badge on every card


def test_search_placeholder_is_whole_at_360_px_without_the_display_font(server, browser):
    ctx = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    pg = ctx.new_page()
    pg.route("**/*.woff2", lambda r: r.abort())  # the display font did not arrive (slow data)
    for path in ("", "motif/sekar-jati/", "en/"):
        pg.goto(server.url + path, wait_until="networkidle")
        fit = pg.evaluate("""() => { const i = document.querySelector('#arsip-q'), cs = getComputedStyle(i);
            const c = document.createElement('canvas').getContext('2d'); c.font = cs.fontSize + ' ' + cs.fontFamily;
            return [c.measureText(i.placeholder).width, i.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight)]; }""")
        assert fit[0] <= fit[1], (path, fit)
    ctx.close()


def test_drawer_and_tabs_mark_the_section_of_a_page_outside_the_navigation(server, browser):
    for width, sel in ((412, ".md-nav--primary .md-nav__link--active"), (1366, ".md-tabs__item--active")):
        ctx = browser.new_context(viewport={"width": width, "height": 800})
        pg = ctx.new_page()
        for path, section in (("motif/sekar-jati/", "Motif"), ("pembuat/sesa-batik/", "Pembuat"),
                              ("en/makers/sesa-batik/", "Makers")):
            pg.goto(server.url + path, wait_until="networkidle")
            assert pg.eval_on_selector_all(sel, "els => els.map(e => e.textContent.trim())") == [section], (width, path)
        ctx.close()


# -- the English site ----------------------------------------------------------------------------
def test_one_english_name_for_the_archive_in_header_title_and_citation(site):
    from arsip.core.i18n import ARCHIVE_NAME

    name = ARCHIVE_NAME["en"]
    page = html(site, "en/motif/sekar-jati/index.html")
    brand = re.search(r'<a [^>]*class="arsip-brand"[^>]*aria-label="([^"]+)"', page).group(1)  # its accessible name
    title = re.search(r"<title>([^<]*)</title>", page).group(1)
    start = 'id="arsip-cite-sekar-jati">'
    cite = text_of(page[page.index(start) + len(start):][:600])
    assert brand == name and title.endswith(name) and cite.startswith(name + "."), (brand, title, cite[:80])
    assert ARCHIVE_NAME["id"] not in brand + title


def test_worksheet_and_quiz_english_reads_as_a_teacher_would_write_it(site):
    sheet = text_of(html(site, "en/worksheets/sekar-jati/index.html"))
    quiz = text_of(html(site, "en/quiz/sekar-jati/index.html"))
    assert "This motif shows the teak flower and teak leaf." in sheet
    assert "Which motif shows the teak flower?" in quiz
    for text in (sheet, quiz):
        assert "shows teak" not in text and "Draw teak" not in text and "the the " not in text.lower()


@pytest.mark.parametrize("path,back", [("lkpd/sekar-jati/index.html", "../../en/worksheets/sekar-jati/"),
                                       ("en/worksheets/sekar-jati/index.html", "../../../lkpd/sekar-jati/"),
                                       ("proyektor/sekar-jati/index.html", "../../en/projector/sekar-jati/"),
                                       ("en/projector/sekar-jati/index.html", "../../../proyektor/sekar-jati/")])
def test_worksheet_and_projector_pages_have_a_language_switch(site, path, back):
    page = html(site, path)
    m = re.search(r'<a class="arsip-lang-switch[^"]*" href="([^"]+)"', page)
    assert m and m.group(1) == back
    assert (site / path).parent.joinpath(back, "index.html").resolve().is_file()


def test_language_switch_keeps_the_anchor_and_the_filters(server, browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    pg = ctx.new_page()
    errors = watch(pg)
    pg.goto(server.url + "glosarium/#batik-tulis", wait_until="networkidle")
    pg.locator("a[data-arsip-lang]").click()
    pg.wait_for_load_state("networkidle")
    assert pg.url == server.url + "en/glossary/#batik-tulis"
    pg.goto(server.url + "motif/?theme=fauna", wait_until="networkidle")
    pg.locator("a[data-arsip-lang]").click()
    pg.wait_for_selector(".arsip-catalogue[data-ready]")
    assert pg.url == server.url + "en/motif/?theme=fauna"
    assert errors == []
    ctx.close()


def test_what_a_source_supports_is_in_the_page_language(site):
    rec = record("sekar-jati")
    note = next(s["supports"] for s in rec["sources"] if s.get("supports"))
    assert note.get("en") and note["en"] != note["id"]
    en, id_ = html(site, "en/motif/sekar-jati/index.html"), html(site, "motif/sekar-jati/index.html")
    assert escape(note["en"]) in en and escape(note["id"]) not in en
    assert escape(note["id"]) in id_
