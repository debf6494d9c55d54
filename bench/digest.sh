#!/usr/bin/env bash
# Whole-command benchmark of 'paperboy digest': five papers against a fake OpenAI-compatible
# model that takes DELAY seconds per answer (default 2). Sequential calls would take ~5 x DELAY;
# the digest runs them on virtual threads (6 at a time by default: one round; CONCURRENCY=N
# to compare). Images are off: this measures the model part. Then the cached and refreshed re-runs.
# Usage: bench/digest.sh [DELAY_SECONDS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
. scripts/find-jdk.sh
use_jdk
delay="${1:-2}"
out="$here/bench/out/digest"
rm -rf "$out" && mkdir -p "$out/site/_paperboy"
port=18931

./mvnw -q -B -DskipTests -Dspotless.check.skip=true package
python3 bench/fake-llm.py "$port" "$delay" "$out/arrivals" &
server=$!
trap 'kill $server' EXIT

cat > "$out/site/_paperboy/config.yml" <<YAML
digest:
  provider: openai
  model: bench-model
  concurrency: ${CONCURRENCY:-6}
  base-url: http://127.0.0.1:$port/v1
YAML
pb() { ./paperboy "$@"; }
pb daily --site "$out/site" --source src/test/resources/fixtures --date 2026-08-20 --no-digest > /dev/null

timed() { # label, then the command
  local label="$1" start end
  shift
  rm -f "$out/arrivals"
  start=$(date +%s.%N)
  "$@" > "$out/$label.log" 2>&1
  end=$(date +%s.%N)
  first=$( [ -s "$out/arrivals" ] && printf 'first request after %.2f s | ' "$(echo "$(head -1 "$out/arrivals") - $start" | bc)" || true)
  printf '%-8s wall %5.2f s | %s%s\n' "$label" "$(echo "$end - $start" | bc)" "$first" "$(grep '^Digest' "$out/$label.log" | cut -c1-90)"
}
timed digest pb digest --site "$out/site" --date 2026-08-20 --no-images
timed cached pb digest --site "$out/site" --date 2026-08-20 --no-images
timed refresh pb digest --site "$out/site" --date 2026-08-20 --no-images --refresh-digest

# The daily post of a day with 10 listed papers: the digest's 5 analyses and one request for the
# Korean lines of papers 6-10, all in one round.
rm -rf "$out/daily-site" && mkdir -p "$out/daily-site/_paperboy"
cp "$out/site/_paperboy/config.yml" "$out/daily-site/_paperboy/"
timed daily pb daily --site "$out/daily-site" --source src/test/resources/fixtures --date 2026-08-20 --no-images
echo "         $(wc -l < "$out/arrivals") request(s) for the day; $(grep -c '한 줄 요약' "$out/daily-site/_posts/2026-08-20-daily-papers.md") papers with a Korean line; $(grep '^Korean' "$out/daily.log")"
