"""`arsip serve`: one rebuild per change, the open tab reloads by itself, site/ stays publishable."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
import urllib.request

import yaml

from support import MOTIF_IDS, copy_archive


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


def _wait(cond, seconds: float = 180) -> bool:
    deadline = time.time() + seconds
    while time.time() < deadline:
        if cond():
            return True
        time.sleep(0.3)
    return False


def test_an_edit_costs_one_rebuild_and_the_open_tab_reloads(tmp_path, browser):
    copy_archive(tmp_path)
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "arsip", "serve", "--port", str(port)], cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(iter(proc.stdout.readline, "")), daemon=True).start()
    url = f"http://127.0.0.1:{port}/motif/{MOTIF_IDS[0]}/"
    ctx = browser.new_context()
    try:
        assert _wait(lambda: "Makna" in (_get(url) or "")), "the first build is served:\n" + "".join(lines)
        pg = ctx.new_page()
        pg.goto(url, wait_until="networkidle")
        pg.evaluate("window.arsipUntouched = true")  # gone after a reload
        builds = sum("rebuilt" in ln for ln in lines)

        path = tmp_path / "motifs" / MOTIF_IDS[0] / "motif.yml"
        data = yaml.safe_load(path.read_text("utf-8"))
        data["meaning"]["id"] = "Makna yang baru saja diubah untuk uji pratinjau."
        path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")

        pg.wait_for_function("() => !window.arsipUntouched && document.body.innerText.includes('baru saja diubah')",
                             timeout=180_000)
        time.sleep(3)  # a second (needless) build would have started by now
        assert sum("rebuilt" in ln for ln in lines) == builds + 1, "".join(lines)
        assert not any("offline" in ln.lower() for ln in lines), "a preview never builds the offline copy"
    finally:
        ctx.close()
        proc.terminate()
        proc.wait(timeout=10)
    # The preview lives in .build/serve/: site/ is never filled with 127.0.0.1 addresses.
    assert (tmp_path / ".build" / "serve" / "index.html").is_file()
    assert not (tmp_path / "site").exists()
