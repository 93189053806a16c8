"""The offline ZIP: opened from disk (file://) with the network off, the archive still works."""

from __future__ import annotations

import zipfile
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

import pytest

from arsip import build, images
from arsip.core.urls import OFFLINE_ZIP_NAME as OFFLINE_ZIP
from arsip.core.urls import worksheet_pdf
from arsip.outputs.offline import TOP, zip_dir

from support import MOTIF_IDS, copy_archive

SITE = "http://127.0.0.1:8000/"


@pytest.fixture(scope="module")
def offline(tmp_path_factory):
    """The offline ZIP of the sample archive, unpacked: returns (zip path, unpacked site folder)."""
    arc = copy_archive(tmp_path_factory.mktemp("offline-archive"))
    col = build.load(arc)
    path = build.offline_build(arc, col, images.process_collection(arc, col), SITE, {})
    out = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(path) as z:
        z.extractall(out)
    return path, out / TOP


@pytest.fixture
def disk(browser):
    """A browser page with the network switched off: only file:// loads."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    ctx.set_offline(True)
    ctx.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    pg = ctx.new_page()
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    ctx.close()


def test_zip_is_deterministic(tmp_path):
    src = tmp_path / "src"
    (src / "b").mkdir(parents=True)
    (src / "b" / "x.html").write_text("x")
    (src / "a.txt").write_text("a")
    zip_dir(src, tmp_path / "1.zip")
    (src / "a.txt").touch()  # a newer modification time must not change the bytes
    zip_dir(src, tmp_path / "2.zip")
    assert (tmp_path / "1.zip").read_bytes() == (tmp_path / "2.zip").read_bytes()
    names = zipfile.ZipFile(tmp_path / "1.zip").namelist()
    assert names == [f"{TOP}/BACA-SAYA.txt", f"{TOP}/a.txt", f"{TOP}/b/x.html"]


def test_zip_holds_pages_images_and_worksheets(offline):
    path, root = offline
    assert path.name == OFFLINE_ZIP
    assert (root / "index.html").is_file() and (root / "en" / "index.html").is_file()
    for mid in MOTIF_IDS:
        assert (root / "motif" / f"{mid}.html").is_file()
        assert (root / worksheet_pdf(mid, "abc")).is_file()
    assert not (root / "unduh" / OFFLINE_ZIP).exists()  # the ZIP does not contain itself
    # links are to .html files, so they open from disk without a web server
    html = (root / "motif" / "sekar-jati.html").read_text("utf-8")
    assert 'href="../belajar/index.html"' in html and 'href="../lkpd/sekar-jati.html"' in html


def test_home_and_motif_page_with_its_image_open_from_disk(offline, disk):
    _, root = offline
    disk.goto((root / "index.html").as_uri())
    assert "Batik" in disk.locator("h1").first.inner_text()
    disk.goto((root / "motif" / "sekar-jati.html").as_uri())
    assert disk.locator("h1").first.inner_text().strip() == "Sekar Jati"
    img = disk.locator(".arsip-hero img")
    disk.wait_for_function("i => i.complete && i.naturalWidth > 0", arg=img.element_handle())
    # from the motif page to its worksheet, still from disk
    disk.locator('a[href$="lkpd/sekar-jati.html"]').first.click()
    disk.wait_for_load_state()
    assert disk.url.endswith("lkpd/sekar-jati.html")
    qr = disk.locator(".arsip-sheet__qr img").first
    disk.wait_for_function("i => i.complete && i.naturalWidth > 0", arg=qr.element_handle())
    assert disk.errors == []


def test_belajar_filters_work_from_disk(offline, disk):
    _, root = offline
    disk.goto((root / "belajar" / "index.html").as_uri() + "?fase=C")
    assert disk.locator(".arsip-kit-item:visible").count() >= 1
    assert disk.locator(".arsip-kit-item:visible").count() < disk.locator(".arsip-kit-item").count()


def test_search_finds_jati_offline(offline, disk):
    """The header search works from disk, through its file:// fallback index."""
    _, root = offline
    disk.goto((root / "index.html").as_uri())
    assert disk.locator("#arsip-q").count() >= 1, "the header has a search box"
    box = disk.locator("#arsip-q").first
    if not box.is_visible():
        opener = disk.locator(".md-header [aria-controls], .md-header button, .md-header label").filter(
            has=disk.locator("svg")).first
        opener.click()
    box.fill("jati")
    hit = disk.locator("form[role=search] a[href$='motif/sekar-jati.html'], "
                       "[role=listbox] a[href$='motif/sekar-jati.html']").first
    hit.wait_for(state="visible", timeout=10_000)
    hit.click()
    disk.wait_for_load_state()
    assert disk.url.endswith("motif/sekar-jati.html")


def test_the_map_opens_from_disk_and_leads_to_a_kecamatan(offline, disk):
    """The map (issue 20) is inline SVG: from file:// with the network off it draws, and its
    links are .html files that open from disk too."""
    _, root = offline
    disk.goto((root / "peta" / "index.html").as_uri())
    svg = disk.locator("svg.arsip-peta__svg")
    assert svg.bounding_box()["width"] > 500
    links = disk.locator(".arsip-peta__kec a")
    assert links.count() == 28
    assert disk.eval_on_selector(".arsip-peta__kec a[data-kecamatan=Kalitidu]", "a => a.getAttribute('href')") \
        == "kalitidu.html"
    with disk.expect_navigation():
        disk.locator(".arsip-peta__list a", has_text="Kalitidu").click()
    assert disk.url.endswith("peta/kalitidu.html")
    assert disk.locator("svg.arsip-peta__svg--inset path.arsip-peta__desa").count() == 18
    assert disk.errors == []


class _Links(HTMLParser):
    """Every <a href> of one page."""

    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.hrefs += [v for k, v in attrs if k == "href" and v]


def test_every_link_of_the_copy_opens_a_page_and_web_addresses_stay_online(offline):
    """Both languages: a relative link leads to a file (not a folder listing, not a missing file);
    an address of the site itself (citations, short links, the ZIP) keeps its online form."""
    _, root = offline
    pages = sorted(root.rglob("*.html"))
    assert (root / "en" / "index.html") in pages and len(pages) > 100
    broken, offline_form, seen_abs = [], [], 0
    for page in pages:
        p = _Links()
        p.feed(page.read_text("utf-8"))
        for href in p.hrefs:
            parts = urlsplit(href)
            if parts.scheme in ("http", "https"):
                if href.startswith(SITE):
                    seen_abs += 1
                    if parts.path.endswith(".html"):
                        offline_form.append((page.relative_to(root).as_posix(), href))
                continue
            if parts.scheme or not parts.path:
                continue  # mailto:, javascript-free anchors on the same page
            target = (page.parent / unquote(parts.path)).resolve()
            if not target.is_file():
                broken.append((page.relative_to(root).as_posix(), href, "folder" if target.is_dir() else "missing"))
    assert broken == [], broken[:20]
    assert offline_form == [], offline_form[:20]
    assert seen_abs > 0
    home = (root / "index.html").read_text("utf-8")
    assert f'href="{SITE}unduh/{OFFLINE_ZIP}"' in home  # the ZIP the copy cannot hold: online
    assert f'{SITE}m/sekar-jati/"' in (root / "motif" / "sekar-jati.html").read_text("utf-8")  # short link
