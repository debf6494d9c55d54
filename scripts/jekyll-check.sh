#!/usr/bin/env bash
# Generates posts for every fixture day and for the hostile-input corpus with the built jar, then
# builds them with real Jekyll and fails on any Liquid error or warning, or on leaked HTML.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/target/paperboy.jar"
site="$(mktemp -d)"
trap 'rm -rf "$site"' EXIT
java=("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -jar "$jar")

cp "$here/src/main/resources/demo-site/_config.yml" "$here/src/main/resources/demo-site/index.md" "$site/"
printf 'liquid:\n  error_mode: strict\n  strict_filters: true\n  strict_variables: true\n' >> "$site/_config.yml"

"${java[@]}" daily --site "$site" --source "$here/src/test/resources/fixtures" \
  --from 2024-06-03 --to 2026-08-20 > "$site/.daily.log"
tail -n 2 "$site/.daily.log"
"${java[@]}" daily --site "$site" --source "$here/src/test/resources/bad-input" --date 2026-01-05 --top 30 \
  | tail -n 2

posts=$(find "$site/_posts" -name '*.md' | wc -l)
[ "$posts" -eq 11 ] || { echo "jekyll-check: expected 11 posts, found $posts" >&2; exit 1; }

log="$(mktemp)"
if ! jekyll build --strict_front_matter -s "$site" -d "$site/_site" >"$log" 2>&1; then
  cat "$log" >&2; echo "jekyll-check: jekyll build failed" >&2; exit 1
fi
if grep -Eiq 'warn|error|exception|deprecat' "$log"; then
  cat "$log" >&2; echo "jekyll-check: jekyll printed warnings or errors" >&2; exit 1
fi
html=$(find "$site/_site" -name '*.html' -path '*2026*' | wc -l)
if grep -rlE '<script|<img src=x|<iframe' "$site/_site" --include='*.html'; then
  echo "jekyll-check: untrusted HTML leaked into the built site" >&2; exit 1
fi
if grep -rlF 'Liquid output {{' "$site/_site" --include='*.html' >/dev/null \
  && ! grep -rqF 'Liquid output {{ site.title }}' "$site/_site"; then
  echo "jekyll-check: Liquid text was not kept literally" >&2; exit 1
fi
grep -rqF '{{ site.title }}' "$site/_site" \
  || { echo "jekyll-check: the literal '{{ site.title }}' from the corpus is missing" >&2; exit 1; }
echo "jekyll-check: Jekyll built $posts posts ($html pages from 2026) without warnings; no HTML leaked."
