#!/usr/bin/env bash
# Renders the HTML report of Fixtures/acme in headless Chromium: writes a PNG screenshot to
# look at and a printed PDF, and fails when the page logs anything to the console or is not
# self-contained.
# Run by hand: installs the Debian `chromium` package when it is missing (needs root).
#   Tests/browser-check.sh [OUTPUT_DIR]     (default: a fresh temporary folder)
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-$(mktemp -d)}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

if ! command -v chromium >/dev/null 2>&1; then
  echo "== installing chromium (apt-get)"
  apt-get update && apt-get install -y chromium
fi

echo "== swift build"
swift build
html="$out/acme.html"
.build/debug/incentive calculate Fixtures/acme --format html --output "$html"

# Self-contained: no script, no external resource (the SVG namespace is a name, not a fetch).
if grep -qi '<script' "$html"; then echo "FAIL: the report holds a <script>"; exit 1; fi
if grep -Eo '(src|href)="[^"]*"' "$html" | grep -q .; then echo "FAIL: the report loads a resource"; exit 1; fi

flags=(--headless --disable-gpu --no-sandbox --hide-scrollbars --enable-logging=stderr --v=0)
chromium "${flags[@]}" --window-size=1200,5200 --screenshot="$out/acme.png" "file://$html" 2>"$out/screenshot.log"
chromium "${flags[@]}" --dump-dom "file://$html" >"$out/dom.html" 2>"$out/console.log"
chromium "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/acme.pdf" "file://$html" 2>"$out/print.log"

if grep -h ':CONSOLE' "$out/screenshot.log" "$out/console.log" "$out/print.log"; then
  echo "FAIL: the page logged to the console (above)"
  exit 1
fi
total=$(sed -n 's/^  "total": "\(.*\)"$/\1/p' Fixtures/acme/expected.json)
grouped=$(printf '%s' "$total" | sed -E ':a;s/^([0-9]+)([0-9]{3})/\1,\2/;ta')
grep -q "$grouped" "$out/dom.html" || { echo "FAIL: total $grouped not in the rendered page"; exit 1; }
[ -s "$out/acme.png" ] || { echo "FAIL: no screenshot"; exit 1; }
[ -s "$out/acme.pdf" ] || { echo "FAIL: no printed PDF"; exit 1; }
echo "ok: $out/acme.png and $out/acme.pdf (total $grouped, no console messages)"
