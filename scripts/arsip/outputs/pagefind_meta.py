"""Pagefind's metadata file in one order, so the same site gives the same search bytes.

Pagefind 1.5 writes its filters into `pagefind.<hash>.pf_meta` in hash-map order: with two or
more filters (ours: `audience` and `word`) two runs on the same pages can give two files, and
so two `pagefind-entry.json` (Pagefind issue #638: only the fragments were made stable). A
build that must give the same bytes from the same input, and an atomic swap that checks it,
cannot live with that, so after Pagefind runs the filter list is put in name order.

The file is gzip of `pagefind_dcd` + CBOR. The items are moved as the bytes Pagefind wrote
(only their spans are parsed), so nothing is re-encoded; the gzip is written without a time
stamp and the file takes the name of its new content, as Pagefind's own names do.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

MAGIC = b"pagefind_dcd"
FILTERS = 3  # index of the filter list in the metadata array: [version, pages, index, filters, sorts, ...]


def _head(buf: bytes, i: int) -> tuple[int, int, int]:
    """Major type, argument and the offset after the head of the CBOR item at `i`."""
    b = buf[i]
    major, info = b >> 5, b & 31
    if info < 24:
        return major, info, i + 1
    if info in (24, 25, 26, 27):
        n = 1 << (info - 24)
        return major, int.from_bytes(buf[i + 1:i + 1 + n], "big"), i + 1 + n
    raise ValueError(f"CBOR item of indefinite or reserved length at byte {i}")


def _end(buf: bytes, i: int) -> int:
    """The offset just after the CBOR item that starts at `i`."""
    major, arg, j = _head(buf, i)
    if major in (2, 3):  # byte and text strings
        return j + arg
    if major == 4:  # array
        for _ in range(arg):
            j = _end(buf, j)
        return j
    if major == 5:  # map
        for _ in range(2 * arg):
            j = _end(buf, j)
        return j
    if major == 6:  # tag, then its item
        return _end(buf, j)
    return j  # integers, simple values and floats: the head is the whole item


def _items(buf: bytes, i: int) -> tuple[list[tuple[int, int]], int]:
    """The spans of the items of the array at `i`, and the offset after its head."""
    major, n, j = _head(buf, i)
    if major != 4:
        raise ValueError(f"expected a CBOR array at byte {i}")
    spans, start = [], j
    for _ in range(n):
        end = _end(buf, start)
        spans.append((start, end))
        start = end
    return spans, j


def _text(buf: bytes, i: int) -> str:
    major, n, j = _head(buf, i)
    return buf[j:j + n].decode("utf-8") if major == 3 else ""


def _name(item: bytes) -> str:
    """The first text of a filter entry ([name, file hash])."""
    spans, _ = _items(item, 0)
    return _text(item, spans[0][0]) if spans else ""


def sorted_filters(raw: bytes) -> bytes:
    """The decompressed metadata `raw` with its filter list in filter-name order."""
    if not raw.startswith(MAGIC):
        raise ValueError("not a Pagefind metadata file")
    body = raw[len(MAGIC):]
    top, _ = _items(body, 0)
    f0, f1 = top[FILTERS]
    spans, first = _items(body, f0)
    if not spans:
        return raw
    entries = sorted((body[s:e] for s, e in spans), key=lambda item: (_name(item), item))
    return MAGIC + body[:first] + b"".join(entries) + body[f1:]


def stabilise(folder: Path) -> dict[str, str]:
    """Rewrite the metadata of the Pagefind index in `folder` in a stable order and update
    `pagefind-entry.json` to its new name; returns the new hash of each language."""
    entry_path = folder / "pagefind-entry.json"
    if not entry_path.is_file():
        return {}
    entry = json.loads(entry_path.read_text("utf-8"))
    for lang, info in sorted(entry.get("languages", {}).items()):
        old = folder / f"pagefind.{info['hash']}.pf_meta"
        raw = gzip.decompress(old.read_bytes())
        data = gzip.compress(sorted_filters(raw), compresslevel=9, mtime=0)
        prefix = info["hash"].rsplit("_", 1)[0]
        info["hash"] = f"{prefix}_{hashlib.sha256(data).hexdigest()[:10]}"
        old.unlink()
        (folder / f"pagefind.{info['hash']}.pf_meta").write_bytes(data)
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), "utf-8")
    return {lang: info["hash"] for lang, info in entry.get("languages", {}).items()}
