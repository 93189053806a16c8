"""`arsip serve` rebuilds the site when a motif record changes."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request

import yaml

from support import copy_archive
from support import MOTIF_IDS


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8")
    except OSError:
        return None


def test_serve_rebuilds_when_a_yaml_file_changes(tmp_path):
    copy_archive(tmp_path)
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "arsip.cli", "serve", "--port", str(port)], cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}/motif/{MOTIF_IDS[0]}/"
    try:
        deadline = time.time() + 120
        while time.time() < deadline and not (_get(url) or ""):
            time.sleep(0.5)
        assert "Makna" in (_get(url) or ""), "the first build is served"
        path = tmp_path / "motifs" / MOTIF_IDS[0] / "motif.yml"
        data = yaml.safe_load(path.read_text("utf-8"))
        data["meaning"]["id"] = "Makna yang baru saja diubah untuk uji pratinjau."
        path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
        deadline = time.time() + 120
        while time.time() < deadline and "baru saja diubah" not in (_get(url) or ""):
            time.sleep(0.5)
        assert "baru saja diubah" in (_get(url) or "")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
