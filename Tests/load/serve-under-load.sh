#!/usr/bin/env bash
# Runs `chronicle serve` on the sample site and loads it with wrk on loopback: two rounds of
# DURATION each with CONNECTIONS connections over pages, assets and search files. Prints
# requests/s, latency, errors and the server's resident memory before, between and after the
# rounds (flat memory means no per-request leak). Exits non-zero on any error response.
# Usage: Tests/load/serve-under-load.sh CHRONICLE_BINARY [DURATION] [CONNECTIONS]
set -euo pipefail
binary=$1
duration=${2:-20s}
connections=${3:-100}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT

"$binary" serve --port 0 --output "$work/Site" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do grep -q '^Serving' "$work/serve.log" 2>/dev/null && break; sleep 0.1; done
url=$(grep -oE 'http://[0-9.]+:[0-9]+' "$work/serve.log" | head -1)
[ -n "$url" ] || { echo "load: the server did not start:" >&2; cat "$work/serve.log" >&2; exit 1; }

# Every page and asset of the site, so the run touches all of it.
(cd "$work/Site" && find . -type f \( -name '*.html' -o -name '*.css' -o -name '*.js' -o -name '*.json' \) | sed 's|^\.||' | sort) >"$work/paths"
export CHRONICLE_LOAD_PATHS="$work/paths"
rss() { awk '/^VmRSS/ {print $2 " kB"}' "/proc/$server/status"; }

echo "load: $url, $(wc -l <"$work/paths") paths, $connections connections, 2 rounds of $duration"
echo "load: server memory (RSS) at start: $(rss)"
errors=0
for round in 1 2; do
  wrk -t2 -c"$connections" -d"$duration" --latency -s "$here/paths.lua" "$url" >"$work/wrk.txt"
  requests=$(awk '/^Requests\/sec/ {print $2}' "$work/wrk.txt")
  latency=$(awk '$1 == "Latency" && $2 != "Distribution" {print "avg " $2 ", max " $4}' "$work/wrk.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
  total=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
  failed=$(awk '/Non-2xx/ {print $NF}' "$work/wrk.txt"); failed=${failed:-0}
  sockets=$(awk '/Socket errors/ {print $0}' "$work/wrk.txt")
  echo "round $round: $total requests, $requests requests/s, latency $latency, p99 $p99, non-2xx $failed${sockets:+, $sockets}; RSS after: $(rss)"
  errors=$((errors + failed))
  [ -z "$sockets" ] || errors=$((errors + 1))
done
kill -0 $server 2>/dev/null || { echo "load: the server died" >&2; exit 1; }
[ $errors -eq 0 ] && echo "load: every request answered without error"
exit $(( errors > 0 ))
