"""How readers spell: affix stripping and Javanese spelling variants (core/spelling.py)."""

from __future__ import annotations

from arsip.core import spelling


def test_indonesian_affix_stripping_and_spelling_rules():
    assert spelling.stem("membatik") == "batik"
    assert spelling.stem("ketembakauan") == "tembakau"
    assert spelling.stem("pertanian") == "tani" == spelling.stem("tani")
    assert spelling.stem("pengrajin") == "rajin"
    assert spelling.stem("jati") == "jati" and spelling.stem("sekar") == "sekar"
    assert spelling.canon("Kahyangan") == spelling.canon("Kayangan")
    assert spelling.canon("Thengul") == spelling.canon("Tengul")
    assert spelling.canon("Dahono") == spelling.canon("Dahana")
    assert spelling.canon("Munggal") == spelling.canon("Mungal")
    assert spelling.canon("Meliwis") == spelling.canon("Mliwis")
