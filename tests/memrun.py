"""Run a command and report its peak memory (the largest resident set it reached).

The command runs under a fresh intermediate Python whose only child it is, so
RUSAGE_CHILDREN measures exactly that command, not earlier children of the test run.
"""

from __future__ import annotations

import json
import subprocess
import sys

_WRAPPER = r"""
import json, resource, subprocess, sys
r = subprocess.run(sys.argv[1:], capture_output=True, text=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
print(json.dumps({"rc": r.returncode, "out": r.stdout, "err": r.stderr, "peak_mb": peak / 1024}))
"""


def run(cmd: list[str], cwd) -> dict:
    r = subprocess.run([sys.executable, "-c", _WRAPPER, *cmd], cwd=cwd, capture_output=True, text=True, timeout=600)
    return json.loads(r.stdout)


def arsip(args: list[str], cwd) -> dict:
    return run([sys.executable, "-m", "arsip.cli", *args], cwd)
