#!/usr/bin/env bash
# The search page in headless Chromium, with the site served from a sub-path (/NAME/) by a
# plain static server: folded queries find what they should, a facet narrows the results,
# "uỷ" and "ủy" are the same, and opened from file:// the page explains itself.
# Usage: Tests/browser/check-search.sh SITE_DIR
set -euo pipefail
site=$(cd "$1" && pwd)
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "check-search: no Chromium found; install Debian's chromium" >&2; exit 1; }

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$(dirname "$site")" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
base="http://127.0.0.1:$port/$(basename "$site")"
curl -s -o /dev/null --retry 30 --retry-connrefused --retry-delay 1 "$base/search.html"

failed=0
# The page's DOM once its scripts have settled, and any console message it printed.
render() {
  local output
  output=$(timeout 60 "$browser" --headless --no-sandbox --disable-gpu --enable-logging=stderr --v=0 \
    --virtual-time-budget=10000 --dump-dom "$1" 2>/tmp/check-search-console.$$ || true)
  if grep -q ':CONSOLE' /tmp/check-search-console.$$; then
    echo "check-search: $1 printed to the console:" >&2; grep ':CONSOLE' /tmp/check-search-console.$$ >&2; failed=1
  fi
  rm -f /tmp/check-search-console.$$
  printf '%s' "$output"
}
count() { grep -oE '[0-9.]+ kết quả' <<<"$1" | head -1 | tr -d '.' | cut -d' ' -f1; }
expect() { # description, condition result
  if [ "$2" = yes ]; then echo "  ok: $1"; else echo "check-search: FAILED: $1" >&2; failed=1; fi
}
has() { grep -qF -- "$2" <<<"$1" && echo yes || echo no; }

dang=$(render "$base/search.html?q=dang+uy+khoi")
expect "'dang uy khoi' finds Đảng ủy Khối ($(count "$dang") results)" "$(has "$dang" '>Đảng ủy Khối')"
hau=$(render "$base/search.html?q=hau+giang")
expect "'hau giang' finds Hậu Giang ($(count "$hau") results)" "$(has "$hau" '>Hậu Giang<')"
narrowed=$(render "$base/search.html?q=hau+giang&kind=event")
expect "the 'Sự kiện' facet narrows 'hau giang' from $(count "$hau") to $(count "$narrowed")" \
  "$([ -n "$(count "$narrowed")" ] && [ "$(count "$narrowed")" -lt "$(count "$hau")" ] && echo yes || echo no)"
expect "the narrowed results are all events" "$(grep -q 'result-kind">Tỉnh, thành' <<<"$narrowed" && echo no || echo yes)"
hook=$(render "$base/search.html?q=%C4%90%E1%BA%A3ng+u%E1%BB%B7")   # Đảng uỷ
plain=$(render "$base/search.html?q=dang+uy")
expect "'Đảng uỷ' and 'dang uy' give the same $(count "$plain") results" "$([ "$(count "$hook")" = "$(count "$plain")" ] && [ -n "$(count "$plain")" ] && echo yes || echo no)"
offline=$(render "file://$site/search.html?q=dang")
expect "opened from file://, the page says search needs a web server" "$(has "$offline" 'máy chủ web')"

[ $failed -eq 0 ] && echo "check-search: search works on $base/ (served from a sub-path)"
exit $failed
