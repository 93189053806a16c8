"""Hostile files cannot exhaust the build machine: decompression bombs, YAML alias bombs,
deep nesting and oversized files are refused with a clear message, and the peak memory of
`arsip check` / `arsip build` stays bounded (measured on the real subprocess)."""

from __future__ import annotations

import struct
import zlib

import pytest
import yaml

from support import copy_archive
from support import arsip_measured
from support import MOTIF_IDS

MID = MOTIF_IDS[0]
PEAK_MB = 300


def png_bomb(width: int, height: int) -> bytes:
    """A valid PNG header declaring width x height pixels, with a few bytes of data."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\0" * (1 + 3 * width) * 4, 9)  # four rows of black; the rest is missing
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def motif_image(arc):
    data = yaml.safe_load((arc.motifs / MID / "motif.yml").read_text("utf-8"))
    return arc.motifs / MID / data["images"][0]["file"]


@pytest.mark.parametrize("cmd", ["check", "build"])
def test_decompression_bomb_is_refused_before_decoding(tmp_path, cmd):
    arc = copy_archive(tmp_path)
    bomb = png_bomb(20000, 20000)
    assert len(bomb) < 10_000
    img = motif_image(arc)
    img.write_bytes(bomb) if img.suffix == ".png" else img.with_suffix(".png").write_bytes(bomb)
    r = arsip_measured([cmd], tmp_path)
    assert r["rc"] == 1, r
    assert "too large" in r["err"] and "terlalu besar" in r["err"] and "Traceback" not in r["err"], r["err"]
    assert f"motifs/{MID}/motif.yml" in r["err"] and "images[0].file" in r["err"]
    assert r["peak_mb"] < PEAK_MB, r["peak_mb"]  # decoding it would need 1.2 GB


def test_just_over_the_limit_is_refused_and_a_damaged_image_is_named(tmp_path):
    arc = copy_archive(tmp_path)
    img = motif_image(arc)
    img.write_bytes(png_bomb(10001, 10000))  # 100.01 megapixels
    r = arsip_measured(["check"], tmp_path)
    assert r["rc"] == 1 and "too large" in r["err"] and "images[0].file" in r["err"], r["err"]
    img.write_bytes(b"\x89PNG\r\n\x1a\n not really a picture")
    r = arsip_measured(["check"], tmp_path)
    assert r["rc"] == 1 and "images[0].file" in r["err"] and "Traceback" not in r["err"], r["err"]
    assert "not a readable image" in r["err"] or "not an image that can be opened" in r["err"], r["err"]


def billion_laughs(levels: int = 9) -> str:
    lines = ['id: lol', 'a0: &a0 "lol"']
    for i in range(1, levels + 1):
        refs = ", ".join([f"*a{i - 1}"] * 10)
        lines.append(f"a{i}: &a{i} [{refs}]")
    lines.append(f"story: {{id: *a{levels}}}")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("kind", ["alias-bomb", "oversized", "deep-nesting", "deeper-than-libyaml", "long-line"])
def test_hostile_yaml_is_refused_with_bounded_memory(tmp_path, kind):
    arc = copy_archive(tmp_path)
    path = arc.motifs / MID / "motif.yml"
    if kind == "alias-bomb":
        text = billion_laughs()
        expect = ("Anchor YAML", "not allowed")
    elif kind == "oversized":
        text = path.read_text("utf-8") + "# " + "x" * 300_000 + "\n"
        expect = ("terlalu besar", "too large")
    elif kind == "deep-nesting":  # deeper than any record, well within the parser's limits
        text = "id: " + "[" * 500 + "]" * 500 + "\n"
        expect = ("too deeply",)
    elif kind == "deeper-than-libyaml":  # libyaml stops at 1,000 levels itself
        text = "id: " + "[" * 200_000 + "\n"
        expect = ("too deeply",)
    else:  # one 250 KB line: under the size limit, still just a long text
        text = path.read_text("utf-8").replace("story:", "story_x: " + "y" * 250_000 + "\nstory:", 1)
        expect = ("story_x",)
    path.write_text(text, "utf-8")
    for cmd in ("check", "build"):
        r = arsip_measured([cmd], tmp_path)
        assert r["rc"] == 1, (cmd, r["err"][-500:])
        assert f"motifs/{MID}/motif.yml" in r["err"] and "Traceback" not in r["err"], r["err"][-800:]
        for e in expect:
            assert e in r["err"], (e, r["err"][-800:])
        assert r["peak_mb"] < PEAK_MB, (cmd, r["peak_mb"])
