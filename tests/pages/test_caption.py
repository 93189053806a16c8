"""Captions of the promotion kit: within Instagram's limits, bilingual in the right order,
the motif's name, short address, rights line and licence line, makers only with consent."""

from __future__ import annotations

import copy

import pytest

from arsip.build import load
from arsip.core.i18n import t
from arsip.core.paths import Archive
from arsip.core.urls import Published
from arsip.pages.caption import (CAPTION_MAX, FIRST_LINE_MAX, HASHTAGS_MAX, SEPARATOR, caption_limits,
                                 caption_text, rights_line)
from support import ROOT

PUB = Published.of("https://arsip.example/")


@pytest.fixture(scope="module")
def col():
    return load(Archive.here(ROOT))


def test_every_caption_within_limits(col):
    for m in col.motifs:
        for lang in ("id", "en"):
            text = caption_text(m, lang, PUB, col.makers)
            assert caption_limits(text) == [], (m["id"], lang)
            head = text.split("\n", 1)[0]
            assert head.startswith(m["name"]) and len(head) <= FIRST_LINE_MAX
            assert PUB.short(m["id"]) in text and text.count("#") <= HASHTAGS_MAX
            assert rights_line(m, "id") in text and rights_line(m, "en") in text


def test_indonesian_first_for_id_english_first_for_en(col):
    m = next(m for m in col.motifs if m["id"] == "sekar-jati")
    id_text, en_text = caption_text(m, "id", PUB), caption_text(m, "en", PUB)
    story_id, story_en = t("kit_story", "id", url=PUB.short(m["id"])), t("kit_story", "en", url=PUB.short(m["id"]))
    assert id_text.index(story_id) < id_text.index(SEPARATOR) < id_text.index(story_en)
    assert en_text.index(story_en) < en_text.index(SEPARATOR) < en_text.index(story_id)
    assert "CC0" in id_text and "desain motif tetap milik pemegang haknya" in id_text


def test_limits_catch_what_breaks_them():
    assert caption_limits("x" * (FIRST_LINE_MAX + 1))
    assert caption_limits("ok\n" + " ".join(f"#t{i}" for i in range(HASHTAGS_MAX + 1)))
    assert caption_limits("ok\n" + "y" * CAPTION_MAX)
    assert caption_limits("#tag first\nrest")
    assert caption_limits("fine\n#a #b") == []


def test_makers_named_only_with_consent(col):
    m = copy.deepcopy(next(m for m in col.motifs if m.get("makers")))
    mid = m["makers"][0]
    name = col.makers[mid]["name"]
    pending = {mid: {**col.makers[mid], "consent": {"state": "pending"}}}
    given = {mid: {**col.makers[mid], "consent": {"state": "given"}}}
    assert name not in caption_text(m, "id", PUB, pending)
    assert t("kit_made_by", "id", makers=name) in caption_text(m, "id", PUB, given)


def test_rights_line_from_the_record(col):
    m = copy.deepcopy(col.motifs[0])
    m["status"]["registration"] = {"registered": True, "number": "EC00200912345", "holder": "Pemkab Contoh"}
    assert rights_line(m, "id") == "Desain motif © Pemkab Contoh · terdaftar HKI no. EC00200912345"
    m["status"].pop("registration")
    m["rights"].pop("design_holder", None)
    assert rights_line(m, "en") == t("kit_rights_unknown", "en")
