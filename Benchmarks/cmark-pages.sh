#!/bin/sh
# Renders every Markdown file under IN to its own HTML file under OUT with cmark's CLI, one
# process per file (the CLI renders one document per run), spread over all cores. This is the
# reference that Benchmarks/build.sh times `runbook build` against.
#
# Usage: Benchmarks/cmark-pages.sh IN OUT
set -eu
in="$1"
out="$2"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
(cd "$in" && find . -type d) | (cd "$out" && xargs mkdir -p)
cd "$in"
find . -name '*.md' -print0 | xargs -0 -P "$(nproc)" -n 250 sh -c '
  out="$0"
  for file; do
    cmark "$file" > "$out/${file%.md}.html"
  done
' "$out"
