"""The GitHub files are valid and run the same commands as CI and the README."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
import yaml

from support import ROOT

WF = ROOT / ".github" / "workflows"
CI = (ROOT / ".ci" / "run").read_text("utf-8")
README = (ROOT / "README.md").read_text("utf-8")
TEST_CMD = "bash scripts/setup.sh --test"
PYTEST_CMD = ".venv/bin/python -m pytest -q"
BUILD_CMD = ".venv/bin/arsip build"


def workflow(name: str) -> dict:
    return yaml.safe_load((WF / name).read_text("utf-8"))


def triggers(wf: dict) -> dict:
    return wf.get("on", wf.get(True))  # YAML 1.1 reads the key `on` as true


def steps(wf: dict) -> list[dict]:
    return [s for job in wf["jobs"].values() for s in job["steps"]]


def runs(wf: dict) -> list[str]:
    return [s["run"] for s in steps(wf) if "run" in s]


def uses(wf: dict) -> list[str]:
    return [s["uses"] for s in steps(wf) if "uses" in s]


@pytest.mark.parametrize("name", ["pr.yml", "deploy.yml", "usulan.yml"])
def test_workflow_is_valid(name):
    wf = workflow(name)
    assert wf["name"] and triggers(wf) and wf["jobs"]
    r = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
                        str(WF / name)], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    for u in uses(wf):
        assert re.match(r"^[\w.-]+/[\w.-]+@v\d+$", u), u  # every action pinned to a major version
    assert "3.11" in [s.get("with", {}).get("python-version") for s in steps(wf) if "setup-python" in s.get("uses", "")]


def test_the_commands_are_the_ones_ci_and_readme_use():
    for cmd in (TEST_CMD, PYTEST_CMD):
        assert cmd in CI and cmd in README, cmd
    assert BUILD_CMD in README


def test_pull_request_workflow_checks_tests_and_builds():
    wf = workflow("pr.yml")
    assert "pull_request" in triggers(wf)
    assert runs(wf) == [TEST_CMD, ".venv/bin/arsip check --format github", PYTEST_CMD, BUILD_CMD]


def test_deploy_workflow_publishes_main_to_pages_and_keeps_the_image_cache():
    wf = workflow("deploy.yml")
    assert triggers(wf)["push"]["branches"] == ["main"]
    assert wf["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert BUILD_CMD in runs(wf) and "bash scripts/setup.sh" in runs(wf)
    cache = next(s for s in steps(wf) if s.get("uses", "").startswith("actions/cache@"))
    assert cache["with"]["path"] == ".cache/images" and cache["with"]["restore-keys"]
    u = uses(wf)
    assert any(x.startswith("actions/upload-pages-artifact@") for x in u)
    assert any(x.startswith("actions/deploy-pages@") for x in u)
    up = next(s for s in steps(wf) if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert up["with"]["path"] == "site"


def test_proposal_workflow_converts_downloads_checks_and_opens_a_pull_request():
    wf = workflow("usulan.yml")
    assert set(triggers(wf)["issues"]["types"]) >= {"opened", "labeled"}
    job = next(iter(wf["jobs"].values()))
    assert "usulan-motif" in job["if"]
    text = "\n".join(runs(wf))
    order = [text.index(s) for s in (".venv/bin/arsip from-issue", "images.txt", "arsip normalise",
                                     ".venv/bin/arsip check")]
    assert order == sorted(order)
    assert "--proto '=https'" in text and "--max-filesize" in text
    assert any(u.startswith("peter-evans/create-pull-request@") for u in uses(wf))
    assert wf["permissions"]["pull-requests"] == "write"


@pytest.mark.parametrize("name", ["pr.yml", "deploy.yml", "usulan.yml"])
def test_no_issue_text_is_pasted_into_a_shell_command(name):
    """Untrusted text (issue body, title, names) reaches scripts only through env variables."""
    for script in runs(workflow(name)):
        assert "${{" not in script, script


def test_issue_form_label_matches_the_workflow():
    from arsip.cli.from_issue import FORM_FILE, LABEL

    form = yaml.safe_load((ROOT / FORM_FILE).read_text("utf-8"))
    assert LABEL in form["labels"] and LABEL in workflow("usulan.yml")["jobs"]["usulan"]["if"]


def test_pull_request_template_has_a_checklist_indonesian_first():
    text = (ROOT / ".github" / "PULL_REQUEST_TEMPLATE.md").read_text("utf-8")
    boxes = [ln for ln in text.splitlines() if ln.startswith("- [ ] ")]
    assert len(boxes) >= 6
    for ln in boxes:
        idx, _, en = ln.partition(" / ")
        assert en, ln  # Indonesian, then English
    for word in ("arsip check", "consent", "lisensi", "GPS", "opt_in", "alt"):
        assert word in text, word
