#!/usr/bin/env bash
# Framing Lab: run every notebook in a real JupyterLab, in headless Chromium (browser_tests/).
#
#   bash tools/run_browser_tests.sh                 # all notebooks
#   bash tools/run_browser_tests.sh -k 03           # extra arguments go to pytest
#
# Needs: the course environment (.venv: `python3 course.py install`), Debian's chromium (installed
# here with apt-get when /usr/bin/chromium is missing, which needs root) and Playwright's Python
# package (installed into .venv from requirements-browser.txt; Playwright's own browser download,
# `playwright install`, is NOT used). Screenshots: artifacts/screenshots/<notebook>.png; server log:
# artifacts/browser/jupyter-server.log.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=.venv/bin/python
if [[ ! -x "$PY" ]]; then
    echo "No course environment in .venv/: run 'python3 course.py install' first." >&2
    exit 2
fi

CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
missing=()
[[ -x "$CHROMIUM" ]] || missing+=(chromium)
# Emoji (the exercise checks print ✅ and ❌) would show as empty boxes in the screenshots without it.
[[ -e /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ]] || missing+=(fonts-noto-color-emoji)
if (( ${#missing[@]} )); then
    if [[ "$(id -u)" != 0 ]]; then
        echo "Missing Debian package(s): ${missing[*]}. Install them as root:" >&2
        echo "    sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
        echo "or point CHROMIUM=/path/to/chromium at a Chromium you have." >&2
        [[ -x "$CHROMIUM" ]] || exit 2   # the emoji font alone is only cosmetic
    else
        echo "== installing ${missing[*]} (apt)"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
fi

# axe-core (npm), the accessibility rules engine run on the site and a report
# (browser_tests/test_accessibility.py): installed into artifacts/axe/, outside the repository's files.
AXE_CORE_VERSION=4.14.1
AXE_DIR=artifacts/axe
if [[ ! -f "$AXE_DIR/node_modules/axe-core/axe.min.js" ]] || \
   [[ "$(node -p "require('./$AXE_DIR/node_modules/axe-core/package.json').version" 2>/dev/null)" != "$AXE_CORE_VERSION" ]]; then
    if command -v npm >/dev/null; then
        echo "== installing axe-core $AXE_CORE_VERSION (npm) into $AXE_DIR"
        mkdir -p "$AXE_DIR"
        npm install --prefix "$AXE_DIR" --no-save --no-audit --no-fund --silent "axe-core@$AXE_CORE_VERSION"
    else
        echo "!! npm is missing: the accessibility test (axe-core) is skipped" >&2
    fi
fi
export AXE_CORE_JS="$PWD/$AXE_DIR/node_modules/axe-core/axe.min.js"

echo "== installing requirements-browser.txt into .venv"
"$PY" -m pip install --disable-pip-version-check --quiet -r requirements-browser.txt

echo "== $("$CHROMIUM" --version 2>/dev/null | head -1), playwright $("$PY" -c 'import importlib.metadata as m; print(m.version("playwright"))')"
# -o addopts="": the main suite's addopts (--nbval ..., --doctest-modules) are not for this folder;
# -p no:nbval keeps nbval from collecting anything here either.
exec env CHROMIUM="$CHROMIUM" "$PY" -m pytest browser_tests -p no:nbval -p no:cacheprovider -o addopts="" -q "$@"
