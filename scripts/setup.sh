#!/usr/bin/env bash
# Set up everything the archive needs on a fresh Debian machine with Python 3.11.
#   bash scripts/setup.sh          -> Python environment for building and serving
#   bash scripts/setup.sh --test   -> also Chromium and the test tools
set -euo pipefail
cd "$(dirname "$0")/.."

want=(python3-venv)
if [ "${1:-}" = "--test" ]; then
  want+=(chromium fonts-dejavu-core poppler-utils)
  # Lighthouse (scripts/bench/lighthouse.py) runs on Node from Debian when none is installed.
  command -v npm >/dev/null 2>&1 || want+=(nodejs npm)
fi
missing=()
for p in "${want[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
if [ "${1:-}" = "--test" ]; then
  .venv/bin/python -m pip install -q -e '.[test]'
else
  .venv/bin/python -m pip install -q -e .
fi
echo "Siap / ready: .venv/bin/arsip"
