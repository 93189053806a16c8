"""Issue 23: the archive's identity is one record, data/arsip.yml, checked like the others.

Bad fields get the usual file, line, field and fix in Indonesian and English; the values fill the
interface words, the schemas and the boundary files; no module of scripts/ names a region."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from arsip.core import identity
from arsip.core.i18n import ARCHIVE_NAME, t
from arsip.core.paths import Archive
from arsip.records import schema
from arsip.records.collection import load_collection
from support import REGION, ROOT

pytestmark = pytest.mark.usefixtures("repo_identity")


@pytest.fixture
def repo_identity():
    """Every test here may install another identity: the repository's comes back afterwards."""
    yield
    identity.use(identity.read(ROOT))
    from arsip.records import places
    identity.use(identity.read(ROOT), kecamatan=len(places.load(ROOT).kecamatan))


def _archive(tmp_path: Path, text: str) -> Archive:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "arsip.yml").write_text(text, "utf-8")
    return Archive.here(tmp_path)


def test_the_repository_identity_is_valid_and_is_what_the_pages_say():
    data = yaml.safe_load((ROOT / "data" / "arsip.yml").read_text("utf-8"))
    assert not list(schema.validator("arsip").iter_errors(data))
    col = load_collection(Archive.here(ROOT))
    assert not [p for p in col.problems if p.file == "data/arsip.yml"]
    assert col.identity["region"]["name"] == "Bojonegoro"
    # the words the site printed before the identity was data, unchanged
    assert ARCHIVE_NAME["id"] == "Arsip Batik Bojonegoro" and ARCHIVE_NAME["en"] == "Bojonegoro Batik Archive"
    assert t("kit_brand", "id") == "BATIK JONEGOROAN · BOJONEGORO"
    assert t("map_label", "id") == "Peta 28 kecamatan Kabupaten Bojonegoro"
    assert t("kec_description", "en", name="Kapas").startswith("Kecamatan Kapas, Bojonegoro regency:")
    assert '"id": "Motif resmi Jonegoroan"' in schema.text("motif")


def test_a_bad_field_gets_a_bilingual_error_with_file_line_and_field(tmp_path):
    good = (ROOT / "data" / "arsip.yml").read_text("utf-8")
    bad = good.replace("slug: arsip-batik-bojonegoro", "slug: Arsip Batik!").replace("  country_code: ID\n", "")
    assert bad != good
    col = load_collection(_archive(tmp_path, bad))
    probs = [p for p in col.problems.errors if p.file == "data/arsip.yml"]
    slug_line = next(i for i, ln in enumerate(bad.splitlines(), 1) if ln.startswith("slug:"))
    by_field = {p.field: p for p in probs}
    assert "slug" in by_field and by_field["slug"].line == slug_line, probs
    assert by_field["slug"].id and by_field["slug"].en and by_field["slug"].id != by_field["slug"].en
    assert any("country_code" in (p.field + p.id + p.en) for p in probs), probs
    assert col.identity == {}  # an invalid identity is not used


def test_a_missing_identity_file_is_reported(tmp_path):
    col = load_collection(Archive.here(tmp_path))
    [p] = [p for p in col.problems if p.file == "data/arsip.yml"]
    assert p.code == "identity.missing" and "data/arsip.yml" in p.id and "data/arsip.yml" in p.en


def test_another_region_fills_the_words_schemas_and_boundary_files(tmp_path):
    arc = _archive(tmp_path, (REGION / "arsip.yml").read_text("utf-8"))
    col = load_collection(arc)
    assert not col.problems.errors, col.problems.errors
    assert ARCHIVE_NAME["en"] == "Contoh Batik Archive"
    assert t("kit_brand", "id") == "BATIK CONTOHAN · CONTOH"
    assert "Kabupaten Contoh" in t("kec_description", "id", name="X")
    from arsip.core import urls
    assert urls.offline_zip_name() == "arsip-batik-contoh-offline.zip"
    assert urls.OFFLINE_ZIP_NAME == "arsip-batik-contoh-offline.zip"
    assert urls.ISSUES.startswith("https://github.com/arsip-batik-contoh/")
    assert identity.boundary_file("kecamatan") == "contoh-kecamatan-ringkas.geojson"
    assert any(f.startswith("peta/contoh-kecamatan") for f, *_ in urls.open_data_rows())
    for kind in schema.KINDS:
        text = schema.text(kind)
        assert not re.search("bojonegoro|jonegoro", text, re.I), kind
        assert "{region}" not in text and "{tradition_short}" not in text
    words = " ".join(t(k, lang) for k in __import__("arsip.core.i18n", fromlist=["WORDS"]).WORDS for lang in ("id", "en"))
    assert not re.search("bojonegoro|jonegoro", words, re.I)
    assert "{region" not in words and "{archive" not in words and "{tradition" not in words


def test_no_module_of_scripts_names_the_region():
    """`grep -ri "bojonegoro\\|jonegoro" scripts/` is empty: the words come from data/arsip.yml."""
    r = subprocess.run(["grep", "-rniI", "--exclude-dir=*.egg-info", "bojonegoro\\|jonegoro", "scripts/"],
                       cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 1 and not r.stdout, r.stdout


def test_synthetic_archives_carry_the_identity(tmp_path):
    from tools.synthetic import make_archive

    make_archive(ROOT, tmp_path / "a", 1, n_makers=1)
    assert (tmp_path / "a" / "data" / "arsip.yml").is_file()
    shutil.rmtree(tmp_path / "a")
