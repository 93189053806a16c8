"""Check contributed image files before they are merged: readable, big enough, no GPS.

Why here and not only in the image pipeline: a photo's GPS position is stripped from the
published derivatives, but the original stays in git history forever once merged, and a
broken or tiny photo should be caught on the pull request, not at build time. This is a
minimal check with Pillow; it only reads files and never writes.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError

MIN_LONG_EDGE = 800  # px: a phone photo is far larger; smaller looks blurred on the motif page
MAX_BYTES = 25 * 1024 * 1024  # a phone photo is 2-8 MB; larger files are usually not photos
MAX_PIXELS = 60_000_000  # about 9000 x 6600; larger would exhaust memory when resized
FORMATS = {"JPEG", "PNG", "WEBP", "MPO"}  # MPO: some phones' JPEGs (multi-picture)
GPS_IFD = 0x8825


@dataclass
class Finding:
    code: str
    severity: str
    id: str
    en: str


def inspect(path: Path) -> list[Finding]:
    """Problems with one image file (empty list when it is fine)."""
    out: list[Finding] = []
    try:
        size = path.stat().st_size
    except OSError:
        return [Finding("image.unreadable", "error", "Berkas gambar tidak bisa dibaca.", "The image file cannot be read.")]
    if size == 0:
        return [Finding("image.corrupt", "error", "Berkas gambar kosong (0 bita). Unggah ulang fotonya.",
                        "The image file is empty (0 bytes). Upload the photo again.")]
    if size > MAX_BYTES:
        return [Finding("image.too-big", "error",
                        f"Berkas gambar terlalu besar ({size // (1024 * 1024)} MB; paling besar {MAX_BYTES // (1024 * 1024)} MB). "
                        "Kirim ulang foto dengan ukuran biasa dari kamera ponsel.",
                        f"The image file is too large ({size // (1024 * 1024)} MB; at most {MAX_BYTES // (1024 * 1024)} MB). "
                        "Send the photo again at the phone camera's normal size.")]
    corrupt = Finding("image.corrupt", "error",
                      "Berkas ini bukan gambar yang bisa dibuka, atau rusak/terpotong saat diunggah. "
                      "Unggah ulang foto aslinya (JPG atau PNG).",
                      "This file is not an image that can be opened, or it was damaged/cut off while uploading. "
                      "Upload the original photo again (JPG or PNG).")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as im:
                fmt, (w, h) = im.format, im.size
                if w * h > MAX_PIXELS:
                    return [Finding("image.too-big", "error",
                                    f"Gambar terlalu besar ({w}x{h} piksel). Perkecil menjadi paling banyak 6000 piksel di sisi terpanjang.",
                                    f"The image is too large ({w}x{h} pixels). Resize it to at most 6000 pixels on the long side.")]
                im.verify()
            with Image.open(path) as im:
                exif = im.getexif()
                gps = exif.get_ifd(GPS_IFD) if exif else {}
                if fmt in ("JPEG", "MPO"):
                    im.draft("RGB", (max(1, w // 8), max(1, h // 8)))  # decode small: finds truncation cheaply
                im.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return [Finding("image.too-big", "error",
                        "Gambar terlalu besar untuk diolah. Perkecil menjadi paling banyak 6000 piksel di sisi terpanjang.",
                        "The image is too large to process. Resize it to at most 6000 pixels on the long side.")]
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError, TypeError, IndexError, KeyError):
        return [corrupt]
    if fmt not in FORMATS:
        out.append(Finding("image.format", "error",
                           f"Jenis gambar {fmt} tidak didukung. Simpan ulang sebagai JPG atau PNG.",
                           f"Image type {fmt} is not supported. Save it again as JPG or PNG."))
    long_edge = max(w, h)
    if long_edge < MIN_LONG_EDGE:
        out.append(Finding("image.small", "error",
                           f"Gambar terlalu kecil ({w}x{h} piksel; sisi terpanjang minimal {MIN_LONG_EDGE} piksel). "
                           "Kirim foto asli dari kamera, bukan tangkapan layar atau foto dari WhatsApp.",
                           f"The image is too small ({w}x{h} pixels; the long side must be at least {MIN_LONG_EDGE} pixels). "
                           "Send the original camera photo, not a screenshot or a photo forwarded through WhatsApp."))
    if gps:
        out.append(Finding("image.gps", "warning",
                           "Foto ini menyimpan lokasi GPS (tempat foto diambil, sering kali rumah pembuat). Situs menghapusnya, "
                           "tetapi berkas asli tetap tersimpan di riwayat arsip. Sebaiknya hapus lokasinya lalu unggah ulang "
                           "(lihat Kontribusi > Foto).",
                           "This photo stores a GPS location (where it was taken, often the maker's home). The site strips it, "
                           "but the original file stays in the archive's history. Better remove the location and upload again "
                           "(see Contribute > Photos)."))
    return out


def check_images(arc, col) -> None:
    """Add image problems for every image file a valid motif lists."""
    import hashlib
    from dataclasses import astuple

    from .images.originals import Memo  # results kept per unchanged file: warm builds decode nothing

    version = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]
    memo = Memo(arc, "imagecheck", version, lambda p: [astuple(f) for f in inspect(p)])
    for m in col.motifs:
        folder = col.folders[m["id"]]
        rel = arc.rel(folder / "motif.yml")
        loaded = col.lines.get(rel)
        for i, img in enumerate(m.get("images", [])):
            path = folder / img["file"]
            # Links, escapes and missing files are reported by checks.check_references.
            if path.is_symlink() or not path.is_file() or not path.resolve().is_relative_to(folder.resolve()):
                continue
            for f in map(lambda t: Finding(*t), memo(path)):
                col.problems.add(rel, f"images[{i}].file", f"{img['file']}: {f.id}", f"{img['file']}: {f.en}",
                                 line=loaded.line_of(["images", i, "file"]) if loaded else None,
                                 severity=f.severity, code=f.code)
    memo.save()
