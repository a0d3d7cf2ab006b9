#!/usr/bin/env bash
# Benchmark: `incentive trend` over four quarters (one pass over the event files) against four
# `incentive calculate --period` runs on the same synthetic dataset. Prints wall time and peak memory.
#
#   Benchmarks/trend.sh                          # 2M events, release build
#   Benchmarks/trend.sh --events 10000000 --debug
#
# Data goes to Benchmarks/data/trend (gitignored) and is deleted at the end. Not part of CI: see
# docs/performance.md ("Several periods").
set -euo pipefail
cd "$(dirname "$0")/.."

events=2000000
configuration=release
while [ $# -gt 0 ]; do
  case "$1" in
    --events) events="$2"; shift ;;
    --debug) configuration=debug ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

swift build -c "$configuration" 2>&1 | tail -1
incentive=".build/$configuration/incentive"
data=Benchmarks/data/trend
rm -rf "$data"
"$incentive" generate "$data" --engineers 2000 --events "$events" --seed 5 > /dev/null
echo "== $(du -sh "$data" | cut -f1) of CSV, $events events; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

/usr/bin/time -f "trend 2026-Q1..2026-Q4: %e s, %M KB peak" \
  "$incentive" trend "$data" --periods 2026-Q1..2026-Q4 --format json > /dev/null
total=0
for quarter in 1 2 3 4; do
  start=$(date +%s.%N)
  /usr/bin/time -f "calculate 2026-Q$quarter: %e s, %M KB peak" \
    "$incentive" calculate "$data" --period "2026-Q$quarter" --format json --quiet > /dev/null
  total=$(echo "$total + $(date +%s.%N) - $start" | bc)
done
echo "four calculate runs: $total s"
rm -rf "$data"
