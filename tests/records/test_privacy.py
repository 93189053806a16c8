"""Contact details and exact location appear only when the maker opted in; schemas are published."""

from __future__ import annotations

import pytest

import json

import yaml

from arsip.core import urls
from arsip.records import schema
from arsip.build import web_build
from support import WA_NUMBER, copy_archive, page_writer

MAKER = "tiani-batik"
CONTACT = {"whatsapp": "6281234567890", "instagram": "tiani.batik", "address": "Jl. Mawar No. 7 RT 02",
           "shops": [{"name": "Toko Tiani", "url": "https://shopee.co.id/tianibatik"}]}


def _set_contact(arc, contact):
    path = arc.makers / f"{MAKER}.yml"
    data = yaml.safe_load(path.read_text("utf-8"))
    data["contact"] = contact
    # Contact details can only ever show for a maker who gave consent (a pending maker shows none).
    data["consent"] = {"state": "given", "by": data["people"][0]["name"], "date": "2026-12-01",
                       "how": {"id": "Formulir persetujuan bertanda tangan", "en": "A signed consent form"}}
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return data


@pytest.mark.slow
def test_contact_and_address_shown_only_with_opt_in(tmp_path):
    arc = copy_archive(tmp_path)
    data = _set_contact(arc, {"opt_in": True, **CONTACT})
    web_build(arc, site_url="http://example.test/")
    page = (arc.site / "pembuat" / MAKER / "index.html").read_text("utf-8")
    assert "https://wa.me/6281234567890?text=" in page and "instagram.com/tiani.batik" in page
    assert "Jl. Mawar No. 7 RT 02" in page and "shopee.co.id/tianibatik" in page

    _set_contact(arc, {"opt_in": False})
    web_build(arc, site_url="http://example.test/")
    for lang in ("", "en/"):
        lk = urls.Linker("en" if lang else "id")
        page = (arc.site / (lang + lk.file(urls.maker(MAKER)))).read_text("utf-8")
        assert not WA_NUMBER.search(page) and "Jl. Mawar" not in page and "instagram.com" not in page
        assert data["district"] in page  # only village/district
    assert "belum memberi izin untuk menampilkan kontak" in (arc.site / "pembuat" / MAKER / "index.html").read_text("utf-8")


def test_pages_never_show_contact_without_opt_in_even_if_check_is_bypassed(tmp_path):
    """Defence in depth: the page writer itself hides contact details unless opt_in is true."""
    from arsip.build import check as load_collection
    from arsip.pages import maker

    arc = copy_archive(tmp_path)
    col = load_collection(arc)
    col.makers[MAKER]["contact"] = {"opt_in": False, **CONTACT}  # what `arsip check` refuses
    maker.write_all(page_writer(arc, col))
    md = (arc.generated_docs("id") / "pembuat" / f"{MAKER}.md").read_text("utf-8")
    assert not WA_NUMBER.search(md) and "Jl. Mawar" not in md and "shopee" not in md


def test_schemas_are_published_on_the_site_and_linked(site):
    for kind in ("motif", "maker"):
        published = site / "schema" / f"{kind}.schema.json"
        # the schema file with the archive's identity filled in ({tradition_short}...: records/schema.text)
        assert published.read_text("utf-8") == schema.text(kind)
        assert "{tradition" not in published.read_text("utf-8")
        assert json.loads(published.read_text("utf-8"))["$schema"].startswith("https://json-schema.org/")
    for page, prefix in ((site / "kontribusi" / "index.html", "../"), (site / "en" / urls.Linker("en").file("kontribusi/index.md"), "../../")):
        html = page.read_text("utf-8")
        for kind in ("motif", "maker"):
            assert f'href="{prefix}schema/{kind}.schema.json"' in html, (page, kind)
