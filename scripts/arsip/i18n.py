"""Interface words of the generated pages, Indonesian first.

Field labels are NOT here: they come from the schema (one source of truth).
"""

from __future__ import annotations

STRINGS = {
    "catalogue": ("Katalog motif", "Motif catalogue"),
    "catalogue_intro": (
        "Semua motif batik Bojonegoro di arsip ini. Ketuk gambar untuk membaca ceritanya.",
        "Every Bojonegoro batik motif in this archive. Tap a picture to read its story.",
    ),
    "makers": ("Pembuat batik", "Batik makers"),
    "makers_intro": (
        "Perajin, kelompok dan usaha batik yang membuat motif di arsip ini. Kontak hanya ditampilkan bila pembuatnya setuju.",
        "Artisans, groups and batik businesses who make the motifs in this archive. Contact details appear only when the maker agreed.",
    ),
    "also_written": ("Juga ditulis", "Also written"),
    "untranslated": (
        "Belum diterjemahkan.",
        "Not yet translated: shown in Indonesian.",
    ),
    "depicted": ("Benda yang digambarkan", "What it depicts"),
    "details": ("Data motif", "Motif details"),
    "makers_of": ("Pembuat motif ini", "Who makes this motif"),
    "no_makers": (
        "Belum ada pembuat yang tercatat untuk motif ini.",
        "No maker is recorded for this motif yet.",
    ),
    "related": ("Motif terkait", "Related motifs"),
    "rights": ("Hak dan lisensi", "Rights and licences"),
    "sources": ("Sumber", "Sources"),
    "confidence": ("keyakinan", "confidence"),
    "image_of": ("Gambar", "Image"),
    "illustration_note": (
        "Ilustrasi buatan proyek, bukan foto kain asli.",
        "An illustration made by the project, not a photo of real cloth.",
    ),
    "licence": ("Lisensi", "Licence"),
    "credit": ("Oleh", "By"),
    "text_licence": ("Teks halaman ini", "Text of this page"),
    "design_holder": ("Pemegang hak desain", "Design rights holder"),
    "unknown": ("belum diketahui", "not yet known"),
    "motifs_made": ("Motif yang dibuat", "Motifs they make"),
    "location": ("Lokasi", "Location"),
    "district": ("Kecamatan", "District"),
    "village": ("Desa", "Village"),
    "contact": ("Kontak dan toko", "Contact and shops"),
    "contact_hidden": (
        "Pembuat ini belum memberi izin untuk menampilkan kontak. Hubungi Dekranasda Bojonegoro untuk informasi pembelian.",
        "This maker has not agreed to show contact details. Ask Dekranasda Bojonegoro about buying.",
    ),
    "whatsapp_msg": (
        "Halo, saya melihat motif {motif} di Arsip Batik Bojonegoro. Apakah kainnya tersedia?",
        "Hello, I saw the {motif} motif in the Bojonegoro Batik Archive. Is the cloth available?",
    ),
    "glossary": ("Glosarium", "Glossary"),
    "glossary_intro": (
        "Istilah batik yang sering muncul di arsip ini, dijelaskan dengan bahasa sederhana.",
        "Batik terms used in this archive, explained simply.",
    ),
    "fields": ("Isian catatan motif", "Fields of a motif record"),
    "fields_intro": (
        "Daftar ini dibuat otomatis dari skema motif, jadi selalu sama dengan aturan yang dipakai pemeriksa 'arsip check'.",
        "This list is generated from the motif schema, so it always matches the rules 'arsip check' applies.",
    ),
    "maker_fields": ("Isian catatan pembuat", "Fields of a maker record"),
    "field": ("Isian", "Field"),
    "required": ("wajib", "required"),
    "optional": ("boleh kosong", "optional"),
    "meaning_desc": ("Arti", "Meaning"),
    "allowed": ("Pilihan", "Choices"),
    "example": ("Contoh", "Example"),
    "n_motifs": ("{n} motif", "{n} motifs"),
    "since": ("Sejak", "Since"),
    "people": ("Orang", "People"),
    "see_motif": ("Baca cerita motif", "Read the motif's story"),
}


def t(key: str, lang: str, **kw) -> str:
    pair = STRINGS[key]
    s = pair[0] if lang == "id" else pair[1]
    return s.format(**kw) if kw else s
