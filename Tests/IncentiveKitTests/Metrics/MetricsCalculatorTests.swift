import Testing
import TestSupport

@testable import IncentiveKit

/// Every metric of SPEC section 4 on a small dataset whose values are worked out by hand in
/// the comments (period 2026-Q3, 92 days).
@Suite("Metrics on hand-computed inputs")
struct MetricsCalculatorTests {
  static let files: [String: String] = [
    "roster.csv": """
      engineer_id,name,team,role,manager_id,start_date,end_date,exit_reason,base_salary,target_bonus_pct
      m1,Mia,alpha,manager,,2020-01-01,,,200000,20
      a1,Al,alpha,ic,m1,2021-01-01,,,100000,10
      a2,Bo,alpha,ic,m1,2021-01-01,2026-08-15,voluntary,100000,10
      b1,Cy,beta,ic,m1,2022-01-01,,,100000,10
      b2,Di,beta,ic,,2026-08-01,,,100000,10
      """,
    "deployments.csv": """
      deployment_id,team,environment,finished_at,status,first_commit_at,change_lines,kind,failure_cause
      d1,alpha,production,2026-07-02T10:00:00Z,success,2026-07-01T10:00:00Z,5,planned,
      d2,alpha,,2026-07-10T12:00:00Z,failed,2026-07-10T00:00:00Z,50,planned,code
      d3,alpha,production,2026-08-01T00:00:00Z,rolled_back,,8,rollback,external_dependency
      d4,alpha,production,2026-08-05T06:00:00Z,success,2026-08-04T18:00:00Z,200,hotfix,
      d5,alpha,staging,2026-08-06T00:00:00Z,success,,1,planned,
      d6,alpha,production,2026-06-30T23:59:59Z,success,,1,planned,
      d7,alpha,Production,2026-09-01T00:00:00Z,rolled_back,,3,rollback,testing
      d8,alpha,production,2026-09-20T00:00:00Z,success,2026-09-19T12:00:00Z,,planned,
      e1,beta,production,2026-07-15T00:00:00+02:00,success,,,,
      """,
    "incidents.csv": """
      incident_id,team,severity,opened_at,resolved_at,caused_by_deployment,legacy_system,external
      i1,alpha,SEV2,2026-07-05T00:00:00Z,2026-07-05T03:00:00Z,d4,no,no
      i2,alpha,SEV1,2026-08-10T00:00:00Z,2026-08-11T00:00:00Z,,yes,
      i3,alpha,SEV3,2026-09-29T22:00:00Z,,,,
      i4,beta,SEV1,2026-06-20T00:00:00Z,2026-06-21T00:00:00Z,,,
      """,
    "reviews.csv": """
      pr_id,reviewer_id,submitted_at,author_id,comments,substantive_comments,author_team,reviewer_team
      r1,a1,2026-07-03T00:00:00Z,b1,4,3,,
      r2,a1,2026-07-04T00:00:00Z,a2,6,1,alpha,alpha
      r3,a1,2026-10-01T00:00:00Z,b1,9,9,,
      r4,b1,2026-08-01T00:00:00Z,a1,0,0,,
      """,
    "oncall.csv": """
      engineer_id,shift_start,shift_end,pages,after_hours_pages
      a1,2026-06-28T00:00:00Z,2026-07-02T00:00:00Z,5,2
      a1,2026-07-10T00:00:00Z,2026-07-17T00:00:00Z,3,1
      a1,2026-09-30T12:00:00Z,2026-10-03T00:00:00Z,,
      b1,2026-06-01T00:00:00Z,2026-06-30T23:00:00Z,4,4
      """,
    "surveys.csv": """
      team,period,health_score,responses
      alpha,2026-Q3,80,4
      alpha,2026-07,60,1
      alpha,2026-Q2,10,5
      beta,2026-Q3,70.5,
      """,
    "mentorship.csv": """
      mentor_id,mentee_id,event,date
      m1,a1,promoted,2026-08-01
      m1,a2,level_up,2026-07-15
      m1,b1,milestone,2026-08-01
      m1,b1,promoted,2026-10-02
      """,
    "costs.csv": """
      team,month,actual,budget
      alpha,2026-07,1000,1000
      alpha,2026-08,1200,1000
      alpha,2026-09,900.50,1000
      alpha,2026-10,5000,1000
      """,
    "coverage.csv": """
      team,date,line_coverage,iac_coverage
      alpha,2026-07-01,0.80,0.5
      alpha,2026-08-15,0.82,
      alpha,2026-09-30,0.85,0.6
      alpha,2026-10-05,0.99,0.9
      beta,2026-09-01,0.7,
      """,
    "metrics.csv": """
      subject,metric,value,period
      beta,internal_nps,42,2026-Q3
      a1,design_docs,3,
      alpha,deployment_frequency,9,2026-Q2
      """,
  ]

  static func compute(options: MetricOptions = MetricOptions(), extra: [String: String] = [:]) throws -> ComputedMetrics {
    let folder = try TemporaryDataset(files.merging(extra) { $1 })
    let dataset = try Dataset(directory: folder.path)
    let roster = try Roster(engineers: try dataset.load(Engineer.self), assignments: [])
    return try MetricsCalculator(roster: roster, period: Period(parsing: "2026-Q3")!, options: options).compute(dataset)
  }

  static func text(_ set: MetricSet, _ metric: MetricID) -> String? { set[metric]?.formatted(decimals: 6) }

  @Test(
    "team alpha",
    arguments: [
      // In-period production deployments: d1 d2 d3 d4 d7 d8 (d5 staging, d6 June are out); e1 is beta.
      ("deployment_frequency", "0.228261"),  // 3 successes × 7 / 92 = 0.2282608…
      ("lead_time_hours", "12.000000"),  // d1 24 h, d4 12 h, d8 12 h → median 12
      ("change_failure_rate", "0.666667"),  // d2 failed, d3 d7 rolled back, d4 named by i1 → 4/6
      ("rework_rate", "0.500000"),  // d3 d7 rollback, d4 hotfix → 3/6
      ("attributable_rollback_rate", "0.166667"),  // only d7 (testing); d3 is external → 1/6
      ("small_change_share", "0.600000"),  // d1 5, d3 8, d7 3 under 10 of 5 with lines (d8 has none)
      ("time_to_restore_hours", "13.500000"),  // i1 3 h, i2 24 h (i3 unresolved) → (3 + 24) / 2
      ("team_health", "76.000000"),  // (80×4 + 60×1) / 5; the Q2 row does not overlap
      ("cost_vs_budget", "1.033500"),  // 3100.50 / 3000 over Jul–Sep
      ("coverage_delta", "0.050000"),  // 0.85 − 0.80 (Oct row out)
      ("iac_coverage", "0.600000"),  // last in-period row with iac
      ("retention_rate", "0.666667"),  // headcount m1 a1 a2 = 3, a2 left voluntarily → 1 − 1/3
    ])
  func alpha(metric: String, expected: String) throws {
    #expect(Self.text(try Self.compute().team("alpha"), MetricID(metric)) == expected)
  }

  @Test("team beta")
  func beta() throws {
    let beta = try Self.compute().team("beta")
    #expect(Self.text(beta, "deployment_frequency") == "0.076087")  // 1 × 7 / 92 (+02:00 is still Jul 14 UTC)
    #expect(Self.text(beta, "change_failure_rate") == "0.000000")
    #expect(beta["lead_time_hours"] == nil)  // no first_commit_at: absent, not zero
    #expect(beta["small_change_share"] == nil)
    #expect(beta["time_to_restore_hours"] == nil)  // i4 opened in June
    #expect(Self.text(beta, "team_health") == "70.500000")  // empty responses weigh 1
    #expect(Self.text(beta, "coverage_delta") == "0.000000")  // one row: last − first = 0
    #expect(beta["iac_coverage"] == nil)
    #expect(Self.text(beta, "retention_rate") == "1.000000")  // b1 only; b2 joined after the start
    #expect(Self.text(beta, "internal_nps") == "42.000000")  // from metrics.csv
  }

  @Test("engineers")
  func engineers() throws {
    let metrics = try Self.compute()
    let a1 = metrics.engineer("a1")
    #expect(Self.text(a1, "reviews") == "2.000000")  // r1 r2; r3 is October
    #expect(Self.text(a1, "substantive_review_ratio") == "0.400000")  // (3 + 1) / (4 + 6)
    #expect(Self.text(a1, "cross_team_reviews") == "1.000000")  // r1: alpha reviews beta (from the roster)
    #expect(Self.text(a1, "oncall_shifts") == "3.000000")  // all three overlap Q3
    #expect(Self.text(a1, "after_hours_pages") == "3.000000")  // 2 + 1 + empty
    #expect(Self.text(a1, "design_docs") == "3.000000")
    let b1 = metrics.engineer("b1")
    #expect(Self.text(b1, "reviews") == "1.000000")
    #expect(b1["substantive_review_ratio"] == nil)  // no comments at all
    #expect(b1["oncall_shifts"] == nil)  // the June shift ends before Jul 1
    let m1 = metrics.engineer("m1")
    #expect(Self.text(m1, "mentee_promotions") == "2.000000")  // promoted + level_up; milestone and October excluded
    #expect(Self.text(m1, "retention_rate") == "0.666667")  // reports a1 a2 b1, a2 left
  }

  @Test("DORA levels by the 2023 bands; overall is the weakest key")
  func dora() throws {
    let metrics = try Self.compute()
    let alpha = metrics.dora["alpha"]!
    #expect(alpha.levels["deployment_frequency"] == .low)  // 0.228 < 12/52 = 0.2308
    #expect(alpha.levels["lead_time_hours"] == .elite)  // 12 h < 24 h
    #expect(alpha.levels["change_failure_rate"] == .low)  // 0.67 > 0.15
    #expect(alpha.levels["time_to_restore_hours"] == .high)  // 13.5 h < 24 h
    #expect(alpha.overall == .low)
  }

  @Test("DORA levels describe each team's set as the metrics were finished, whenever a report first asks")
  func doraOfFinishedSets() throws {
    let finished = try Self.compute()
    var changed = finished
    // 30 deployments a day is elite's band (at least one a day); alpha's finished frequency, 0.228, is low.
    changed.teams["alpha"]?.set(.deploymentFrequency, FixedDecimal(30), rows: 1, source: "a caller's own value")
    #expect(changed.dora["alpha"]?.levels["deployment_frequency"] == .low)
    #expect(Set(changed.dora.keys) == Set(finished.teams.keys))
    #expect(finished.dora == changed.dora)
  }

  @Test("metric options: restore exclusions, severity, rollback causes")
  func options() throws {
    var options = MetricOptions()
    options.restoreExcludesLegacy = true
    #expect(Self.text(try Self.compute(options: options).team("alpha"), "time_to_restore_hours") == "3.000000")
    options = MetricOptions()
    options.incidentMinSeverity = 1
    // i1 (SEV2) no longer a production incident: d4 not failed → 3/6, restore only i2 → 24 h.
    let strict = try Self.compute(options: options).team("alpha")
    #expect(Self.text(strict, "change_failure_rate") == "0.500000")
    #expect(Self.text(strict, "time_to_restore_hours") == "24.000000")
    options = MetricOptions()
    options.attributableRollbackCauses = [.testing, .code, .externalDependency]
    #expect(Self.text(try Self.compute(options: options).team("alpha"), "attributable_rollback_rate") == "0.333333")
  }

  @Test("a blackout removes events and their days from deployment frequency")
  func blackout() throws {
    var options = MetricOptions()
    options.blackouts = [
      Blackout(window: Period(parsing: "2026-08-01..2026-08-31")!, reason: "SOX", metrics: ["deployment_frequency"])
    ]
    // d4 (Aug 5) is out: 2 successes over 92 − 31 = 61 days → 14/61 = 0.2295081…
    let alpha = try Self.compute(options: options).team("alpha")
    #expect(Self.text(alpha, "deployment_frequency") == "0.229508")
    #expect(Self.text(alpha, "change_failure_rate") == "0.666667")  // other metrics untouched
  }

  @Test("a coverage blackout leaves out the coverage rows in its window; another metric's leaves them in")
  func coverageBlackout() throws {
    var options = MetricOptions()
    let september = Period(parsing: "2026-09-01..2026-09-30")!
    options.blackouts = [
      Blackout(window: september, reason: "migration", metrics: ["coverage_delta", "iac_coverage"])
    ]
    // alpha's Sep 30 row is out: 0.82 (Aug 15) − 0.80 (Jul 1) = 0.02, and the last iac reading is Jul 1's 0.5.
    let alpha = try Self.compute(options: options).team("alpha")
    #expect(Self.text(alpha, "coverage_delta") == "0.020000")
    #expect(Self.text(alpha, "iac_coverage") == "0.500000")
    options.blackouts = [Blackout(window: september, reason: "SOX", metrics: ["deployment_frequency"])]
    // Sep 30 counts: 0.85 − 0.80 = 0.05, iac 0.6.
    let untouched = try Self.compute(options: options).team("alpha")
    #expect(Self.text(untouched, "coverage_delta") == "0.050000")
    #expect(Self.text(untouched, "iac_coverage") == "0.600000")
  }

  @Test("a metrics.csv value that contradicts a computed one is an error naming the line")
  func conflict() throws {
    let extra = ["metrics.csv": "subject,metric,value\nalpha,deployment_frequency,9\n"]
    #expect(throws: InputError.self) { try Self.compute(extra: extra) }
    do {
      _ = try Self.compute(extra: extra)
    } catch let error as InputError {
      #expect(error.description.hasSuffix(
        "metrics.csv:2: deployment_frequency for alpha is also computed from the dataset (0.228261); "
          + "remove the row or set \"prefer\": \"file\" in the plan"))
    }
  }
}
