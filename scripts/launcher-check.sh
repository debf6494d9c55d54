#!/usr/bin/env bash
# The launcher as cron runs it: ./paperboy under an empty environment (env -i: no LANG, no PATH,
# no JAVA_HOME) must still take a Korean site path, write the posts there and exit 0; and under
# LANG=C too. Run by ./run-tests after the build.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for env_kind in empty lang-c; do
  site="$work/$env_kind/블로그 사이트"
  if [ "$env_kind" = empty ]; then
    env -i "$here/paperboy" daily --create --site "$site" --source "$here/src/test/resources/fixtures" \
      --date 2026-08-20 --no-images > "$work/$env_kind.log" 2>&1 || { cat "$work/$env_kind.log" >&2; exit 1; }
  else
    env -i LANG=C "$here/paperboy" daily --create --site "$site" --source "$here/src/test/resources/fixtures" \
      --date 2026-08-20 --no-images > "$work/$env_kind.log" 2>&1 || { cat "$work/$env_kind.log" >&2; exit 1; }
  fi
  for f in "_posts/2026-08-20-daily-papers.md" "_posts/2026-08-20-daily-papers-top5.md" \
    "_data/papers/daily-2026-08-20.json"; do
    [ -s "$site/$f" ] || { echo "launcher-check ($env_kind): $site/$f was not written" >&2; cat "$work/$env_kind.log" >&2; exit 1; }
  done
  grep -qF "블로그 사이트/.paperboy/archive.db" "$work/$env_kind.log" \
    || { echo "launcher-check ($env_kind): the Korean path was not printed back intact" >&2; cat "$work/$env_kind.log" >&2; exit 1; }
done
echo "launcher-check: ./paperboy under env -i and LANG=C wrote the posts of a Korean site path."
