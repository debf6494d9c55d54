#!/usr/bin/env bash
# Whole-command benchmark of what a user runs (./paperboy, with its JVM flags and startup cache):
# backfill recorded responses into an empty site (daily posts, data files and digest posts
# without a model), run it again (nothing changes), the cron case (one list date fetched again
# with new upvotes on the backfilled site: its posts, data and the month's report rewritten),
# one day into an empty site, and a backfill with images on while every image host is
# unreachable. Each case runs RUNS times; the median is reported with peak RSS.
# Usage: bench/backfill.sh [WEEKDAYS] [PAPERS_PER_DAY] [RUNS]   (default 558, all (~27), 3)
#   bench/backfill.sh 558 17   is shaped like the real two years (9,581 papers in 558 days).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
. scripts/find-jdk.sh
use_jdk
weekdays="${1:-558}"
per_day="${2:-1000}"
runs="${3:-3}"
out="$here/bench/out"
rm -rf "$out" && mkdir -p "$out"

./mvnw -q -B -DskipTests -Dspotless.check.skip=true test-compile package
read -r from to < <("$JAVA_HOME/bin/java" -cp "target/test-classes:target/paperboy.jar" \
  dev.paperboy.testing.SyntheticYear "$out/recorded" "$weekdays" "$per_day")
papers=$(cat "$out"/recorded/*.json | grep -o '"paper":' | wc -l)
echo "Synthetic source: $weekdays weekdays, $papers papers, $from to $to"
./paperboy --version > /dev/null   # builds the startup cache once, outside the timings

# A media config whose hosts all refuse connections (nothing listens on port 9 here).
mkdir -p "$out/offline"
printf 'media:\n  allowed-hosts: [127.0.0.1]\n  arxiv-base: http://127.0.0.1:9\n' > "$out/offline/config.yml"

run_case() { # label fresh(yes|no) args...
  local label="$1" fresh="$2" i wall rss secs
  shift 2
  : > "$out/$label.times"
  for ((i = 1; i <= runs; i++)); do
    [ "$fresh" = yes ] && rm -rf "$out/site-$label"
    source="$out/recorded"
    # The cron case alternates between two recordings of its date, so each run sees new counts.
    [ "$label" = cron ] && source="$out/recorded-$((i % 2))"
    /usr/bin/time -v -o "$out/time.txt" ./paperboy daily --create --site "$out/site-$label" \
      --source "$source" "$@" > "$out/run-$label.log" 2>&1
    wall=$(sed -n 's/.*Elapsed (wall clock) time.*: //p' "$out/time.txt")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out/time.txt")
    secs=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    echo "$secs $rss" >> "$out/$label.times"
  done
  sort -n "$out/$label.times" | awk -v label="$label" -v runs="$runs" '
    { s[NR] = $1; r[NR] = $2 } END {
      m = int((NR + 1) / 2); max = 0; for (i in r) if (r[i] > max) max = r[i];
      printf "%-16s median %6.2f s  (min %.2f, max %.2f, %d runs)  peak RSS %4d MB\n",
        label, s[m], s[1], s[NR], runs, max / 1024 }'
  grep '^Done' "$out/run-$label.log" | sed 's/^/                 /'
}

run_case backfill yes --from "$from" --to "$to" --no-images
rm -rf "$out/site-rerun" && cp -r "$out/site-backfill" "$out/site-rerun"
run_case rerun no --from "$from" --to "$to" --no-images
rm -rf "$out/site-cron" && cp -r "$out/site-backfill" "$out/site-cron"
mkdir -p "$out/recorded-0" "$out/recorded-1"
cp "$out/recorded/daily_papers-$to.json" "$out/recorded-0/"
sed 's/"upvotes":\([0-9]*\)/"upvotes":1\1/g' "$out/recorded/daily_papers-$to.json" \
  > "$out/recorded-1/daily_papers-$to.json"
run_case cron no --date "$to" --no-images
run_case one-day yes --date "$from" --no-images
run_case images-offline yes --from "$from" --to "$to" --config "$out/offline/config.yml"
