#!/usr/bin/env bash
# Measures `runbook build` on a synthetic catalog against two references in the same run:
# cmark's own CLI rendering the same runbook Markdown to one HTML file per runbook, and Hugo
# building the same pattern files into a site. Targets: within 2x of cmark, faster than Hugo.
# Prints the figures that docs/benchmarks.md records, with the search index size and peak memory.
#
# Usage: Benchmarks/build.sh [PATTERNS]   (default 10000; everything is written to a temporary
# folder and removed afterwards)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
patterns="${1:-10000}"
repo="$PWD"

# The references and the timer come from Debian's packages.
missing=()
command -v cmark >/dev/null 2>&1 || missing+=(cmark)
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
command -v hyperfine >/dev/null 2>&1 || missing+=(hyperfine)
[ -x /usr/bin/time ] || missing+=(time)
if ((${#missing[@]} > 0)); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update >&2
  $sudo apt-get install -y "${missing[@]}" >&2
fi
scripts/install-deps

swift build -c release --product runbook >&2
runbook="$PWD/.build/release/runbook"

# The run happens in memory (/dev/shm) unless BENCH_TMPDIR names another folder. On the ext4 of
# the development machine, which has no journal, creating a file near many files deleted in the
# last minute took five times as long, so timings on disk measured earlier runs more than
# the tools.
work="$(mktemp -d "${BENCH_TMPDIR:-/dev/shm}/runbook-build-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
python3 Benchmarks/generate-catalog.py "$work" --patterns "$patterns" >&2
cd "$work"

# The Markdown that cmark renders is the build's own runbooks; Hugo gets the pattern files.
"$runbook" build --catalog catalog --no-builtin --out reference > /dev/null
mkdir -p hugo/content/en hugo/content/ja
cp -R "$repo/Benchmarks/hugo/." hugo/
find catalog -name '*.en.md' -exec cp -t hugo/content/en {} +
find catalog -name '*.ja.md' -exec cp -t hugo/content/ja {} +

# Every timed run starts without its output folder.
aside() {
  echo "rm -rf $1"
}

echo "## Build run of $(date -u +%Y-%m-%d) on $(nproc) cores, $(uname -m), $(swift --version 2>/dev/null | head -1)"
echo
echo "Catalog: $patterns synthetic patterns ($(find catalog -name '*.md' | wc -l) files); $(cmark --version | head -1); $(hugo version | cut -d' ' -f1-2)."
echo

hyperfine --runs 5 -N --export-markdown "$work/build.md" \
  --prepare "$(aside out-cmark)" "$repo/Benchmarks/cmark-pages.sh reference/runbooks out-cmark" \
  --prepare "$(aside out-hugo)" "hugo --quiet --source hugo --destination $work/out-hugo" \
  --prepare "$(aside out-runbook)" "$runbook build --catalog catalog --no-builtin --out out-runbook" > /dev/null
sed "s|$runbook|runbook|; s|$repo/||; s|$work/||; s|\`||g" "$work/build.md"
echo

files="Files: cmark $(find out-cmark -type f | wc -l), Hugo $(find out-hugo -type f | wc -l), runbook $(find out-runbook -type f | wc -l)."
rm -rf out-runbook
summary="$(/usr/bin/time -f 'peak_kb=%M' "$runbook" build --catalog catalog --no-builtin --out out-runbook 2>&1)"
echo "Summary of the build: $(echo "$summary" | head -1)"
echo "Peak memory of the build: $(( $(echo "$summary" | sed -n 's/^peak_kb=//p') / 1024 )) MB."
echo "$files"
echo "Search index: $(du -k out-runbook/site/assets/search-index.js | cut -f1) KB, matcher index: $(du -k out-runbook/site/assets/matcher-index.js | cut -f1) KB."
echo

# For scale: cmark parsing and rendering everything as one stream, with no files to write.
start=$(date +%s%N)
find reference/runbooks -name '*.md' -print0 | xargs -0 cat | cmark > /dev/null
echo "cmark over all runbooks as one stream, no files written: $(( ($(date +%s%N) - start) / 1000000 )) ms."
