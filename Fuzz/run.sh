#!/usr/bin/env bash
# Runs one libFuzzer target for SECONDS (default 60): Fuzz/run.sh FuzzCSV 600
# Targets: FuzzCSV FuzzJSON FuzzPlan FuzzFormula FuzzStream. Seeds come from Fixtures/ (and Fuzz/seeds/);
# a crashing input is written to Fuzz/crashes/TARGET/, which `swift test` replays.
set -euo pipefail
cd "$(dirname "$0")"
target="${1:?usage: Fuzz/run.sh TARGET [SECONDS]}"
seconds="${2:-60}"
case "$target" in FuzzCSV|FuzzJSON|FuzzPlan|FuzzFormula|FuzzStream) ;; *) echo "unknown target $target" >&2; exit 2 ;; esac

# lld: gold crashes on the sanitized objects' debug info. The targets keep their own main and
# call LLVMFuzzerRunDriver (FuzzSupport/FuzzDriver.swift), since SwiftPM aliases main.
flags=(-c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld)
swift build "${flags[@]}" --product "$target" >/dev/null
binary="$(swift build "${flags[@]}" --show-bin-path)/$target"

corpus=".build/corpus/$target"
mkdir -p "$corpus" "crashes/$target"
case "$target" in
  FuzzCSV|FuzzStream) cp ../Fixtures/*/*.csv "$corpus/" 2>/dev/null || true ;;
  FuzzJSON) cp ../Fixtures/*/*.json "$corpus/" 2>/dev/null || true ;;
  FuzzPlan) cp ../Fixtures/*/plan*.json "$corpus/" 2>/dev/null || true ;;
esac
[ -d "seeds/$target" ] && cp seeds/"$target"/* "$corpus/"

# -rss_limit_mb keeps a runaway allocation a finding instead of a machine-wide OOM.
"$binary" "$corpus" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
  -artifact_prefix="crashes/$target/" -print_final_stats=1 2>&1 | tail -n 25
