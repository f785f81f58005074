#!/usr/bin/env bash
# The Spark scaling benchmark (BENCHMARKS.md, "Spark"): generated articles in WARC.gz files, the Spark job run
# once per master, articles/s of each and the ratio to the first. Run it on an idle machine:
#   ./readout bench spark [--articles 2000] [--files 1] [--masters 'local[1] local[2]'] [--work DIR]
# One file by default: the job spreads a file's records over every core, so one large WARC must scale too.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
articles=2000
files=1
masters='local[1] local[2]'
work=${TMPDIR:-/tmp}/readout-bench-spark
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) articles=$2; shift 2 ;;
    --files) files=$2; shift 2 ;;
    --masters) masters=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
    *) echo "bench spark: unknown option $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$work"
corpus="$work/warc-$articles-$files"
if [ ! -d "$corpus" ]; then
  echo "bench spark: writing $articles articles into $files WARC.gz file(s) under $corpus ..." >&2
  (cd "$root" && mvn -B -ntp -q -pl spark -am test -Dtest=SyntheticWarcs -Dsurefire.failIfNoSpecifiedTests=false \
    -Dspark.bench.out="$corpus" -Dspark.bench.articles="$articles" -Dspark.bench.files="$files") >&2
fi
first=""
printf '%-10s %8s %9s %12s %6s\n' master articles seconds articles/s ratio
for m in $masters; do
  name=$(printf '%s' "$m" | tr -c 'A-Za-z0-9' '-') # no [ ] in paths: Hadoop reads them as globs
  out="$work/out-$name"
  log="$work/log-$name.txt"
  rm -rf "$out"
  # The job's own clock: SparkSession start to the last table written (model load included).
  "$root/readout" spark ingest --master "$m" --out "$out" "$corpus" 2>"$log" || true
  seconds=$(sed -n 's/^spark ingest: \([0-9.]*\) s$/\1/p' "$log" | tail -1)
  docs=$(sed -n 's|^spark ingest: .*/documents: \([0-9]*\) rows$|\1|p' "$log" | tail -1)
  if [ -z "$seconds" ] || [ -z "$docs" ]; then
    echo "bench spark: $m failed, see $log" >&2
    tail -5 "$log" >&2
    exit 1
  fi
  rate=$(awk -v d="$docs" -v s="$seconds" 'BEGIN { printf "%.2f", d / s }')
  first=${first:-$rate}
  ratio=$(awk -v r="$rate" -v f="$first" 'BEGIN { printf "%.2f", r / f }')
  printf '%-10s %8s %9s %12s %6s\n' "$m" "$docs" "$seconds" "$rate" "$ratio"
done
