#!/usr/bin/env python3
"""Independent reference derivation of the acme fixture's payouts.

Implements docs/calculation.md and docs/formats.md for what this fixture needs,
with Python's standard library only and exact arithmetic (fractions.Fraction and int)
for every number that matters. Binary floating point is never used.

    python3 derive.py                  # writes expected.json and expected-metrics.json
    python3 derive.py --explain E04    # prints every step of one engineer's payout
    python3 derive.py --check          # recompute and compare with the files on disk

It deliberately shares no code with the Swift implementation.
"""
import csv
import datetime as dt
import hashlib
import json
import os
import sys
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
TIES = []          # every half-even tie met while rounding (should stay empty)
TRACE = {}         # engineer_id -> list of explanation lines


# --------------------------------------------------------------------------- numbers
def round_half_even(x, places, what=""):
    """Round the exact rational x to `places` decimals, half-even. Returns a Fraction."""
    scale = 10 ** places
    n = x * scale
    q = n.numerator // n.denominator           # floor
    rem = n - q
    if rem > F(1, 2):
        q += 1
    elif rem == F(1, 2):
        TIES.append((what, str(x), places))
        if q % 2 == 1:
            q += 1
    return F(q, scale)


def round_cents(x, what=""):
    """Round an exact amount of cents to an integer count of cents, half-even."""
    return int(round_half_even(x, 0, what))


def fixed(x, places):
    """x (already a multiple of 10^-places) as a string with exactly `places` decimals."""
    scale = 10 ** places
    n = x * scale
    assert n.denominator == 1, (x, places)
    n = n.numerator
    sign = "-" if n < 0 else ""
    n = abs(n)
    if places == 0:
        return sign + str(n)
    return "%s%d.%0*d" % (sign, n // scale, places, n % scale)


def trimmed(x, min_places):
    """A terminating decimal written exactly, trailing zeros trimmed, >= min_places decimals."""
    places = 0
    while (x * 10 ** places).denominator != 1:
        places += 1
        assert places <= 30, x
    s = fixed(x, max(places, min_places))
    return s


def money(cents):
    return fixed(F(cents, 100), 2)


def dec(s):
    """Exact value of a decimal string from a CSV cell or the plan."""
    return F(s)


# --------------------------------------------------------------------------- inputs
def read_csv(name):
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = []
        for row in csv.DictReader(f):
            rows.append({k: (v if v != "" else None) for k, v in row.items()})
        return rows


EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def ts(s):
    """ISO 8601 timestamp with Z or offset -> integer seconds since the epoch (UTC)."""
    t = dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    assert t.tzinfo is not None, s
    return (t - EPOCH) // dt.timedelta(seconds=1)


def day(s):
    return dt.date.fromisoformat(s)


def day_start(d):
    return (dt.datetime(d.year, d.month, d.day, tzinfo=dt.timezone.utc) - EPOCH) // dt.timedelta(seconds=1)


def period_range(p):
    """Forms: YYYY-Qn, YYYY-Hn, YYYY, YYYY-MM, YYYY-MM-DD, {"from","to"} -> (from, to) dates."""
    if isinstance(p, dict):
        return day(p["from"]), day(p["to"])
    if len(p) == 4:
        y = int(p)
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    y = int(p[:4])
    rest = p[5:]
    if rest.startswith("Q"):
        q = int(rest[1:])
        a = dt.date(y, 3 * q - 2, 1)
        b = dt.date(y + 1, 1, 1) if q == 4 else dt.date(y, 3 * q + 1, 1)
        return a, b - dt.timedelta(days=1)
    if rest.startswith("H"):
        h = int(rest[1:])
        a = dt.date(y, 6 * h - 5, 1)
        b = dt.date(y + 1, 1, 1) if h == 2 else dt.date(y, 7, 1)
        return a, b - dt.timedelta(days=1)
    if len(p) == 7:
        m = int(p[5:7])
        a = dt.date(y, m, 1)
        b = dt.date(y + 1, 1, 1) if m == 12 else dt.date(y, m + 1, 1)
        return a, b - dt.timedelta(days=1)
    d = day(p)
    return d, d


def overlaps(a, b, c, d):
    return a <= d and c <= b


with open(os.path.join(HERE, "plan.json"), "rb") as f:
    PLAN_BYTES = f.read()
# Which incentive build these figures are for; `check` reports a golden made by another.
TOOL_VERSION = "0.16.0"

PLAN = json.loads(PLAN_BYTES.decode("utf-8"), parse_float=F, parse_int=F)

P_FROM, P_TO = period_range(PLAN["period"])
P_START_S = day_start(P_FROM)
P_END_S = day_start(P_TO + dt.timedelta(days=1))            # exclusive
DAYS_IN_PERIOD = (P_TO - P_FROM).days + 1
DAYS_IN_YEAR = 366 if (P_FROM.year % 4 == 0 and (P_FROM.year % 100 != 0 or P_FROM.year % 400 == 0)) else 365
COOLING = int(PLAN.get("cooling_off_days", 0))
CAP = PLAN.get("payout_cap")
FLOOR = PLAN.get("payout_floor", F(0))
assert not PLAN.get("blackouts"), "this reference does not implement blackouts"


def in_period(t):
    return P_START_S <= t < P_END_S


ROSTER = read_csv("roster.csv")
ASSIGN = read_csv("assignments.csv")
DEPLOYS = read_csv("deployments.csv")
INCIDENTS = read_csv("incidents.csv")
REVIEWS = read_csv("reviews.csv")
ONCALL = read_csv("oncall.csv")
SURVEYS = read_csv("surveys.csv")
MENTOR = read_csv("mentorship.csv")
COSTS = read_csv("costs.csv")
COVERAGE = read_csv("coverage.csv")
FILEMETRICS = read_csv("metrics.csv")

PEOPLE = {r["engineer_id"]: r for r in ROSTER}


def employed_range(p):
    a = max(day(p["start_date"]), P_FROM)
    b = min(day(p["end_date"]), P_TO) if p["end_date"] else P_TO
    return (a, b) if a <= b else None


def employed_on(p, d):
    return day(p["start_date"]) <= d and (p["end_date"] is None or d <= day(p["end_date"]))


def team_on(eid, d):
    best = None
    for i, a in enumerate(ASSIGN):
        if a["engineer_id"] != eid:
            continue
        fr = day(a["from"])
        to = day(a["to"]) if a["to"] else None
        if fr <= d and (to is None or d <= to):
            if best is None or fr >= best[0]:
                best = (fr, a["team"])
    if best:
        return best[1]
    p = PEOPLE.get(eid)
    return p["team"] if p else None


def all_teams():
    ts_ = set(r["team"] for r in ROSTER) | set(a["team"] for a in ASSIGN)
    for rows in (DEPLOYS, INCIDENTS, SURVEYS, COSTS, COVERAGE):
        ts_ |= set(r["team"] for r in rows)
    return sorted(ts_)


# --------------------------------------------------------------------------- metrics
def median(values):
    v = sorted(values)
    n = len(v)
    if n == 0:
        return None
    if n % 2:
        return F(v[n // 2])
    return F(v[n // 2 - 1] + v[n // 2], 2)


def six(x, what):
    return None if x is None else round_half_even(x, 6, what)


def team_metrics(team):
    m = {}
    deps = [d for d in DEPLOYS if d["team"] == team
            and (d["environment"] is None or d["environment"].lower() == "production")
            and in_period(ts(d["finished_at"]))]
    caused = set(i["caused_by_deployment"] for i in INCIDENTS if i["caused_by_deployment"])
    succ = [d for d in deps if d["status"] == "success"]
    n = len(deps)
    m["deployment_frequency"] = F(len(succ) * 7, DAYS_IN_PERIOD) if deps else None
    leads = [ts(d["finished_at"]) - ts(d["first_commit_at"]) for d in succ if d["first_commit_at"]]
    med = median(leads)
    m["lead_time_hours"] = None if med is None else med / 3600
    if n:
        failed = [d for d in deps if d["status"] in ("failed", "rolled_back") or d["deployment_id"] in caused]
        m["change_failure_rate"] = F(len(failed), n)
        m["rework_rate"] = F(sum(1 for d in deps if d["kind"] in ("hotfix", "rollback")), n)
        m["attributable_rollback_rate"] = F(sum(1 for d in deps if d["status"] == "rolled_back"
                                                 and d["failure_cause"] in ("testing", "code")), n)
    else:
        m["change_failure_rate"] = m["rework_rate"] = m["attributable_rollback_rate"] = None
    with_lines = [d for d in deps if d["change_lines"] is not None]
    m["small_change_share"] = (F(sum(1 for d in with_lines if int(d["change_lines"]) < 10), len(with_lines))
                               if with_lines else None)
    ttr = [ts(i["resolved_at"]) - ts(i["opened_at"]) for i in INCIDENTS
           if i["team"] == team and in_period(ts(i["opened_at"])) and i["resolved_at"]]
    med = median(ttr)
    m["time_to_restore_hours"] = None if med is None else med / 3600
    cov = [(day(c["date"]), k, c) for k, c in enumerate(COVERAGE)
           if c["team"] == team and P_FROM <= day(c["date"]) <= P_TO]
    cov.sort(key=lambda t: (t[0], t[1]))
    lines = [dec(c["line_coverage"]) for _, _, c in cov if c["line_coverage"] is not None]
    m["coverage_delta"] = lines[-1] - lines[0] if lines else None
    iac = [dec(c["iac_coverage"]) for _, _, c in cov if c["iac_coverage"] is not None]
    m["iac_coverage"] = iac[-1] if iac else None
    act = bud = F(0)
    any_cost = False
    for c in COSTS:
        if c["team"] != team:
            continue
        a, b = period_range(c["month"])
        if overlaps(a, b, P_FROM, P_TO):
            any_cost = True
            act += dec(c["actual"])
            bud += dec(c["budget"])
    m["cost_vs_budget"] = act / bud if any_cost and bud != 0 else None
    num = den = F(0)
    for s in SURVEYS:
        if s["team"] != team:
            continue
        a, b = period_range(s["period"])
        if overlaps(a, b, P_FROM, P_TO):
            w = dec(s["responses"]) if s["responses"] is not None else F(1)
            num += dec(s["health_score"]) * w
            den += w
    m["team_health"] = num / den if den != 0 else None
    head = [p for p in ROSTER if employed_on(p, P_FROM) and team_on(p["engineer_id"], P_FROM) == team]
    exits = [p for p in ROSTER if p["end_date"] and P_FROM <= day(p["end_date"]) <= P_TO
             and p["exit_reason"] == "voluntary" and team_on(p["engineer_id"], day(p["end_date"])) == team]
    m["retention_rate"] = 1 - F(len(exits), len(head)) if head else None
    return {k: six(v, "%s.%s" % (team, k)) for k, v in m.items()}


def engineer_metrics(eid):
    m = {}
    revs = [r for r in REVIEWS if r["reviewer_id"] == eid and in_period(ts(r["submitted_at"]))]
    if revs:
        m["reviews"] = F(len(revs))
        c = sum(int(r["comments"] or 0) for r in revs)
        s = sum(int(r["substantive_comments"] or 0) for r in revs)
        m["substantive_review_ratio"] = F(s, c) if c else None
        cross = 0
        for r in revs:
            d = dt.datetime.fromtimestamp(ts(r["submitted_at"]), dt.timezone.utc).date()
            at = r["author_team"] or (team_on(r["author_id"], d) if r["author_id"] else None)
            rt = r["reviewer_team"] or team_on(eid, d)
            if at is not None and rt is not None and at != rt:
                cross += 1
        m["cross_team_reviews"] = F(cross)
    else:
        m["reviews"] = m["substantive_review_ratio"] = m["cross_team_reviews"] = None
    shifts = [o for o in ONCALL if o["engineer_id"] == eid
              and ts(o["shift_start"]) < P_END_S and ts(o["shift_end"]) > P_START_S]
    m["oncall_shifts"] = F(len(shifts)) if shifts else None
    m["after_hours_pages"] = F(sum(int(o["after_hours_pages"] or 0) for o in shifts)) if shifts else None
    ev = [x for x in MENTOR if x["mentor_id"] == eid and x["event"] in ("promoted", "level_up")
          and P_FROM <= day(x["date"]) <= P_TO]
    m["mentee_promotions"] = F(len(ev)) if ev else None
    head = [p for p in ROSTER if p["manager_id"] == eid and employed_on(p, P_FROM)]
    exits = [p for p in ROSTER if p["manager_id"] == eid and p["end_date"]
             and P_FROM <= day(p["end_date"]) <= P_TO and p["exit_reason"] == "voluntary"]
    m["retention_rate"] = 1 - F(len(exits), len(head)) if head else None
    return {k: six(v, "%s.%s" % (eid, k)) for k, v in m.items()}


TEAM_METRIC_NAMES = ["deployment_frequency", "lead_time_hours", "change_failure_rate", "time_to_restore_hours",
                     "rework_rate", "attributable_rollback_rate", "small_change_share", "coverage_delta",
                     "iac_coverage", "cost_vs_budget", "team_health", "retention_rate"]
ENG_METRIC_NAMES = ["reviews", "substantive_review_ratio", "cross_team_reviews", "oncall_shifts",
                    "after_hours_pages", "mentee_promotions", "retention_rate"]

TEAM_M = {t: team_metrics(t) for t in all_teams()}
ENG_M = {p["engineer_id"]: engineer_metrics(p["engineer_id"]) for p in ROSTER}

# metrics.csv: rows whose period is empty or overlaps the calculation period
FILE_M = {}
for r in FILEMETRICS:
    if r["period"] is not None:
        a, b = period_range(r["period"])
        if not overlaps(a, b, P_FROM, P_TO):
            continue
    key = (r["subject"], r["metric"])
    assert key not in FILE_M, "two applying metrics.csv rows for %s" % (key,)
    FILE_M[key] = six(dec(r["value"]), "file.%s.%s" % key)
    computed = TEAM_M.get(r["subject"], {}).get(r["metric"]) if r["subject"] in TEAM_M else None
    if computed is None and r["subject"] in ENG_M:
        computed = ENG_M[r["subject"]].get(r["metric"])
    assert computed is None or PLAN.get("prefer") == "file", "metrics.csv conflicts with a computed value: %s" % (key,)


def team_value(team, metric):
    v = TEAM_M.get(team, {}).get(metric)
    return v if v is not None else FILE_M.get((team, metric))


def eng_value(eid, metric):
    v = ENG_M.get(eid, {}).get(metric)
    return v if v is not None else FILE_M.get((eid, metric))


# --------------------------------------------------------------------------- engine
def curve(points, x):
    """Flat beyond the ends, linear between neighbours, later point wins at a repeated x."""
    pts = [(F(a), F(b)) for a, b in points]
    if x < pts[0][0]:
        return pts[0][1]
    if x >= pts[-1][0]:
        return pts[-1][1]
    i = max(k for k in range(len(pts)) if pts[k][0] <= x)
    (x0, y0), (x1, y1) = pts[i], pts[i + 1]
    if x == x0:
        return y0
    return y0 + (y1 - y0) * (x - x0) / (x1 - x0)


def bound_text(g):
    parts = []
    if "min" in g:
        parts.append("min " + trimmed(g["min"], 1))
    if "max" in g:
        parts.append("max " + trimmed(g["max"], 1))
    return " ".join(parts)


def evaluate(comp, value, guard_lookup, log):
    """value -> curve -> guards (exact, unrounded). Returns (multiplier, notes)."""
    notes = []
    if value is None:
        mode = comp.get("on_missing", "error")
        if mode == "error":
            raise SystemExit("no value for %s and on_missing is error" % comp["metric"])
        notes.append("no value for %s: on_missing %s" % (comp["metric"], mode))
        if mode == "zero":
            log("    no value -> on_missing zero -> 0")
            return F(0), notes
        m = F(1)
        log("    no value -> on_missing target -> 1")
    else:
        m = curve(comp["curve"], value)
        log("    curve(%s) = %s (exact %s)" % (trimmed(value, 1), float_free(m), m))
    for g in comp.get("guards", []):
        gv = guard_lookup(g["metric"])
        broken = gv is None or ("min" in g and gv < g["min"]) or ("max" in g and gv > g["max"])
        log("    guard %s %s: value %s -> %s" % (g["metric"], bound_text(g),
                                                  "none" if gv is None else trimmed(gv, 1),
                                                  "BROKEN" if broken else "ok"))
        if broken:
            m = min(m, F(g["cap"]))
            if gv is None:
                notes.append("guard %s broken (no value): capped at %s" % (g["metric"], trimmed(g["cap"], 1)))
            else:
                notes.append("guard %s %s broken: capped at %s" % (g["metric"], bound_text(g), trimmed(g["cap"], 1)))
            log("      -> min(m, %s) = %s" % (trimmed(g["cap"], 1), float_free(m)))
    return m, notes


def float_free(x):
    """Human display of an exact rational: 8 decimals, half-even (display only)."""
    if (x * 10 ** 8).denominator == 1:
        return trimmed(x, 1)
    n = x * 10 ** 8
    q = n.numerator // n.denominator
    r = n - q
    if r > F(1, 2) or (r == F(1, 2) and q % 2):
        q += 1
    return fixed(F(q, 10 ** 8), 8) + "..."


def segments(eid, rng):
    """Consecutive (team, start, end) runs over the employed days of the period."""
    out = []
    d = rng[0]
    while d <= rng[1]:
        t = team_on(eid, d)
        if out and out[-1][0] == t:
            out[-1][2] = d
        else:
            out.append([t, d, d])
        d += dt.timedelta(days=1)
    return out


def credited(eid, rng, log):
    segs = segments(eid, rng)
    notes = []
    credit = []
    for k, (t, a, b) in enumerate(segs):
        days = (b - a).days + 1
        team = t
        if k > 0 and (P_TO - a).days < COOLING:
            team = credit[-1][0]
            notes.append("cooling-off: move to %s on %s credited to %s" % (t, a.isoformat(), team))
        log("  segment %s %s..%s (%d days) credited to %s" % (t, a, b, days, team))
        credit.append((team, days))
    merged = []
    for team, days in credit:
        for i, (t2, d2) in enumerate(merged):
            if t2 == team:
                merged[i] = (t2, d2 + days)
                break
        else:
            merged.append((team, days))
    return merged, notes, segs


def payout_for(p):
    eid = p["engineer_id"]
    lines = []
    log = lines.append
    rng = employed_range(p)
    if rng is None:
        return None
    employed = (rng[1] - rng[0]).days + 1
    proration = round_half_even(F(employed, DAYS_IN_PERIOD), 4, eid + ".proration")
    log("%s %s (%s), employed %s..%s = %d of %d days -> proration %s/%s = %s" % (
        eid, p["name"], p["role"], rng[0], rng[1], employed, DAYS_IN_PERIOD, employed, DAYS_IN_PERIOD,
        fixed(proration, 4)))
    base_cents = dec(p["base_salary"]) * 100
    pct = dec(p["target_bonus_pct"])
    exact_target = base_cents * pct / 100 * DAYS_IN_PERIOD / DAYS_IN_YEAR * proration
    target = round_cents(exact_target, eid + ".target")
    log("target = %s x %s%% x %d/%d x %s = %s (exact %s cents) -> %s" % (
        p["base_salary"], p["target_bonus_pct"], DAYS_IN_PERIOD, DAYS_IN_YEAR, fixed(proration, 4),
        float_free(exact_target / 100), exact_target, money(target)))
    assert (p["currency"] or PLAN["currency"]) == PLAN["currency"]
    tracks = PLAN["tracks"]
    track = tracks.get(p["role"]) or tracks.get("default")
    assert track is not None, p["role"]
    reported_team = team_on(eid, rng[1])
    merged, cool_notes, segs = credited(eid, rng, log)
    comps = []
    for comp in track["components"]:
        log("component %s (%s, %s, weight %s)" % (comp["id"], comp["metric"], comp["scope"], trimmed(comp["weight"], 1)))
        notes = []
        if comp["scope"] == "team":
            per = []
            for team, days in merged:
                v = team_value(team, comp["metric"])
                log("  team %s (%dd): %s = %s" % (team, days, comp["metric"], "none" if v is None else trimmed(v, 1)))
                m, n = evaluate(comp, v, lambda mt, team=team: team_value(team, mt), log)
                mr = round_half_even(m, 4, "%s.%s.%s" % (eid, comp["id"], team))
                log("    rounded to 4 decimals: %s" % fixed(mr, 4))
                per.append((team, days, v, mr, n))
            # notes: cooling-off first, then per-team notes (there is at most one team with notes here), blend
            notes.extend(cool_notes)
            for _, _, _, _, n in per:
                for x in n:
                    if x not in notes:
                        notes.append(x)
            if len(per) > 1:
                tot = sum(d for _, d, _, _, _ in per)
                m = round_half_even(sum(d * mr for _, d, _, mr, _ in per) / tot, 4, "%s.%s.blend" % (eid, comp["id"]))
                notes.append("team blend: " + ", ".join("%s %dd %s" % (t, d, fixed(mr, 4)) for t, d, _, mr, _ in per))
                log("  blend = (%s) / %d = %s -> %s" % (" + ".join("%d x %s" % (d, fixed(mr, 4)) for _, d, _, mr, _ in per),
                                                       tot, float_free(sum(d * mr for _, d, _, mr, _ in per) / tot), fixed(m, 4)))
            else:
                m = per[0][3]
            best = max(per, key=lambda x: x[1])      # max keeps the earliest on a tie
            value = best[2]
        else:
            value = eng_value(eid, comp["metric"])
            log("  own %s = %s" % (comp["metric"], "none" if value is None else trimmed(value, 1)))
            m, n = evaluate(comp, value, lambda mt: eng_value(eid, mt), log)
            notes.extend(n)
        el = comp.get("eligibility")
        if el:
            ev = eng_value(eid, el["metric"])
            ok = ev is not None and ("min" not in el or ev >= el["min"]) and ("max" not in el or ev <= el["max"])
            log("  eligibility %s: %s -> %s" % (el["metric"], "none" if ev is None else trimmed(ev, 1), "ok" if ok else "NOT ELIGIBLE"))
            if not ok:
                m = F(0)
                if ev is None:
                    notes.append("not eligible: %s has no value" % el["metric"])
                elif "min" in el and ev < el["min"]:
                    notes.append("not eligible: %s %s below min %s" % (el["metric"], trimmed(ev, 1), trimmed(el["min"], 1)))
                else:
                    notes.append("not eligible: %s %s above max %s" % (el["metric"], trimmed(ev, 1), trimmed(el["max"], 1)))
        m = round_half_even(m, 4, "%s.%s" % (eid, comp["id"]))
        log("  component multiplier %s" % fixed(m, 4))
        comps.append({"comp": comp, "value": value, "m": m, "notes": notes})
    raw = sum(F(c["comp"]["weight"]) * c["m"] for c in comps)
    mult = raw
    clamp_note = None
    if CAP is not None and mult > CAP:
        mult = F(CAP)
        clamp_note = "payout capped at %s (uncapped %s): amount scaled" % (trimmed(CAP, 1), trimmed(raw, 2))
    elif mult < FLOOR:
        mult = F(FLOOR)
        clamp_note = "payout floor %s applied (raw %s): amount scaled" % (trimmed(FLOOR, 1), trimmed(raw, 2))
    log("raw = %s = %s; multiplier %s" % (" + ".join("%s x %s" % (trimmed(c["comp"]["weight"], 1), fixed(c["m"], 4)) for c in comps),
                                          trimmed(raw, 2), trimmed(mult, 2)))
    exact_payout = target * mult
    payout = round_cents(exact_payout, eid + ".payout")
    log("payout = %s x %s = %s -> %s" % (money(target), trimmed(mult, 2), float_free(exact_payout / 100), money(payout)))
    # component amounts, largest remainder
    shares = []
    for c in comps:
        w = F(c["comp"]["weight"])
        if raw == 0:
            s = target * w * mult
        elif mult != raw:
            s = target * w * c["m"] * mult / raw
        else:
            s = target * w * c["m"]
        shares.append(s)
    floors = [s.numerator // s.denominator for s in shares]
    missing = payout - sum(floors)
    assert missing >= 0
    order = sorted(range(len(shares)), key=lambda i: (-(shares[i] - floors[i]), i))
    if 0 < missing < len(order):
        a, b = order[missing - 1], order[missing]
        if shares[a] - floors[a] == shares[b] - floors[b]:
            TIES.append((eid + ".largest_remainder", str(shares[a] - floors[a]), 0))
    amounts = list(floors)
    for i in order[:missing]:
        amounts[i] += 1
    for c, s, a in zip(comps, shares, amounts):
        log("  amount %s: exact %s cents -> floor %d, remainder %s -> %s" % (
            c["comp"]["id"], float_free(s), s.numerator // s.denominator, float_free(s - s.numerator // s.denominator), money(a)))
    assert sum(amounts) == payout
    out_comps = []
    for c, a in zip(comps, amounts):
        notes = list(c["notes"])
        if clamp_note:
            notes.append(clamp_note)
        out_comps.append({
            "id": c["comp"]["id"],
            "metric": c["comp"]["metric"],
            "scope": c["comp"]["scope"],
            "value": None if c["value"] is None else trimmed(c["value"], 1),
            "weight": trimmed(F(c["comp"]["weight"]), 1),
            "multiplier": fixed(c["m"], 4),
            "amount": money(a),
            "notes": notes,
        })
    TRACE[eid] = lines
    return {
        "engineer_id": eid,
        "name": p["name"],
        "team": reported_team,
        "role": p["role"],
        "proration": fixed(proration, 4),
        "target": money(target),
        "multiplier": trimmed(mult, 2),
        "payout": money(payout),
        "components": out_comps,
    }, payout, reported_team


def build():
    engineers = []
    team_tot = {}
    team_head = {}
    for p in sorted(ROSTER, key=lambda r: r["engineer_id"]):
        r = payout_for(p)
        if r is None:
            continue
        e, cents, team = r
        engineers.append(e)
        team_tot[team] = team_tot.get(team, 0) + cents
        team_head[team] = team_head.get(team, 0) + 1
    teams = [{"team": t, "headcount": team_head[t], "payout": money(team_tot[t])} for t in sorted(team_tot)]
    total = sum(team_tot.values())
    expected = {
        "plan": {"name": PLAN["name"], "version": PLAN["version"], "sha256": hashlib.sha256(PLAN_BYTES).hexdigest()},
        "period": {"from": P_FROM.isoformat(), "to": P_TO.isoformat()},
        "currency": PLAN["currency"],
        "engineers": engineers,
        "teams": teams,
        "total": money(total),
        # The build that made the figures (issue 16): the version the tool under test declares.
        "tool_version": TOOL_VERSION,
    }
    employed_ids = [e["engineer_id"] for e in engineers]
    metrics = {
        "teams": {t: {k: (None if TEAM_M[t][k] is None else fixed(TEAM_M[t][k], 6)) for k in TEAM_METRIC_NAMES}
                  for t in sorted(TEAM_M)},
        "engineers": {e: {k: (None if ENG_M[e][k] is None else fixed(ENG_M[e][k], 6)) for k in ENG_METRIC_NAMES}
                      for e in employed_ids},
    }
    return expected, metrics


def dump(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def main(argv):
    expected, metrics = build()
    if TIES:
        print("WARNING: half-even ties met:", TIES, file=sys.stderr)
    if "--explain" in argv:
        eid = argv[argv.index("--explain") + 1]
        print("\n".join(TRACE[eid]))
        return 0
    files = {"expected.json": dump(expected), "expected-metrics.json": dump(metrics)}
    if "--check" in argv:
        bad = 0
        for name, text in files.items():
            with open(os.path.join(HERE, name), encoding="utf-8") as f:
                if f.read() != text:
                    print("DIFFERS:", name)
                    bad = 1
        return bad
    for name, text in files.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write(text)
    print("total", expected["total"], "over", len(expected["engineers"]), "engineers;",
          ", ".join("%s %s (%d)" % (t["team"], t["payout"], t["headcount"]) for t in expected["teams"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
