"""The official kecamatan and desa of the archive's region, read from the boundary data, and their spellings.

Makers write where they work (`village`, `district`) and motifs where their subject is
(`places`); the map, the kecamatan pages and the catalogue's kecamatan filter must agree
on one name for each place. The names come from `data/peta/` (BPS 2020 geometry with the
Kemendagri 2025 codes and spellings, see its README). A name is matched on a key of its
letters only ("Wotan Ngare" = "Wotanngare", "Kepoh Baru" = "Kepohbaru"); spellings that
differ by more than that are listed in ALIASES, each with the source that justifies it.
An unknown name gets "did you mean …?" suggestions (difflib), never a silent guess.
"""

from __future__ import annotations

import difflib
import json
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..core import identity

FOLDER = ("data", "peta")  # inside an archive
# The two files' names are the archive's (data/arsip.yml `boundaries`, core/identity.py).
MANIFEST_FILE = "manifest.json"
LICENCE = "CC-BY-3.0-IGO"
LICENCE_URL = "https://creativecommons.org/licenses/by/3.0/igo/"
LICENCE_TITLE = "Creative Commons Attribution 3.0 IGO (boundary data: BPS 2020 via OCHA/HDX cod-ab-idn)"
# The attribution the licence asks for, next to every map and in the data download (data/peta/README.md).
# {archive} / {region}: the archive's identity (core/identity.fill), filled by attribution().
_ATTRIBUTION = {
    "id": "Batas wilayah: BPS (Badan Pusat Statistik) 2020, via OCHA/HDX \u201cIndonesia \u2013 Subnational "
          "Administrative Boundaries\u201d (cod-ab-idn), CC BY-IGO 3.0; diolah (dissolve, penyederhanaan) untuk "
          "{archive}. Kode wilayah: Kepmendagri No 300.2.2-2430/2025 (via cahyadsn/wilayah, MIT).",
    "en": "Boundaries: Statistics Indonesia (BPS) 2020, via OCHA/HDX cod-ab-idn, CC BY-IGO 3.0; dissolved and "
          "simplified for the Batik {region} archive. Codes: Kepmendagri 300.2.2-2430/2025.",
}


def attribution(lang: str) -> str:
    """The attribution the boundary licence asks for, naming this archive."""
    return identity.fill(_ATTRIBUTION[lang], lang)
HDX_URL = "https://data.humdata.org/dataset/cod-ab-idn"

# Spellings that the letters-only key does not join, each with its justification.
# Kecamatan: BPS spells two differently from Kemendagri (data/peta/manifest.json).
KECAMATAN_ALIASES = {"sumberejo": "Sumberrejo"}
# Desa, per kecamatan: the BPS spellings paired with Kemendagri's (manifest.json,
# spelling_variants_bps_to_kemendagri, read at load time), plus these:
DESA_ALIASES = {
    # "Desa Dolokgede (also spelled Dologgede)": research/motif-facts.md §3 and the sources of
    # data/makers/sekar-rinambat.yml (dinkominfo-2586-sekar-rinambat, suarabanyuurip-pepc-dolokgede).
    ("Tambakrejo", "dologgede"): "Dolokgede",
}


def key(name: str) -> str:
    """Letters only, lower case, accents dropped: the key two spellings of one place share."""
    s = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    return "".join(ch for ch in s if ch.isalpha())


Ring = tuple[tuple[float, float], ...]  # (lon, lat), closed


@dataclass(frozen=True)
class Area:
    """A kecamatan or a desa polygon with its label point (an interior point far from the edges)."""

    name: str  # Kemendagri spelling
    slug: str
    code: str | None  # Kemendagri code (35.22.xx or 35.22.xx.xxxx); None for forest and water
    code_bps: str
    kind: str  # kecamatan | desa | kelurahan | hutan | perairan
    kecamatan: str | None  # for desa: the kecamatan's name
    label: tuple[float, float]  # (lon, lat)
    polygons: tuple[tuple[Ring, ...], ...]  # MultiPolygon: polygons of rings (exterior first)
    n_desa: int = 0
    n_kelurahan: int = 0


@dataclass
class Places:
    """Every kecamatan (by name, in alphabetical order) and every desa polygon."""

    kecamatan: dict[str, Area] = field(default_factory=dict)
    areas: list[Area] = field(default_factory=list)  # desa, kelurahan, hutan and perairan polygons
    desa_aliases: dict[tuple[str, str], str] = field(default_factory=dict)
    attribution: str = ""

    def __bool__(self) -> bool:
        return bool(self.kecamatan)

    def villages(self, kec: str | None = None) -> list[Area]:
        """Desa and kelurahan (never the forest or water polygons), of one kecamatan or all."""
        return [a for a in self.areas if a.kind in ("desa", "kelurahan") and (kec is None or a.kecamatan == kec)]

    def water(self) -> list[Area]:
        return [a for a in self.areas if a.kind == "perairan"]

    def find_kecamatan(self, name: str) -> Area | None:
        k = key(name)
        for kec in self.kecamatan.values():
            if key(kec.name) == k:
                return kec
        alias = KECAMATAN_ALIASES.get(k)
        return self.kecamatan.get(alias) if alias else None

    def find_desa(self, kecamatan: str, name: str) -> Area | None:
        """The desa or kelurahan `name` in the kecamatan (official name) `kecamatan`."""
        k = key(name)
        here = self.villages(kecamatan)
        official = self.desa_aliases.get((kecamatan, k))
        return (next((a for a in here if key(a.name) == k), None)
                or next((a for a in here if official and a.name == official), None))

    def suggest_kecamatan(self, name: str) -> list[str]:
        return _suggest(name, list(self.kecamatan))

    def suggest_desa(self, kecamatan: str | None, name: str) -> list[str]:
        """Close names in the kecamatan, or (none there) anywhere, with their kecamatan."""
        if kecamatan:
            near = _suggest(name, [a.name for a in self.villages(kecamatan)])
            if near:
                return near
        every = {a.name: a.kecamatan for a in self.villages()}
        return [f"{n} (Kec. {every[n]})" for n in _suggest(name, list(every))]

    def kecamatan_of(self, desa_name: str) -> list[str]:
        """Kecamatan that have a desa of this name (a desa written under the wrong kecamatan)."""
        k = key(desa_name)
        return sorted({a.kecamatan for a in self.villages() if key(a.name) == k})


def _suggest(name: str, choices: list[str], n: int = 3) -> list[str]:
    by_key = {}
    for c in choices:
        by_key.setdefault(key(c), c)
    return [by_key[k] for k in difflib.get_close_matches(key(name), list(by_key), n=n, cutoff=0.6)]


def _polygons(geom: dict) -> tuple:
    coords = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
    return tuple(tuple(tuple((float(x), float(y)) for x, y in ring) for ring in poly) for poly in coords)


def folder(root: Path) -> Path:
    return Path(root).joinpath(*FOLDER)


def load(root: Path) -> Places:
    """The places of the archive at `root` (empty when it has no boundary data)."""
    d = folder(root)
    files = [d / identity.boundary_file("kecamatan"), d / identity.boundary_file("desa")]
    if not all(f.is_file() for f in files):
        return Places()
    return _load(str(d), tuple(f.name for f in files), tuple(f.stat().st_mtime_ns for f in files))


@lru_cache(maxsize=4)
def _load(d: str, names: tuple, _stamp: tuple) -> Places:
    base = Path(d)
    kec = json.loads((base / names[0]).read_text("utf-8"))
    des = json.loads((base / names[1]).read_text("utf-8"))
    out = Places(attribution=kec.get("attribution", ""))
    for f in sorted(kec["features"], key=lambda f: f["properties"]["nama"]):
        p = f["properties"]
        out.kecamatan[p["nama"]] = Area(
            name=p["nama"], slug=p["slug"], code=p["kode_kemendagri"], code_bps=p["kode_bps"], kind="kecamatan",
            kecamatan=None, label=(p["label_lon"], p["label_lat"]), polygons=_polygons(f["geometry"]),
            n_desa=p.get("jumlah_desa", 0), n_kelurahan=p.get("jumlah_kelurahan", 0))
    by_bps = {a.code_bps: a.name for a in out.kecamatan.values()}
    for f in sorted(des["features"], key=lambda f: f["properties"]["kode_bps"]):
        p = f["properties"]
        kname = by_bps.get(p.get("kode_kec_bps"))
        out.areas.append(Area(
            name=p["nama"], slug=key(p["nama"]), code=p.get("kode_kemendagri"), code_bps=p["kode_bps"],
            kind=p["jenis"], kecamatan=kname, label=(p["label_lon"], p["label_lat"]),
            polygons=_polygons(f["geometry"])))
    manifest = base / MANIFEST_FILE
    if manifest.is_file():
        for v in json.loads(manifest.read_text("utf-8")).get("checks", {}).get("spelling_variants_bps_to_kemendagri", []):
            out.desa_aliases[(v["kecamatan"], key(v["bps"]))] = v["kemendagri"]
    out.desa_aliases.update(DESA_ALIASES)
    return out


def canonicalise(places: Places, makers: dict[str, dict]) -> None:
    """Published makers carry the official spelling of their kecamatan and desa (a variant is
    only warned about by the check), so pages, the catalogue's kecamatan filter, the map and
    the open data all say one name for one place."""
    if not places:
        return
    for mk in makers.values():
        kec = places.find_kecamatan(mk["district"]) if mk.get("district") else None
        if not kec:
            continue
        mk["district"] = kec.name
        desa = places.find_desa(kec.name, mk["village"]) if mk.get("village") else None
        if desa:
            mk["village"] = desa.name


def inside(rings, x: float, y: float) -> bool:
    """Even-odd rule over rings of (x, y) points: holes and exclaves count right."""
    hit = False
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
            if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
                hit = not hit
    return hit


def contains(area: Area, lon: float, lat: float) -> bool:
    """Whether the point lies in the area (for tests and checks on markers)."""
    return inside([list(r) for poly in area.polygons for r in poly], lon, lat)
