"""Archives for tests and benchmarks: a private copy of the sample, or N made-up motifs.

Synthetic archives are used to prove that output grows linearly (a motif page has the same size at 14 and at
1,000 motifs) and to measure build time and search cost at scale.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import yaml
from PIL import Image, ImageDraw

from arsip.core.paths import Archive

ROOT = Path(__file__).resolve().parents[2]  # the repository

THEMES = ["flora", "fauna", "landscape", "agriculture", "industry", "legend"]
TECHS = ["tulis", "cap", "kombinasi", "printing", "eco-print", "jumputan"]
OBJECTS = [("jati", "teak"), ("padi", "rice"), ("jagung", "corn"), ("tembakau", "tobacco"),
           ("burung", "bird"), ("sapi", "cow"), ("api", "fire"), ("wayang", "puppet")]
WORDS = "kain motif garis titik daun bunga sungai sawah hutan kampung pasar rumah".split()


def sample_image(path: Path, seed: int, size=(1200, 900)) -> None:
    rnd = random.Random(seed)
    im = Image.new("RGB", size, (240, 225, 200))
    d = ImageDraw.Draw(im)
    for _ in range(60):
        x, y = rnd.randrange(size[0]), rnd.randrange(size[1])
        r = rnd.randrange(20, 90)
        d.ellipse((x - r, y - r, x + r, y + r), fill=(rnd.randrange(60, 200), rnd.randrange(30, 120), rnd.randrange(10, 80)))
    im.save(path, "JPEG", quality=85)


def motif(i: int, n_makers: int) -> dict:
    rnd = random.Random(i)
    obj = OBJECTS[i % len(OBJECTS)]
    text = " ".join(rnd.choice(WORDS) for _ in range(40))
    return {
        "id": f"motif-sintetis-{i:04d}",
        "name": f"Motif Sintetis {i:04d}",
        "status": {"kind": "community"},
        "themes": [THEMES[i % len(THEMES)]],
        "depicts": [{"object": {"id": obj[0], "en": obj[1]}, "stands_for": {"id": text[:80]}}],
        "meaning": {"id": f"Makna motif {obj[0]}: {text}", "en": f"Meaning of the {obj[1]} motif."},
        "local_wisdom": {"id": text},
        "story": {"id": text, "en": text},
        "techniques": [TECHS[i % len(TECHS)]],
        "year": 2010 + i % 15,
        "makers": [f"pembuat-sintetis-{i % n_makers:03d}"] if n_makers else [],
        "related": [],
        "images": [{"file": "gambar.jpg", "kind": "illustration", "alt": {"id": f"Gambar motif {i}"},
                    "credit": "Uji", "licence": "CC0-1.0"}],
        "rights": {"text_licence": "CC0-1.0"},
        "sources": [{"id": SYNTHETIC_SOURCE}],
        "consent": {"given": True, "by": "Uji", "date": "2026-11-28"},
        "added": "2026-11-28",
    }


SYNTHETIC_SOURCE = "data-uji-sintetis"


def _register_synthetic_source(src_root: Path, dest: Path) -> None:
    """The one source every synthetic record cites, added to the copied registry (or a new one)."""
    reg = dest / "data" / "sources.yml"
    if not reg.exists() and (src_root / "data" / "sources.yml").exists():
        shutil.copy(src_root / "data" / "sources.yml", reg)
    text = reg.read_text("utf-8") if reg.exists() else "sources:\n"
    if f"id: {SYNTHETIC_SOURCE}\n" not in text:
        text += (f"  - id: {SYNTHETIC_SOURCE}\n    title: Data uji sintetis\n    publisher: Data uji\n"
                 '    date: "2026-11-28"\n    kind: book\n')
    reg.write_text(text, "utf-8")


def make_archive(src_root: Path, dest: Path, n: int, *, n_makers: int = 20, keep_real: bool = False) -> Path:
    """Copy the archive's config and pages to `dest` and add `n` synthetic motifs."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "mkdocs.en.yml"):
        shutil.copy(src_root / name, dest / name)
    shutil.copytree(src_root / "docs", dest / "docs", dirs_exist_ok=True)
    (dest / "data" / "makers").mkdir(parents=True, exist_ok=True)
    if (src_root / "data" / "peta").is_dir():  # the boundary data: the map and the place names
        shutil.copytree(src_root / "data" / "peta", dest / "data" / "peta", dirs_exist_ok=True)
    if (src_root / "data" / "arsip.yml").is_file():  # the archive's identity (name, region, tradition)
        shutil.copy(src_root / "data" / "arsip.yml", dest / "data" / "arsip.yml")
    if keep_real:
        shutil.copytree(src_root / "motifs", dest / "motifs", dirs_exist_ok=True)
        shutil.copytree(src_root / "data", dest / "data", dirs_exist_ok=True)
    elif (src_root / "data" / "glossary.yml").exists():
        shutil.copy(src_root / "data" / "glossary.yml", dest / "data" / "glossary.yml")
    for k in range(n_makers):
        (dest / "data" / "makers" / f"pembuat-sintetis-{k:03d}.yml").write_text(yaml.safe_dump({
            "id": f"pembuat-sintetis-{k:03d}", "name": f"Pembuat Sintetis {k:03d}", "kind": "artisan",
            "district": "Kapas", "about": {"id": "Pembuat untuk uji."}, "contact": {"opt_in": False},
            "sources": [{"id": SYNTHETIC_SOURCE}], "added": "2026-11-28",
            "consent": {"state": "given", "by": f"Pembuat Sintetis {k:03d}", "date": "2026-11-28",
                        "how": {"id": "Data uji", "en": "Test data"}},
        }, allow_unicode=True))
    _register_synthetic_source(src_root, dest)
    img_dir = dest / ".synthetic-images"
    img_dir.mkdir(exist_ok=True)
    pool = []
    for k in range(4):
        p = img_dir / f"g{k}.jpg"
        if not p.exists():
            sample_image(p, k)
        pool.append(p)
    for i in range(n):
        m = motif(i, n_makers)
        folder = dest / "motifs" / m["id"]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "motif.yml").write_text(yaml.safe_dump(m, allow_unicode=True, sort_keys=False))
        shutil.copy(pool[i % len(pool)], folder / "gambar.jpg")
    return dest


CONTRIBUTED = "motif-kiriman-uji"  # the made-up motif of a contributor's pull request (tests and benchmarks only)


def add_contribution(root: Path, photos: int = 3, megapixels: int = 12) -> Path:
    """Add one new made-up motif with `photos` phone photos (corpus.phone_photo, 12 MP, Orientation 6, GPS),
    as a contributor's pull request does. -> the motif's folder."""
    from tools import corpus

    _register_synthetic_source(root, root)
    m = {**motif(7, 0), "id": CONTRIBUTED, "name": "Motif Kiriman Uji"}
    m["images"] = [{"file": f"foto-{k + 1}.jpg", "kind": "cloth" if k == 0 else "detail",
                    "alt": {"id": f"Foto kain uji {k + 1}"}, "credit": "Uji", "licence": "CC0-1.0"}
                   for k in range(photos)]
    folder = root / "motifs" / CONTRIBUTED
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(photos):
        corpus.phone_photo(folder / f"foto-{k + 1}.jpg", 500 + k, megapixels)
    (folder / "motif.yml").write_text(yaml.safe_dump(m, allow_unicode=True, sort_keys=False), "utf-8")
    return folder


def copy_archive(dest: Path) -> Archive:
    """A private copy of the repository's archive (records, config, pages)."""
    for name in ("motifs", "data", "docs"):
        shutil.copytree(ROOT / name, dest / name, symlinks=True)
    for name in ("mkdocs.yml", "mkdocs.en.yml"):
        shutil.copy(ROOT / name, dest / name)
    cache = ROOT / ".cache"
    if cache.is_dir():  # reuse image derivatives across test runs; they are content-addressed
        (dest / ".cache").symlink_to(cache, target_is_directory=True)
    return Archive.here(dest)
