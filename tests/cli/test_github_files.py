"""The GitHub files are valid and run the same commands as CI and the README."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

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
        assert re.match(r"^[\w.-]+/[\w.-]+@[0-9a-f]{40}$", u), u  # every action pinned to a commit
        assert re.search(rf"uses: {re.escape(u)} # v\d+\.\d+\.\d+$", (WF / name).read_text("utf-8"), re.M), u
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
    assert wf["permissions"] == {}
    assert wf["jobs"]["bangun"]["permissions"] == {"contents": "read", "pages": "read"}
    assert wf["jobs"]["terbitkan"]["permissions"] == {"pages": "write", "id-token": "write"}
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
    prepare, propose = wf["jobs"]["siapkan"], wf["jobs"]["usulkan"]
    assert "usulan-motif" in prepare["if"] and propose["needs"] == "siapkan"
    text = "\n".join(s["run"] for s in prepare["steps"] if "run" in s)
    order = [text.index(s) for s in (".venv/bin/arsip from-issue", "images.txt", "arsip normalise",
                                     ".venv/bin/arsip check")]
    assert order == sorted(order)
    assert "--proto '=https'" in text and "--max-filesize 26214400" in text
    assert any(s.get("uses", "").startswith("actions/upload-artifact@") for s in prepare["steps"])
    names = [s.get("uses", s.get("run", "")) for s in propose["steps"]]
    verify = next(i for i, n in enumerate(names) if "scripts/tools/verify_proposal.py" in n)
    opens = next(i for i, n in enumerate(names) if n.startswith("peter-evans/create-pull-request@"))
    assert any(n.startswith("actions/download-artifact@") for n in names[:verify]) and verify < opens
    assert "data/sources.yml" in propose["steps"][opens]["with"]["add-paths"]  # from-issue registers a source
    assert propose["permissions"] == {"contents": "write", "pull-requests": "write", "issues": "write"}


# -- Least privilege: what a job holding a write token may run ------------------------------------
UNTRUSTED_WORK = re.compile(r"from-issue|normalis|normaliz|\bcurl\b|\bwget\b|arsip check|pip install|setup\.sh")
WORKFLOWS = sorted(p.name for p in WF.glob("*.yml"))


def writes(job: dict, wf: dict | None = None) -> bool:
    """Whether the job's token can write (its own permissions, else the workflow's; GitHub's
    default for a repository may be write, so no permissions at all counts as writing)."""
    perms = job.get("permissions", (wf or {}).get("permissions", "write-all"))
    return perms == "write-all" or (isinstance(perms, dict) and "write" in perms.values())


@pytest.mark.parametrize("name", WORKFLOWS)
def test_permissions_are_asked_per_job(name):
    wf = workflow(name)
    assert wf["permissions"] == {}, "permissions: {} at workflow level; each job asks for its own"
    for job_id, job in wf["jobs"].items():
        assert isinstance(job.get("permissions"), dict), job_id


@pytest.mark.parametrize("name", WORKFLOWS)
def test_write_jobs_never_handle_what_a_stranger_sent(name):
    """A job that can write converts, downloads, decodes, installs or checks nothing: it may only
    verify an artifact with the standard library and publish it."""
    wf = workflow(name)
    for job_id, job in wf["jobs"].items():
        if not writes(job, wf):
            continue
        for step in job["steps"]:
            assert not UNTRUSTED_WORK.search(step.get("run", "")), (job_id, step["run"])
            assert "setup-python" not in step.get("uses", ""), job_id  # nothing installed next to a write token


@pytest.mark.parametrize("name", WORKFLOWS)
def test_checkouts_keep_no_credentials(name):
    for job_id, job in workflow(name)["jobs"].items():
        for step in job["steps"]:
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step.get("with", {}).get("persist-credentials") is False, job_id


@pytest.mark.parametrize("name", WORKFLOWS)
def test_no_issue_field_is_expanded_in_a_write_job_or_a_script(name):
    """github.event.issue.* reaches a script only through env; in a write job only its number does."""
    wf = workflow(name)
    for job_id, job in wf["jobs"].items():
        for step in job["steps"]:
            assert "${{" not in step.get("run", ""), step["run"]
            if writes(job, wf):
                found = re.findall(r"github\.event\.issue\.([\w.]+)", json.dumps(step))
                assert set(found) <= {"number"}, (job_id, found)


def test_the_lint_test_catches_a_write_job_that_downloads():
    """The check above can fail: a copy of the old single-job workflow is refused."""
    bad = {"permissions": {"contents": "write"}, "steps": [{"run": "curl -o a.jpg https://x"}]}
    assert writes(bad) and UNTRUSTED_WORK.search(bad["steps"][0]["run"])
    assert not writes({"permissions": {"contents": "read"}}) and not writes({}, {"permissions": {}}) and writes({})


def test_dependabot_keeps_actions_and_python_packages_current():
    cfg = yaml.safe_load((ROOT / ".github" / "dependabot.yml").read_text("utf-8"))
    assert {u["package-ecosystem"] for u in cfg["updates"]} >= {"github-actions", "pip"}
    r = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.dependabot",
                        str(ROOT / ".github" / "dependabot.yml")], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_zizmor_finds_nothing_in_the_github_folder():
    """zizmor (offline audits: pinning, permissions, credentials, template injection...) on .github/."""
    exe = Path(sys.executable).with_name("zizmor")
    r = subprocess.run([str(exe), "--offline", "--no-progress", "--format", "plain", str(ROOT / ".github")],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "No findings" in r.stdout + r.stderr


@pytest.mark.parametrize("name", ["pr.yml", "deploy.yml", "usulan.yml"])
def test_no_issue_text_is_pasted_into_a_shell_command(name):
    """Untrusted text (issue body, title, names) reaches scripts only through env variables."""
    for script in runs(workflow(name)):
        assert "${{" not in script, script


def test_issue_form_label_matches_the_workflow():
    from arsip.cli.from_issue import FORM_FILE, LABEL

    form = yaml.safe_load((ROOT / FORM_FILE).read_text("utf-8"))
    assert LABEL in form["labels"] and LABEL in workflow("usulan.yml")["jobs"]["siapkan"]["if"]


def test_pull_request_template_has_a_checklist_indonesian_first():
    text = (ROOT / ".github" / "PULL_REQUEST_TEMPLATE.md").read_text("utf-8")
    boxes = [ln for ln in text.splitlines() if ln.startswith("- [ ] ")]
    assert len(boxes) >= 6
    for ln in boxes:
        idx, _, en = ln.partition(" / ")
        assert en, ln  # Indonesian, then English
    for word in ("arsip check", "consent", "lisensi", "GPS", "opt_in", "alt"):
        assert word in text, word
