"""The one store of interface words, Indonesian first, and the one way to pick a language.

Every word the generated pages, PDFs and scripts show to a reader lives here, so a
translator edits one file and every page uses the same phrase for the same thing.
Field labels and choice labels are NOT here: they come from the record schemas
(scripts/arsip/schemas/*.json), the one source of truth for fields.

`t(key, lang)` looks a phrase up (lang "both" gives "Indonesian / English" for printed
sheets read by both audiences); `tr(obj, lang)` and `pick(obj, lang)` choose the
language of a bilingual record value ({"id": ..., "en": ...}), falling back to
Indonesian, which every record must have.

No phrase names the archive's region or tradition: `{archive}`, `{region}`, `{region_full}`,
`{tradition}`, `{steward}`... are filled by t() from the archive's identity (data/arsip.yml,
core/identity.py), so the same words serve another region's archive.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from . import identity

LANGS = ("id", "en")



class _Identity(Mapping):
    """A bilingual phrase of the archive's identity ({"id": ..., "en": ...}), read when used:
    the values are the archive's (data/arsip.yml via core/identity.py), never written here."""

    def __init__(self, template: dict[str, str]):
        self._template = template

    def __getitem__(self, lang: str) -> str:
        return identity.fill(self._template[lang], lang)

    def __iter__(self):
        return iter(self._template)

    def __len__(self) -> int:
        return len(self._template)


ARCHIVE_NAME = _Identity({"id": "{archive}", "en": "{archive}"})
ARCHIVE_DESCRIPTION = _Identity({"id": "{description}", "en": "{description}"})
FEED_TITLE = _Identity({"id": "Motif baru di {archive}", "en": "New motifs in the {archive}"})

# key -> (Indonesian, English); `{name}` placeholders are filled by t(key, lang, name=...).
WORDS: dict[str, tuple[str, str]] = {
    # -- Pages of motifs and makers, glossary, fields reference ------------------------------------
    "catalogue": ("Katalog motif", "Motif catalogue"),
    "catalogue_intro": (
        "Semua motif batik {region} di arsip ini. Ketuk gambar untuk membaca ceritanya.",
        "Every {region} batik motif in this archive. Tap a picture to read its story.",
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
    "today_motif": ("Motif hari ini", "Today's motif"),
    "kind_lesson": ("Kit pembelajaran", "Lesson kit"),
    "kind_quiz": ("Kuis", "Quiz"),
    "rights": ("Hak dan lisensi", "Rights and licences"),
    "sources": ("Sumber", "Sources"),
    "confidence": ("keyakinan", "confidence"),
    "image_of": ("Gambar", "Image"),
    "illustration_note": (
        "Ilustrasi tafsiran Tim Arsip: bukan foto kain dan bukan rancangan asli motif ini.",
        "An illustration that is the archive team's interpretation: not a photo of cloth and not the motif's real design.",
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
        "Pembuat ini belum memberi izin untuk menampilkan kontak. Hubungi {steward} untuk informasi pembelian.",
        "This maker has not agreed to show contact details. Ask {steward} about buying.",
    ),
    "whatsapp_msg": (
        "Halo, saya melihat motif {motif} di {archive}. Apakah kainnya tersedia?",
        "Hello, I saw the {motif} motif in the {archive}. Is the cloth available?",
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
    "n_motifs": ("{n} motif", "{n} motif{s}"),
    "since": ("Sejak", "Since"),
    "people": ("Orang", "People"),
    "ip_registration": ("Pendaftaran HKI", "IP registration"),
    "according_to": ("Menurut", "According to"),
    "consent_pending_note": (
        "Pembuat ini belum memberi persetujuan untuk ditampilkan di arsip. Sampai ia setuju, arsip hanya "
        "menampilkan nama usaha dan desanya, dari sumber publik.",
        "This maker has not yet agreed to be shown in the archive. Until they agree, the archive shows only "
        "the business name and village, from public sources.",
    ),
    "consent_how": ("Bagaimana pembuat memberi atau menarik persetujuan", "How a maker gives or withdraws consent"),
    "see_motif": ("Baca cerita motif", "Read the motif's story"),
    # -- Journeys of the public and makers (issue 18): contact, where to buy, 404 ---------------
    "contact_title": ("Kontak", "Contact"),
    "steward": ("Pengelola arsip", "The archive's steward"),
    "steward_email": ("Email", "Email"),
    "steward_whatsapp": ("WhatsApp", "WhatsApp"),
    "steward_address": ("Alamat", "Address"),
    "steward_none": (
        "Pengelola arsip belum mencantumkan email atau nomor WhatsApp. Untuk bertanya, mengoreksi atau "
        "menarik kembali data, tulis pesan (issue) di repositori arsip:",
        "The archive's steward has not listed an email or WhatsApp number yet. To ask a question, correct "
        "something or withdraw your data, write a message (an issue) in the archive's repository:",
    ),
    "steward_issues": ("tulis pesan untuk pengelola (GitHub)", "write to the maintainers (GitHub)"),
    "no_makers_next": (
        "Belum ada pembuat yang tercatat untuk motif ini. Kainnya bisa dicari di sentra batik dan festival batik "
        "{region}:",
        "No maker is recorded for this motif yet. Look for the cloth at {region}'s batik centres and festivals:",
    ),
    "buy_where": ("Di mana membeli batik {tradition_short}", "Where to buy {tradition}"),
    "nf_title": ("Halaman tidak ditemukan", "Page not found"),
    "nf_text": (
        "Alamat ini tidak ada di arsip. Mungkin salah ketik, atau halamannya sudah pindah. Cari motifnya, "
        "atau mulai dari salah satu jalan masuk ini:",
        "This address is not in the archive. It may be mistyped, or the page has moved. Search for the motif, "
        "or start from one of these ways in:",
    ),
    "nf_search": ("Cari motif, benda, pembuat", "Search motifs, objects, makers"),
    "nf_go": ("Cari", "Search"),
    "lang_name": ("Bahasa Indonesia", "English"),
    "search_more": ("Tampilkan hasil lainnya ({n} dari {total} ditampilkan)", "Show more results ({n} of {total} shown)"),
    # -- Value types, in `arsip check` messages ("Field 'year' must be a whole number") ----------
    "type_string": ("teks", "text"),
    "type_integer": ("bilangan bulat", "a whole number"),
    "type_array": ("daftar (baris diawali '- ')", "a list (lines starting with '- ')"),
    "type_object": ("kelompok isian (id: ..., en: ...)", "a group of fields (id: ..., en: ...)"),
    "type_boolean": ("true atau false", "true or false"),
    "type_number": ("angka", "a number"),
    # -- Finding aids: catalogue filters, timeline, contact ----------------------------------------
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
    "shown": ("{n} motif", "{n} motif{s}"),
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
        "Halo {maker}, saya melihat batik Anda di {archive}. Apakah kainnya tersedia?",
        "Hello {maker}, I saw your batik in the {archive}. Is the cloth available?",
    ),
    "glossary_see": ("Baca di glosarium", "Read in the glossary"),
    # -- Schools: Belajar section and lesson kits --------------------------------------------------
    "learn": ("Belajar", "Learn"),
    "learn_intro": (
        "Kit pembelajaran berbentuk modul ajar Kurikulum Merdeka, lembar kerja (LKPD), lembar mewarnai, kuis dan "
        "mode proyektor untuk setiap motif. Semuanya bisa dicetak hitam-putih di kertas A4 dan dipakai tanpa internet.",
        "Lesson kits shaped like Kurikulum Merdeka teaching modules, plus a worksheet (LKPD), a colouring sheet, a "
        "quiz and a projector mode for every motif. Everything prints in black and white on A4 and works without internet.",
    ),
    "kits": ("Kit pembelajaran", "Lesson kits"),
    "filter_phase": ("Fase", "Phase"),
    "filter_subject": ("Mata pelajaran", "Subject"),
    "all": ("Semua", "All"),
    "showing": ("{n} dari {total} kit", "{n} of {total} kits"),
    "none_match": ("Tidak ada kit untuk pilihan ini. Coba fase atau mata pelajaran lain.",
        "No kit matches. Try another phase or subject."),
    "counts_phase": ("Jumlah kit per fase", "Kits per phase"),
    "counts_subject": ("Jumlah kit per mata pelajaran", "Kits per subject"),
    "per_motif": ("Untuk setiap motif", "For every motif"),
    "per_motif_text": (
        "Setiap halaman motif di katalog punya lembar kerja (LKPD) untuk Fase A–C dan D–F, lembar mewarnai, "
        "kuis dengan kunci jawaban, dan mode proyektor. Buka motif dari katalog, lalu lihat bagian \"Untuk sekolah\".",
        "Every motif page in the catalogue has a worksheet (LKPD) for phases A–C and D–F, a colouring sheet, a "
        "quiz with an answer key and a projector mode. Open a motif from the catalogue and look for \"For schools\".",
    ),
    "open_catalogue": ("Buka katalog motif", "Open the motif catalogue"),
    "booklet": ("Buku mewarnai semua motif (PDF)", "Colouring book of every motif (PDF)"),
    "offline": ("Unduh arsip luring (ZIP)", "Download the offline archive (ZIP)"),
    "offline_text": (
        "Seluruh situs dalam satu berkas ZIP untuk komputer sekolah tanpa internet: ekstrak, lalu buka index.html.",
        "The whole site in one ZIP for school computers without internet: unzip it, then open index.html.",
    ),
    "for_schools": ("Untuk sekolah", "For schools"),
    "worksheet": ("Lembar kerja (LKPD)", "Worksheet (LKPD)"),
    "worksheet_abc": ("LKPD Fase A–C (PDF)", "Worksheet, phases A–C (PDF, Indonesian)"),
    "worksheet_def": ("LKPD Fase D–F (PDF)", "Worksheet, phases D–F (PDF, Indonesian)"),
    "worksheet_page": ("LKPD siap cetak", "Print-ready worksheet"),
    "colouring": ("Lembar mewarnai (PDF)", "Colouring sheet (PDF)"),
    "quiz": ("Kuis", "Quiz"),
    "projector": ("Mode proyektor", "Projector mode"),
    "kits_with": ("Kit pembelajaran dengan motif ini", "Lesson kits with this motif"),
    "general_info": ("Informasi umum", "General information"),
    "identity": ("Identitas modul", "Module identity"),
    "identity_note": ("Diisi oleh guru.", "Filled in by the teacher."),
    "author": ("Penyusun", "Author"),
    "school": ("Satuan pendidikan", "School"),
    "year": ("Tahun pelajaran", "School year"),
    "class": ("Kelas / fase", "Class / phase"),
    "time": ("Alokasi waktu", "Time allocation"),
    "suggested": ("saran", "suggested"),
    "core": ("Komponen inti", "Core components"),
    "appendix": ("Lampiran", "Appendix"),
    "reading": ("Bahan bacaan guru dan murid", "Reading for teacher and pupils"),
    "bibliography": ("Daftar pustaka", "Bibliography"),
    "see_glossary": ("Lihat juga glosarium lengkap.", "See also the full glossary."),
    "stage": ("Tahap", "Stage"),
    "activity": ("Kegiatan", "Activity"),
    "minutes": ("Menit", "Minutes"),
    "total": ("Jumlah", "Total"),
    "jp": ("{n} JP", "{n} lesson hour{s}"),
    "criterion": ("Kriteria", "Criterion"),
    "kit_by": ("Disusun oleh {who}. Lisensi: {lic}.", "Written by {who}. Licence: {lic}."),
    "motifs_of_theme": ("Semua motif bertema {theme}", "Every motif with the theme {theme}"),
    "print": ("Cetak", "Print"),
    "back": ("Kembali ke motif", "Back to the motif"),
    # -- Quizzes -----------------------------------------------------------------------------------
    "q_object": ("Motif {name} menggambarkan benda apa?", "What object does the {name} motif show?"),
    "q_meaning": ("Kalimat mana yang menjelaskan makna motif {name}?", "Which sentence explains the meaning of {name}?"),
    "q_theme": ("Motif {name} termasuk tema apa?", "Which theme does {name} belong to?"),
    "q_set": ("Motif {name} termasuk kelompok motif yang mana?", "Which group of motifs does {name} belong to?"),
    "q_reverse": ("Motif manakah yang menggambarkan {obj}?", "Which motif shows the {obj}?"),
    "right": ("Benar!", "Correct!"),
    "wrong": ("Belum tepat. Jawaban yang benar: {answer}.", "Not quite. The right answer: {answer}."),
    "score": ("Skor: {n} dari {total}", "Score: {n} of {total}"),
    "key": ("Kunci jawaban", "Answer key"),
    "key_note": ("Untuk guru. Halaman ini tercetak terpisah dari soal.", "For the teacher. This part prints on its own page."),
    "print_quiz": ("Cetak soal", "Print the questions"),
    "print_key": ("Cetak kunci jawaban", "Print the answer key"),
    "intro": ("Pilih satu jawaban untuk setiap soal. Jawabanmu langsung diperiksa.",
        "Choose one answer for each question. Your answer is checked straight away."),
    "check": ("Periksa jawaban", "Check answers"),
    "quiz_title": ("Kuis {name}", "Quiz: {name}"),
    # -- Projector mode ----------------------------------------------------------------------------
    "projector_title": ("Proyektor: {name}", "Projector: {name}"),
    "question": ("Pertanyaan untuk kelas", "A question for the class"),
    "q1": ("Di mana kamu pernah melihat {obj} di {region}?", "Where in {region} have you seen the {obj}?"),
    "q2": ("Kalau kamu merancang motif dari benda di sekitar sekolah, benda apa yang kamu pilih? Mengapa?",
        "If you designed a motif from something near your school, what would you choose? Why?"),
    "keys": ("Tombol panah, spasi atau PageDown: layar berikutnya · Esc: kembali",
        "Arrow keys, space or PageDown: next screen · Esc: back"),
    "close": ("Tutup", "Close"),
    # -- Sharing: share and cite box, QR hang tags, Data page --------------------------------------
    "share_title": ("Bagikan dan kutip", "Share and cite"),
    "short_link": ("Alamat pendek", "Short link"),
    "qr_alt": ("Kode QR menuju halaman motif {name}", "QR code linking to the {name} motif page"),
    "qr_note": ("Pindai dengan kamera ponsel untuk membuka halaman ini.", "Scan with a phone camera to open this page."),
    "qr_png": ("Kode QR (PNG)", "QR code (PNG)"),
    "qr_svg": ("Kode QR (SVG)", "QR code (SVG)"),
    "sheet": ("Label QR untuk dicetak (PDF A4, 8 label)", "Printable QR hang tags (A4 PDF, 8 tags)"),
    "sheet_makers": ("Label dengan nama pembuat", "Tags with a maker's name"),
    "cite_title": ("Kutip motif ini", "Cite this motif"),
    "cite_help": ("Salin teks ini. Tanggal akses diisi tanggal hari ini; bila tidak, ganti [tanggal] dengan "
                  "tanggal Anda membuka halaman ini.",
        "Copy this text. The access date is filled in with today's date; if it is not, replace [date] with the "
        "day you opened this page."),
    "accessed": ("diakses pada", "accessed"),
    "today_placeholder": ("[tanggal]", "[date]"),
    "copy": ("Salin", "Copy"),
    "copied_text": ("Tersalin", "Copied"),
    "labels_title": ("Label QR", "QR hang tags"),
    "labels_intro": ("Cetak label gantung dengan kode QR yang membuka cerita motif. Setiap PDF berisi delapan label di kertas A4.",
        "Print hang tags with a QR code that opens the motif's story. Each PDF holds eight tags on A4 paper."),
    "labels_all": ("Semua motif {name} (PDF)", "All of {name}'s motifs (PDF)"),
    "labels_how": ("Cara mencetak label", "How to print the tags"),
    "label_page": ("Label QR untuk kain", "QR hang tags for cloth"),
    "label_page_desc": ("Label gantung siap cetak dengan kode QR menuju cerita motif dan nama pembuatnya.",
        "Print-ready hang tags with a QR code to the motif's story and the maker's name."),
    "label_generic": ("Label tanpa nama pembuat", "Tags without a maker's name"),
    "label_generic_note": ("Untuk setiap motif ada juga label dengan garis kosong untuk menulis nama pembuat.",
        "Every motif also has tags with a blank line to write the maker's name by hand."),
    "file": ("Berkas", "File"),
    "contents": ("Isi", "Contents"),
    "feed": ("Umpan Atom motif terbaru (untuk pembaca berita).", "Atom feed of the newest motifs (for feed readers)."),
    "sitemap": ("Peta situs untuk mesin pencari, kedua bahasa.", "Sitemap for search engines, both languages."),
    # -- Worksheets (LKPD, printed) ----------------------------------------------------------------
    "lkpd": ("LEMBAR KERJA PESERTA DIDIK (LKPD)", "PUPIL'S WORKSHEET (LKPD)"),
    "phase": ("Fase {g}", "Phase {g}"),
    "name": ("Nama", "Name"),
    "class_line": ("Kelas", "Class"),
    "date": ("Tanggal", "Date"),
    "about": ("Tentang motif ini", "About this motif"),
    "scan": ("Pindai untuk membaca cerita lengkapnya", "Scan to read the full story"),
    "questions": ("Ayo menjawab", "Your answers"),
    "archive": ("{archive}", "{archive}"),
    "thing": ("bendanya", "object"),  # English questions say "the {obj}"
    # -- Colouring sheets (printed) ----------------------------------------------------------------
    "kind": ("Lembar mewarnai", "Colouring sheet"),
    "shapes": ("Bentuk di gambar", "Shapes in the picture"),
    "colours_record": ("Warna khas motif ini (menurut sumber)", "Colours typical of this motif (from sources)"),
    "colours_picture": ("Saran warna (dari ilustrasi arsip)", "Suggested colours (from the archive's picture)"),
    "note": ("Garis dibuat otomatis dari ilustrasi arsip, bukan gambar resmi motif.",
        "Lines made automatically from the archive's illustration, not an official drawing of the motif."),
    "booklet_title": ("Buku Mewarnai {tradition}", "{tradition} Colouring Book"),
    "booklet_sub": ("{n} motif dari {archive}. Satu motif di setiap halaman.",
        "{n} motif{s} from the {archive}. One motif on each page."),
    # issue 18 colouring: a sheet from line art drawn for it (the archive's own, or a maker's pola)
    "note_line_art": ("Gambar garis: {credit}. Bukan gambar resmi motif.",
        "Line art: {credit}. Not an official drawing of the motif."),
    # -- Promotion kit (issue 17): captions, kit images, story cards, kit page ------------------------
    "kit_fallback": ("motif {tradition} dari {region}, Jawa Timur",
        "a {tradition} motif from {region}, East Java"),
    "kit_techniques": ("Teknik: {list}.", "Techniques: {list}."),
    "kit_made_by": ("Karya {makers}.", "Made by {makers}."),
    "kit_order_makers": ("Pesan atau tanya kainnya langsung kepada pembuatnya; kontaknya ada di halaman motif.",
        "To order, ask the makers directly: their contacts are on the motif page."),
    "kit_order_none": ("Arsip ini tidak menjual kain: tanyakan motif ini kepada pembuat batik {region}.",
        "The archive sells nothing: ask {region}'s batik makers about this motif."),
    "kit_story": ("Cerita motif: {url}", "The motif's story: {url}"),
    "kit_rights_holder": ("Desain motif © {holder}{reg}", "Motif design © {holder}{reg}"),
    "kit_rights_registered": ("Desain motif terdaftar HKI{no}; pemegang hak desain belum tercatat",
        "Motif design registered as IP{no}; design rights holder not recorded"),
    "kit_rights_unknown": ("Pemegang hak desain belum tercatat", "Design rights holder not recorded"),
    "kit_reg": (" · terdaftar HKI{no}", " · registered as IP{no}"),
    "kit_reg_no": (" no. {number}", " no. {number}"),
    "kit_licence_drawing": (
        "Ilustrasi: {credit}, {lic} untuk gambar ilustrasi ini; desain motif tetap milik pemegang haknya.",
        "Illustration: {credit}, {lic} for this illustration; the motif design stays with its rights holder."),
    "kit_licence_image": ("Gambar: {credit}, {lic}; desain motif tetap milik pemegang haknya.",
        "Picture: {credit}, {lic}; the motif design stays with its rights holder."),
    "kit_licence_text": ("Teks: {archive}, {lic}.", "Text: {archive}, {lic}."),
    "kit_badge": ("Ilustrasi motif, bukan foto produk", "Motif illustration, not a product photo"),
    "design_stays": ("lisensi ini untuk gambarnya; desain motif tetap milik pemegang haknya",
        "this licence covers the picture; the motif design stays with its rights holder"),
    "kit_brand": ("{tradition_upper} · {region_upper}", "{tradition_upper} · {region_upper}"),
    "kit_swipe": ("Geser untuk ceritanya", "Swipe for the story"),
    "kit_slide_object": ("Dari benda ke motif", "From object to motif"),
    "kit_where": ("Di mana membeli", "Where to buy"),
    "kit_where_makers": ("Pembuat yang bersedia dihubungi:", "Makers who agreed to be contacted:"),
    "kit_made_line": ("Dibuat oleh", "Made by"),
    "kit_h_meaning": ("Makna", "Meaning"),
    "kit_h_wisdom": ("Kearifan lokal", "Local wisdom"),
    "kit_card_title": ("Kartu cerita {name}", "Story card: {name}"),
    "kit_card_print": ("Cetak dua sisi (balik pada sisi panjang), skala 100%, lalu potong menjadi empat kartu A6.",
        "Print two-sided (flip on the long edge) at 100 % scale, then cut into four A6 cards."),
    "kit_title": ("Bahan promosi {name}", "Promotion kit: {name}"),
    "kit_link": ("Bahan promosi", "Promotion kit"),
    "kit_link_text": ("Gambar siap unggah, keterangan dan kartu cerita untuk media sosial dan bazar.",
        "Ready-to-post pictures, a caption and story cards for social media and bazaars."),
    "kit_intro": (
        "Gambar siap unggah untuk Instagram, Facebook, WhatsApp dan TikTok, keterangan dua bahasa dan kartu cerita "
        "untuk dimasukkan ke tas pembeli. Semua dibuat dari catatan motif ini. Arsip tidak menjual kain: "
        "gambar ini ilustrasi motif, bukan foto produk. Untuk menjual, pakai foto kain Anda sendiri.",
        "Ready-to-post pictures for Instagram, Facebook, WhatsApp and TikTok, a bilingual caption and story cards "
        "to slip into a buyer's bag. All are made from this motif's record. The archive sells nothing: these "
        "pictures are motif illustrations, not product photos. To sell, use a photo of your own cloth."),
    "kit_rights_note": (
        "CC0 berlaku untuk gambar ilustrasi arsip, bukan untuk hak atas desain motif. {rights}. Motif yang terdaftar "
        "milik pemegang haknya: mintalah izinnya sebelum membuat produk dengan motif ini.",
        "CC0 covers the archive's illustration, not the rights in the motif design. {rights}. A registered motif "
        "belongs to its holder: ask their permission before making products with it."),
    "kit_zip": ("Semua berkas (ZIP)", "Every file (ZIP)"),
    "kit_zip_making": ("Menyiapkan ZIP…", "Preparing the ZIP…"),
    "kit_zip_failed": ("ZIP gagal dibuat: coba lagi atau unduh berkasnya satu per satu.",
        "Could not make the ZIP: try again or download the files one by one."),
    "kit_postmaker": ("Buat kiriman dengan foto Anda", "Make a post with your photo"),
    "kit_postmaker_text": ("Pasang nama, makna dan alamat motif ini di atas foto kain Anda sendiri.",
        "Put this motif's name, meaning and address on your own photo of the cloth."),
    "kit_download": ("Unduh", "Download"),
    "kit_files": ("Berkas", "Files"),
    "kit_caption": ("Keterangan (caption)", "Caption"),
    "kit_copy_caption": ("Salin keterangan", "Copy the caption"),
    "kit_f_post-4x5": ("Kiriman feed 4:5 (1080×1350)", "Feed post 4:5 (1080×1350)"),
    "kit_f_post-1x1": ("Kiriman persegi 1:1 (1080×1080)", "Square post 1:1 (1080×1080)"),
    "kit_f_story-9x16": ("Story 9:16 (1080×1920)", "Story 9:16 (1080×1920)"),
    "kit_f_foto-1x1": ("Gambar katalog tanpa teks (1080×1080)", "Catalogue picture without text (1080×1080)"),
    "kit_f_carousel": ("Carousel, slide {n} dari 5 (1080×1350)", "Carousel, slide {n} of 5 (1080×1350)"),
    "kit_f_caption": ("Keterangan (teks UTF-8)", "Caption (UTF-8 text)"),
    "kit_f_card": ("Kartu cerita A6, empat per A4 (PDF)", "A6 story cards, four per A4 (PDF)"),
    "kit_preview": ("Pratinjau: {what}", "Preview: {what}"),
    # -- Post maker (kit/buat) and the share row of motif and maker pages (issue 17) ---------------
    "post_title": ("Buat kiriman", "Make a post"),
    "post_desc": ("Pasang nama, makna dan alamat cerita motif di atas foto kain Anda sendiri, untuk feed, "
                  "persegi atau story.",
        "Put a motif's name, meaning and story address on your own photo of the cloth, as a feed post, a square "
        "or a story."),
    "post_intro": ("Pilih motif dan foto kain Anda sendiri, atur letaknya, lalu unduh atau bagikan gambarnya "
                   "bersama keterangan siap salin. Semua dikerjakan di perangkat Anda: foto tidak diunggah ke "
                   "mana pun, dan gambar hasilnya tanpa data EXIF atau lokasi (GPS).",
        "Choose a motif and your own photo of the cloth, place it, then download or share the picture with a "
        "caption ready to copy. Everything happens on your device: the photo is not uploaded anywhere, and the "
        "picture carries no EXIF or location (GPS) data."),
    "post_noscript": ("Pembuat kiriman memerlukan JavaScript. Bahan promosi siap pakai ada di halaman tiap motif.",
        "The post maker needs JavaScript. Ready-made promotion files are on each motif's page."),
    "post_motif": ("Motif", "Motif"),
    "post_photo": ("Foto kain Anda", "Your photo of the cloth"),
    "post_photo_help": ("Pakai foto Anda sendiri dari kain yang Anda jual.",
        "Use your own photo of the cloth you sell."),
    "post_format": ("Ukuran", "Format"),
    "post_feed": ("Feed 4:5 (1080×1350)", "Feed 4:5 (1080×1350)"),
    "post_square": ("Persegi 1:1 (1080×1080)", "Square 1:1 (1080×1080)"),
    "post_story": ("Story 9:16 (1080×1920)", "Story 9:16 (1080×1920)"),
    "post_business": ("Nama usaha (boleh kosong)", "Business name (optional)"),
    "post_frame": ("Bingkai foto. Geser dengan jari, tetikus atau tombol panah; perbesar dengan + dan −.",
        "Photo frame. Move with a finger, the mouse or the arrow keys; zoom with + and −."),
    "post_zoom": ("Perbesaran", "Zoom"),
    "post_zoom_in": ("Perbesar", "Zoom in"),
    "post_zoom_out": ("Perkecil", "Zoom out"),
    "post_centre": ("Ke tengah", "Centre"),
    "post_make": ("Buat gambar", "Make the picture"),
    "post_share": ("Bagikan gambar", "Share the picture"),
    "post_download": ("Unduh gambar", "Download the picture"),
    "post_result_alt": ("Gambar hasil: {name}", "The finished picture: {name}"),
    "post_caption": ("Keterangan (caption)", "Caption"),
    "post_copy": ("Salin keterangan", "Copy the caption"),
    "post_copy_fallback": ("Teks sudah dipilih: tekan lama lalu pilih Salin.",
        "The text is selected: long-press it and choose Copy."),
    "post_need_photo": ("Pilih foto dulu.", "Choose a photo first."),
    "post_bad_photo": ("Foto ini tidak bisa dibuka. Coba foto JPEG atau PNG lain.",
        "This photo cannot be opened. Try another JPEG or PNG photo."),
    "post_loaded": ("Foto dimuat: {w}×{h} piksel.", "Photo loaded: {w}×{h} pixels."),
    "post_ready": ("Gambar siap: {w}×{h} piksel, tanpa data EXIF atau lokasi.",
        "Picture ready: {w}×{h} pixels, with no EXIF or location data."),
    "post_changed": ("Ada yang berubah: buat gambar lagi.", "Something changed: make the picture again."),
    "post_link": ("Punya foto kain sendiri? Buat kiriman media sosial dengan cerita motifnya",
        "Have your own photo of the cloth? Make a social media post with its motif's story"),
    "share_row": ("Bagikan halaman ini", "Share this page"),
    "share_whatsapp": ("Bagikan ke WhatsApp", "Share on WhatsApp"),
    "share_sheet": ("Bagikan…", "Share…"),
    "share_card": ("Unduh kartu tautan (JPEG 1200×630)", "Download the link card (JPEG 1200×630)"),
    "share_wa_text": ("{title} di {archive}: {url}", "{title} in the {archive}: {url}"),
    # -- map (issue 20): the regency map, kecamatan pages, locators --------------------------------
    "map": ("Peta", "Map"),
    "map_title": ("Peta {region}", "Map of {region}"),
    "map_intro": (
        "Dari mana setiap motif berasal dan di mana pembuatnya bekerja, per kecamatan. Pilih kecamatan di peta atau di "
        "daftar. Peta ini digambar dari data batas wilayah, tanpa peta dari situs lain, jadi tetap bisa dibuka luring "
        "dan dicetak.",
        "Where each motif comes from and where its makers work, by kecamatan (district). Choose a kecamatan on the map "
        "or in the list. The map is drawn from boundary data, with no map from another site, so it also works offline "
        "and prints.",
    ),
    "map_label": ("Peta {kecamatan_count} kecamatan {region_full}", "Map of the {kecamatan_count} kecamatan of {region_full}"),
    "map_list": ("Daftar kecamatan", "The kecamatan"),
    "map_n_motifs": ("{n} tempat motif", "{n} motif place{s}"),
    "map_n_makers": ("{n} pembuat", "{n} maker{s}"),
    "map_legend_motif": ("Tempat yang digambarkan motif (menurut sumber)", "A place a motif depicts (from sources)"),
    "map_legend_maker": ("Desa tempat pembuat bekerja", "Village where a maker works"),
    "map_legend_river": ("Bengawan Solo (perairan dalam data batas wilayah)",
                         "Bengawan Solo (the water polygon of the boundary data)"),
    "map_legend_numbers": ("Nomor di peta = nomor di daftar kecamatan.", "Numbers on the map = numbers in the list."),
    "map_river": ("Bengawan Solo", "Bengawan Solo"),
    "map_forest": ("kawasan hutan", "state forest"),
    "map_note": (
        "Batas wilayah adalah batas statistik BPS 2020, bukan batas hukum: cukup untuk peta budaya, jangan dipakai untuk "
        "urusan tanah atau hukum. Pembuat ditandai di titik tengah desanya, tidak pernah di rumah atau bengkelnya, dan "
        "hanya sejauh persetujuannya mengizinkan.",
        "The boundaries are the BPS 2020 statistical boundaries, not legal ones: fine for a cultural map, not for land "
        "or legal questions. A maker is marked at the middle of their village, never at a house or workshop, and only "
        "as far as their consent allows.",
    ),
    "map_data": ("Unduh data batas wilayah (GeoJSON, CC BY-IGO 3.0)", "Download the boundary data (GeoJSON, CC BY-IGO 3.0)"),
    "kec_title": ("Kecamatan {name}", "Kecamatan {name}"),
    "kec_description": ("Kecamatan {name}, {region_full}: desanya, motif yang menggambarkan tempat di sini, dan "
                        "pembuat batiknya.",
                        "Kecamatan {name}, {region_full}: its villages, the motifs that depict places here and its "
                        "batik makers."),
    "kec_inset": ("Peta desa dan kelurahan di Kecamatan {name}", "Map of the villages of Kecamatan {name}"),
    "kec_villages": ("Desa dan kelurahan", "Villages (desa and kelurahan)"),
    "kec_motifs": ("Motif yang menggambarkan tempat di sini", "Motifs that depict a place here"),
    "kec_makers": ("Pembuat batik di sini", "Batik makers here"),
    "kec_facts": ("Tentang tempat ini", "About this place"),
    "kec_code": ("Kode wilayah (Kemendagri)", "Area code (Kemendagri)"),
    "kec_count": ("Jumlah desa dan kelurahan", "Number of villages"),
    "kec_count_value": ("{desa} desa, {kel} kelurahan", "{desa} desa, {kel} kelurahan"),
    "kec_places": ("Tempat dalam sumber motif", "Places in the motifs' sources"),
    "kec_no_motifs": ("Belum ada motif di arsip yang menurut sumbernya menggambarkan tempat di kecamatan ini.",
                      "No motif in the archive depicts a place in this kecamatan, as far as its sources say."),
    "kec_no_makers": ("Belum ada pembuat di arsip yang bekerja di kecamatan ini.",
                      "No maker in the archive works in this kecamatan yet."),
    "kec_back": ("Kembali ke peta {region}", "Back to the map of {region}"),
    "locator": ("Letak Kecamatan {name} di {region_full}", "Where Kecamatan {name} lies in {region_full}"),
    "on_map": ("Kec. {name} di peta", "Kecamatan {name} on the map"),
    "places_label": ("Tempat", "Places"),
    "learn_map": ("Peta {region}", "Map of {region}"),
    "learn_map_text": ("untuk IPS: 28 kecamatan, Bengawan Solo, dan tempat asal motif serta pembuatnya.",
                       "for social studies (IPS): the 28 kecamatan, the Bengawan Solo and where the motifs and their "
                       "makers come from."),
    # -- IIIF manifests (outputs/iiif.py) and their links ---------------------------------------------
    "iiif_attribution": ("Atribusi", "Attribution"),
    "iiif_image": ("Gambar {n}", "Image {n}"),
    "iiif_design_note": ("Lisensi gambar berlaku untuk gambarnya, bukan untuk desain motif.",
                         "The image licence covers the picture, not the motif's design."),
    "iiif_home": ("Halaman motif", "Motif page"),
    "iiif_archive_home": ("Beranda arsip", "Archive home page"),
    "iiif_jsonld": ("Data terstruktur (schema.org)", "Structured data (schema.org)"),
    "iiif_data": ("Data terbuka semua motif", "Open data of every motif"),
    "iiif_link": ("Manifes IIIF (untuk penampil museum seperti Mirador)", "IIIF manifest (for museum viewers such as Mirador)"),
    "iiif_collection": ("Koleksi IIIF: satu manifes per motif, untuk penampil dan agregator museum",
                        "IIIF collection: one manifest per motif, for museum viewers and aggregators"),
    # -- Teachers' journeys (issue 18): projector, quiz, lesson kits -------------------------------
    "fullscreen": ("Layar penuh", "Full screen"),
    "this_motif": ("motif ini", "this motif"),
    "first_counts": ("Jawaban pertama yang dihitung.", "Your first answer is the one that counts."),
    "print_intro": ("Lingkari satu jawaban untuk setiap soal.", "Circle one answer for each question."),
    "key_toggle": ("Kunci jawaban (untuk guru): tampilkan", "Answer key (for the teacher): show"),
    # -- issue 18 teachers: editable modul ajar (DOCX), one CP note, Belajar at any size ----------
    "docx": ("Unduh modul ajar (DOCX)", "Download the module (DOCX)"),
    "docx_short": ("Modul ajar (DOCX)", "Teaching module (DOCX)"),
    "docx_text": ("Modul ajar ini bisa diubah: buka di Word, LibreOffice, WPS atau Google Dokumen, lalu sesuaikan "
                  "dengan kelas Anda.",
                  "An editable copy of this teaching module: open it in Word, LibreOffice, WPS or Google Docs and "
                  "adapt it to your class."),
    "cp_note": ("Catatan tentang CP", "About the learning outcomes"),
    "docx_motifs": ("Motif dan halamannya di arsip", "Motifs and their pages in the archive"),
    "docx_page": ("Versi daring dan bahan lainnya", "Online version and the other materials"),
    "pupils": ("Murid", "Pupils"),
    "teacher": ("Guru", "Teacher"),
    # -- issue 19 storefront: consent for each use (records/consent.SCOPES), products, feeds ----------
    "scope_profile": ("Profil usaha", "Business profile"),
    "scope_profile_purpose": (
        "Nama usaha, desa, kecamatan, teknik dan cerita usaha Anda tampil di halaman pembuat di situs.",
        "Your business name, village, district, techniques and story appear on your maker page on the site.",
    ),
    "scope_contact": ("Kontak", "Contact details"),
    "scope_contact_purpose": (
        "Nomor WhatsApp, akun Instagram, toko daring dan alamat Anda tampil agar pembeli bisa menghubungi Anda.",
        "Your WhatsApp number, Instagram account, online shops and address appear so buyers can reach you.",
    ),
    "scope_kit": ("Bahan promosi", "Promotion kit"),
    "scope_kit_purpose": (
        "Nama dan keterangan usaha Anda dipasang di bahan promosi yang bisa diunduh siapa saja: poster, "
        "lookbook, kartu nama dan daftar harga.",
        "Your business name and details go on promotion files anyone can download: posts, lookbook, business "
        "card and price list.",
    ),
    "scope_products": ("Produk dan harga", "Products and prices"),
    "scope_products_purpose": (
        "Produk, harga, foto produk dan tautan toko Anda tampil di halaman pembuat dan di halaman motifnya.",
        "Your products, prices, product photos and shop links appear on your maker page and on their motif pages.",
    ),
    "scope_people_photos": ("Foto orang", "Photos of people"),
    "scope_people_photos_purpose": (
        "Foto yang memperlihatkan wajah orang boleh dipakai; setiap orang di foto harus setuju secara tertulis.",
        "Photos that show people's faces may be used; every person in the photo must agree in writing.",
    ),
    "scope_feeds": ("Umpan data", "Data feeds"),
    "scope_feeds_purpose": (
        "Produk Anda masuk ke data terbuka dan umpan katalog (untuk katalog WhatsApp Business dan iklan Meta).",
        "Your products go into the open data and the catalogue feed (for WhatsApp Business catalogues and Meta ads).",
    ),
    "storefront": ("Produk", "Products"),
    "storefront_intro": (
        "Barang yang dijual {maker}. Arsip tidak menerima pesanan: hubungi pembuatnya langsung.",
        "What {maker} sells. The archive takes no orders: contact the maker directly.",
    ),
    "products_of_motif": ("Produk dengan motif ini", "Products with this motif"),
    "products_of_motif_intro": (
        "Dijual oleh pembuatnya sendiri; arsip tidak menerima pesanan.",
        "Sold by the makers themselves; the archive takes no orders.",
    ),
    "product_price": ("Rp{amount}", "IDR {amount}"),
    "product_technique_tulis": ("tulis", "hand-drawn"),
    "product_technique_cap": ("cap", "stamped"),
    "product_technique_kombinasi": ("kombinasi", "combined"),
    "product_price_checked": ("harga per {date}", "price as of {date}"),
    "product_ask_price": ("Tanya harga", "Ask for the price"),
    "product_ready": ("Siap kirim", "Ready to ship"),
    "product_made_to_order": ("Dibuat setelah dipesan, {days} hari", "Made to order, {days} days"),
    "product_by": ("oleh {maker}", "by {maker}"),
    "product_material": ("Bahan", "Material"),
    "product_size": ("Ukuran", "Size"),
    "product_technique": ("Teknik", "Technique"),
    "product_order_whatsapp": ("Pesan lewat WhatsApp", "Order on WhatsApp"),
    "product_whatsapp_msg": (
        "Halo {maker}, saya tertarik dengan {product} ({url}) yang saya lihat di {archive}. "
        "Apakah masih tersedia?",
        "Hello {maker}, I am interested in {product} ({url}), which I saw in the {archive}. "
        "Is it still available?",
    ),
    "product_name_batik": ("{type} batik {technique} motif {motif}", "{type}, {technique} batik, {motif} motif"),
    "product_name_other": ("{type} {technique} motif {motif}", "{type}, {technique}, {motif} motif"),
    "product_feed_intro": (
        "Produk pembuat yang setuju dimuat di umpan data, dalam format CSV katalog Meta (Commerce Manager). "
        "Alamatnya tetap, jadi bisa dipakai sebagai umpan terjadwal. Harga yang lebih tua dari 90 hari tidak dimuat.",
        "Products of the makers who agreed to data feeds, in Meta's catalogue CSV format (Commerce Manager). "
        "Its address does not change, so it can be used as a scheduled feed. Prices older than 90 days are left out.",
    ),
    "product_feed": ("Umpan katalog produk (CSV Meta)", "Product catalogue feed (Meta CSV)"),
    "products_data": ("Produk (CSV dan JSON)", "Products (CSV and JSON)"),
    # issue 19 storefront: wired into the maker and motif pages, feeds
    "product_months": ("Januari,Februari,Maret,April,Mei,Juni,Juli,Agustus,September,Oktober,November,Desember",
                       "January,February,March,April,May,June,July,August,September,October,November,December"),
    "product_you_make": ("Anda membuat motif ini?", "Do you make this motif?"),
    "product_you_make_text": (
        "Bila Anda membatik atau menjual kain dan produk dengan motif ini, arsip bisa menampilkan usaha, kontak "
        "dan produk Anda di sini, gratis, hanya dengan persetujuan Anda untuk setiap penggunaan.",
        "If you make or sell cloth and products with this motif, the archive can show your business, contact and "
        "products here, free of charge, only with your consent for each use.",
    ),
    "product_you_make_link": ("Cara masuk arsip dan memberi persetujuan", "How to be added and give consent"),
    "product_none_of_maker": ("Belum ada produk yang ditampilkan.", "No products shown yet."),
    "products_feed_about": (
        "Produk pembuat yang setuju dimuat di umpan data, satu baris per produk (harga hanya bila diperiksa "
        "dalam 90 hari terakhir).",
        "Products of the makers who agreed to data feeds, one row per product (a price only when checked within "
        "the last 90 days).",
    ),
    "products_json_about": ("Data produk yang sama dalam JSON.", "The same products as JSON."),
    # -- end issue 19 storefront ----------------------------------------------------------------------
    # -- issue 19 kit: the printable consent form (outputs/consentform.py) ---------------------------
    "cform_title": ("Formulir persetujuan pembuat batik", "Batik maker's consent form"),
    "cform_intro": (
        "{archive} adalah situs gratis tentang motif {tradition} dan orang yang membuatnya. "
        "Arsip tidak menjual apa pun dan tidak menerima pesanan. Formulir ini menanyakan, satu per satu, apa yang "
        "boleh kami tampilkan tentang usaha Anda. Centang hanya yang Anda setujui. Yang tidak dicentang tidak "
        "ditampilkan.",
        "The {archive} is a free website about the {tradition} motifs and the people who make "
        "them. It sells nothing and takes no orders. This form asks, one use at a time, what we may show about your "
        "business. Tick only what you agree to. Whatever is not ticked is not shown.",
    ),
    "cform_public": (
        "Penting: yang Anda setujui tampil di situs dan di bahan promosi yang bisa diunduh siapa saja. Bahan yang "
        "sudah diunduh atau dibagikan orang lain tidak bisa kami tarik kembali.",
        "Important: what you agree to appears on the website and in promotion files anyone can download. Files "
        "that other people have already downloaded or shared cannot be called back by us.",
    ),
    "cform_maker": ("Tentang usaha", "About the business"),
    "cform_business": ("Nama usaha", "Business name"),
    "cform_village": ("Desa / kecamatan", "Village / district"),
    "cform_person": ("Nama yang memberi persetujuan", "Name of the person giving consent"),
    "cform_scopes": ("Saya setuju arsip menampilkan (centang satu per satu)",
                     "I agree that the archive shows (tick each one separately)"),
    "cform_record": ("Pencatatan (diisi pendamping)", "Record (filled in by the helper)"),
    "cform_by": ("Dicatat oleh (nama pendamping)", "Recorded by (helper's name)"),
    "cform_date": ("Tanggal", "Date"),
    "cform_how": ("Cara: formulir ini / pesan WhatsApp / dibacakan dan disetujui lisan, direkam",
                  "How: this form / a WhatsApp message / read aloud and agreed orally, recorded"),
    "cform_sign": ("Tanda tangan pembuat", "Maker's signature"),
    "cform_sign_helper": ("Tanda tangan pendamping", "Helper's signature"),
    "cform_rights": ("Hak Anda", "Your rights"),
    "cform_rights_text": (
        "Persetujuan ini sukarela. Anda boleh melihat, membetulkan atau menghapus data Anda, dan boleh menarik "
        "persetujuan kapan saja tanpa alasan, untuk satu centang atau semuanya. Data disimpan selama persetujuan "
        "berlaku. Foto yang memperlihatkan orang butuh persetujuan tertulis setiap orang di foto; foto anak butuh "
        "persetujuan orang tuanya.",
        "Consent is voluntary. You may see, correct or delete your data, and you may withdraw consent at any time "
        "without giving a reason, for one tick or for all. The data is kept for as long as consent stands. Photos "
        "showing people need the written consent of every person in them; photos of children need their parents' "
        "consent.",
    ),
    "cform_withdraw": ("Cara menarik persetujuan", "How to withdraw consent"),
    "cform_withdraw_text": (
        "Katakan kepada pendamping atau pengelola arsip, lisan atau lewat pesan WhatsApp. Paling lambat 3 × 24 jam "
        "kemudian situs diperbarui: nama, produk, kontak dan bahan promosi Anda hilang dari halaman, data, umpan, "
        "pencarian dan arsip luring. Cara menghubungi pengelola: {address}",
        "Tell the helper or the archive's maintainers, in person or in a WhatsApp message. Within 3 × 24 hours the "
        "site is updated: your name, products, contact and promotion files disappear from its pages, data, feeds, "
        "search and offline copy. How to reach the maintainers: {address}",
    ),
    "cform_proof": (
        "Formulir bertanda tangan disimpan oleh pendamping, tidak di situs. Di catatan arsip hanya tertulis siapa, "
        "kapan dan bagaimana setiap centang diberikan (UU PDP No. 27 Tahun 2022).",
        "The signed form stays with the helper, not on the website. The archive's record only says who, when and "
        "how each tick was given (Indonesian Personal Data Protection Law No. 27 of 2022).",
    ),
    "cform_version": ("Versi formulir {date} · halaman {n} dari {total}", "Form version {date} · page {n} of {total}"),
    "cform_copy": ("Salinan bahasa Inggris (yang ditandatangani adalah halaman bahasa Indonesia)",
                   "English copy (the Indonesian page is the one to sign)"),
    "cform_link": ("Unduh formulir persetujuan (PDF, A4)", "Download the consent form (PDF, A4)"),
    "label_preview": ("Pratinjau lembar label {name}", "Preview of the tag sheet of {name}"),
    "makers_kecamatan": ("Kecamatan {name}", "{name} District"),
    "makers_on_map": ("lihat di peta", "see on the map"),
    "makers_no_motif": ("Motifnya belum dicatat di arsip", "No motif recorded in the archive yet"),
    "mkit_card_title": ("Kartu nama {name}", "Business card of {name}"),
    "mkit_card_kicker": ("{tradition} · {region}", "{tradition} · {region}"),
    "mkit_card_scan": ("Pindai: motif, produk, cara pesan", "Scan: motifs, products, how to order"),
    "mkit_prices_title": ("Daftar harga {name}", "Price list of {name}"),
    "mkit_prices": ("Daftar harga", "Price list"),
    "mkit_price_checked": ("Harga per {date}", "Price as of {date}"),
    "mkit_prices_note": (
        "Hanya harga yang diperiksa bersama pembuat dalam {days} hari terakhir. Harga bisa berubah: tanyakan "
        "sebelum memesan.",
        "Only prices checked with the maker in the last {days} days. Prices may change: ask before you order.",
    ),
    "mkit_ready": ("Stok siap", "Ready stock"),
    "mkit_order_days": ("Dibuat sesuai pesanan, {n} hari", "Made to order, {n} days"),
    "mkit_made_for": ("Bahan promosi {name}", "Promotion kit of {name}"),
    "mkit_lookbook_title": ("Lookbook {name}", "Lookbook of {name}"),
    "mkit_lookbook": ("Lookbook", "Lookbook"),
    "mkit_about": ("Tentang kami", "About us"),
    "mkit_techniques": ("Teknik", "Techniques"),
    "mkit_motifs": ("Motif", "Motifs"),
    "mkit_scan_item": ("Pindai untuk cerita dan cara pesan", "Scan for its story and how to order"),
    "mkit_how": ("Cara pesan", "How to order"),
    "mkit_how_text": (
        "Kirim pesan WhatsApp atau hubungi akun kami, sebutkan nama produk atau motifnya. "
        "{archive} tidak menerima pesanan atau pembayaran.",
        "Send us a WhatsApp message or contact our account, naming the product or motif. The {region} Batik "
        "Archive takes no orders or payments.",
    ),
    "mkit_no_contact": ("Cara menghubungi kami ada di halaman kami di arsip.",
                        "How to reach us is on our page in the archive."),
    "mkit_scan_page": ("Pindai untuk halaman kami di {archive}",
                       "Scan for our page in the {archive}"),
    "mkit_section": ("Bahan cetak untuk pembuat ini", "Printables for this maker"),
    "mkit_f_card": ("Kartu nama 90 × 55 mm (PDF, dua sisi)", "Business card 90 × 55 mm (PDF, two sides)"),
    "mkit_f_prices": ("Daftar harga A5 (PDF, hanya harga terbaru)", "A5 price list (PDF, recent prices only)"),
    "mkit_f_lookbook": ("Lookbook A5 (PDF)", "A5 lookbook (PDF)"),
    "mkit_post_page": ("Halaman kami: {url}", "Our page: {url}"),
    "mkit_f_post_feed": ("Pos profil 4:5 (JPEG, 1080 × 1350)", "Profile post 4:5 (JPEG, 1080 × 1350)"),
    "mkit_f_post_story": ("Pos profil 9:16 untuk Story dan Status (JPEG, 1080 × 1920)",
                          "Profile post 9:16 for Stories and Status (JPEG, 1080 × 1920)"),
    # per-motif and per-product posts, their captions, the WhatsApp Business catalogue text (issue 19 kit)
    "mkit_f_caption": ("Keterangan pos profil (teks UTF-8)", "Caption of the profile posts (UTF-8 text)"),
    "mkit_f_motif_post": ("Pos motif {name} 4:5 (JPEG, 1080 × 1350)", "Post of the motif {name} 4:5 (JPEG, 1080 × 1350)"),
    "mkit_f_motif_caption": ("Keterangan pos motif {name} (teks UTF-8)", "Caption of the {name} motif post (UTF-8 text)"),
    "mkit_f_product_post": ("Pos produk {name} 4:5 (JPEG, 1080 × 1350)", "Product post {name} 4:5 (JPEG, 1080 × 1350)"),
    "mkit_f_product_caption": ("Keterangan pos produk {name} (teks UTF-8)", "Caption of the product post {name} (UTF-8 text)"),
    "mkit_f_catalogue": ("Teks katalog WhatsApp Business, siap salin (teks UTF-8)",
                         "WhatsApp Business catalogue text, ready to paste (UTF-8 text)"),
    "mkit_brand_motif": ("MOTIF {tradition_short_upper} · {region_upper}", "MOTIF {tradition_short_upper} · {region_upper}"),
    "mkit_badge_photo": ("Foto motif dari arsip, bukan foto produk kami", "Archive photo of the motif, not our product"),
    "mkit_post_by": ("Dibuat oleh {name}", "Made by {name}"),
    "mkit_cap_by": ("Dibuat oleh {name}, {place}.", "Made by {name}, {place}."),
    "mkit_cap_maker_head": ("{name}, {place}.", "{name}, {place}."),
    "mkit_cap_motifs": ("Motif kami: {list}.", "Our motifs: {list}."),
    "mkit_cap_product_head": ("{name}, motif {motif}", "{name}, {motif} motif"),
    "mkit_cap_price": ("{name}: {price} (harga per {date}).", "{name}: {price} (price as of {date})."),
    "mkit_cap_ask_price": ("Harga: tanyakan kepada kami.", "Price: ask us."),
    "mkit_cap_order_wa": ("Pesan lewat WhatsApp {number}.", "Order on WhatsApp {number}."),
    "mkit_cap_order_ig": ("Instagram @{handle}.", "Instagram @{handle}."),
    "mkit_cap_order_page": ("Cara pesan ada di halaman kami: {url}", "How to order is on our page: {url}"),
    "mkit_cap_product_page": ("Lihat produk ini di halaman kami: {url}", "See this product on our page: {url}"),
    "mkit_cap_not_batik": ("{technique} bermotif {tradition_short}, bukan batik.",
                           "{technique} with a {tradition_short} motif, not batik."),
    "mkit_wa_title": ("Katalog WhatsApp Business: {name}", "WhatsApp Business catalogue: {name}"),
    "mkit_wa_how": (
        "Di aplikasi WhatsApp Business: Alat bisnis > Katalog > Tambah barang baru. Salin setiap kolom di bawah ke "
        "kolom yang sama, lalu tambahkan foto produk (maksimal 10). Hanya harga yang diperiksa dalam {days} hari "
        "terakhir yang ditulis; perbarui harga bila berubah.",
        "In the WhatsApp Business app: Business tools > Catalogue > Add new item. Copy each field below into the "
        "field of the same name, then add the product's photos (up to 10). Only prices checked in the last {days} "
        "days are written; update a price when it changes.",
    ),
    "mkit_wa_name": ("Nama", "Name"),
    "mkit_wa_price": ("Harga", "Price"),
    "mkit_wa_no_price": ("(kosongkan: harga belum diperiksa dalam {days} hari terakhir)",
                         "(leave empty: price not checked in the last {days} days)"),
    "mkit_wa_checked": ("harga per {date}", "price as of {date}"),
    "mkit_wa_description": ("Deskripsi", "Description"),
    "mkit_wa_link": ("Tautan", "Link"),
    "mkit_wa_code": ("Kode barang", "Item code"),
    "mkit_wa_motif": ("Motif {list}.", "Motif: {list}."),
    # -- end issue 19 kit -------------------------------------------------------------------------------
}

LABEL_TIPS = {
    "id": [
        "Cetak di kertas A4, skala <strong>100%</strong> atau <strong>ukuran sebenarnya</strong> (jangan “sesuaikan dengan halaman”).",
        "Kertas tebal (art karton 210–260 gram) lebih awet untuk label gantung.",
        "Gunting di garis putus-putus; tanda potong ada di tepi kertas.",
        "Kode QR lebarnya 3,4 cm termasuk tepi putihnya. Jangan diperkecil di bawah 2,5 cm dan jangan tutupi tepi putihnya.",
        "Pindai satu label dengan ponsel sebelum mencetak banyak.",
    ],
    "en": [
        "Print on A4 paper at <strong>100%</strong> or <strong>actual size</strong> (not “fit to page”).",
        "Thick paper (210–260 gsm card) lasts longer as a hang tag.",
        "Cut along the dashed lines; crop marks are at the edges of the sheet.",
        "The QR code is 3.4 cm wide including its white border. Do not shrink it below 2.5 cm or cover the white border.",
        "Scan one tag with a phone before printing many.",
    ],
}

WORKSHEET_QUESTIONS = {
    "abc": [
        ("Motif ini menggambarkan {obj}. Gambarlah {obj} yang pernah kamu lihat.",
         "This motif shows the {obj}. Draw what you have seen in real life.", "box"),
        ("Apa arti nama motif {name}? Cari jawabannya di cerita di atas.",
         "What does the name {name} mean? Find the answer in the story above.", 2),
        ("Tanyakan kepada orang di rumah: di mana mereka pernah melihat {obj}?",
         "Ask someone at home: where have they seen the {obj}?", 2),
        ("Warna apa yang akan kamu pakai untuk mewarnai motif ini? Mengapa?",
         "Which colours would you use to colour this motif? Why?", 2),
    ],
    "def": [
        ("Jelaskan arti nama {name} dengan kata-katamu sendiri.",
         "Explain the meaning of the name {name} in your own words.", 3),
        ("Menurut halaman motif, bagaimana {obj} digayakan (stilasi) menjadi motif? Bila sumber belum menjelaskannya, tulis bagaimana kamu sendiri akan menyederhanakannya.",
         "According to the motif page, how was the {obj} stylised into the motif? If the sources do not say yet, write how you would simplify it yourself.", 3),
        ("Kearifan lokal apa yang dibawa motif ini? Hubungkan dengan kehidupan di sekitar sekolahmu.",
         "What local wisdom does this motif carry? Link it to life around your school.", 3),
        ("Pindai kode QR dan buka halaman motif. Tulis satu fakta beserta sumbernya dan tingkat keyakinannya.",
         "Scan the QR code and open the motif page. Write one fact with its source and its confidence level.", 2),
    ],
}

COLOUR_NAMES = {  # colour word of a legend: (id, en)
    "black": ("hitam", "black"), "white": ("putih", "white"), "grey": ("abu-abu", "grey"),
    "cream": ("krem", "cream"), "brown": ("cokelat", "brown"), "dark-brown": ("cokelat tua", "dark brown"),
    "red": ("merah", "red"), "orange": ("oranye", "orange"), "yellow": ("kuning", "yellow"),
    "green": ("hijau", "green"), "dark-green": ("hijau tua", "dark green"), "blue": ("biru", "blue"),
    "purple": ("ungu", "purple"), "pink": ("merah muda", "pink"),
}


def t(key: str, lang: str, **kw) -> str:
    """The phrase `key` in `lang` ("id", "en", or "both" for bilingual printed sheets).

    English plurals: `{s}` after a noun is "" when n is 1 and "s" otherwise ("1 motif",
    "2 motifs"); Indonesian nouns do not change. The catalogue script does the same.
    """
    pair = tuple(identity.fill(x, lg) for x, lg in zip(WORDS[key], LANGS))  # {region}, {archive}...
    if "n" in kw:
        kw.setdefault("s", "" if kw["n"] == 1 else "s")
    if lang == "both":
        a, b = (x.format(**kw) if kw else x for x in pair)
        return a if a == b else f"{a} / {b}"
    s = pair[0] if lang == "id" else pair[1]
    return s.format(**kw) if kw else s


def table(lang: str, keys: list[str]) -> dict[str, str]:
    """Several phrases at once, for a page's script (as JSON in a data attribute)."""
    return {k: t(k, lang) for k in keys}


@dataclass(frozen=True)
class Tr:
    text: str
    fallback: bool  # True when `lang` was missing and the Indonesian text stands in


def tr(obj: dict | None, lang: str) -> Tr:
    """A bilingual record value in `lang`; other languages fall back to Indonesian (and say so)."""
    if not obj:
        return Tr("", False)
    if lang != "id" and obj.get(lang):
        return Tr(obj[lang], False)
    return Tr(obj.get("id", ""), lang != "id")


def pick(obj: dict | None, lang: str) -> str:
    """The text of tr(): for places that show no "not yet translated" note."""
    return tr(obj, lang).text


def other(lang: str) -> str:
    return next(x for x in LANGS if x != lang)
