"""Records stage: load every record safely, validate it, and run the checks between records.

The result is a `Collection` the later stages read. Nothing here writes files. Image
files are judged by the image stage (images.check_originals), which build.load() runs
right after this, so `arsip check` and `arsip build` report exactly the same problems.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..core.paths import Archive
from ..core.problems import ProblemList
from ..core.reproducible import source_date_epoch
from . import checks, schema
from .consent import granted
from . import identity as identitymod
from . import places as placesmod
from .explain import explain
from .lessons import load_lessons
from .products import build_day as products_day
from .yamlsafe import YamlProblem, load

MOTIF_FILE = "motif.yml"


@dataclass
class Collection:
    """Every valid record of an archive, sorted by id."""

    motifs: list[dict] = field(default_factory=list)
    makers: dict[str, dict] = field(default_factory=dict)
    glossary: list[dict] = field(default_factory=list)
    lessons: list[dict] = field(default_factory=list)  # lesson kits (data/lessons/*.yml), sorted by id
    problems: ProblemList = field(default_factory=ProblemList)
    folders: dict[str, Path] = field(default_factory=dict)  # motif id -> folder
    lines: dict[str, object] = field(default_factory=dict)  # file -> Loaded, for line numbers
    # Ids of records that exist but have errors: references to them are not reported again.
    broken: set[str] = field(default_factory=set)
    # The source registry (data/sources.yml): id -> entry, and the entries in file order.
    sources: dict[str, dict] = field(default_factory=dict)
    source_list: list[dict] = field(default_factory=list)
    sources_broken: bool = False  # the registry has errors of its own
    # Every valid maker record as written (any consent state); `makers` holds what may be published.
    maker_records: dict[str, dict] = field(default_factory=dict)
    withdrawn: set[str] = field(default_factory=set)  # makers who withdrew their consent
    glossary_raw: list[dict] = field(default_factory=list)  # terms in file order (for line numbers)
    lessons_raw: list[dict] = field(default_factory=list)  # every schema-valid kit, in file order
    places: placesmod.Places = field(default_factory=placesmod.Places)  # official kecamatan and desa (data/peta/)
    identity: dict = field(default_factory=dict)  # data/arsip.yml: name, region, tradition (records/identity.py)
    today: date | None = None  # issue 19 storefront: the build date (core/reproducible), for price freshness

    def motif(self, mid: str) -> dict | None:
        return next((m for m in self.motifs if m["id"] == mid), None)

    def motifs_by_maker(self, maker_id: str) -> list[dict]:
        return [m for m in self.motifs if maker_id in m.get("makers", [])]

    def published_sources(self) -> list[dict]:
        """Registry entries cited by what the site shows (motifs, makers who gave consent,
        glossary, lesson kits), in registry order: a source only a withdrawn or pending
        maker cites is not published."""
        ids = set()
        for rec in self.motifs + list(self.makers.values()) + self.glossary + self.lessons:
            ids.update(s["id"] for s in rec.get("sources", []) + rec.get("readings", []))
            ids.update(c["source"]["id"] for c in rec.get("capaian", []) if c.get("source"))
            ids.update(p["source"]["id"] for p in rec.get("places", []))  # motif places (map, issue 20)
            reg = (rec.get("status") or {}).get("registration") or {}
            if reg.get("source"):
                ids.add(reg["source"]["id"])
        return [s for s in self.source_list if s["id"] in ids and self.sources.get(s["id"]) is s]


def _load_validated(arc: Archive, path: Path, kind: str, col: Collection):
    rel = arc.rel(path)
    try:
        loaded = load(path)
    except YamlProblem as e:
        col.problems.add(rel, "", e.id, e.en, line=e.line, code="yaml")
        return None
    col.lines[rel] = loaded
    if not isinstance(loaded.data, dict):
        col.problems.add(rel, "", "Isi berkas harus berupa kelompok isian (nama: nilai).",
                         "The file must contain fields (name: value).", line=1, code="yaml")
        return None
    errors = sorted(schema.validator(kind).iter_errors(loaded.data), key=lambda e: list(map(str, e.absolute_path)))
    for err in errors:
        fld, mid, men = explain(err, kind)
        col.problems.add(rel, fld, mid, men, line=loaded.line_of(list(err.absolute_path)), code=f"schema.{err.validator}")
    return None if errors else loaded.data


def _nfc_ok(name: str) -> bool:
    return unicodedata.normalize("NFC", name) == name and name.isascii()


# What the site may show of a maker whose consent is still pending: the public business
# name and the village (with its district), nothing about the people.
PENDING_FIELDS = ("id", "name", "kind", "village", "district", "consent", "added")


def consent_state(mk: dict) -> str:
    return (mk.get("consent") or {}).get("state", "pending")


# issue 19 storefront: what each consent scope covers in the record (records/consent.py).
SCOPED_FIELDS = {"contact": ("contact",), "products": ("products",)}


def _published(mk: dict) -> dict:
    """The record as far as its consent reaches: a maker without the `profile` use (pending,
    or given for other uses only) keeps PENDING_FIELDS; contact and products need their own."""
    if not granted(mk, "profile"):
        return {k: mk[k] for k in PENDING_FIELDS if k in mk}
    drop = {f for scope, fields in SCOPED_FIELDS.items() if not granted(mk, scope) for f in fields}
    return {k: v for k, v in mk.items() if k not in drop}


def publish_makers(col: Collection) -> None:
    """Decide, in this one place, what every later stage may publish about makers.

    A maker who withdrew consent disappears everywhere: from `makers`, and from every
    motif's `makers` list and image credits, so no page, data file, feed, search index,
    label or offline copy can name them. A pending maker keeps only PENDING_FIELDS; a maker
    who gave consent keeps only what its scopes allow (contact, products: records/consent.py)."""
    col.withdrawn = {mid for mid, mk in col.maker_records.items() if consent_state(mk) == "withdrawn"}
    col.makers = {mid: _published(mk) for mid, mk in col.maker_records.items() if mid not in col.withdrawn}
    for m in col.motifs:
        if m.get("makers"):
            m["makers"] = [x for x in m["makers"] if x not in col.withdrawn]
        for im in m.get("images", []):
            if im.get("maker") in col.withdrawn:
                del im["maker"]


def _load_sources(arc: Archive, col: Collection) -> None:
    if not arc.sources.is_file():
        return
    data = _load_validated(arc, arc.sources, "sources", col)
    if data is None:
        col.sources_broken = True
        return
    col.source_list = data["sources"]
    for src in data["sources"]:
        col.sources.setdefault(src["id"], src)


def load_collection(arc: Archive) -> Collection:
    col = Collection()
    col.identity = identitymod.load(arc, col, _load_validated)  # first: it names the boundary files
    col.places = placesmod.load(arc.root)
    identitymod.identity.use(col.identity, kecamatan=len(col.places.kecamatan))
    _load_sources(arc, col)
    # Makers first, so motifs can be checked against them.
    if arc.makers.is_dir():
        for path in sorted(arc.makers.glob("*.yml")):
            if path.is_symlink():
                continue  # refused with a message by checks.files; never read what it points to
            data = _load_validated(arc, path, "maker", col)
            if data is None:
                col.broken.add(f"maker:{path.stem}")
                continue
            if data["id"] != path.stem:
                taken = (arc.makers / f"{data['id']}.yml").is_file()
                col.problems.add(arc.rel(path), "id", f"Kode '{data['id']}' harus sama dengan nama berkas '{path.stem}'."
                                 + (f" Kode itu sudah dipakai pembuat lain (data/makers/{data['id']}.yml)." if taken else ""),
                                 f"Id '{data['id']}' must match the file name '{path.stem}'."
                                 + (f" That id is already used by another maker (data/makers/{data['id']}.yml)." if taken else ""),
                                 line=col.lines[arc.rel(path)].line_of(["id"]), code="id.mismatch")
                col.broken.add(f"maker:{path.stem}")
                continue
            col.makers[data["id"]] = data
            col.maker_records[data["id"]] = data
    if arc.motifs.is_dir():
        for folder in sorted(p for p in arc.motifs.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
            path = folder / MOTIF_FILE
            rel_folder = arc.rel(folder)
            if folder.is_symlink():
                col.problems.add(rel_folder, "", "Folder motif tidak boleh berupa tautan (symlink).",
                                 "A motif folder must not be a symbolic link.", code="path.symlink")
                continue
            if not _nfc_ok(folder.name):
                col.problems.add(rel_folder, "", "Nama folder hanya boleh huruf kecil a-z, angka dan tanda hubung.",
                                 "Folder names may only use lowercase a-z, digits and hyphens.", code="path.name")
                continue
            if not path.is_file():
                col.problems.add(rel_folder, "", f"Folder motif belum berisi {MOTIF_FILE}. Buat dengan 'arsip new'.",
                                 f"The motif folder has no {MOTIF_FILE}. Create one with 'arsip new'.", code="missing")
                continue
            if path.is_symlink():
                col.problems.add(arc.rel(path), "", "motif.yml tidak boleh berupa tautan (symlink).",
                                 "motif.yml must not be a symbolic link.", code="path.symlink")
                continue
            data = _load_validated(arc, path, "motif", col)
            if data is None:
                col.broken.add(f"motif:{folder.name}")
                continue
            if data["id"] != folder.name:
                taken = (arc.motifs / data["id"]).is_dir()
                col.problems.add(arc.rel(path), "id", f"Kode '{data['id']}' harus sama dengan nama folder '{folder.name}'."
                                 + (f" Kode itu sudah dipakai motif lain (motifs/{data['id']}/): pilih kode baru, lalu samakan nama foldernya." if taken else ""),
                                 f"Id '{data['id']}' must match the folder name '{folder.name}'."
                                 + (f" That id is already used by another motif (motifs/{data['id']}/): choose a new id and rename the folder to match." if taken else ""),
                                 line=col.lines[arc.rel(path)].line_of(["id"]), code="id.mismatch")
                col.broken.add(f"motif:{folder.name}")
                continue
            col.motifs.append(data)
            col.folders[data["id"]] = folder
    if arc.glossary.is_file():
        data = _load_validated(arc, arc.glossary, "glossary", col)
        if data is not None:
            col.glossary_raw = data["terms"]
            col.glossary = sorted(data["terms"], key=lambda t: t["term"].lower())
    load_lessons(arc, col, _load_validated)
    checks.run_all(arc, col)  # references, sources, registration, makers, files, hidden characters, privacy, safety
    publish_makers(col)
    col.today = products_day(source_date_epoch(arc.root, col))  # issue 19 storefront: price freshness
    placesmod.canonicalise(col.places, col.makers)  # one spelling per place (map, issue 20)
    return col
