#!/usr/bin/env bash
# Builds Paperboy's output with real Jekyll (strict Liquid, strict front matter) and fails on any
# Liquid error or warning, a URL conflict, or leaked HTML. Both sites use Chirpy's permalink
# default for posts (/posts/:title/, which gives every day's file the same URL unless the post
# sets its own) and every post must land on its documented URL. Two sites:
#  1. the built jar's posts for every fixture day and the hostile-input corpus: daily posts,
#     digest posts without a model (Hugging Face's summaries, labelled) and the monthly reports
#     with their charts;
#  2. the golden digest posts with a (fake) model's analysis, for every fixture day and the
#     hostile corpus, the one with thumbnails and figures, and the one whose model read a paper's
#     body (src/test/resources/golden/digest, kept true by DigestPostTest, IllustratorTest and
#     FullTextWireTest), and the golden monthly reports.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/target/paperboy.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java=("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -jar "$jar")

scaffold() {
  mkdir -p "$1/_posts"
  cp "$here/src/main/resources/demo-site/_config.yml" "$here/src/main/resources/demo-site/index.md" "$1/"
  printf 'liquid:\n  error_mode: strict\n  strict_filters: true\n  strict_variables: true\n' >> "$1/_config.yml"
  printf 'defaults:\n  - scope: { path: "", type: posts }\n    values: { permalink: /posts/:title/, layout: card, image: false }\n' >> "$1/_config.yml"
  # As themes do (Chirpy, jekyll-seo-tag): description and image printed raw into the head.
  mkdir -p "$1/_layouts"
  cat > "$1/_layouts/card.html" <<'HTML'
<!DOCTYPE html>
<html><head>
<meta name="description" content="{{ page.description }}">
{% if page.image %}<meta property="og:image" content="{{ page.image.path }}"><meta property="og:image:alt" content="{{ page.image.alt }}">{% endif %}
</head><body>{{ content }}</body></html>
HTML
  printf 'kramdown:\n  input: %s\n' "${2:-GFM}" >> "$1/_config.yml"
}

# check_urls SITE: every post is at /posts/daily-papers-DATE/, /posts/daily-papers-top5-DATE/ or
# /posts/monthly-papers-summary-YYYY-MM/
check_urls() {
  local site="$1" f base date kind url n=0
  for f in "$site"/_posts/*.md; do
    base="$(basename "$f" .md)"; date="${base:0:10}"; kind="${base:11}"
    case "$kind" in
      daily-papers) url="posts/daily-papers-$date" ;;
      daily-papers-top5) url="posts/daily-papers-top5-$date" ;;
      monthly-papers-summary) url="posts/monthly-papers-summary-${date:0:7}" ;;
      *) url="$(sed -n 's|^permalink: "/\(.*\)/"$|\1|p' "$f")" ;;
    esac
    [ -f "$site/_site/$url/index.html" ] \
      || { echo "jekyll-check: $base is not at /$url/" >&2; ls "$site/_site/posts" >&2; exit 1; }
    n=$((n + 1))
  done
  echo "jekyll-check: all $n posts of $(basename "$site") are at their documented URLs."
}

# build_and_check SITE EXPECTED_POSTS
build_and_check() {
  local site="$1" expected="$2" posts log
  posts=$(find "$site/_posts" -name '*.md' | wc -l)
  [ "$posts" -eq "$expected" ] || { echo "jekyll-check: expected $expected posts in $site, found $posts" >&2; exit 1; }
  log="$site.log"
  if ! jekyll build --strict_front_matter -s "$site" -d "$site/_site" >"$log" 2>&1; then
    cat "$log" >&2; echo "jekyll-check: jekyll build failed" >&2; exit 1
  fi
  if grep -Eiq 'warn|error|exception|deprecat|conflict' "$log"; then
    cat "$log" >&2; echo "jekyll-check: jekyll printed warnings or errors" >&2; exit 1
  fi
  if grep -rlE '<script|<img src=x|<iframe' "$site/_site" --include='*.html'; then
    echo "jekyll-check: untrusted HTML leaked into the built site" >&2; exit 1
  fi
  if grep -rlF 'Liquid output {{' "$site/_site" --include='*.html' >/dev/null \
    && ! grep -rqF 'Liquid output {{ site.title }}' "$site/_site"; then
    echo "jekyll-check: Liquid text was not kept literally" >&2; exit 1
  fi
  grep -rqF '{{ site.title }}' "$site/_site" \
    || { echo "jekyll-check: the literal '{{ site.title }}' from the corpus is missing" >&2; exit 1; }
  echo "jekyll-check: Jekyll built $posts posts of $(basename "$site") without warnings; no HTML leaked."
  check_urls "$site"
  # Preview cards: every post has a description, and printed raw it holds no markup.
  local pages bad
  pages=$(grep -rl '<meta name="description"' "$site/_site/posts" | wc -l)
  [ "$pages" -eq "$posts" ] || { echo "jekyll-check: $pages of $posts posts have a meta description" >&2; exit 1; }
  bad=$(grep -rhE '<meta (name="description"|property="og:image(:alt)?") content=' "$site/_site/posts" \
    | grep -vE '^<meta name="description" content="[^"<>{}]+">$|^(<meta property="og:image(:alt)?" content="[^"<>{}]+">)+$' || true)
  [ -z "$bad" ] || { echo "jekyll-check: markup in a preview card:" >&2; echo "$bad" >&2; exit 1; }
  echo "jekyll-check: all $posts posts of $(basename "$site") have a plain meta description;" \
    "$(grep -rl 'property="og:image"' "$site/_site/posts" | wc -l) a preview image."
  # The digest's metadata: one list item each (never run together into one paragraph), arXiv a link.
  grep -rqE '<li><strong>좋아요</strong>: 👍 [0-9]+</li>' "$site/_site" \
    && grep -rqF '<li><strong>arXiv</strong>: <a href="https://arxiv.org/abs/' "$site/_site" \
    || { echo "jekyll-check: the digest's metadata lines did not render as list items" >&2; exit 1; }
}

pipeline="$work/pipeline"
scaffold "$pipeline"
"${java[@]}" daily --site "$pipeline" --source "$here/src/test/resources/fixtures" \
  --from 2024-06-03 --to 2026-08-20 --no-images > "$work/daily.log"
tail -n 3 "$work/daily.log"
"${java[@]}" daily --site "$pipeline" --source "$here/src/test/resources/bad-input" --date 2026-01-05 --top 30 --no-images \
  | tail -n 3
build_and_check "$pipeline" 43
for feed in papers digest; do
  cmp -s "$pipeline/feed/$feed.xml" "$pipeline/_site/feed/$feed.xml" \
    || { echo "jekyll-check: Jekyll did not serve feed/$feed.xml unchanged" >&2; exit 1; }
done
echo "jekyll-check: Jekyll serves feed/papers.xml and feed/digest.xml byte for byte."
[ "$(find "$pipeline/_posts" -name '*-daily-papers-top5.md' | wc -l)" -eq 11 ] \
  || { echo "jekyll-check: expected a digest post for each of the 11 days" >&2; exit 1; }
# A monthly report for each of the 10 months with a list day, its chart served next to it and
# its links to the month's posts pointing at pages that exist.
[ "$(find "$pipeline/_posts" -name '*-monthly-papers-summary.md' | wc -l)" -eq 10 ] \
  || { echo "jekyll-check: expected a monthly report for each of the 10 months" >&2; exit 1; }
month_page="$pipeline/_site/posts/monthly-papers-summary-2026-08/index.html"
grep -qF '<img src="/assets/img/charts/monthly-2026-08.svg"' "$month_page" \
  && [ -f "$pipeline/_site/assets/img/charts/monthly-2026-08.svg" ] \
  || { echo "jekyll-check: the monthly chart is not embedded or not served" >&2; exit 1; }
for link in $(grep -oE 'href="/posts/[^"]+"' "$month_page" | sed 's|href="/||; s|"$||'); do
  [ -f "$pipeline/_site/${link}index.html" ] \
    || { echo "jekyll-check: the monthly report links to /$link, which is not a page" >&2; exit 1; }
done
grep -qF '<a href="/posts/daily-papers-top5-2026-08-20/">' "$month_page" \
  || { echo "jekyll-check: the monthly report does not link the month's digest" >&2; exit 1; }
echo "jekyll-check: 10 monthly reports; 2026-08 embeds its chart and links only to pages that exist."
# A weekly edition for each of the 11 ISO weeks with a list day, at /posts/weekly-papers-YYYY-Www/,
# its chart served and its links to the week's daily posts pointing at pages that exist.
[ "$(find "$pipeline/_posts" -name '*-weekly-papers.md' | wc -l)" -eq 11 ] \
  || { echo "jekyll-check: expected a weekly edition for each of the 11 weeks" >&2; exit 1; }
week_page="$pipeline/_site/posts/weekly-papers-2026-W34/index.html"
grep -qF '<img src="/assets/img/charts/weekly-2026-W34.svg"' "$week_page" \
  && [ -f "$pipeline/_site/assets/img/charts/weekly-2026-W34.svg" ] \
  && grep -qF '<a href="/posts/daily-papers-2026-08-20/">' "$week_page" \
  || { echo "jekyll-check: the weekly edition is not at its permalink, or lost its chart or links" >&2; exit 1; }
for link in $(grep -oE 'href="/posts/[^"]+"' "$week_page" | sed 's|href="/||; s|"$||'); do
  [ -f "$pipeline/_site/${link}index.html" ] \
    || { echo "jekyll-check: the weekly edition links to /$link, which is not a page" >&2; exit 1; }
done
echo "jekyll-check: 11 weekly editions; 2026-W34 embeds its chart and links only to pages that exist."

analysed="$work/analysed"
scaffold "$analysed" kramdown
cp "$here"/src/test/resources/golden/digest/20*-daily-papers-top5.md "$analysed/_posts/"
sed 's|^permalink: .*|permalink: "/posts/daily-papers-top5-images/"|' \
  "$here/src/test/resources/golden/digest/images-2026-08-20-daily-papers-top5.md" \
  > "$analysed/_posts/2026-08-20-images-daily-papers-top5.md"
sed 's|^permalink: .*|permalink: "/posts/daily-papers-top5-fulltext/"|' \
  "$here/src/test/resources/golden/digest/fulltext-2026-08-20-daily-papers-top5.md" \
  > "$analysed/_posts/2026-08-20-fulltext-daily-papers-top5.md"
sed 's|^permalink: .*|permalink: "/posts/daily-papers-watchlists/"|' \
  "$here/src/test/resources/golden/daily/watchlists-2026-08-20-daily-papers.md" \
  > "$analysed/_posts/2026-08-20-watchlists-daily-papers.md"
sed 's|^permalink: .*|permalink: "/posts/daily-papers-korean-lines/"|' \
  "$here/src/test/resources/golden/daily/wire-openai-2026-08-20-daily-papers.md" \
  > "$analysed/_posts/2026-08-20-korean-lines-daily-papers.md"
cp "$here"/src/test/resources/golden/monthly/*-monthly-papers-summary.md "$analysed/_posts/"
cp "$here"/src/test/resources/golden/weekly/*-weekly-papers.md "$analysed/_posts/"
build_and_check "$analysed" 19
grep -rqF '한 줄 요약: 이 논문은 첫째 방식으로' "$analysed/_site" \
  || { echo "jekyll-check: the daily post lost its Korean lines" >&2; exit 1; }
grep -rqF '<img src="/assets/img/papers/2608.00001/fig-1.jpg"' "$analysed/_site" \
  || { echo "jekyll-check: the digest's figures did not become images" >&2; exit 1; }
grep -qE '<h2 id="[^"]*">📌 관심 논문</h2>' "$analysed/_site/posts/daily-papers-watchlists/index.html" \
  || { echo "jekyll-check: the daily post's 관심 논문 section did not render" >&2; exit 1; }
weekly="$analysed/_site/posts/weekly-papers-2025-W02/index.html"
grep -qE '<h3 id="[^"]*">🚀 급상승</h3>' "$weekly" \
  && grep -qE '<h3 id="[^"]*">🌱 늦게 뜬 논문</h3>' "$weekly" \
  && grep -qE '<h3 id="[^"]*">📌 관심 목록</h3>' "$weekly" \
  || { echo "jekyll-check: the golden weekly edition did not render at its permalink" >&2; exit 1; }
grep -qF 'SoftVTBench: A Deformation-Aware' "$analysed/_site/posts/weekly-papers-2026-W34/index.html" \
  || { echo "jekyll-check: the golden weekly edition of a real day did not render" >&2; exit 1; }
grep -rqF '핵심 포인트' "$analysed/_site" \
  || { echo "jekyll-check: the analysed digests lost their sections" >&2; exit 1; }
fulltext="$analysed/_site/posts/daily-papers-top5-fulltext/index.html"
grep -qF '<li><strong>근거</strong>: 본문 (§1, §2, §3, §4, §5, §6, §A · 표 3개)</li>' "$fulltext" \
  && grep -qF '<li><strong>근거</strong>: 초록만 (arXiv HTML 없음)</li>' "$fulltext" \
  && grep -qE '<h3 id="[^"]*">📊 주요 결과</h3>' "$fulltext" \
  && grep -qF '<li>토큰당 디코딩 지연을 41.0 ms에서 18.2 ms로 줄였다 (§4.2)</li>' "$fulltext" \
  && grep -qF '<a href="https://huggingface.co/spaces/sparsemix/demo">sparsemix/demo</a>' "$fulltext" \
  || { echo "jekyll-check: the full-text digest lost its 근거, 주요 결과 or 바로 써 보기" >&2; exit 1; }
