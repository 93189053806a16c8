"""Consent per use (issue 19): granted(), price freshness, and what publish_makers strips."""

from __future__ import annotations

from datetime import date

from arsip.records.collection import Collection, publish_makers
from arsip.records.consent import granted
from arsip.records.products import fresh, published_products

SC = {"by": "Ani", "date": "2026-11-30", "how": {"id": "Formulir"}}


def maker(state="given", scopes=None, **extra):
    consent = {"state": state, "by": "Ani", "date": "2026-11-30", "how": {"id": "Formulir"}}
    if scopes is not None:
        consent["scopes"] = {s: SC for s in scopes}
    return {"id": "m", "name": "M", "kind": "artisan", "district": "Kapas", "consent": consent,
            "contact": {"opt_in": True, "whatsapp": "6281200000000"},
            "products": [{"id": "p", "motifs": ["x"], "type": "kain", "technique": "tulis", "stock": {"kind": "ready"},
                          "price": {"amount": 1000, "checked": "2026-11-01"}}], **extra}


def test_a_scope_counts_only_when_given_and_written():
    assert granted(maker(scopes=["profile", "products"]), "products")
    assert not granted(maker(scopes=["profile"]), "products")
    assert not granted(maker(state="pending", scopes=["profile", "products"]), "products")
    assert not granted(maker(state="withdrawn", scopes=["profile", "products"]), "profile")
    assert not granted(maker(scopes=["profile"]), "contact")


def test_price_freshness_is_90_days_against_the_build_date():
    p = {"price": {"amount": 1, "checked": "2026-09-01"}}
    assert fresh(p, date(2026, 11, 30)) and not fresh(p, date(2026, 12, 1))


def test_publish_makers_strips_what_is_not_granted():
    col = Collection(maker_records={"m": maker(scopes=["profile"])})
    publish_makers(col)
    assert "products" not in col.makers["m"] and "contact" not in col.makers["m"]
    assert published_products(col, date(2026, 11, 30)) == []
    col = Collection(maker_records={"m": maker(scopes=["profile", "products"])})
    publish_makers(col)
    assert [p["id"] for p in published_products(col, date(2026, 11, 30))] == ["p"]
    assert "price" not in published_products(col, date(2027, 3, 1))[0]  # stale: kept, without price
