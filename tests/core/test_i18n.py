"""One store of interface words: every phrase is looked up in core/i18n.py and exists there."""

from __future__ import annotations

import ast
import re

from arsip.core import i18n

from support import ROOT

PKG = ROOT / "scripts" / "arsip"
CALL = re.compile(r"""\b(?:t|tk|tq|tp)\(\s*["']([a-z0-9_]+)["']""")


def test_no_phrase_is_defined_twice():
    tree = ast.parse((PKG / "core" / "i18n.py").read_text("utf-8"))
    words = next(n for n in tree.body if isinstance(n, ast.AnnAssign) and n.target.id == "WORDS")
    keys = [k.value for k in words.value.keys]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    assert all(len(v) == 2 and all(v) for v in i18n.WORDS.values())


def test_every_phrase_the_code_and_templates_ask_for_exists():
    asked = set()
    for f in list(PKG.rglob("*.py")) + list(PKG.rglob("*.j2")):
        asked |= set(CALL.findall(f.read_text("utf-8")))
    missing = sorted(asked - set(i18n.WORDS))
    assert not missing, missing


def test_no_other_module_keeps_a_table_of_phrases():
    """A dict literal of (Indonesian, English) pairs anywhere else is a second store."""
    stray = []
    for f in PKG.rglob("*.py"):
        if f == PKG / "core" / "i18n.py":
            continue
        for n in ast.walk(ast.parse(f.read_text("utf-8"))):
            if isinstance(n, ast.Dict) and len(n.values) >= 3 and all(
                    isinstance(v, ast.Tuple) and len(v.elts) == 2 and all(isinstance(e, ast.Constant) and
                                                                          isinstance(e.value, str) for e in v.elts)
                    for v in n.values):
                stray.append(f"{f.relative_to(PKG)}:{n.lineno}")
    assert not stray, stray


def test_english_falls_back_to_indonesian_and_says_so():
    assert i18n.tr({"id": "Kain"}, "en") == i18n.Tr("Kain", True)
    assert i18n.tr({"id": "Kain", "en": "Cloth"}, "en") == i18n.Tr("Cloth", False)
    assert i18n.tr({"id": "Kain", "en": "Cloth"}, "id") == i18n.Tr("Kain", False)
    assert i18n.pick(None, "en") == ""
    assert i18n.t("n_motifs", "en", n=3) == "3 motifs"
    assert i18n.t("name", "both") == "Nama / Name"


def test_english_counts_agree_with_their_number():
    """"1 motifs" read wrong on the makers list: {s} gives the English plural, Indonesian stays."""
    assert i18n.t("n_motifs", "en", n=1) == "1 motif"
    assert i18n.t("n_motifs", "en", n=3) == "3 motifs"
    assert i18n.t("n_motifs", "en", n=0) == "0 motifs"
    assert i18n.t("n_motifs", "id", n=3) == "3 motif"
    assert i18n.t("jp", "en", n=1) == "1 lesson hour"
    assert i18n.t("booklet_sub", "both", n=1).startswith("1 motif dari") and "/ 1 motif from" in i18n.t("booklet_sub", "both", n=1)
    # No phrase shows a raw {s} when it is given its number.
    for key, (a, b) in i18n.WORDS.items():
        if "{s}" in b:
            assert "{n}" in b and "{s}" not in a, key
