#!/usr/bin/env bash
# Whole-command benchmark of 'paperboy digest': five papers against a fake OpenAI-compatible
# model that takes DELAY seconds per answer (default 2), which also plays arXiv (every paper's
# HTML page is a 2 MB LaTeXML page built by bench/PageBench.java) and the Hugging Face Hub.
# Sequential calls would take ~5 x DELAY; the digest runs them on virtual threads (6 at a time by
# default: one round; CONCURRENCY=N to compare). Images are off: this measures the model part.
#
#   abstract  the digest reading abstracts only (digest.fulltext.enabled: false)
#   fulltext  the same papers read with their bodies: 5 page requests, excerpts of 40,000 chars
#   cached    a re-run: no model, page or Hub request
#   refresh   --refresh-digest: the model and the pages asked again
#   daily     a day's daily post with its digest and the Korean lines of papers 6-10
#
# Each line: wall time, when the first model request arrived, how far apart the first and last
# arrived (all in one round when that is well under DELAY), and the model's characters per paper
# (tokens estimated at 4 characters each). First, bench/PageBench.java's CPU time of reading a
# 2 MB page, run with the launcher's startup cache.
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
./paperboy --version > /dev/null # records the startup cache once per build
cache=()
[ -f target/paperboy.aot ] && cache=(-XX:AOTCache=target/paperboy.aot -Xlog:disable)
"$JAVA_HOME/bin/java" "${cache[@]}" -cp target/paperboy.jar bench/PageBench.java \
  src/test/resources/arxiv/full-paper.html "$out/page.html" 2

python3 bench/fake-llm.py "$port" "$delay" "$out/arrivals" "$out/page.html" &
server=$!
trap 'kill $server' EXIT

config() { # fulltext enabled?
  cat > "$out/site/_paperboy/config.yml" <<YAML
digest:
  provider: openai
  model: bench-model
  concurrency: ${CONCURRENCY:-6}
  base-url: http://127.0.0.1:$port/v1
  fulltext:
    enabled: $1
  artifacts:
    hub-base: http://127.0.0.1:$port
media:
  allowed-hosts: [127.0.0.1]
  arxiv-base: http://127.0.0.1:$port
  arxiv-interval-seconds: 0
YAML
}
config false
pb() { ./paperboy "$@"; }
pb daily --site "$out/site" --source src/test/resources/fixtures --date 2026-08-20 --no-digest > /dev/null

timed() { # label, then the command
  local label="$1" start end first spread chars
  shift
  rm -f "$out/arrivals"
  start=$(date +%s.%N)
  "$@" > "$out/$label.log" 2>&1
  end=$(date +%s.%N)
  first="" spread="" chars=""
  if [ -s "$out/arrivals" ]; then
    first=$(printf 'first request %.2f s, ' "$(echo "$(head -1 "$out/arrivals" | cut -d' ' -f1) - $start" | bc)")
    spread=$(awk 'NR==1{a=$1} {b=$1} END{printf "%d arrived within %.2f s, ", NR, b-a}' "$out/arrivals")
    chars=$(awk '{c+=$2} END{printf "%d chars (~%d tokens) per request | ", c/NR, c/NR/4}' "$out/arrivals")
  fi
  printf '%-8s wall %5.2f s | %s%s%s%s\n' "$label" "$(echo "$end - $start" | bc)" "$first" "$spread" "$chars" \
    "$(grep -E '^(Digest|Full text)' "$out/$label.log" | cut -c1-100 | paste -sd' ' -)"
}
timed abstract pb digest --site "$out/site" --date 2026-08-20 --no-images
config true
timed fulltext pb digest --site "$out/site" --date 2026-08-20 --no-images
timed cached pb digest --site "$out/site" --date 2026-08-20 --no-images
timed refresh pb digest --site "$out/site" --date 2026-08-20 --no-images --refresh-digest

# The daily post of a day with 10 listed papers: the digest's 5 analyses and one request for the
# Korean lines of papers 6-10, all in one round.
rm -rf "$out/daily-site" && mkdir -p "$out/daily-site/_paperboy"
cp "$out/site/_paperboy/config.yml" "$out/daily-site/_paperboy/"
timed daily pb daily --site "$out/daily-site" --source src/test/resources/fixtures --date 2026-08-20 --no-images
echo "         $(wc -l < "$out/arrivals") request(s) for the day; $(grep -c '한 줄 요약' "$out/daily-site/_posts/2026-08-20-daily-papers.md") papers with a Korean line; $(grep '^Korean' "$out/daily.log")"
