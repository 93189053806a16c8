"""Checked by the clients that will read it (issue 21): the Nu HTML Checker (the validator
behind validator.w3.org/nu) finds no error in any page of either language, nor in the offline
copy. One Java run over every page (fast); a seeded broken page in the same run proves that
the checker really reports errors. Accepted messages, each with its reason:
tests/fixtures/vnu/filter.txt."""

from __future__ import annotations

import collections
import json
import shutil
import subprocess

import pytest

from support import ROOT, npm_tool, offline_copy

FILTER = ROOT / "tests" / "fixtures" / "vnu" / "filter.txt"
BROKEN = ('<!doctype html><html lang="id"><head><meta charset="utf-8"><title>x</title></head><body>'
          '<div markdown="0"><a href="/"><figcaption>x</figcaption></a></div></body></html>')


def vnu(*roots) -> list[dict]:
    """Every error the Nu HTML Checker reports for the HTML files under `roots` (one JVM)."""
    java = shutil.which("java")
    assert java, "java missing: run `bash scripts/setup.sh --test` (installs default-jre-headless)"
    r = subprocess.run([java, "-jar", str(npm_tool("vnu-jar/build/dist/vnu.jar")), "--skip-non-html", "--errors-only",
                        "--no-langdetect", "--filterfile", str(FILTER), "--format", "json", *map(str, roots)],
                       capture_output=True, text=True, timeout=900)
    return [m for m in json.loads(r.stderr)["messages"] if m["type"] in ("error", "non-document-error")]


def summary(errors: list[dict], limit: int = 15) -> str:
    by = collections.Counter(m["message"] for m in errors)
    first = {}
    for m in errors:
        first.setdefault(m["message"], m)
    return "\n".join(f"{n} × {msg}\n    e.g. {first[msg]['url']}:{first[msg].get('lastLine')}: "
                     f"{first[msg].get('extract', '').strip()[:160]}" for msg, n in by.most_common(limit))


@pytest.fixture(scope="module")
def unpacked(site, tmp_path_factory):
    return offline_copy(site, tmp_path_factory.mktemp("offline-copy"))


def test_every_page_is_valid_html(site, unpacked, tmp_path):
    seeded = tmp_path / "seeded" / "index.html"
    seeded.parent.mkdir()
    seeded.write_text(BROKEN, "utf-8")
    pages = [p for root in (site, unpacked) for p in root.rglob("*.html")]
    assert len([p for p in pages if p.is_relative_to(unpacked)]) > 40, "the offline copy has its pages"
    assert any(p.relative_to(site).parts[0] == "en" for p in pages if p.is_relative_to(site))
    errors = vnu(site, unpacked, seeded.parent)
    caught = {m["message"] for m in errors if m["url"].endswith("/seeded/index.html")}
    assert any("markdown" in m for m in caught) and any("figcaption" in m for m in caught), caught
    real = [m for m in errors if not m["url"].endswith("/seeded/index.html")]
    assert not real, f"{len(real)} errors in {len({m['url'] for m in real})} pages:\n" + summary(real)
