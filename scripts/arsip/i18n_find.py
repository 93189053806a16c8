"""Interface words of the finding aids (catalogue filters, timeline, related, contact).

Kept apart from i18n.STRINGS so that parallel work on other pages does not collide;
`t` looks here first and falls back to the shared table.
"""

from __future__ import annotations

from . import i18n

STRINGS = {
    "page_n": ("halaman {n}", "page {n}"),
    "pages": ("Halaman katalog", "Catalogue pages"),
    "prev": ("Sebelumnya", "Previous"),
    "next": ("Berikutnya", "Next"),
    "filter": ("Saring motif", "Filter motifs"),
    "filter_hint": (
        "Pilih satu atau lebih nilai. Motif harus cocok dengan semua kelompok yang dipilih.",
        "Choose one or more values. Motifs must match every group you choose from.",
    ),
    "clear": ("Hapus saringan", "Clear filters"),
    "more": ("Tampilkan lebih banyak", "Show more"),
    "shown": ("{n} motif", "{n} motifs"),
    "shown_of": ("{n} dari {total} motif", "{n} of {total} motifs"),
    "none": ("Tidak ada motif yang cocok. Coba hapus salah satu saringan.",
             "No motif matches. Try removing one of the filters."),
    "name_has": ("Nama memuat", "Name contains"),
    "copy_link": ("Salin tautan saringan ini", "Copy a link to these filters"),
    "copied": ("Tautan disalin", "Link copied"),
    "timeline": ("Linimasa motif", "Motif timeline"),
    "timeline_intro": (
        "Motif menurut tahun dibuat, tahun ditetapkan sebagai motif resmi, dan tahun didaftarkan sebagai kekayaan intelektual.",
        "Motifs by the year they were created, made official and registered as intellectual property.",
    ),
    "ev_created": ("dibuat", "created"),
    "ev_official": ("ditetapkan sebagai motif resmi", "made an official motif"),
    "ev_registered": ("didaftarkan HKI", "registered as intellectual property"),
    "no_year": ("Tahun belum diketahui", "Year not yet known"),
    "no_year_note": (
        "Motif berikut belum punya tahun yang tercatat.",
        "These motifs have no recorded year yet.",
    ),
    "see_in_catalogue": ("Lihat di katalog", "See in the catalogue"),
    "district_motifs": ("Motif dari kecamatan ini", "Motifs from this district"),
    "ask_whatsapp": ("Tanya motif {motif} lewat WhatsApp", "Ask about {motif} on WhatsApp"),
    "order_from": ("Pesan atau tanya", "Order or ask"),
    "techniques_used": ("Teknik", "Techniques"),
    "all_by_maker": ("Semua motif pembuat ini di katalog", "All this maker's motifs in the catalogue"),
    "whatsapp_maker_msg": (
        "Halo {maker}, saya melihat batik Anda di Arsip Batik Bojonegoro. Apakah kainnya tersedia?",
        "Hello {maker}, I saw your batik in the Bojonegoro Batik Archive. Is the cloth available?",
    ),
    "glossary_see": ("Baca di glosarium", "Read in the glossary"),
}


def t(key: str, lang: str, **kw) -> str:
    pair = STRINGS.get(key)
    if pair is None:
        return i18n.t(key, lang, **kw)
    s = pair[0] if lang == "id" else pair[1]
    return s.format(**kw) if kw else s


def table(lang: str, keys: list[str]) -> dict[str, str]:
    """Several strings at once, for a page's script (as JSON in a data attribute)."""
    return {k: t(k, lang) for k in keys}
