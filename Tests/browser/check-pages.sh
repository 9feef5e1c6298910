#!/usr/bin/env bash
# Loads pages of a built site in headless Chromium: fails on any console message (an error or a
# warning the page printed), and saves a screenshot of each page to look at.
# Usage: Tests/browser/check-pages.sh SITE_DIR SCREENSHOT_DIR
set -euo pipefail
site=$(cd "$1" && pwd)
shots=$2
mkdir -p "$shots"
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "check-pages: no Chromium found; install Debian's chromium" >&2; exit 1; }

unit=$(ls "$site/units" | grep -v '^index.html$' | head -1)
article=$(ls "$site/articles" | head -1)
pages=("index.html" "units/$unit" "awards.html" "articles/$article" "timeline.html" "provinces/index.html" "themes/index.html")

failed=0
for page in "${pages[@]}"; do
  name=$(echo "${page%.html}" | tr '/' '-')
  for width in 1280 390; do
    log=$(timeout 90 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --enable-logging=stderr --v=0 \
      --window-size=$width,1800 --screenshot="$shots/$name-$width.png" "file://$site/$page" 2>&1 >/dev/null || true)
    console=$(printf '%s\n' "$log" | grep ':CONSOLE' || true)
    if [ -n "$console" ]; then
      echo "check-pages: $page printed to the console:" >&2
      printf '%s\n' "$console" >&2
      failed=1
    fi
    [ -s "$shots/$name-$width.png" ] || { echo "check-pages: no screenshot of $page at $width px" >&2; failed=1; }
  done
done
[ $failed -eq 0 ] && echo "check-pages: ${#pages[@]} pages loaded in Chromium without console messages; screenshots in $shots"
exit $failed
