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


# -- issue 18 search: a key word in its own sense, not its false friends -------------------------
def test_own_words_find_a_key_word_in_its_own_sense_only():
    assert spelling.stem("ditulis") == "tulis" == spelling.stem("tulisan")  # why the table exists
    assert spelling.own_words("Dibuat dengan teknik batik tulis.") == ["tulis"]
    assert spelling.own_words("tulis-cap, TULIS") == ["tulis"]
    for friend in spelling.FALSE_FRIENDS["tulis"]:
        assert spelling.stem(friend) == "tulis", friend  # only words the stemmer would confuse are listed
        assert spelling.own_words(f"Motif ini {friend} oleh Guntur.") == [], friend
    assert spelling.own_words("Motif ini membatik dan ditulis") == []  # other words keep their stems
