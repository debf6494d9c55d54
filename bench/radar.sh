#!/usr/bin/env bash
# Whole-command benchmark of watchlists (./paperboy, with its JVM flags and startup cache):
# a backfill of WEEKDAYS recorded days into an empty site without watchlists and with two
# watchlists (one of them an interest matched by meaning, so every paper is embedded once by the
# in-process MiniLM model and kept in the archive), then one new day on each backfilled site
# (the cron case: its papers embedded and matched). Prints medians and peak RSS; the difference
# between the plain and the watchlist rows is the radar's cost.
# Usage: bench/radar.sh [WEEKDAYS] [PAPERS_PER_DAY] [RUNS]   (default 630 17 3: about 10,000 papers
#   backfilled; the backfills run once, the new day RUNS times)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
. scripts/find-jdk.sh
use_jdk
weekdays="${1:-630}"
per_day="${2:-17}"
runs="${3:-3}"
out="$here/bench/out/radar"
rm -rf "$out" && mkdir -p "$out"

./mvnw -q -B -DskipTests -Dspotless.check.skip=true test-compile package
read -r from last < <("$JAVA_HOME/bin/java" -cp "target/test-classes:target/paperboy.jar" \
  dev.paperboy.testing.SyntheticYear "$out/recorded" "$((weekdays + 1))" "$per_day")
to=$(ls "$out/recorded" | sort | tail -n 2 | head -n 1 | sed 's/daily_papers-\(.*\)\.json/\1/')
papers=$(cat "$out"/recorded/*.json | grep -o '"paper":' | wc -l)
echo "Synthetic source: $((weekdays + 1)) weekdays, $papers papers; backfill $from to $to, new day $last"
./paperboy --version > /dev/null   # builds the startup cache once, outside the timings

mkdir -p "$out/plain" "$out/radar"
: > "$out/plain/config.yml"
cat > "$out/radar/config.yml" <<'YAML'
watchlists:
  - name: agents
    title: 에이전트
    keywords: [agent, agentic, tool use]
    exclude: [survey]
    about: "LLM agents that plan, call tools and act in software environments"
  - name: video
    title: 비디오 생성
    about: "generating and editing videos with diffusion models"
YAML

measure() { # label site args...  → appends "secs rss" to $out/label.times
  local label="$1" site="$2" wall rss
  shift 2
  /usr/bin/time -v -o "$out/time.txt" ./paperboy daily --create --site "$site" "$@" \
    > "$out/run-$label.log" 2>&1
  wall=$(sed -n 's/.*Elapsed (wall clock) time.*: //p' "$out/time.txt")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out/time.txt")
  echo "$wall $rss" | awk '{ n = split($1, t, ":"); s = (n == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2]; print s, $2 }' \
    >> "$out/$label.times"
}

report() { # label
  sort -n "$out/$1.times" | awk -v label="$1" '
    { s[NR] = $1; r[NR] = $2 } END {
      m = int((NR + 1) / 2); max = 0; for (i in r) if (r[i] > max) max = r[i];
      printf "%-18s median %7.2f s  (min %.2f, max %.2f, %d runs)  peak RSS %4d MB\n",
        label, s[m], s[1], s[NR], NR, max / 1024 }'
}

for kind in plain radar; do
  mkdir -p "$out/site-$kind/_paperboy"
  cp "$out/$kind/config.yml" "$out/site-$kind/_paperboy/config.yml"
  : > "$out/backfill-$kind.times"
  measure "backfill-$kind" "$out/site-$kind" --source "$out/recorded" --from "$from" --to "$to" --no-images
  report "backfill-$kind"
done
for kind in plain radar; do
  : > "$out/day-$kind.times"
  for ((i = 1; i <= runs; i++)); do
    rm -rf "$out/day-site" && cp -r "$out/site-$kind" "$out/day-site"
    measure "day-$kind" "$out/day-site" --source "$out/recorded" --date "$last" --no-images
  done
  report "day-$kind"
done
sqlite3 "$out/site-radar/.paperboy/archive.db" "select printf('%d embeddings kept, %d KiB', count(*), sum(length(vector)) / 1024) from embedding" 2>/dev/null \
  || true
grep -c '관심 논문' "$out"/site-radar/_posts/*-daily-papers.md | awk -F: '$2 > 0' | wc -l \
  | sed 's/$/ daily posts of the radar site list 관심 논문/'
