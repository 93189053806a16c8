"""Colouring sheets drawn from the illustrations' own shapes (issue 18), not traced from pixels."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest
import yaml
from PIL import Image

from arsip.outputs import colouring

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from tools import illustrate  # noqa: E402

MOTIFS = sorted(p.parent for p in (ROOT / "motifs").glob("*/motif.yml"))


def _regions(im: Image.Image, scale: int = 4) -> list[int]:
    """Sizes of the white areas enclosed by lines (at 1/scale), i.e. the shapes a child colours."""
    im = im.convert("L").resize((im.width // scale, im.height // scale), Image.Resampling.BOX)
    im = im.point(lambda v: 255 if v > 160 else 0)
    w, h = im.size
    px, seen, sizes = im.tobytes(), bytearray(w * h), []
    for s in range(w * h):
        if px[s] != 255 or seen[s]:
            continue
        stack, n = [s], 0
        seen[s] = 1
        while stack:
            p = stack.pop()
            n += 1
            x = p % w
            for q in (p - 1 if x else -1, p + 1 if x < w - 1 else -1, p - w, p + w):
                if 0 <= q < w * h and not seen[q] and px[q] == 255:
                    seen[q] = 1
                    stack.append(q)
        sizes.append(n)
    return sizes


def test_every_illustrated_motif_names_its_line_art_and_the_file_is_clean():
    for folder in MOTIFS:
        rec = yaml.safe_load((folder / "motif.yml").read_text("utf-8"))
        main = rec["images"][0]
        if main["file"] != illustrate.OUTPUT_NAME:
            continue
        art = folder / main["line_art"]
        with Image.open(art) as im:
            assert im.mode == "1", art
            assert not {k for k in im.info if k not in ("dpi",)}, (art, im.info)  # no metadata chunks
            dark = im.convert("L").histogram()[0] / (im.width * im.height)
        assert 0.02 < dark < 0.3, (art, dark)  # ink of a colouring page, not a dark fill


@pytest.mark.parametrize("mid", ["sekar-jati", "gatra-rinonce"])
def test_line_art_is_the_drawing_tool_output_byte_for_byte(mid):
    committed = (ROOT / "motifs" / mid / illustrate.LINE_NAME).read_bytes()
    made = illustrate.line_png_bytes(illustrate.draw_lines(mid))
    assert hashlib.sha256(made).digest() == hashlib.sha256(committed).digest()


@pytest.mark.parametrize("mid", ["sekar-jati", "gatra-rinonce", "parang-dahono-munggal"])
def test_drawn_sheet_has_far_more_shapes_to_colour_than_the_trace(mid):
    """The trace merged Sekar Jati's leaves into blank ovals; the drawn art keeps every leaf, flower
    and border cell as its own closed shape (areas of at least ~4 mm^2 on the printed sheet)."""
    folder = ROOT / "motifs" / mid
    drawn = [n for n in _regions(colouring.drawn_art(folder / illustrate.LINE_NAME)) if n >= 30]
    traced = [n for n in _regions(colouring.line_art(folder / illustrate.OUTPUT_NAME)[0]) if n >= 30]
    assert len(drawn) >= 1.5 * len(traced), (mid, len(drawn), len(traced))


def test_a_sheet_uses_the_named_line_art_as_is_and_traces_only_without_one(tmp_path):
    folder = ROOT / "motifs" / "sekar-jati"
    rec = yaml.safe_load((folder / "motif.yml").read_text("utf-8"))
    png, _ = colouring._cached_art(rec, folder, tmp_path)
    with Image.open(png) as got:
        want = colouring.drawn_art(folder / rec["images"][0]["line_art"]).convert("1")
        assert got.convert("1").tobytes() == want.tobytes()
    del rec["images"][0]["line_art"]
    png2, _ = colouring._cached_art(rec, folder, tmp_path)
    assert png2 != png
    with Image.open(png2) as traced:
        assert traced.size == (colouring.ART_W, colouring.ART_H)
