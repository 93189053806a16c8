"""What can be wrong with a contributed image, said plainly: Indonesian first, then English.

Contributors meet these messages in `arsip check`, in CI and in `arsip build`; each one
names the file, what is wrong and how to fix it.
"""

from __future__ import annotations

from typing import NamedTuple

from . import recipe


class Finding(NamedTuple):
    id: str  # Indonesian
    en: str  # English
    severity: str  # "error" or "warning"
    code: str


class ImageError(Exception):
    """An image that cannot be published; carries its Finding."""

    def __init__(self, finding: Finding):
        super().__init__(finding.en)
        self.finding = finding


def _mp(pixels: int) -> str:
    return f"{pixels / 1e6:.0f}"


def empty(name: str) -> Finding:
    return Finding(f"Berkas '{name}' kosong (0 byte). Unggah ulang fotonya.",
                   f"'{name}' is empty (0 bytes). Upload the photo again.", "error", "image.empty")


def not_an_image(name: str) -> Finding:
    return Finding(
        f"Berkas '{name}' bukan gambar yang bisa dibaca. Simpan sebagai JPEG (atau PNG/WebP) lalu unggah ulang.",
        f"'{name}' is not a readable image. Save it as JPEG (or PNG/WebP) and upload it again.",
        "error", "image.unreadable")


def heic(name: str) -> Finding:
    return Finding(
        f"'{name}' berformat HEIC (foto iPhone) yang belum didukung. Ubah ke JPEG: di iPhone pilih "
        "Pengaturan > Kamera > Format > Paling Kompatibel, atau bagikan fotonya sebagai JPEG.",
        f"'{name}' is a HEIC photo (iPhone), which is not supported. Convert it to JPEG: on the iPhone choose "
        "Settings > Camera > Formats > Most Compatible, or share the photo as JPEG.",
        "error", "image.heic")


def wrong_format(name: str, fmt: str) -> Finding:
    return Finding(
        f"Format {fmt} pada '{name}' tidak didukung. Gunakan JPEG, PNG atau WebP.",
        f"The {fmt} format of '{name}' is not supported. Use JPEG, PNG or WebP.", "error", "image.format")


def too_many_pixels(name: str, w: int, h: int) -> Finding:
    lim = _mp(recipe.MAX_PIXELS)
    return Finding(
        f"Gambar '{name}' terlalu besar: {w}×{h} piksel ({_mp(w * h)} megapiksel), batasnya {lim} megapiksel. "
        f"Perkecil dulu, misalnya ke sisi terpanjang {recipe.ORIGINAL_LONG_EDGE} piksel, lalu unggah ulang.",
        f"'{name}' is too large: {w}×{h} pixels ({_mp(w * h)} megapixels); the limit is {lim} megapixels. "
        f"Resize it first, e.g. to {recipe.ORIGINAL_LONG_EDGE} pixels on the long edge, and upload it again.",
        "error", "image.too_large")


def too_many_bytes(name: str, size: int) -> Finding:
    mb, lim = size // (1024 * 1024), recipe.MAX_BYTES // (1024 * 1024)
    return Finding(
        f"Berkas gambar '{name}' terlalu besar ({mb} MB; paling besar {lim} MB). "
        "Kirim ulang foto dengan ukuran biasa dari kamera ponsel.",
        f"The image file '{name}' is too large ({mb} MB; at most {lim} MB). "
        "Send the photo again at the phone camera's normal size.", "error", "image.too_large")


def too_small(name: str, w: int, h: int) -> Finding:
    m = recipe.MIN_LONG_EDGE
    return Finding(
        f"Gambar '{name}' terlalu kecil: {w}×{h} piksel. Sisi terpanjang minimal {m} piksel agar detail kain "
        "terlihat. Kirim foto aslinya, bukan tangkapan layar atau foto yang sudah diperkecil (misalnya dari WhatsApp).",
        f"'{name}' is too small: {w}×{h} pixels. The long edge must be at least {m} pixels to show the cloth's "
        "detail. Send the original photo, not a screenshot or a reduced copy (e.g. from WhatsApp).",
        "error", "image.too_small")


def truncated(name: str) -> Finding:
    return Finding(
        f"Berkas gambar '{name}' terpotong (tidak lengkap); mungkin unggahannya terputus. Unggah ulang berkas aslinya.",
        f"The image file '{name}' is truncated (incomplete); the upload was probably interrupted. "
        "Upload the original file again.", "error", "image.truncated")


def corrupt(name: str, detail: str) -> Finding:
    return Finding(
        f"Berkas gambar '{name}' rusak dan tidak bisa dibuka ({detail}). Simpan ulang dari aplikasi foto lalu unggah lagi.",
        f"The image file '{name}' is damaged and cannot be decoded ({detail}). Save it again from a photo app "
        "and upload it again.", "error", "image.corrupt")


def gps(name: str) -> Finding:
    return Finding(
        f"Foto asli '{name}' masih menyimpan lokasi GPS (tempat foto diambil, bisa jadi rumah pembatik). "
        "Jalankan 'arsip normalise' sebelum commit agar lokasi dan data lain terhapus. Situs tidak pernah "
        "menampilkannya, tetapi berkas asli di repositori bisa diunduh siapa saja.",
        f"The original photo '{name}' still carries GPS coordinates (where it was taken, possibly the maker's home). "
        "Run 'arsip normalise' before committing to remove them and other metadata. The site never shows them, "
        "but originals in the repository can be downloaded by anyone.", "warning", "image.gps")
