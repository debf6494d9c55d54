#!/usr/bin/env bash
# Whole-command benchmark: backfill a synthetic year (250 weekdays of real fixture days with
# fresh ids, ~7,000 papers) from recorded responses into an empty site, then run it again
# (everything unchanged). Daily posts, data files and digest posts (no model; images off).
# Prints wall time, papers per second and peak RSS of each run.
# Usage: bench/backfill.sh [WEEKDAYS]   (default 250)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
. scripts/find-jdk.sh
use_jdk
weekdays="${1:-250}"
out="$here/bench/out"
rm -rf "$out" && mkdir -p "$out"

./mvnw -q -B -DskipTests -Dspotless.check.skip=true package
read -r from to < <("$JAVA_HOME/bin/java" -cp "target/test-classes:target/paperboy.jar" \
  dev.paperboy.testing.SyntheticYear "$out/recorded" "$weekdays")
papers=$(cat "$out"/recorded/*.json | grep -o '"paper":' | wc -l)
echo "Synthetic source: $weekdays weekdays, $papers papers, $from to $to"

run() { # label
  /usr/bin/time -v -o "$out/time-$1.txt" "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
    -jar target/paperboy.jar daily --site "$out/site" --source "$out/recorded" --from "$from" --to "$to" --no-images \
    > "$out/run-$1.log" 2>&1
  local wall rss secs
  wall=$(sed -n 's/.*Elapsed (wall clock) time.*: //p' "$out/time-$1.txt")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out/time-$1.txt")
  secs=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  printf '%-10s wall %6.2f s  %7.0f papers/s  peak RSS %4d MB  | %s\n' "$1" "$secs" \
    "$(echo "$papers $secs" | awk '{ print $1 / $2 }')" $((rss / 1024)) "$(grep '^Done' "$out/run-$1.log")"
}
run backfill
run rerun
