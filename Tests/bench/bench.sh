#!/usr/bin/env bash
# make bench: Chronicle against Hugo on the same synthetic corpus, in one run.
# For each size: full build wall time and per-stage times, pages written, peak RSS, the time to
# rebuild after changing one article (chronicle build, and the preview's rebuild in chronicle
# serve, which keeps the last build's results in memory), the time from a save in the preview until
# the server sends the article's page with it (ahead of that rebuild), Hugo's time on the equivalent site and the
# ratio, and the floor (reading every file and converting it with libcmark, via the cmark command).
# Usage: Tests/bench/bench.sh CHRONICLE SYNTHESIZER "1000 10000" [WORK_DIR]
set -euo pipefail
chronicle=$(realpath "$1")
synthesize=$(realpath "$2")
sizes=$3
work=${4:-.build/bench}
here=$(cd "$(dirname "$0")" && pwd)
templates=$(realpath Templates)
mkdir -p "$work"
work=$(realpath "$work")
cd "$work"
rm -f measure.log

# The preview after one article changed: chronicle serve, one save; the rebuild it reports, and
# the time from the save until the server sends the article's page with it (shown ahead of the rebuild).
serve_rebuild() {
  local size=$1 port=$((18000 + RANDOM % 1000))
  local article="content-$size/articles/000/bai-000001.txt"
  local page
  # grep -r, not a glob: 100,000 pages are more arguments than a command line takes.
  page=$(grep -rl --include='*.html' "sources/$(echo "$article" | cut -d/ -f2-)\"" "site-$size/articles" | head -1)
  "$chronicle" serve -v --content "content-$size" --templates "$templates" --output "site-$size" --port "$port" > serve.log 2>&1 &
  local pid=$!
  for _ in $(seq 1 1500); do grep -q '^Serving' serve.log && break; sleep 0.2; done
  # As it starts, the watcher walks every file once (saves during the first build reached no notifier): a writer saves
  # later than that, when only the kernel's word is read. (The walk is about 0.2 s at 10,000 articles.)
  sleep $((1 + size / 20000))
  local shown
  shown=$("$here/save-to-page.py" "$article" "http://127.0.0.1:$port/${page#site-$size/}" || true)
  for _ in $(seq 1 600); do [ "$(grep -c '^chronicle:' serve.log)" -ge 2 ] && break; sleep 0.1; done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  seconds() { grep -oE '[0-9.]+ m?s\b' | head -1 | awk '{print ($2 == "ms") ? $1 / 1000 : $1}'; }
  echo "$(grep '^chronicle:' serve.log | sed -n 2p | seconds) $shown"
}

echo "bench: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(hugo version 2>/dev/null | cut -d' ' -f2 | cut -d- -f1)"
printf '%-8s %9s %7s %7s %7s %7s %7s %8s %9s %9s %9s %9s %9s %7s %9s\n' articles chronicle load extract aggr render write pages "peak RSS" "1 changed" "in serve" "save→page" hugo ratio "vs floor"
for size in $sizes; do
  "$synthesize" --count "$size" --seed 42 --output "content-$size" --hugo "hugo-$size" >/dev/null
  rm -rf "site-$size" "hugo-site-$size" .chronicle-cache   # a clean full build, which fills the cache
  read -r wall peak status < <("$here/measure.py" "$chronicle" build -v --content "content-$size" --templates "$templates" --output "site-$size")
  [ "$status" = 0 ] || { echo "bench: chronicle build failed, see $work/measure.log" >&2; exit 1; }
  stage() { grep -E "^  $1 " measure.log | tail -1 | awk '{print ($3 == "ms") ? $2 / 1000 : $2}'; }
  pages=$(grep -oE '[0-9]+ pages written' measure.log | tail -1 | cut -d' ' -f1)
  load=$(stage load); extract=$(stage extract); aggregate=$(stage aggregate); render=$(stage render); write=$(stage write)

  # One article changed, then the same build again: only it is read and extracted anew.
  changed="content-$size/articles/000/bai-000000.txt"
  printf '\nMột đoạn được bổ sung sau khi đăng.\n' >> "$changed"
  read -r rebuild _ _ < <("$here/measure.py" "$chronicle" build --content "content-$size" --templates "$templates" --output "site-$size")
  read -r serve page < <(serve_rebuild "$size" || true)
  [ -n "$serve" ] && [ -n "$page" ] || { echo "bench: chronicle serve reported no rebuild (or never showed the saved page) after one change, see $work/serve.log" >&2; exit 1; }

  read -r hugo _ hstatus < <("$here/measure.py" hugo --quiet -s "hugo-$size" -d "$work/hugo-site-$size")
  [ "$hstatus" = 0 ] || { echo "bench: hugo failed, see $work/measure.log" >&2; exit 1; }
  hugo_pages=$(find "hugo-site-$size" -name '*.html' | wc -l)

  # The floor: every file read, every article through libcmark.
  read -r floor _ _ < <("$here/measure.py" sh -c "find content-$size/articles -type f -exec cat {} + | cmark >/dev/null")
  printf '%-8s %8.2fs %7.2f %7.2f %7.2f %7.2f %7.2f %8s %7s MB %8.2fs %8.2fs %8.3fs %8.2fs %8.2fx %8.1fx\n' \
    "$size" "$wall" "$load" "$extract" "$aggregate" "$render" "$write" "$pages" "$peak" "$rebuild" "$serve" "$page" "$hugo" \
    "$(echo "$wall / $hugo" | bc -l)" "$(echo "$wall / $floor" | bc -l)"
  echo "         (hugo wrote $hugo_pages pages; floor $floor s)"
  sizes_done="${sizes_done:-} $size"
done
for size in $sizes_done; do
  echo "search at $size articles, what a browser downloads per query (uncompressed):"
  "$here/search-download.py" "site-$size"
done
