"""Pagefind's metadata in one order: the same pages give the same search files, whatever
order Pagefind's hash map wrote the filters in (it did differ between two runs in CI)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

from arsip.outputs import pagefind_meta
from arsip.outputs.pagefind_meta import MAGIC, FILTERS, _items, _name


def cbor(value) -> bytes:
    """A small CBOR encoder for the test's own metadata (ints, texts, lists)."""
    def head(major, n):
        if n < 24:
            return bytes([major << 5 | n])
        for info, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
            if n < 1 << (8 * size):
                return bytes([major << 5 | info]) + n.to_bytes(size, "big")
    if isinstance(value, int):
        return head(0, value)
    if isinstance(value, str):
        b = value.encode("utf-8")
        return head(3, len(b)) + b
    return head(4, len(value)) + b"".join(cbor(v) for v in value)


def write_index(folder, filters):
    meta = ["1.5.2", [["id_page1", 120]] * 30, [["id_chunk", "a", "z"]], filters, [], []]
    data = gzip.compress(MAGIC + cbor(meta), mtime=0)
    folder.mkdir()
    (folder / "pagefind.id_0000000000.pf_meta").write_bytes(data)
    entry = {"version": "1.5.2", "languages": {"id": {"hash": "id_0000000000", "wasm": "id", "page_count": 30}}}
    (folder / "pagefind-entry.json").write_text(json.dumps(entry), "utf-8")


def files(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def filter_names(folder):
    entry = json.loads((folder / "pagefind-entry.json").read_text("utf-8"))
    raw = gzip.decompress((folder / f"pagefind.{entry['languages']['id']['hash']}.pf_meta").read_bytes())
    body = raw[len(MAGIC):]
    top, _ = _items(body, 0)
    spans, _ = _items(body, top[FILTERS][0])
    return [_name(body[s:e]) for s, e in spans]


def test_two_orders_of_the_same_filters_give_the_same_bytes(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    write_index(one, [["word", "id_18df9f3"], ["audience", "id_ec58877"], ["kind", "id_0011223"]])
    write_index(two, [["audience", "id_ec58877"], ["kind", "id_0011223"], ["word", "id_18df9f3"]])
    assert files(one) != files(two)
    hashes = pagefind_meta.stabilise(one), pagefind_meta.stabilise(two)
    assert hashes[0] == hashes[1] and hashes[0]["id"] != "id_0000000000"
    assert files(one) == files(two)
    assert filter_names(one) == ["audience", "kind", "word"]
    # the rest of the metadata is moved byte for byte, and a sorted file stays as it is
    again = files(one)
    pagefind_meta.stabilise(one)
    assert files(one) == again


def test_a_real_pagefind_index_still_names_its_metadata_and_keeps_every_filter(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    for i, (a, b) in enumerate([("x", "p"), ("y", "q"), ("x", "q")]):
        (site / f"p{i}.html").write_text(
            f'<html lang="id"><body><main data-pagefind-body><h1>Batik {i}</h1>'
            f'<span data-pagefind-filter="zeta:{a}"></span><span data-pagefind-filter="alpha:{b}"></span>'
            f'<p>Motif jati dan tembakau nomor {i}.</p></main></body></html>', "utf-8")
    out = tmp_path / "pf"
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site), "--output-path", str(out),
                    "--force-language", "id", "--silent"], check=True)
    hashes = pagefind_meta.stabilise(out)
    metas = sorted(p.name for p in out.glob("*.pf_meta"))
    assert metas == [f"pagefind.{hashes['id']}.pf_meta"]
    assert filter_names(out) == ["alpha", "zeta"]
    assert len(list((out / "filter").glob("*.pf_filter"))) == 2
