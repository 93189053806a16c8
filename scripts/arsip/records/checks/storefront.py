"""Storefront (issue 19): every use of a maker's data needs its own consent; products must be true.

`arsip check` refuses what the site could otherwise publish without the maker's say-so
(products without the `products` use, contact details without `contact`, a use without
the maker's profile) and products that would mislead a buyer: an unknown motif, a price
written with thousands dots (YAML reads `350.000` as 350), a photo missing from the
maker's folder. A withdrawn maker's record is never refused (its withdrawal must
not wait for a clean-up). Photo files themselves (size, GPS) are judged by the image stage
(images/products.py), like motif photos.
"""

from __future__ import annotations

from ...core.paths import Archive
from ..consent import SCOPES, granted, scopes, state
from .makers import _field, _people
from .privacy import CONTACT_FIELDS

NEEDS_PROFILE = tuple(s for s in SCOPES if s != "profile")


def _scope_problems(col, mid: str, mk: dict, add) -> None:
    written = scopes(mk)
    if written and state(mk) == "pending":
        add(["consent", "scopes"],
            f"Persetujuan per penggunaan ditulis, tetapi state masih '{state(mk)}'. Penggunaan hanya berlaku bila "
            "pembuat sudah setuju: tulis state: given dengan by, date dan how, atau hapus scopes.",
            f"Consent for each use is written, but state is still '{state(mk)}'. A use counts only once the maker "
            "agreed: write state: given with by, date and how, or delete scopes.", "consent.scope_state")
    people = _people(mk)
    for name, sc in written.items():
        who = " ".join(str(sc.get("by", "")).lower().split())
        if who and who not in people:
            add(["consent", "scopes", name, "by"],
                f"Persetujuan '{name}' diberikan oleh '{sc['by']}', yang bukan pembuat di catatan ini. Persetujuan "
                "hanya sah dari pembuat sendiri: tulis nama pembuat yang setuju (harus ada di people).",
                f"Consent for '{name}' was given by '{sc['by']}', who is not a maker in this record. Consent counts "
                "only from the maker themself: write the name of the maker who agreed (it must be under people).",
                "consent.not_maker")
    if written and "profile" not in written:
        for name in (s for s in NEEDS_PROFILE if s in written):
            add(["consent", "scopes", name],
                f"Penggunaan '{name}' butuh persetujuan 'profile' (nama usaha dan desa tampil): tanpa itu tidak ada "
                "halaman pembuat untuk produk atau bahan promosinya. Tanyakan 'profile' kepada pembuat, atau hapus "
                f"'{name}'.",
                f"The use '{name}' needs the 'profile' consent (business name and village shown): without it there "
                "is no maker page for its products or promotion files. Ask the maker about 'profile', or delete "
                f"'{name}'.", "consent.scope_profile")
    if "feeds" in written and "products" not in written:
        add(["consent", "scopes", "feeds"],
            "Penggunaan 'feeds' memuat produk ke umpan data, jadi butuh juga persetujuan 'products'. Tanyakan "
            "'products' kepada pembuat, atau hapus 'feeds'.",
            "The use 'feeds' puts products into data feeds, so it also needs the 'products' consent. Ask the "
            "maker about 'products', or delete 'feeds'.", "consent.scope_feeds")
    c = mk.get("contact") or {}
    details = [k for k in CONTACT_FIELDS if c.get(k)]
    if written and details and "contact" not in written:
        add(["contact"],
            f"Kontak ({', '.join(details)}) diisi, tetapi pembuat tidak menyetujui penggunaan 'contact'. Tanyakan "
            "dulu: bila setuju, tambahkan consent.scopes.contact dengan by, date dan how; bila tidak, hapus isian "
            "kontak itu (UU PDP).",
            f"Contact details ({', '.join(details)}) are filled in, but the maker did not agree to the 'contact' "
            "use. Ask first: if they agree, add consent.scopes.contact with by, date and how; if not, delete those "
            "contact fields (Indonesian data-protection law, UU PDP).", "consent.scope_contact")
    if mk.get("products") and not granted(mk, "products") and state(mk) != "withdrawn":
        add(["products"],
            "Produk diisi, tetapi pembuat belum menyetujui penggunaan 'products' (produk dan harga tampil di situs). "
            "Tanyakan dulu: bila setuju, tambahkan consent.scopes.products dengan by, date dan how (dan state: "
            "given); bila tidak, hapus daftar products.",
            "Products are filled in, but the maker has not agreed to the 'products' use (products and prices shown "
            "on the site). Ask first: if they agree, add consent.scopes.products with by, date and how (and state: "
            "given); if not, delete the products list.", "consent.scope_products")


def _product_problems(arc: Archive, col, mid: str, mk: dict, add) -> None:
    motif_ids = {m["id"] for m in col.motifs}
    seen: set[str] = set()
    folder = arc.makers / mid
    for i, p in enumerate(mk.get("products", [])):
        if p["id"] in seen:
            add(["products", i, "id"], f"Kode produk '{p['id']}' dipakai dua kali. Beri setiap produk kode sendiri.",
                f"Product id '{p['id']}' is used twice. Give every product its own id.", "product.duplicate")
        seen.add(p["id"])
        for k, ref in enumerate(p["motifs"]):
            if ref not in motif_ids and f"motif:{ref}" not in col.broken:
                add(["products", i, "motifs", k],
                    f"Motif '{ref}' tidak ada di arsip (motifs/{ref}/). Tulis kode motif yang ada, misalnya nama "
                    "foldernya di motifs/, atau tambahkan motifnya dulu.",
                    f"Motif '{ref}' is not in the archive (motifs/{ref}/). Write the id of an existing motif (its "
                    "folder name under motifs/), or add the motif first.", "product.motif")
        amount = (p.get("price") or {}).get("amount")
        if isinstance(amount, float) or isinstance(amount, bool):
            add(["products", i, "price", "amount"],
                f"Harga '{amount}' bukan angka rupiah bulat (titik ribuan dibaca sebagai desimal: 350.000 menjadi "
                "350). Tulis angkanya tanpa titik, misalnya 350000.",
                f"The price '{amount}' is not whole rupiah (a thousands dot reads as a decimal point: 350.000 "
                "becomes 350). Write the number without dots, e.g. 350000.", "product.price")
        for k, ph in enumerate(p.get("photos", [])):
            path = folder / ph["file"]
            if path.is_symlink() or not path.is_file():
                add(["products", i, "photos", k, "file"],
                    f"Foto '{ph['file']}' tidak ada di folder data/makers/{mid}/. Letakkan foto produk di folder itu "
                    "(bukan tautan), atau perbaiki namanya.",
                    f"Photo '{ph['file']}' is not in the folder data/makers/{mid}/. Put the product photo in that "
                    "folder (not a link), or correct its name.", "product.photo")


def check(arc: Archive, col) -> None:
    """Consent per use for every maker record, and the products of each. A withdrawn record is
    not judged: nothing of it is published, and nothing may delay its withdrawal."""
    for mid, mk in col.maker_records.items():
        if state(mk) == "withdrawn":
            continue
        rel = f"data/makers/{mid}.yml"
        loaded = col.lines.get(rel)

        def add(path, msg_id, msg_en, code, rel=rel, loaded=loaded):
            col.problems.add(rel, _field(path), msg_id, msg_en, line=loaded.line_of(path) if loaded else None,
                             code=code)

        _scope_problems(col, mid, mk, add)
        _product_problems(arc, col, mid, mk, add)
