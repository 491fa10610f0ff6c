#!/usr/bin/env bash
# Measures the matcher at scale and prints the figures that docs/benchmarks.md records. They
# are the in-process lookup of a 4 KB paste, and whole-process `runbook match`, cold and with
# its index cache, against `rg` searching the same paste over the same files in the same run.
# Peak memory and the labelled-set accuracy follow. Targets: lookup median under 5 ms, warm whole
# process within 2x of rg, peak memory under 200 MB.
#
# Usage: Benchmarks/run.sh [PATTERNS]   (default 10000; the catalog is generated in a
# temporary folder and removed afterwards)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
patterns="${1:-10000}"

# The references and the timer come from Debian's packages.
missing=()
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
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
swift build -c release --product runbook-bench >&2
runbook="$PWD/.build/release/runbook"
bench="$PWD/.build/release/runbook-bench"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 Benchmarks/generate-catalog.py "$work" --patterns "$patterns" >&2
cd "$work"
export XDG_CACHE_HOME="$work/cache"
expected="$(cat expected-id.txt)"

echo "## Run of $(date -u +%Y-%m-%d) on $(nproc) cores, $(uname -m), $(swift --version 2>/dev/null | head -1)"
echo
echo "Catalog: $patterns synthetic patterns ($(find catalog -name '*.md' | wc -l) files, $(du -sh catalog | cut -f1)); paste: $(wc -c < paste-4k.txt) bytes."
echo

lookup="$("$bench" catalog paste-4k.txt 200)"
echo "In-process (runbook-bench): $lookup"
case "$lookup" in *"best=$expected"*) ;; *) echo "wrong pattern found: expected $expected" >&2; exit 1 ;; esac
echo

cold_memory="$( { /usr/bin/time -f '%M' "$runbook" match --catalog catalog paste-4k.txt > /dev/null; } 2>&1 | tail -1)"
warm_memory="$( { /usr/bin/time -f '%M' "$runbook" match --catalog catalog paste-4k.txt > /dev/null; } 2>&1 | tail -1)"
echo "Peak memory: cold $((cold_memory / 1024)) MB, warm $((warm_memory / 1024)) MB."
echo

hyperfine --warmup 2 --runs 10 -N --ignore-failure --export-markdown "$work/warm.md" \
  "rg -F -f paste-4k.txt catalog" \
  "$runbook match --catalog catalog paste-4k.txt" > /dev/null
hyperfine --runs 3 -N --ignore-failure --export-markdown "$work/cold.md" \
  --prepare "rm -rf $work/cache" \
  "$runbook match --catalog catalog paste-4k.txt" > /dev/null
echo "Whole process, warm (index cache present), rg as the reference:"
echo
sed "s|$runbook|runbook|; s|\`||g" "$work/warm.md"
echo
echo "Whole process, cold (no cache, every file parsed):"
echo
sed "s|$runbook|runbook|; s|\`||g" "$work/cold.md"
echo

cd - > /dev/null
echo "Labelled set (Tests/Evaluation/cases.jsonl):"
echo
"$runbook" eval Tests/Evaluation/cases.jsonl | sed 's/^/    /'
