#!/usr/bin/env python3
"""Reconcile `incentive` with Apache DevLake and Google Four Keys on their own test data.

Local only, run by hand: the data is not part of this repository (see ../shared/peer-data/README.md)
and CI never runs this. Usage:

    Scripts/reconcile-peer-data.py [BINARY] [PEER_DATA_DIR]

BINARY defaults to .build/debug/incentive, PEER_DATA_DIR to ../shared/peer-data. Each comparison is
printed as `agree` or `DIFFER` with both values, then the totals; docs/dora.md records the figures.

What is compared, and where the expected side comes from:
- DevLake's expected tables, read from the peer data as they are: project_pr_metrics.csv (PR ->
  deployment links, PR cycle times) and project_incident_deployment_relationships.csv.
- DevLake's dashboard numbers (grafana/dashboards/DORA.json, worked out by hand from the fixtures;
  each hand computation is written next to its number below).
- Four Keys: the views (queries/*.sql) and the dashboard panels (dashboard/fourkeys_dashboard.json)
  evaluated here in Python on events_raw.jsonl, as BigQuery would.
"""
import csv
import datetime as dt
import io
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/incentive")
PEER = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "../shared/peer-data")
DORA = os.path.join(PEER, "devlake/backend/plugins/dora/e2e")
PLUGINS = os.path.join(PEER, "devlake/backend/plugins")
WORK = tempfile.mkdtemp(prefix="reconcile-")
results = []


def check(group, what, expected, actual):
    agree = expected == actual
    results.append((group, what, agree))
    print(f"{'agree ' if agree else 'DIFFER'}  {group}: {what}: expected {expected!r}, got {actual!r}")


def run(*args):
    return subprocess.run([BIN, *args], capture_output=True, text=True)


def folder(name, files):
    """A fresh export folder holding copies of `files` (source path -> name in the folder)."""
    path = os.path.join(WORK, name)
    os.makedirs(path)
    for source, target in files.items():
        shutil.copy(source, os.path.join(path, target))
    return path


def sql_time(text, zone):
    if not text:
        return text
    try:
        moment = ts(text) if "T" in text else dt.datetime.strptime(text, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        moment = dt.datetime.strptime(re.sub(r"(\d+)-(\d+)-(\d+) (\d+):", lambda m: "%s-%02d-%02d %02d:" % (
            m[1], int(m[2]), int(m[3]), int(m[4])), text), "%Y-%m-%d %H:%M:%S")
    return moment.strftime("%Y-%m-%d %H:%M:%S") + zone


OLD_TABLES = ["cicd_deployment_commits", "issues", "board_issues", "pull_requests", "pull_request_comments",
              "project_mapping"]


def import_devlake(export, *extra):
    """Imports every file of the folder; a binary that refuses tables it does not know (before
    issue 14) is given only the six it read then, as a user would have had to."""
    out = export + "-dataset"
    files = [os.path.join(export, n) for n in sorted(os.listdir(export))]
    result = run("import", "devlake", *files, "--output", out, *extra)
    if result.returncode != 0 and "not a DevLake table" in result.stderr:
        print(f"note: {os.path.basename(export)}: {result.stderr.strip()}; importing the known tables only")
        known = [f for f in files if os.path.basename(f).split(".")[0] in OLD_TABLES]
        for path in list(known):
            # It also needed pull_requests.status (MERGED where there is a merged_date) and
            # zero-padded times (2023-04-11 04:51:47, not 2023-4-11 4:51:47).
            table = list(csv.DictReader(open(path)))
            if not table or not path.endswith(".csv"):
                continue
            fields = list(table[0])
            if os.path.basename(path) == "pull_requests.csv" and "status" not in fields:
                fields.append("status")
                table = [r | {"status": "MERGED" if r["merged_date"] else "OPEN"} for r in table]
            if os.path.basename(path) == "pull_request_comments.csv" and "type" not in fields:
                os.remove(path)  # and pull_request_comments.type: these comments cannot be reviews
                known.remove(path)
                continue
            plain = re.compile(r"^\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{2}:\d{2}$")
            table = [{k: (sql_time(v, "") if k.endswith("_date") and plain.match(v) else v) for k, v in r.items()}
                     for r in table]
            with open(path, "w", newline="") as f:
                writer = csv.DictWriter(f, fieldnames=fields)
                writer.writeheader()
                writer.writerows(table)
        result = run("import", "devlake", *known, "--output", out, *extra)
    if result.returncode != 0:
        print(f"note: {os.path.basename(export)}: import failed: {result.stderr.strip()}")
    return out, result


def rows(dataset, name):
    path = os.path.join(dataset, name + ".csv")
    return list(csv.DictReader(open(path))) if os.path.exists(path) else []


def ts(text):
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def with_plan(dataset, report="2023"):
    os.makedirs(dataset, exist_ok=True)
    shutil.copy(os.path.join(ROOT, "Fixtures/imports/org/roster.csv"), dataset)
    plan = json.load(open(os.path.join(ROOT, "Fixtures/imports/org/plan.json")))
    plan["dora_report"] = report
    json.dump(plan, open(os.path.join(dataset, "plan.json"), "w"))


def dora(dataset, period, team, definition, report="2023"):
    """The four DORA values (or 'absent') and levels of `team` as `metrics` computes them."""
    with_plan(dataset, report)
    result = run("metrics", dataset, "--period", period, "--dora-definitions", definition, "--format", "json")
    if result.returncode != 0:
        return {"error": result.stderr.strip()}
    teams = json.loads(result.stdout)["teams"]
    found = next((t for t in teams if t["team"] == team), {"metrics": {}, "dora": {"levels": {}}})
    values = {m: found["metrics"].get(m, "absent") for m in
              ["deployment_frequency", "lead_time_hours", "change_failure_rate", "time_to_restore_hours"]}
    values["levels"] = found["dora"].get("levels", {})
    return values


def attributed(dataset, team):
    """incident id -> deployment, as the `devlake` definition relates them: the incident's
    attributed_deployment, else the latest successful deployment of the team finished before it."""
    deployments = sorted((ts(d["finished_at"]), d["deployment_id"]) for d in rows(dataset, "deployments")
                         if d["team"] == team and d["status"] == "success")
    related = {}
    for incident in rows(dataset, "incidents"):
        if incident["team"] != team:
            continue
        if incident.get("attributed_deployment"):
            related[incident["incident_id"]] = incident["attributed_deployment"]
            continue
        before = [d for f, d in deployments if f < ts(incident["opened_at"])]
        related[incident["incident_id"]] = before[-1] if before else None
    return related


# ---------------------------------------------------------------------------------------------
# DevLake: change lead time (dora/e2e/change_lead_time), project1, April 2023.
clt = os.path.join(DORA, "change_lead_time")
inputs = {os.path.join(clt, n): n for n in os.listdir(clt) if n != "project_pr_metrics.csv"}
dataset, result = import_devlake(folder("clt", inputs))
if result.returncode != 0:
    print("change_lead_time import failed:", result.stderr)
expected_rows = {r["id"]: r for r in csv.DictReader(open(os.path.join(clt, "cicd_deployment_commits.csv")))}
changes = {c["change_id"]: c for c in rows(dataset, "changes") if c["team"] == "project1"}
finishes = {d["deployment_id"]: ts(d["finished_at"]) for d in rows(dataset, "deployments")}
for metric in csv.DictReader(open(os.path.join(clt, "project_pr_metrics.csv"))):
    pr = metric["id"]
    row = expected_rows.get(metric["deployment_commit_id"])
    check("DevLake PR -> deployment", pr, row["cicd_deployment_id"] if row else None,
          (changes.get(pr, {}).get("deployment_id") or None))
    if row:
        change = changes.get(pr, {})
        minutes = change.get("lead_time_minutes") or None
        if minutes is None and change.get("deployment_id") in finishes:
            span = (finishes[change["deployment_id"]] - ts(change["committed_at"])).total_seconds() / 60
            minutes = str(math.ceil(span))
        check("DevLake PR cycle time (min)", pr, metric["pr_cycle_time"], minutes)

# The dashboard, April 2023, 2023 report. Project1's deployments end on 04-10 (pipeline1) and 04-13
# (pipelines 2, 4, 6, 7): Monday weeks of April give 0, 0, 2, 0, 0 deploy-days, so the lower median
# per week is 0 and per month 2 (medium). Lead time: pr1 4478, pr2 1598, pr3 10203 minutes deployed
# in April; ranks 0, 0.5, 1, so 4478 min = 74.633333 h. No incidents table: failure rate and
# recovery time are N/A.
values = dora(dataset, "2023-04-01..2023-04-30", "project1", "devlake")
check("DevLake dashboard change_lead_time 2023-04", "deployment frequency", "0.000000", values.get("deployment_frequency"))
check("DevLake dashboard change_lead_time 2023-04", "deployment frequency level", "medium",
      values.get("levels", {}).get("deployment_frequency"))
check("DevLake dashboard change_lead_time 2023-04", "lead time (h)", "74.633333", values.get("lead_time_hours"))
check("DevLake dashboard change_lead_time 2023-04", "change failure rate", "absent", values.get("change_failure_rate"))
check("DevLake dashboard change_lead_time 2023-04", "recovery time", "absent", values.get("time_to_restore_hours"))

# With DevLake's own project_pr_metrics in the dump, the lead time is the dashboard's by construction.
with_metrics, result = import_devlake(folder("clt-ppm", {os.path.join(clt, n): n for n in os.listdir(clt)}))
values = dora(with_metrics, "2023-04-01..2023-04-30", "project1", "devlake")
check("DevLake dashboard change_lead_time 2023-04", "lead time from project_pr_metrics (h)", "74.633333",
      values.get("lead_time_hours"))

# ---------------------------------------------------------------------------------------------
# DevLake: incidents table (1.x) related to deployment rows (dora/e2e/connect_incident_to_deployment).
cid = os.path.join(DORA, "connect_incident_to_deployment")
deployment_rows = os.path.join(cid, "prev_success_deployment_commit/cicd_deployment_commits_after.csv")
export = folder("cid", {deployment_rows: "cicd_deployment_commits.csv",
                        os.path.join(cid, "raw_tables/incidents.csv"): "incidents.csv",
                        os.path.join(cid, "raw_tables/project_mapping.csv"): "project_mapping.csv"})
dataset, result = import_devlake(export)
ours = attributed(dataset, "project1") if result.returncode == 0 else {}
if result.returncode != 0:
    print("connect_incident_to_deployment import failed:", result.stderr.strip())
expected = {r["id"]: r["deployment_id"] for r in
            csv.DictReader(open(os.path.join(cid, "snapshot_tables/project_incident_deployment_relationships.csv")))}
for incident, deployment in expected.items():
    check("DevLake incident -> deployment (incidents table)", incident, deployment, ours.get(incident))
check("DevLake incident -> deployment (incidents table)", "project1's incidents", sorted(expected), sorted(ours))
# The dashboard, 2022-09-01..2022-11-30. Project1's deployments (max successful production row):
# pipeline1 09-12, pipeline2 09-15, pipeline4 09-17, pipeline6 09-21, pipeline7 09-24. Monday weeks:
# 3 deploy-days (12th-18th), 2 (19th-25th), 12 weeks of 0; months 5, 0, 0: lower medians 0 and 0,
# low. Related: pipeline2 and pipeline7 of 5 -> 0.4. No resolution dates, no pull requests: lead time
# and recovery time N/A.
values = dora(dataset, "2022-09-01..2022-11-30", "project1", "devlake") if result.returncode == 0 else {}
group = "DevLake dashboard connect_incident 2022-09..11"
check(group, "deployment frequency", "0.000000", values.get("deployment_frequency"))
check(group, "deployment frequency level", "low", values.get("levels", {}).get("deployment_frequency"))
check(group, "lead time", "absent", values.get("lead_time_hours"))
check(group, "change failure rate", "0.400000", values.get("change_failure_rate"))
check(group, "recovery time", "absent", values.get("time_to_restore_hours"))

# ---------------------------------------------------------------------------------------------
# DevLake: issues turned into incidents (dora/e2e/raw_tables), against the same deployment rows.
raw = os.path.join(DORA, "raw_tables")
export = folder("raw", {deployment_rows: "cicd_deployment_commits.csv",
                        os.path.join(raw, "issues.csv"): "issues.csv",
                        os.path.join(raw, "board_issues.csv"): "board_issues.csv",
                        os.path.join(raw, "project_mapping.csv"): "project_mapping.csv"})
dataset, result = import_devlake(export)
ours = attributed(dataset, "project1") if result.returncode == 0 else {}
expected = {r["id"]: r["deployment_id"] for r in
            csv.DictReader(open(os.path.join(DORA, "snapshot_tables/project_incident_deployment_relationships.csv")))}
for incident, deployment in expected.items():
    check("DevLake incident -> deployment (issues)", incident, deployment, ours.get(incident))
check("DevLake incident -> deployment (issues)", "project1's incidents", sorted(expected), sorted(ours))

# ---------------------------------------------------------------------------------------------
# DevLake: a GitHub + GitLab project whose issues are all incidents; time to restore (2021 report) is
# the lower median of lead_time_minutes over incidents resolved in the range: 38 resolved, rank
# 18/37 <= 0.5 < 19/37, the 19th smallest is 13223 min = 220.383333 h.
issue_rows, board_rows = [], []
for plugin in ["github", "gitlab"]:
    for r in csv.DictReader(open(os.path.join(PLUGINS, plugin, "e2e/snapshot_tables/issues.csv"))):
        issue_rows.append({k: r.get(k, "") for k in
                           ["id", "issue_key", "type", "created_date", "resolution_date", "severity", "priority"]}
                          | {"type": "INCIDENT"})
    board_rows += [{"board_id": r["board_id"], "issue_id": r["issue_id"]} for r in
                   csv.DictReader(open(os.path.join(PLUGINS, plugin, "e2e/snapshot_tables/board_issues.csv")))]
export = os.path.join(WORK, "ghgl")
os.makedirs(export)
for name, table in [("issues", issue_rows), ("board_issues", board_rows)]:
    with open(os.path.join(export, name + ".csv"), "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(table[0]))
        writer.writeheader()
        writer.writerows(table)
with open(os.path.join(export, "project_mapping.csv"), "w") as f:
    f.write("project_name,table,row_id\nants,boards,github:GithubRepo:1:134018330\n"
            "ants,boards,gitlab:GitlabProject:1:12345678\n")
dataset, result = import_devlake(export)
check("DevLake GitHub+GitLab project", "incidents imported", 42, len(rows(dataset, "incidents")))
values = dora(dataset, "2018-01-01..2022-12-31", "ants", "devlake", report="2021")
check("DevLake GitHub+GitLab project", "time to restore 2021 (h)", "220.383333", values.get("time_to_restore_hours"))

# ---------------------------------------------------------------------------------------------
# DevLake: merged pull requests are those with a merged_date (DevLake selects merged_date IS NOT NULL).
for plugin in ["linker", "github", "gitlab", "bitbucket_server"]:
    source = os.path.join(PLUGINS, plugin, "e2e/snapshot_tables/pull_requests.csv")
    merged = sum(1 for r in csv.DictReader(open(source)) if r.get("merged_date"))
    dataset, result = import_devlake(folder("prs-" + plugin, {source: "pull_requests.csv"}), "--team", "t")
    check("DevLake merged pull requests", plugin, merged, len(rows(dataset, "changes")))

# ---------------------------------------------------------------------------------------------
# Export shapes: the change_lead_time and connect_incident dumps as mysql --batch, SELECT ... INTO
# OUTFILE and psql \copy write them import to the same canonical files as the clean CSV.
def reshape(source_dir, target_dir, shape):
    os.makedirs(target_dir)
    for name in os.listdir(source_dir):
        table = list(csv.reader(open(os.path.join(source_dir, name))))
        header, body = table[0], table[1:]
        timed = [i for i, h in enumerate(header) if h.endswith("_date")]
        stem = name[:-4]
        if shape == "psql":
            with open(os.path.join(target_dir, stem + ".csv"), "w", newline="") as f:
                writer = csv.writer(f, lineterminator="\n")
                writer.writerow(header)
                for r in body:
                    writer.writerow([sql_time(v, "+00") if i in timed else v for i, v in enumerate(r)])
            continue
        null = "NULL" if shape == "batch" else "\\N"
        with open(os.path.join(target_dir, stem + ".tsv"), "w") as f:
            f.write("\t".join(header) + "\n")
            for r in body:
                cells = [sql_time(v, "") if i in timed else v for i, v in enumerate(r)]
                f.write("\t".join(null if v == "" else v.replace("\\", "\\\\").replace("\t", "\\t")
                                  .replace("\n", "\\n") for v in cells) + "\n")


for label, source_dir in [("change_lead_time", os.path.join(WORK, "clt")), ("connect_incident", os.path.join(WORK, "cid"))]:
    clean, _ = import_devlake(source_dir)
    for shape in ["batch", "outfile", "psql"]:
        target = os.path.join(WORK, f"{label}-{shape}")
        reshape(source_dir, target, shape)
        dataset, result = import_devlake(target)
        same = result.returncode == 0 and all(
            open(os.path.join(clean, f)).read() == open(os.path.join(dataset, f)).read()
            for f in os.listdir(clean) if f in ["deployments.csv", "changes.csv", "incidents.csv", "reviews.csv"])
        check("Export shapes", f"{label} as {shape}", True, same)
# mysql --batch piped through tr '\t' ',': GitHub's pull requests as --batch writes them (tabs, \n for a line
# end, NULL), tabs then turned into commas. Titles and descriptions hold commas and quotes, so the file must be
# refused, and the message must name the separator.
batch = os.path.join(WORK, "mangled")
os.makedirs(batch)
with open(os.path.join(batch, "pull_requests.csv"), "w") as f:
    for r in csv.reader(open(os.path.join(PLUGINS, "github/e2e/snapshot_tables/pull_requests.csv"), newline="")):
        f.write(",".join("NULL" if v == "" else v.replace("\\", "\\\\").replace("\n", "\\n") for v in r) + "\n")
dataset, result = import_devlake(batch, "--team", "t")
check("Export shapes", "tr '\\t' ',' output refused naming the separator", (2, True),
      (result.returncode, "tr '\\t' ','" in result.stderr))

# ---------------------------------------------------------------------------------------------
# Four Keys: the views of queries/*.sql and the dashboard panels, on events_raw.jsonl ("now" is
# 2024-01-23, so "the last 3 months" is after 2023-10-23 00:00).
events = [json.loads(line) for line in open(os.path.join(PEER, "fourkeys/events_raw.jsonl"))]
bq = lambda text: dt.datetime.fromisoformat(text).replace(tzinfo=dt.timezone.utc)
raw_by_id = {}
for e in events:
    raw_by_id.setdefault(e["id"], []).append(json.loads(e["metadata"]))
deploys = []
for e in events:
    meta = json.loads(e["metadata"])
    if e["source"].startswith("github") and e["event_type"] == "deployment_status" \
            and meta["deployment_status"]["state"] == "success":
        shas = [meta["deployment"]["sha"]] + meta["deployment"].get("additional_sha", [])
        commits = sorted({c["id"] for sha in shas for m in raw_by_id.get(sha, []) for c in m.get("commits", [])})
        if commits:
            deploys.append({"source": e["source"], "deploy_id": e["id"], "time_created": bq(e["time_created"]),
                            "main_commit": meta["deployment"]["sha"], "changes": commits})
change_view = {}
for e in events:
    if e["event_type"] == "push":
        for c in json.loads(e["metadata"])["commits"]:
            change_view[(e["source"], c["id"], bq(c["timestamp"]).replace(microsecond=0))] = True
change_time = {}
for (source, sha, time) in change_view:
    change_time.setdefault(sha, []).append(time)
incident_view = {}
for e in events:
    if not e["event_type"].startswith("issue"):
        continue
    issue = json.loads(e["metadata"])["issue"]
    root = re.search(r"root cause: ([A-Za-z0-9]*)", e["metadata"])
    roots = [d["time_created"] for d in deploys if root and root[1] in d["changes"]] or [None]
    key = (e["source"], str(issue["number"]))
    bug = any(label.get("name") == "Incident" for label in issue.get("labels", []))
    for root_time in roots:
        start = bq(issue["created_at"])
        start = root_time if root_time is not None and root_time < start else start
        entry = incident_view.setdefault(key, {"time_created": start, "time_resolved": None, "changes": [], "bug": False})
        entry["time_created"] = min(entry["time_created"], start)
        if issue.get("closed_at"):
            resolved = bq(issue["closed_at"])
            entry["time_resolved"] = max(entry["time_resolved"] or resolved, resolved)
        if root:
            entry["changes"].append(root[1])
        entry["bug"] = entry["bug"] or bug
incidents = {k: v for k, v in incident_view.items() if v["bug"]}

export = os.path.join(WORK, "fourkeys")
os.makedirs(export)
bq_text = lambda t: t.strftime("%Y-%m-%d %H:%M:%S.%f") + " UTC"
with open(os.path.join(export, "deployments.jsonl"), "w") as f:
    for d in deploys:
        f.write(json.dumps(d | {"time_created": bq_text(d["time_created"])}) + "\n")
with open(os.path.join(export, "changes.csv"), "w") as f:
    f.write("source,event_type,change_id,time_created\n")
    for (source, sha, time) in change_view:
        f.write(f"{source},push,{sha},{bq_text(time)}\n")
with open(os.path.join(export, "incidents.jsonl"), "w") as f:
    for (source, number), i in incidents.items():
        f.write(json.dumps({"source": source, "incident_id": number, "time_created": bq_text(i["time_created"]),
                            "time_resolved": bq_text(i["time_resolved"]) if i["time_resolved"] else None,
                            "changes": i["changes"]}) + "\n")
dataset = export + "-dataset"
result = run("import", "fourkeys", *[os.path.join(export, n) for n in sorted(os.listdir(export))],
             "--team", "foobar", "--output", dataset)
if result.returncode != 0:
    print("fourkeys import failed:", result.stderr)

since = dt.datetime(2023, 10, 23, tzinfo=dt.timezone.utc)
recent = [d for d in deploys if d["time_created"] > since]
# Lead time panel: PERCENTILE_CONT over (deployment, change) pairs of positive whole minutes.
minutes = [int((d["time_created"] - t).total_seconds() // 60) for d in recent for c in d["changes"]
           for t in change_time.get(c, [])]
minutes = [m for m in minutes if m > 0]
lead_hours = statistics.median(minutes) / 60
# Change failure rate panel: joined incident rows / distinct deployments.
root_changes = [c for i in incidents.values() for c in i["changes"]]
failures = sum(root_changes.count(c) for d in recent for c in d["changes"] for _ in change_time.get(c, [None]))
cfr = failures / len(recent)
# Time to restore panel: PERCENTILE_CONT of whole hours over incidents created in the window.
hours = [int((i["time_resolved"] - i["time_created"]).total_seconds() // 3600) for i in incidents.values()
         if i["time_created"] > since and i["time_resolved"]]
restore = statistics.median(hours)
# Deployment frequency panel: days after the first event, Sunday weeks, PERCENTILE_CONT of days.
first_day = min(bq(e["time_created"]).date() for e in events)
days = [dt.date(2023, 10, 23) + dt.timedelta(n) for n in range(93)]
days = [d for d in days if d > first_day and d <= dt.date(2024, 1, 23)]
deploy_days = {d["time_created"].date() for d in deploys}
weeks = {}
for day in days:
    weeks.setdefault(day - dt.timedelta((day.weekday() + 1) % 7), []).append(day in deploy_days)
per_week = [sum(w) for w in weeks.values()]
deployed = [1 if any(w) else 0 for w in weeks.values()]
monthly = [sum(deployed[j] for j, s in enumerate(weeks) if s.month == start.month and s.year == start.year)
           for start in weeks]
bucket = ("elite" if statistics.median(per_week) >= 3 else "high" if statistics.median(deployed) >= 1
          else "medium" if statistics.median(monthly) >= 1 else "low")

period = f"{days[0]}..2024-01-23"
values = dora(dataset, period, "foobar", "fourkeys")
fmt = lambda x: "%.6f" % x
check("Four Keys dashboard", "deployment frequency level", bucket, values.get("levels", {}).get("deployment_frequency"))
check("Four Keys dashboard", "lead time (h)", fmt(lead_hours), values.get("lead_time_hours"))
check("Four Keys dashboard", "change failure rate", fmt(cfr), values.get("change_failure_rate"))
check("Four Keys dashboard", "time to restore (h)", fmt(restore), values.get("time_to_restore_hours"))

# ---------------------------------------------------------------------------------------------
groups = {}
for group, _, agree in results:
    groups.setdefault(group.split(" ")[0] + " " + group.split(" ")[1], []).append(agree)
print()
for name, marks in groups.items():
    print(f"{name}: {sum(marks)} of {len(marks)} agree")
print(f"all: {sum(a for _, _, a in results)} of {len(results)} agree")
shutil.rmtree(WORK)
