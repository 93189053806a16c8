"""Tests for arsip.illustrate, the project's own CC0 motif illustrations.

Run with:  cd /work/main && PYTHONPATH=scripts .venv/bin/python -m pytest tests/test_illustrate.py -q
"""

from __future__ import annotations

import functools
import io
import struct
import sys
import zlib
from pathlib import Path

import pytest
from PIL import Image

try:
    from tools import illustrate
except ImportError:  # pragma: no cover - allow running without PYTHONPATH
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from tools import illustrate

EXPECTED_IDS = {
    "sekar-jati",
    "pari-sumilak",
    "jagung-miji-emas",
    "sata-gondo-wangi",
    "gatra-rinonce",
    "parang-dahono-munggal",
    "mliwis-mukti",
    "parang-lembu-sekar-rinambat",
    "rancak-thengul",
    "pelem-pelem-suminar",
    "sekar-rosela",
    "woh-roning-pisang",
    "surya-salak-kartika",
    "belimbing-lining-limo",
}
IDS = sorted(illustrate.MOTIFS)
SIZE_BUDGET = 600 * 1024
ALLOWED_CHUNKS = {b"IHDR", b"PLTE", b"IDAT", b"IEND"}


@functools.lru_cache(maxsize=None)
def drawn(motif_id: str) -> Image.Image:
    return illustrate.draw(motif_id)


@functools.lru_cache(maxsize=None)
def encoded(motif_id: str) -> bytes:
    return illustrate.png_bytes(drawn(motif_id))


def png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG signature"
    pos, out = 8, []
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        ctype = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        assert zlib.crc32(ctype + body) & 0xFFFFFFFF == crc, f"bad CRC in {ctype!r}"
        out.append((ctype, body))
        pos += 12 + length
    return out


def test_all_fourteen_motifs_have_a_drawing():
    assert set(illustrate.MOTIFS) == EXPECTED_IDS


@pytest.mark.parametrize("motif_id", IDS)
def test_drawing_is_landscape_rgb_1600x1200(motif_id):
    im = drawn(motif_id)
    assert im.mode == "RGB"
    assert im.size == (1600, 1200)


@pytest.mark.parametrize("motif_id", IDS)
def test_drawing_is_not_flat(motif_id):
    im = drawn(motif_id).resize((400, 300))
    colours = im.getcolors(maxcolors=400 * 300)
    assert colours is not None
    assert len(colours) >= 8, "expected several distinct colours"
    # no single colour may cover most of the picture
    top = max(count for count, _ in colours)
    assert top < 0.8 * 400 * 300
    # the field (between the border bands) has real variation too
    field = drawn(motif_id).crop((0, 200, 1600, 1000)).convert("L")
    lo, hi = field.getextrema()
    assert hi - lo > 80


@pytest.mark.parametrize("motif_id", IDS)
def test_same_bytes_every_time(motif_id):
    again = illustrate.png_bytes(illustrate.draw(motif_id))
    assert again == encoded(motif_id)
    assert illustrate.draw(motif_id).tobytes() == drawn(motif_id).tobytes()


@pytest.mark.parametrize("motif_id", IDS)
def test_png_has_no_metadata_and_fits_budget(motif_id):
    data = encoded(motif_id)
    assert len(data) < SIZE_BUDGET
    kinds = [ctype for ctype, _ in png_chunks(data)]
    assert kinds[0] == b"IHDR" and kinds[-1] == b"IEND"
    assert set(kinds) <= ALLOWED_CHUNKS, f"unexpected chunks: {set(kinds) - ALLOWED_CHUNKS}"
    with Image.open(io.BytesIO(data)) as im:
        assert im.size == (1600, 1200)
        assert not im.info, f"PNG carries metadata: {im.info}"
        assert not getattr(im, "text", {})


def test_draw_scales_to_other_sizes():
    im = illustrate.draw("sekar-jati", size=(400, 300))
    assert im.size == (400, 300) and im.mode == "RGB"


def test_unknown_motif_raises():
    with pytest.raises(KeyError):
        illustrate.draw("tidak-ada")


def test_write_all_writes_only_known_ids(tmp_path):
    paths = illustrate.write_all(tmp_path, ["sekar-jati", "tidak-ada"])
    folder = tmp_path / "motifs" / "sekar-jati"
    assert paths == [folder / "ilustrasi.png", folder / "mewarnai.png"]  # the picture and its line art
    assert paths[0].read_bytes() == encoded("sekar-jati")
    assert not (tmp_path / "motifs" / "tidak-ada").exists()


def test_write_all_none_means_all(tmp_path, monkeypatch):
    # a stub keeps this fast; the real drawings are covered above
    monkeypatch.setattr(illustrate, "draw", lambda motif_id, size=(1600, 1200): Image.new("RGB", (16, 12), "#884422"))
    paths = illustrate.write_all(tmp_path)
    assert [p.parent.name for p in paths[::2]] == list(illustrate.MOTIFS)
    assert all(p.name == "ilustrasi.png" and p.is_file() for p in paths[::2])
    assert all(p.name == "mewarnai.png" and p.is_file() for p in paths[1::2])


def test_main_rejects_unknown_ids(tmp_path, capsys):
    assert illustrate.main(["--root", str(tmp_path), "tidak-ada"]) == 2
    assert not (tmp_path / "motifs").exists()
