#!/usr/bin/env bash
# How far `incentive forecast` is from the finished period's payout on generated data: week-4
# and week-8 forecasts of 2026-Q3 against `calculate`, for three seeds. docs/forecast.md quotes
# the output. Usage: Benchmarks/forecast-error.sh [path/to/incentive]
set -euo pipefail
B=${1:-.build/debug/incentive}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for seed in 7 11 23; do
  "$B" generate "$work/$seed" --engineers 60 --events 60000 --seed "$seed" >/dev/null
  "$B" calculate "$work/$seed" --format json --quiet >"$work/$seed.final.json"
  for day in 2026-07-28 2026-08-25; do
    "$B" forecast "$work/$seed" --as-of "$day" --format json --quiet >"$work/$seed.$day.json"
  done
done
python3 - "$work" <<'PY'
import json, sys
from decimal import Decimal as D
work = sys.argv[1]
print("seed | as of | final total | forecast | error | low..high | final inside | person |error| median, p90 | people inside")
for seed in (7, 11, 23):
    final = json.load(open(f"{work}/{seed}.final.json"))
    pay = {e["engineer_id"]: D(e["payout"]) + sum((D(x["amount"]) for x in e.get("extras", [])), D(0))
           for e in final["engineers"]}
    total = sum(pay.values())
    for day, label in (("2026-07-28", "week 4"), ("2026-08-25", "week 8")):
        f = json.load(open(f"{work}/{seed}.{day}.json"))
        errors = sorted(abs(D(e["expected"]) - pay[e["engineer_id"]]) / pay[e["engineer_id"]]
                        for e in f["engineers"] if pay.get(e["engineer_id"]))
        inside = sum(D(e["low"]) <= pay.get(e["engineer_id"], D(0)) <= D(e["high"]) for e in f["engineers"])
        t = f["totals"][0]
        print(f"{seed} | {label} | {total} | {t['expected']} | {(D(t['expected']) - total) / total * 100:+.2f}% | "
              f"{t['low']}..{t['high']} | {D(t['low']) <= total <= D(t['high'])} | "
              f"{errors[len(errors) // 2] * 100:.1f}%, {errors[int(len(errors) * 0.9)] * 100:.1f}% | "
              f"{inside}/{len(f['engineers'])}")
PY
