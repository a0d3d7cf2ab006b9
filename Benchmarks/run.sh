#!/usr/bin/env bash
# Benchmark: `incentive calculate` (release build) against DuckDB (from PyPI, 2 threads) on the same synthetic
# dataset, in the same run. Prints wall time, ratio, rows/s, MB/s and peak memory of each.
#
#   Benchmarks/run.sh                  # 10M events (about 1 GB of CSV), median of 3 runs each, alternating
#   Benchmarks/run.sh --scaling        # 1M, 3M and 10M events, to see how time and memory grow
#   Benchmarks/run.sh --events 2000000 --repeat 5 --keep
#   Benchmarks/run.sh --people         # 2,000, 10,000, 40,000 and 100,000 engineers on the same 3M events,
#                                      # taking turns, --repeat rounds (the ratio is taken within each round)
#   Benchmarks/run.sh --people --events 10000000 --engineers-list "2000 100000"
#
# Data goes to Benchmarks/data/ and DuckDB to Benchmarks/.venv/ (both gitignored); the data is deleted at the
# end unless --keep. Not part of CI: see docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=(10000000)
engineers=2000
repeat=3
keep=0
people=0
people_sizes=(2000 10000 40000 100000)
while [ $# -gt 0 ]; do
  case "$1" in
    --scaling) sizes=(1000000 3000000 10000000) ;;
    --events) sizes=("$2"); EVENTS_GIVEN=1; shift ;;
    --engineers) engineers="$2"; shift ;;
    --repeat) repeat="$2"; shift ;;
    --keep) keep=1 ;;
    --people) people=1 ;;
    --engineers-list) read -r -a people_sizes <<< "$2"; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GB RAM, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== swift build -c release"
swift build -c release 2>&1 | tail -1
incentive=.build/release/incentive

venv=Benchmarks/.venv
if [ "$people" = 0 ] && { [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import duckdb' 2>/dev/null; }; then
  echo "== installing DuckDB from PyPI into $venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet duckdb
fi
[ "$people" = 1 ] || echo "== duckdb $("$venv/bin/python" -c 'import duckdb; print(duckdb.__version__)')"

# Runs "$@" under /usr/bin/time -v and prints "wall_seconds peak_kb".
measure() {
  local log
  log=$(mktemp)
  /usr/bin/time -v "$@" > /dev/null 2> "$log"
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; wall = s }
    /Maximum resident set size/ { rss = $2 }
    END { printf "%.2f %d\n", wall, rss }' "$log"
  rm -f "$log"
}

# The median wall time of $repeat runs of incentive and DuckDB, alternating so both meet the same load on a shared
# machine, the largest peak memory of each, and every wall time: "i_median i_rss i_walls d_median d_rss d_walls",
# walls comma-separated.
median_pair() {
  local i_walls="" d_walls="" i_rss=0 d_rss=0 wall rss
  for _ in $(seq "$repeat"); do
    read -r wall rss < <(measure "$incentive" calculate "$1" --format json)
    i_walls="$i_walls $wall"; [ "$rss" -gt "$i_rss" ] && i_rss=$rss
    read -r wall rss < <(measure "$venv/bin/python" Benchmarks/duckdb_metrics.py "$1" 2)
    d_walls="$d_walls $wall"; [ "$rss" -gt "$d_rss" ] && d_rss=$rss
  done
  median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
  echo "$(echo "$i_walls" | median) $i_rss $(echo "$i_walls" | sed 's/^ //; s/ /,/g') $(echo "$d_walls" | median) $d_rss $(echo "$d_walls" | sed 's/^ //; s/ /,/g')"
}

# --people: the same number of events (same seed, same mix and spread) paid to more and more people,
# each org generated at its size. Times `calculate --format json --output F` (the report's fsync included).
# The sizes take turns, one run each per round, $repeat rounds: on a shared machine whose speed drifts within
# minutes, each round's runs meet the same load, so a round's ratio to the smallest org is a fair one even when the
# rounds are not. Prints each size's median and best wall time, the median of its per-round ratios and the ratio of
# its best to the smallest's best, and its largest peak memory.
if [ "$people" = 1 ]; then
  [ "${#sizes[@]}" = 1 ] && [ "${sizes[0]}" = 10000000 ] && [ -z "${EVENTS_GIVEN:-}" ] && sizes=(3000000)
  events=${sizes[0]}
  for n in "${people_sizes[@]}"; do
    data="Benchmarks/data/people-${events}-${n}"
    if [ ! -f "$data/.complete" ]; then
      rm -rf "$data"
      echo "== generating $n engineers with $events events into $data" >&2
      "$incentive" generate "$data" --engineers "$n" --events "$events" --seed 1 > /dev/null
      touch "$data/.complete"
    fi
    cat "$data"/*.csv > /dev/null
  done
  results=$(mktemp)
  for round in $(seq "$repeat"); do
    for n in "${people_sizes[@]}"; do
      data="Benchmarks/data/people-${events}-${n}"
      read -r wall rss < <(measure "$incentive" calculate "$data" --format json --output "$data/.out.json")
      echo "$round $n $wall $rss" >> "$results"
    done
  done
  printf '\n%-10s %-10s %9s %9s %11s %11s %9s %10s %s\n' events engineers median_s best_s x_smallest x_best peak_MB \
    us_per_eng runs
  awk -v events="$events" -v smallest="${people_sizes[0]}" -v order="${people_sizes[*]}" '
    function median(list, count,   sorted, i, j, t) {
      for (i = 1; i <= count; i++) sorted[i] = list[i]
      for (i = 2; i <= count; i++) for (j = i; j > 1 && sorted[j - 1] > sorted[j]; j--) {
        t = sorted[j]; sorted[j] = sorted[j - 1]; sorted[j - 1] = t
      }
      return count % 2 ? sorted[(count + 1) / 2] : (sorted[count / 2] + sorted[count / 2 + 1]) / 2
    }
    { wall[$2, $1] = $3; if ($4 > peak[$2]) peak[$2] = $4; rounds[$2]++
      if (!($2 in best) || $3 < best[$2]) best[$2] = $3 }
    END {
      n = split(order, sizes, " ")
      for (s = 1; s <= n; s++) {
        size = sizes[s]; count = rounds[size]; runs = ""
        for (r = 1; r <= count; r++) {
          walls[r] = wall[size, r]; ratios[r] = wall[size, r] / wall[smallest, r]
          runs = runs (r > 1 ? "," : "") wall[size, r]
        }
        m = median(walls, count)
        printf "%-10s %-10s %9.2f %9.2f %11.2f %11.2f %9.0f %10.1f %s\n", events, size, m, best[size],
          median(ratios, count), best[size] / best[smallest], peak[size] / 1024, m * 1e6 / size, runs
      }
    }' "$results"
  rm -f "$results"
  [ "$keep" = 1 ] || rm -rf Benchmarks/data/people-*
  echo
  echo "x_smallest = the median over rounds of (wall time / the smallest org's in the same round); x_best = best / the"
  echo "smallest's best (target ≤ 3 at 100,000 against 2,000); peak = maximum resident set size (target < 300 MB)."
  exit 0
fi

printf '\n%-10s %-9s %9s %9s %8s %12s %9s %9s %s\n' events tool wall_s ratio peak_MB rows_per_s MB_per_s csv_MB runs
for events in "${sizes[@]}"; do
  data="Benchmarks/data/${events}"
  if [ ! -f "$data/.complete" ]; then
    rm -rf "$data"
    echo "== generating $events events into $data" >&2
    "$incentive" generate "$data" --engineers "$engineers" --events "$events" --seed 1
    touch "$data/.complete"
  fi
  rows=$events  # deployment, review, on-call and incident rows, exactly as generated
  bytes=$(cat "$data"/*.csv | wc -c)
  mb=$(awk "BEGIN { printf \"%.0f\", $bytes / 1e6 }")
  # Warm the page cache so neither tool pays for the disk the other has already read.
  cat "$data"/*.csv > /dev/null
  read -r i_wall i_rss i_runs d_wall d_rss d_runs < <(median_pair "$data")
  ratio=$(awk "BEGIN { printf \"%.2f\", $i_wall / $d_wall }")
  for tool in incentive duckdb; do
    if [ "$tool" = incentive ]; then wall=$i_wall; rss=$i_rss; runs=$i_runs; r=$ratio; else wall=$d_wall; rss=$d_rss; runs=$d_runs; r=1.00; fi
    printf '%-10s %-9s %9s %9s %8.0f %12.0f %9.0f %9s %s\n' "$events" "$tool" "$wall" "$r" \
      "$(awk "BEGIN { print $rss / 1024 }")" "$(awk "BEGIN { print $rows / $wall }")" \
      "$(awk "BEGIN { print $bytes / 1e6 / $wall }")" "$mb" "$runs"
  done
  [ "$keep" = 1 ] || rm -rf "$data"
done
echo
echo "wall = median of $repeat alternating runs; ratio = incentive median / DuckDB median (target ≤ 0.6); peak = largest maximum resident set size of the runs (target < 100 MB at 10M)."
