"""Records behind the journeys of issue 18: each depicted object's `stands_for` describes that
object (on Sekar Jati the teak flower was described by the tree, the teak leaf by the timber),
and sources cited by hand-written pages are checked like any other."""

from __future__ import annotations

import re

import pytest

from support import MOTIF_IDS, record

# Words that name a part of a plant or a thing; an object named with one must be described with it.
PARTS = {"id": ("bunga", "daun", "buah", "kuncup", "tongkol", "bulir", "tanaman", "batang", "pohon", "kayu"),
         "en": ("flower", "leaf", "fruit", "bud", "cob", "grain", "plant", "trunk", "tree", "timber")}


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))


@pytest.mark.parametrize("mid", MOTIF_IDS)
def test_each_depicted_part_is_described_by_itself(mid):
    bad = []
    for d in record(mid).get("depicts", []):
        for lang, parts in PARTS.items():
            name, said = d["object"].get(lang) or "", (d.get("stands_for") or {}).get(lang) or ""
            for part in _words(name) & set(parts):
                first = said.split(".")[0].lower()
                if not re.search(rf"\b{part}", first):  # the first sentence says what the object is
                    bad.append(f"{lang}: {name!r} -> {first!r}")
    assert bad == []


def test_sekar_jati_flower_and_leaf():
    d = {x["object"]["id"]: x["stands_for"]["id"] for x in record("sekar-jati")["depicts"]}
    assert d["bunga jati"].lower().startswith("bunga jati") and d["daun jati"].lower().startswith("daun")


def test_a_hand_written_page_citing_an_unknown_source_is_refused_with_file_and_line(tmp_path):
    """`<!-- arsip:sources … -->` on a page (the where-to-buy page cites its sources so) is checked."""
    from arsip.build import check

    from support import copy_archive

    arc = copy_archive(tmp_path)
    page = arc.docs / "id" / "beli.md"
    page.write_text(page.read_text("utf-8") + "\n<!-- arsip:sources tidak-ada-2099 -->\n", "utf-8")
    col = check(arc)
    bad = [p for p in col.problems.errors if "tidak-ada-2099" in p.id]
    assert bad and bad[0].file == "docs/id/beli.md" and bad[0].line == len(page.read_text("utf-8").splitlines())
    used = [p for p in col.problems if "liputanbojonegoro" in p.id]
    assert used == []  # cited by the page: not reported as unused
