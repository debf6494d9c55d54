#!/usr/bin/env bash
# The archive browser under load: builds a 10,000-paper archive (640 synthetic weekdays of 17
# papers from the real fixtures, digests of each day's top 5 by a fake local model that answers
# in Korean about one of a dozen topics), serves it with 'paperboy serve' on loopback, and runs
# bench/SearchBench.java: search latency p50/p95/p99 (English, Korean 2-syllable, filtered) and
# pages/s under CLIENTS concurrent clients. The archive is kept in bench/out/search and reused.
# Usage: bench/search.sh [CLIENTS] [SECONDS]   (default 16, 20)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
. scripts/find-jdk.sh
use_jdk
clients="${1:-16}"
seconds="${2:-20}"
out="$here/bench/out/search"
llm_port=18932
port=18933
weekdays=640

./mvnw -q -B -DskipTests -Dspotless.check.skip=true test-compile package
mkdir -p "$out"
if [ ! -f "$out/range" ]; then
  rm -rf "$out/site" "$out/recorded"
  "$JAVA_HOME/bin/java" -cp "target/test-classes:target/paperboy.jar" \
    dev.paperboy.testing.SyntheticYear "$out/recorded" "$weekdays" 17 > "$out/range.tmp"
  python3 bench/fake-llm.py "$llm_port" 0 &
  llm=$!
  mkdir -p "$out/site/_paperboy"
  printf 'digest:\n  provider: openai\n  model: bench-model\n  base-url: http://127.0.0.1:%s/v1\n  fulltext:\n    enabled: false\n  budget:\n    max-calls: 10000\n    max-tokens: 100000000\n' \
    "$llm_port" > "$out/site/_paperboy/config.yml"
  read -r from to < "$out/range.tmp"
  echo "Building the archive: $weekdays weekdays from $from to $to, with digests..."
  start=$(date +%s)
  ./paperboy daily --create --site "$out/site" --source "$out/recorded" --from "$from" --to "$to" \
    --no-images > "$out/build.log" 2>&1 || { kill "$llm"; tail -5 "$out/build.log"; exit 1; }
  kill "$llm"
  echo "  built in $(( $(date +%s) - start )) s: $(grep '^Done' "$out/build.log" | cut -c1-120)"
  mv "$out/range.tmp" "$out/range"
fi
read -r from to < "$out/range"

./paperboy serve --site "$out/site" --port "$port" > "$out/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  grep -q 'archive browser' "$out/serve.log" && break
  kill -0 "$server" 2>/dev/null || { cat "$out/serve.log"; exit 1; }
  sleep 0.2
done
head -1 "$out/serve.log"
"$JAVA_HOME/bin/java" bench/SearchBench.java "http://127.0.0.1:$port" "$from" "$to" "$clients" "$seconds"
