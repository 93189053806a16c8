"""The content-addressed image cache in `.cache/images/` (safe to delete; rebuilt on demand).

Layout:
  <key>-<width>.avif / .jpg   derivatives; the same names are published under site/img/
  <key>.json                  manifest: sizes, bytes, colour, preview (written last)
  sources.json                stat memo: path -> size, mtime, ctime, inode, sha256, findings

key = sha256(sha256(source bytes) | PIPELINE_VERSION + recipe JSON)[:16], so a changed
photo or a changed setting gives new names, and an unchanged photo is never decoded
again. A manifest is trusted only if every file it lists exists with the recorded
size. Every file is written to a temporary name and renamed into place, so a build that
is killed half-way leaves either the old state or nothing, never a half-written file.

The stat memo saves re-reading and hashing big originals on warm builds (like git's
index): an entry is used only if size, mtime, ctime and inode all match, and never for
a file modified within 2 s of being hashed ("racily clean" files are hashed again).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import recipe

KEY_LEN = 16
RACY_NS = 2_000_000_000
MEMO = "sources.json"


@dataclass
class Derivative:
    name: str  # file name inside img/
    width: int
    height: int
    fmt: str  # "avif", "jpeg", or "tile" (4:3 AVIF crop for grid cards, only for other shapes)
    bytes: int = 0


@dataclass
class ImageSet:
    key: str
    width: int  # size of the largest derivative
    height: int
    colour: str  # average colour, shown while loading
    derivatives: list[Derivative] = field(default_factory=list)
    preview: str = ""  # tiny blurred data URI
    source: dict = field(default_factory=dict)  # original size and format, for the record

    def of(self, fmt: str) -> list[Derivative]:
        return sorted((d for d in self.derivatives if d.fmt == fmt), key=lambda d: d.width)

    def largest(self, fmt: str = "jpeg", max_width: int | None = None) -> Derivative:
        ds = [d for d in self.of(fmt) if max_width is None or d.width <= max_width] or self.of(fmt)
        return ds[-1]

    @property
    def bytes(self) -> int:
        return sum(d.bytes for d in self.derivatives)

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_dict(cls, data: dict) -> "ImageSet":
        return cls(**{**data, "derivatives": [Derivative(**d) for d in data["derivatives"]]})


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def key_for(source_sha: str) -> str:
    h = hashlib.sha256()
    h.update(source_sha.encode())
    h.update(b"|" + recipe.PIPELINE_VERSION.encode() + b"|")
    h.update(recipe.recipe_json())
    return h.hexdigest()[:KEY_LEN]


def atomic_write(dest: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=".tmp-", suffix=dest.suffix)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, dest)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


class SourceIndex:
    """Stat memo of originals: sha256 and inspection findings per unchanged file."""

    def __init__(self, cache: Path):
        self.path = cache / MEMO
        self.cache = cache
        self.entries: dict[str, dict] = {}
        self.used: set[str] = set()
        self.dirty = False
        try:
            data = json.loads(self.path.read_text("utf-8"))
            if isinstance(data, dict):
                self.entries = data
        except (OSError, ValueError):
            pass

    @staticmethod
    def _stat(path: Path) -> list[int]:
        st = os.stat(path)
        return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]

    def _entry(self, path: Path) -> dict:
        p = str(path.resolve())
        self.used.add(p)
        st = self._stat(path)
        e = self.entries.get(p)
        if e and e.get("stat") == st and st[1] + RACY_NS < e.get("at", 0):
            return e
        e = {"stat": st, "at": time.time_ns(), "sha256": sha256_file(path)}
        self.entries[p] = e
        self.dirty = True
        return e

    def sha256(self, path: Path) -> str:
        return self._entry(path)["sha256"]

    def findings(self, path: Path, compute, name: str, version: str) -> list:
        """Cached result of compute(path) (a JSON-able list of tuples) for this exact file content.

        `name` keeps the results of different checkers apart, `version` (e.g. a hash of the
        checker's code) drops them when the checker changes; all go when the file changes.
        """
        e = self._entry(path)
        if e.get(name + "_v") != version or name not in e:
            e[name] = [list(f) for f in compute(path)]
            e[name + "_v"] = version
            self.dirty = True
        return e[name]

    def save(self) -> None:
        if not self.dirty:
            return
        keep = {p: e for p, e in self.entries.items() if p in self.used or os.path.exists(p)}
        self.cache.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path, json.dumps(keep, sort_keys=True).encode())
        self.dirty = False


def manifest_path(cache: Path, key: str) -> Path:
    return cache / f"{key}.json"


def load_verified(cache: Path, key: str) -> ImageSet | None:
    """The cached ImageSet for `key`, only if every file it lists exists with its size."""
    try:
        s = ImageSet.from_dict(json.loads(manifest_path(cache, key).read_text("utf-8")))
    except (OSError, ValueError, TypeError, KeyError):
        return None
    for d in s.derivatives:
        try:
            if os.stat(cache / d.name).st_size != d.bytes or d.bytes == 0:
                return None
        except OSError:
            return None
    return s


def save_set(cache: Path, s: ImageSet, files: dict[str, bytes]) -> None:
    """Write the derivative files, then the manifest (last, so it never points at missing files)."""
    cache.mkdir(parents=True, exist_ok=True)
    for name, data in sorted(files.items()):
        atomic_write(cache / name, data)
    atomic_write(manifest_path(cache, s.key), s.to_json().encode())


def gc(cache: Path, keep: set[str]) -> tuple[int, int]:
    """Delete cached files of keys not in `keep` and stale temporary files: (files, bytes) removed."""
    n = size = 0
    if not cache.is_dir():
        return 0, 0
    for p in cache.iterdir():
        if p.name == MEMO or not p.is_file():
            continue
        key = p.name.split("-")[0].split(".")[0]
        stale_tmp = p.name.startswith(".tmp-") and time.time() - p.stat().st_mtime > 3600
        if stale_tmp or (not p.name.startswith(".") and key not in keep):
            size += p.stat().st_size
            p.unlink()
            n += 1
    return n, size
