"""The metric aggregation `incentive calculate` does over the event files, in DuckDB, for the benchmark.

Per team: successful production deployments, change failure rate (failed, rolled back or named by an incident),
rework rate, attributable rollback rate, small change share and median lead time for 2026-Q3; median time to
restore of incidents opened in the period. Per engineer: reviews, comments, substantive comments and cross-team
reviews; on-call shifts overlapping the period and after-hours pages. Same files, same filters, 2 threads.

usage: duckdb_metrics.py DATASET_DIR [THREADS]
"""

import sys
import time

import duckdb

folder = sys.argv[1]
threads = int(sys.argv[2]) if len(sys.argv) > 2 else 2
start = time.perf_counter()
db = duckdb.connect()
db.execute(f"SET threads = {threads}")
period = "TIMESTAMPTZ '2026-07-01 00:00:00+00' AND TIMESTAMPTZ '2026-10-01 00:00:00+00'"

def csv(name):
    return f"read_csv('{folder}/{name}.csv', header = true)"

queries = {
    "incidents": f"""
        CREATE TEMP TABLE causing AS
        SELECT DISTINCT caused_by_deployment AS id FROM {csv('incidents')} WHERE caused_by_deployment IS NOT NULL;
        SELECT team, count(*) AS rows,
               median(epoch(resolved_at) - epoch(opened_at)) / 3600 AS restore_hours
        FROM {csv('incidents')}
        WHERE opened_at >= {period.split(' AND ')[0]} AND opened_at < {period.split(' AND ')[1]}
          AND resolved_at IS NOT NULL
        GROUP BY team""",
    "deployments": f"""
        SELECT d.team,
               count(*) FILTER (WHERE status = 'success') AS successes,
               avg(CASE WHEN status <> 'success' OR c.id IS NOT NULL THEN 1.0 ELSE 0.0 END) AS change_failure_rate,
               avg(CASE WHEN kind IN ('hotfix', 'rollback') THEN 1.0 ELSE 0.0 END) AS rework_rate,
               avg(CASE WHEN status = 'rolled_back' AND failure_cause IN ('testing', 'code') THEN 1.0 ELSE 0.0 END)
                 AS attributable_rollback_rate,
               avg(CASE WHEN change_lines IS NULL THEN NULL WHEN change_lines < 10 THEN 1.0 ELSE 0.0 END)
                 AS small_change_share,
               median(epoch(finished_at) - epoch(first_commit_at)) FILTER (WHERE status = 'success') / 3600
                 AS lead_time_hours
        FROM {csv('deployments')} d LEFT JOIN causing c ON d.deployment_id = c.id
        WHERE lower(coalesce(environment, 'production')) = 'production'
          AND finished_at >= {period.split(' AND ')[0]} AND finished_at < {period.split(' AND ')[1]}
        GROUP BY d.team""",
    "reviews": f"""
        SELECT reviewer_id, count(*) AS reviews, sum(comments) AS comments,
               sum(substantive_comments) AS substantive,
               count(*) FILTER (WHERE author_team <> reviewer_team) AS cross_team
        FROM {csv('reviews')}
        WHERE submitted_at >= {period.split(' AND ')[0]} AND submitted_at < {period.split(' AND ')[1]}
        GROUP BY reviewer_id""",
    "oncall": f"""
        SELECT engineer_id, count(*) AS shifts, sum(after_hours_pages) AS after_hours_pages
        FROM {csv('oncall')}
        WHERE shift_start < {period.split(' AND ')[1]} AND shift_end > {period.split(' AND ')[0]}
        GROUP BY engineer_id""",
}
for name, sql in queries.items():
    groups = db.execute(sql).fetchall()
    print(f"duckdb {name}: {len(groups)} groups", file=sys.stderr)
print(f"duckdb query time {time.perf_counter() - start:.3f} s", file=sys.stderr)
