"""IIIF Presentation 3 (issue 21): a manifest per motif with a picture and one collection,
checked as the clients read them: the iiif-prezi3 models (strict types), the official
schema's rules on `rights` and language maps, and every image they name exists on disk with
exactly the width and height stated (the classic static-IIIF failure)."""

from __future__ import annotations

import copy
import json
import re

import pytest
from PIL import Image

from support import MOTIF_IDS

SITE_URL = "http://127.0.0.1:8000/"
# The official IIIF 3 JSON Schema (IIIF/presentation-validator schema/iiif_3_0.json) allows these rights:
RIGHTS = re.compile(r"^http://(creativecommons\.org/licenses/|creativecommons\.org/publicdomain/|"
                    r"rightsstatements\.org/vocab/)")
LANG_KEY = re.compile(r"^([a-zA-Z-][a-zA-Z-]*|none)$")
LANG_MAPS = ("label", "summary", "value")


def _docs(site) -> dict:
    docs = {p.parent.name: json.loads(p.read_text("utf-8")) for p in (site / "iiif").glob("*/manifest.json")}
    docs["collection"] = json.loads((site / "iiif" / "collection.json").read_text("utf-8"))
    return docs


def _walk(node):
    if isinstance(node, dict):
        yield node
        for v in node.values():
            yield from _walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from _walk(v)


def problems(doc: dict) -> list[str]:
    """What the official schema would reject in the properties we write (beyond the model types)."""
    out = []
    for node in _walk(doc):
        if "rights" in node and not RIGHTS.match(node["rights"]):
            out.append(f"rights {node['rights']}")
        for key in LANG_MAPS:
            lm = node.get(key)
            if key == "value" and node.get("type") is not None:  # a body's value is not a language map
                continue
            if isinstance(lm, dict):
                for k, v in lm.items():
                    if not LANG_KEY.match(k) or not isinstance(v, list) or not all(isinstance(s, str) for s in v):
                        out.append(f"{key} {k}: {v!r}")
            elif lm is not None:
                out.append(f"{key} is not a language map: {lm!r}")
    return out


def test_manifests_and_collection_load_in_iiif_prezi3_and_follow_the_schema(site):
    from iiif_prezi3 import Collection, Manifest

    docs = _docs(site)
    assert set(docs) - {"collection"} == set(MOTIF_IDS), "one manifest per motif with a picture"
    for name, doc in docs.items():
        (Collection if name == "collection" else Manifest)(**doc)
        assert problems(doc) == [], name
        assert doc["@context"] == "http://iiif.io/api/presentation/3/context.json"
    coll = docs["collection"]
    assert [i["id"] for i in coll["items"]] == [docs[m]["id"] for m in MOTIF_IDS]
    m = docs["sekar-jati"]
    assert m["label"] == {"id": ["Sekar Jati"], "en": ["Sekar Jati"]}
    assert m["rights"] == "http://creativecommons.org/publicdomain/zero/1.0/"  # the CC0 drawing
    assert {h["language"][0]: h["id"] for h in m["homepage"]} == {"id": SITE_URL + "motif/sekar-jati/",
                                                                 "en": SITE_URL + "en/motif/sekar-jati/"}
    assert "Tim Arsip Batik Bojonegoro" in m["requiredStatement"]["value"]["id"][0]
    assert "not the motif's design" in m["requiredStatement"]["value"]["en"][0]
    for see in m["seeAlso"]:
        assert (site / see["id"][len(SITE_URL):]).is_file(), see
    ld = json.loads((site / "data" / "motif" / "sekar-jati.jsonld").read_text("utf-8"))
    assert ld["@type"] == "VisualArtwork" and ld["@id"] == SITE_URL + "motif/sekar-jati/"


def test_checks_catch_seeded_errors(site):
    from iiif_prezi3 import Manifest

    good = _docs(site)["sekar-jati"]
    bad = copy.deepcopy(good)
    bad["label"] = {"id": "Sekar Jati"}  # a string, not a list
    with pytest.raises(Exception):
        Manifest(**bad)
    assert problems(bad)
    bad = copy.deepcopy(good)
    bad["rights"] = "https://creativecommons.org/publicdomain/zero/1.0/"  # https: the schema says no
    assert problems(bad) == ["rights https://creativecommons.org/publicdomain/zero/1.0/"]


def test_every_image_exists_with_the_size_it_states(site):
    seen = 0
    for name, doc in _docs(site).items():
        for node in _walk(doc):
            if node.get("type") == "Image":
                assert node["id"].startswith(SITE_URL) and node["format"] == "image/jpeg", node
                path = site / node["id"][len(SITE_URL):]
                assert path.is_file(), f"{name}: {node['id']} does not exist"
                with Image.open(path) as im:
                    assert (im.format, im.size) == ("JPEG", (node["width"], node["height"])), (name, node["id"])
                seen += 1
        for canvas in (doc["items"] if doc["type"] == "Manifest" else []):
            body = canvas["items"][0]["items"][0]["body"]
            assert (canvas["width"], canvas["height"]) == (body["width"], body["height"])
            assert "service" not in body, "no image service: none of its URLs would exist"
    assert seen > 3 * len(MOTIF_IDS)


def test_manifests_are_linked_listed_and_findable(site):
    page = (site / "motif" / "sekar-jati" / "index.html").read_text("utf-8")
    href = f'../../iiif/sekar-jati/manifest.json?manifest={SITE_URL}iiif/sekar-jati/manifest.json'
    assert f'class="arsip-iiif" href="{href}"' in page
    for data_page in (site / "data" / "index.html", site / "en" / "data" / "index.html"):
        assert f"iiif/collection.json?manifest={SITE_URL}iiif/collection.json" in data_page.read_text("utf-8")
    sitemap = (site / "sitemap.xml").read_text("utf-8")
    assert f"<loc>{SITE_URL}iiif/collection.json</loc>" in sitemap
    assert all(f"<loc>{SITE_URL}iiif/{m}/manifest.json</loc>" in sitemap for m in MOTIF_IDS)
    pkg = json.loads((site / "data" / "datapackage.json").read_text("utf-8"))
    assert pkg["iiif_collection"]["path"] == SITE_URL + "iiif/collection.json"
