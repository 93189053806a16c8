"""The generated docs are plain Markdown: MkDocs and ProperDocs build them unchanged.

Zensical cannot be installed from the registries reachable here (it needs zensical-ui),
so it is not tested; nothing in the generated docs depends on a plugin or hook.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from support import MOTIF_IDS


@pytest.mark.parametrize("tool", ["mkdocs", "properdocs"])
def test_generated_docs_build_with_other_generators(built, tool, tmp_path):
    exe = Path(sys.executable).with_name(tool)
    assert exe.exists(), f"{tool} is installed with the test extras"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    for cfg in ("mkdocs.yml", "mkdocs.en.yml"):
        out = tmp_path / cfg
        r = subprocess.run([str(exe), "build", "-q", "-f", cfg, "-d", str(out)], cwd=built.arc.root,
                           capture_output=True, text=True, env=env)
        assert r.returncode == 0, r.stderr
        html = (out / "motif" / MOTIF_IDS[0] / "index.html").read_text("utf-8")
        assert built.col.motif(MOTIF_IDS[0])["name"] in html
