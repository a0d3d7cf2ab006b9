import Testing

@testable import IncentiveKit

/// The plan features of docs/plan-features.md, each on a tiny dataset whose payout is worked
/// out by hand in the comments. Every target is 1,840.00 (see `PayoutScenario`).
@Suite("Plan features, end to end")
struct PlanFeatureTests {
  typealias S = PayoutScenario

  @Test("a formula component pays its exact result, rounded once; an absent metric follows on_missing")
  func formula() throws {
    let scenario = S(
      roster: [S.engineer("E1", team: "t1"), S.engineer("E2", team: "t2")],
      components: """
        {"id": "recovery", "formula": "clamp(1 - (time_to_restore_hours - 4) / 40, 0, 1.5)",
         "metric": "time_to_restore_hours", "scope": "team", "weight": 1, "on_missing": "target"}
        """,
      files: [
        "incidents.csv": """
          incident_id,team,severity,opened_at,resolved_at
          I1,t1,SEV2,2026-07-10T00:00:00Z,2026-07-10T14:00:00Z
          """
      ])
    let report = try scenario.report()
    // t1 restores in 14 h: 1 − (14 − 4) / 40 = 0.75 → 1,840.00 × 0.75 = 1,380.00.
    let e1 = try #require(report.engineer("E1"))
    #expect(e1.componentMultipliers == ["0.7500"])
    #expect(e1.payout.minorUnits == 138_000)
    // t2 has no incident: time_to_restore_hours is absent → on_missing target → 1.0 → 1,840.00.
    let e2 = try #require(report.engineer("E2"))
    #expect(e2.componentMultipliers == ["1.0000"])
    #expect(e2.payout.minorUnits == 184_000)
    #expect(report.total.minorUnits == 138_000 + 184_000)
  }

  @Test("a division by zero in a formula follows on_missing zero")
  func formulaDivisionByZero() throws {
    let scenario = S(
      roster: [S.engineer("E1", team: "t1")],
      components: """
        {"id": "pages", "formula": "1 / (after_hours_pages - 2)", "scope": "individual", "weight": 1, "on_missing": "zero"}
        """,
      files: [
        "oncall.csv": """
          engineer_id,shift_start,shift_end,pages,after_hours_pages
          E1,2026-07-06T09:00:00Z,2026-07-13T09:00:00Z,4,2
          """
      ])
    let e1 = try #require(try scenario.report().engineer("E1"))
    // after_hours_pages = 2 → 1 / 0 → on_missing zero → multiplier 0 → payout 0.
    #expect(e1.componentMultipliers == ["0.0000"])
    #expect(e1.payout == .zero)
  }

  static let costAndHealthFiles = [
    "costs.csv": """
      team,month,actual,budget
      t1,2026-07,90,100
      t2,2026-07,90,100
      """,
    "surveys.csv": """
      team,period,health_score,responses
      t1,2026-07,80,10
      t2,2026-07,60,10
      """,
  ]

  @Test("team_overrides replace a component's curve and weight for one team only")
  func teamOverrides() throws {
    let scenario = S(
      roster: [S.engineer("E1", team: "t1"), S.engineer("E2", team: "t2")],
      components: """
        {"id": "cost", "metric": "cost_vs_budget", "scope": "team", "weight": 0.5,
         "curve": [[0.8, 1.5], [1.0, 1.0], [1.2, 0]],
         "team_overrides": {"t2": {"curve": [[0.9, 1.2], [1.0, 1.0]], "weight": 0.7}}},
        {"id": "health", "metric": "team_health", "scope": "team", "weight": 0.5,
         "curve": [[50, 0], [100, 2]], "team_overrides": {"t2": {"weight": 0.3}}}
        """,
      files: Self.costAndHealthFiles)
    let report = try scenario.report()
    // E1 (t1), base plan: cost 0.9 → 1.5 − 0.5 × (0.1 / 0.2) = 1.25; health 80 → 2 × 30/50 = 1.2.
    // 0.5 × 1.25 + 0.5 × 1.2 = 1.225 → 1,840.00 × 1.225 = 2,254.00 (1,150.00 + 1,104.00).
    let e1 = try #require(report.engineer("E1"))
    #expect(e1.componentMultipliers == ["1.2500", "1.2000"])
    #expect(e1.componentCents == [115_000, 110_400])
    #expect(e1.payout.minorUnits == 225_400)
    // E2 (t2), overrides: cost 0.9 on [[0.9, 1.2], [1, 1]] → 1.2; health 60 → 2 × 10/50 = 0.4.
    // 0.7 × 1.2 + 0.3 × 0.4 = 0.96 → 1,766.40 (1,840 × 0.84 = 1,545.60 and 1,840 × 0.12 = 220.80).
    let e2 = try #require(report.engineer("E2"))
    #expect(e2.componentMultipliers == ["1.2000", "0.4000"])
    #expect(e2.componentCents == [154_560, 22_080])
    #expect(e2.payout.minorUnits == 176_640)
  }

  @Test(
    "a team_overrides key that is no roster team would never apply, so the run is refused with the team meant",
    arguments: [
      // Another case: the nearest roster team is suggested.
      ("T2", "", "; did you mean \"t2\"?"),
      // An alias: overrides are looked up by the roster team, so the alias's target is the key to use.
      ("two", #""team_aliases": {"two": "t2"}"#, "; did you mean \"t2\"?"),
      // A team the roster lacks altogether.
      ("platform-infrastructure", "", "; remove it, or key it by a roster team"),
    ])
  func unknownOverrideTeams(key: String, planExtras: String, hint: String) throws {
    var scenario = S(
      roster: [S.engineer("E1", team: "t1"), S.engineer("E2", team: "t2")],
      components: """
        {"id": "cost", "metric": "cost_vs_budget", "scope": "team", "weight": 1,
         "curve": [[0.8, 1.5], [1.0, 1.0], [1.2, 0]], "team_overrides": {"\(key)": {"curve": [[0.9, 1.2], [1.0, 1.0]]}}}
        """,
      files: Self.costAndHealthFiles)
    scenario.planExtras = planExtras
    let folder = try scenario.dataset()
    let plan = folder.path + "/plan.json"
    #expect(
      throws: PlanError.invalid(
        file: plan, path: "tracks.default.components[0].team_overrides.\(key)",
        reason: "\"\(key)\" is not a team of the roster, so its override would never apply" + hint)
    ) { try PayoutRun(datasetPath: folder.path).payouts() }
  }

  static let plainCostAndHealth = """
    {"id": "cost", "metric": "cost_vs_budget", "scope": "team", "weight": 0.5, "curve": [[0.8, 1.5], [1.0, 1.0], [1.2, 0]]},
    {"id": "health", "metric": "team_health", "scope": "team", "weight": 0.5, "curve": [[50, 0], [100, 2]]}
    """

  @Test("adjustments replace a component multiplier, the total multiplier or the payout, with their reason")
  func adjustments() throws {
    var files = Self.costAndHealthFiles
    files["adjustments.csv"] = """
      engineer_id,component,multiplier,amount,reason,approved_by,date
      E1,health,1.0,,Survey sample too small (n=3),M9,2026-10-05
      E2,total,,1600.00,Retention exception agreed with HR,M9,2026-10-05
      E3,total,1.3,,Calibration committee outcome,M9,2026-10-06
      """
    let scenario = S(
      roster: [S.engineer("E1", team: "t1"), S.engineer("E2", team: "t2"), S.engineer("E3", team: "t1")],
      components: Self.plainCostAndHealth, files: files)
    let report = try scenario.report()
    // E1: cost 1.25, health adjusted from 1.2 to 1.0 → 0.5 × 1.25 + 0.5 × 1.0 = 1.125 → 2,070.00.
    let e1 = try #require(report.engineer("E1"))
    #expect(e1.componentMultipliers == ["1.2500", "1.0000"])
    #expect(e1.payout.minorUnits == 207_000)
    #expect(e1.notes.contains { $0.contains("Survey sample too small (n=3)") && $0.contains("M9") })
    // E2: formula 0.5 × 1.25 + 0.5 × 0.4 = 0.825 (1,518.00), but the payout is set to 1,600.00.
    let e2 = try #require(report.engineer("E2"))
    #expect(e2.payout.minorUnits == 160_000)
    #expect(e2.componentCents.reduce(0, +) == 160_000)
    #expect(e2.notes.contains { $0.contains("Retention exception agreed with HR") })
    // E3: formula 1.225, total multiplier set to 1.3 → 1,840.00 × 1.3 = 2,392.00.
    let e3 = try #require(report.engineer("E3"))
    #expect(e3.multiplier == FixedDecimal("1.3")!)
    #expect(e3.payout.minorUnits == 239_200)
    #expect(e3.componentCents.reduce(0, +) == 239_200)
    #expect(report.total.minorUnits == 207_000 + 160_000 + 239_200)
  }

  @Test("an adjustment of another period is left out, not counted; identities and exchange rates are listed as read")
  func adjustmentAccounting() throws {
    var files = Self.costAndHealthFiles
    files["adjustments.csv"] = """
      engineer_id,component,multiplier,amount,reason,approved_by,date,period
      E1,total,0.5,,Q2 calibration,M9,2026-07-05,2026-Q2
      E1,health,1.0,,Survey sample too small (n=3),M9,2026-10-05,2026-Q3
      E2,health,1.0,,Survey sample too small (n=3),M9,2026-10-05,
      """
    files["identities.csv"] = "engineer_id,github\nE1,e-one\n"
    files["fx.csv"] = "currency,rate,as_of,source\nEUR,1.08,2026-09-30,ECB\nGBP,1.27,2026-09-30,ECB\n"
    let scenario = S(
      roster: [S.engineer("E1", team: "t1"), S.engineer("E2", team: "t2")], components: Self.plainCostAndHealth,
      files: files)
    // E1's Q2 row is skipped by the engine: health 1.0 from the Q3 row, cost 1.25, so 1.125 → 2,070.00, not half.
    #expect(try #require(scenario.report().engineer("E1")).payout.minorUnits == 207_000)
    let inputs = try scenario.metrics().inputs
    let adjustments = try #require(inputs["adjustments.csv"])
    #expect(adjustments.counted == 2)
    #expect(adjustments.leftOut[.outsidePeriod]?.rows == 1)
    #expect(adjustments.leftOut[.outsidePeriod]?.firstLines == [2])
    #expect(inputs["identities.csv"]?.counted == 1)
    #expect(inputs["fx.csv"]?.counted == 2)
  }

  @Test(
    "an adjustment without reason or approver, or approved by the person adjusted, is an error naming the line",
    arguments: [
      ("E1,health,1.0,,,M9,2026-10-05", "reason"),
      ("E1,health,1.0,,Reason,,2026-10-05", "approved_by"),
      ("E1,health,1.0,,Reason,E1,2026-10-05", "someone other than the person adjusted"),
      // The person's own id in another case or with a space is still the person: self-approval, not an approver.
      ("E1,health,1.0,,Reason,e1,2026-10-05", "someone other than the person adjusted"),
      ("E1,health,1.0,,Reason,\"E1 \",2026-10-05", "someone other than the person adjusted"),
      ("E1,launch,1.0,,Reason,M9,2026-10-05", "launch"),
      ("E1,health,1.0,5.00,Reason,M9,2026-10-05", "one change per row"),
      // Absurd values would overflow the payout arithmetic; they are refused at their cell.
      ("E1,total,999999999999999,,Reason,M9,2026-10-05", "a multiplier from 0 to 100"),
      ("E1,total,,99999999999999,Reason,M9,2026-10-05", "an amount from 0 to below 10^12"),
    ])
  func badAdjustments(line: String, fragment: String) throws {
    var files = Self.costAndHealthFiles
    files["adjustments.csv"] = "engineer_id,component,multiplier,amount,reason,approved_by,date\n\(line)\n"
    let scenario = S(roster: [S.engineer("E1", team: "t1")], components: Self.plainCostAndHealth, files: files)
    do {
      _ = try scenario.report()
      Issue.record("expected an error for \(line)")
    } catch {
      let message = String(describing: error)
      #expect(message.contains("adjustments.csv:2"), "\(message)")
      #expect(message.contains(fragment), "\(message)")
    }
  }

  /// E1 alone on t1 at `salary` (10 %), with one approved adjustment setting the payout to `amount`.
  static func totalAmount(_ amount: String, salary: String) -> S {
    var files = costAndHealthFiles
    files["adjustments.csv"] =
      "engineer_id,component,multiplier,amount,reason,approved_by,date\nE1,total,,\(amount),Spot award,M9,2026-10-05\n"
    return S(roster: [S.engineer("E1", team: "t1", salary: salary)], components: plainCostAndHealth, files: files)
  }

  @Test("an amount set for someone whose target is 0 is refused at its line: no multiplier gives it")
  func amountOnZeroTarget() throws {
    do {
      _ = try Self.totalAmount("100.00", salary: "0").report()
      Issue.record("expected the adjustment to be refused")
    } catch {
      #expect(
        String(describing: error).hasSuffix(
          "adjustments.csv:2: E1's target is 0.00 USD (base_salary or target_bonus_pct is 0), and no multiplier turns "
            + "it into 100.00; pay is target × multiplier, so give the person a target, or pay the amount outside this "
            + "plan"), "\(error)")
    }
    // An amount of zero on a zero target is the zero multiplier: paid, 0.00.
    let e1 = try #require(Self.totalAmount("0.00", salary: "0").report().engineer("E1"))
    #expect(e1.payout.minorUnits == 0)
    #expect(e1.multiplier == FixedDecimal.zero)
  }

  @Test("an amount on a target of 10^10 minor units or more gets the decimals that give the amount back")
  func amountOnLargeTarget() throws {
    // Target 400,000,000,000 × 10 % × 92/365 = 10,082,191,780.82 (1,008,219,178,082 minor units, 13 digits), so 13
    // decimals: 1,234,567 / 1,008,219,178,082 = 0.00000122450259… → 0.0000012245026, and 1,008,219,178,082 ×
    // 0.0000012245026 = 1,234,567.0049 → 12,345.67. At 10 decimals, 0.0000012245 gave back 12,345.64.
    let scenario = Self.totalAmount("12345.67", salary: "400000000000")
    let e1 = try #require(scenario.report().engineer("E1"))
    #expect(e1.target.amount.minorUnits == 1_008_219_178_082)
    #expect(e1.payout.minorUnits == 1_234_567)
    #expect(e1.multiplier == FixedDecimal("0.0000012245026")!)
  }

  @Test(
    "the amount multiplier's decimals: 10, and one more for each digit of a target past 10^10 minor units",
    arguments: [
      (Int64(0), 10), (9_999_999_999, 10), (10_000_000_000, 11), (1_008_219_178_082, 13), (-10_000_000_000, 11),
      (Int64.max, 19),
    ])
  func amountMultiplierScale(target: Int64, scale: Int) {
    #expect(Precision.amountMultiplier(forTarget: target) == scale)
  }

  @Test("after-hours premiums are paid outside the bonus: pages × rate + shifts × per-shift")
  func premiums() throws {
    var files = Self.costAndHealthFiles
    files["oncall.csv"] = """
      engineer_id,shift_start,shift_end,pages,after_hours_pages
      E1,2026-07-06T09:00:00Z,2026-07-13T09:00:00Z,4,3
      E1,2026-08-03T09:00:00Z,2026-08-10T09:00:00Z,2,2
      """
    let scenario = S(
      roster: [S.engineer("E1", team: "t1")], components: Self.plainCostAndHealth,
      planExtras: #""premiums": {"after_hours_page_rate": 40.00, "per_shift": 150.00}"#, files: files)
    let report = try scenario.report()
    let e1 = try #require(report.engineer("E1"))
    // 5 after-hours pages × 40.00 + 2 shifts × 150.00 = 200.00 + 300.00 = 500.00.
    #expect(e1.extras.map(\.kind) == [.oncallPremium])
    #expect(e1.extras.map(\.amount.minorUnits) == [50_000])
    // The bonus is untouched: 1.225 × 1,840.00 = 2,254.00, and the team total is bonus only.
    #expect(e1.payout.minorUnits == 225_400)
    #expect(report.total.minorUnits == 225_400)
  }

  @Test("retention bonuses pay the tranche vesting inside the period; a voluntary exit forfeits it")
  func retentionVesting() throws {
    let grant = #"{"engineer_id": "ID", "amount": 24000, "grant_date": "2026-01-15", "cliff_months": 6, "vesting_months": 24, "every_months": 3, "reason": "ledger migration"}"#
    let monthly = #"{"engineer_id": "E4", "amount": 1000, "grant_date": "2026-06-30", "cliff_months": 0, "vesting_months": 3, "every_months": 1, "reason": "cut-over"}"#
    let grants = ["E1", "E2", "E3"].map { grant.replacingOccurrences(of: "ID", with: $0) } + [monthly]
    let scenario = S(
      roster: [
        S.engineer("E1", team: "t1"),
        S.engineer("E2", team: "t1", end: "2026-07-10", exitReason: "voluntary"),
        S.engineer("E3", team: "t1", end: "2026-07-10", exitReason: "involuntary"),
        S.engineer("E4", team: "t1"),
      ],
      components: Self.plainCostAndHealth,
      planExtras: "\"retention_bonuses\": [\(grants.joined(separator: ", "))]", files: Self.costAndHealthFiles)
    let report = try scenario.report()
    func tranches(_ id: String) throws -> [Int64] {
      try #require(report.engineer(id)).extras.filter { $0.kind == .retentionTranche }.map(\.amount.minorUnits)
    }
    // The cliff is 2026-07-15, inside Q3: 6/24 of 24,000 = 6,000.00 vests (the next date, 10-15, is Q4).
    #expect(try tranches("E1") == [600_000])
    // E2 left voluntarily on 07-10, before the cliff: forfeited (shown as 0).
    #expect(try tranches("E2") == [0])
    // E3 left involuntarily: still paid.
    #expect(try tranches("E3") == [600_000])
    // Monthly thirds of 1,000: cumulative 333.33, 666.67, 1,000.00 → tranches 333.33 + 333.34 + 333.33.
    #expect(try tranches("E4") == [33_333, 33_334, 33_333])
  }

  @Test("band targets: the same level earns the same target wherever the salary is")
  func bandTargets() throws {
    let scenario = S(
      roster: [S.engineer("E1", team: "t1", salary: "60000"), S.engineer("E2", team: "t1", salary: "90000")],
      components: Self.plainCostAndHealth,
      planExtras: #""target_basis": "band", "bands": {"L5": 73000}"#, files: Self.costAndHealthFiles)
    let report = try scenario.report()
    // Both at L5: 73,000 × 10 % × 92/365 = 1,840.00, so both pay 1.225 × 1,840.00 = 2,254.00.
    #expect(report.engineers.map(\.target.amount.minorUnits) == [184_000, 184_000])
    #expect(report.engineers.map(\.payout.minorUnits) == [225_400, 225_400])
  }

  @Test("a level without a band is an error")
  func missingBand() throws {
    let scenario = S(
      roster: [S.engineer("E1", team: "t1", level: "L7")], components: Self.plainCostAndHealth,
      planExtras: #""target_basis": "band", "bands": {"L5": 73000}"#, files: Self.costAndHealthFiles)
    #expect(throws: CalculationError.missingBand(engineer: "E1", level: "L7", bands: ["L5"])) { try scenario.report() }
  }

  @Test("retention_vs_market compares a manager's retention with the market's expected attrition")
  func retentionVersusMarket() throws {
    let scenario = S(
      roster: [
        S.engineer("M1", team: "t1", role: "manager"),
        S.engineer("E1", team: "t1", manager: "M1"), S.engineer("E2", team: "t1", manager: "M1"),
        S.engineer("E3", team: "t1", manager: "M1"),
        S.engineer("E4", team: "t1", manager: "M1", end: "2026-08-31", exitReason: "voluntary"),
      ],
      components: Self.plainCostAndHealth, planExtras: #""market_attrition_rate": 0.13"#,
      files: Self.costAndHealthFiles)
    let metrics = try scenario.metrics()
    // M1's reports: 4 at the start, 1 voluntary exit → retention 0.75.
    // Market: 1 − 0.13 × 92/365 = 0.967232876… → 0.75 − 0.967232876… = −0.217232876… → −0.217233.
    #expect(metrics.engineer("M1")["retention_rate"]?.formatted(decimals: 6) == "0.750000")
    #expect(metrics.engineer("M1")["retention_vs_market"]?.formatted(decimals: 6) == "-0.217233")
  }

  static let reportedSatisfaction = S(
    roster: [S.engineer("M1", team: "t1", role: "manager"), S.engineer("E1", team: "t1", manager: "M1")],
    components: """
      {"id": "internal_customers", "metric": "internal_customer_satisfaction", "scope": "team", "weight": 1,
       "curve": [[3, 0], [5, 2]]}
      """,
    files: [
      "metrics.csv": """
        subject,metric,value,period,reported_by
        t1,internal_customer_satisfaction,4.5,2026-Q3,M1
        """
    ])

  @Test("a metric reported by the manager of the team it measures, feeding their own payout, is flagged")
  func conflictOfInterest() throws {
    let report = try Self.reportedSatisfaction.report()
    // 4.5 on [[3, 0], [5, 2]] → 1.5 → 2,760.00 for both; only M1 reported a number that pays M1.
    let m1 = try #require(report.engineer("M1"))
    #expect(m1.payout.minorUnits == 276_000)
    #expect(m1.notes.contains { $0.hasPrefix("conflict of interest: internal_customer_satisfaction of t1") && $0.contains("M1") })
    let e1 = try #require(report.engineer("E1"))
    #expect(e1.payout.minorUnits == 276_000)
    #expect(!e1.notes.contains { $0.hasPrefix("conflict of interest") })
  }

  @Test("--strict turns a conflict of interest into an error")
  func strictConflict() throws {
    do {
      _ = try Self.reportedSatisfaction.report(strict: true)
      Issue.record("expected a conflict-of-interest error")
    } catch let error as CalculationError {
      #expect(String(describing: error).contains("M1"))
    }
  }

  @Test(
    "a report written as people are paid flags a team conflict of interest too, and --strict refuses it",
    arguments: [false, true])
  func conflictOfInterestStreamed(strict: Bool) throws {
    let folder = try Self.reportedSatisfaction.dataset()
    let (shell, paying) = try PayoutRun(datasetPath: folder.path).paying(strictConflicts: strict)
    var sink = ReportBytes()
    do {
      try shell.writeJSON(to: &sink, payouts: paying.payouts)
      #expect(!strict, "--strict should refuse M1's conflict of interest")
    } catch let error as CalculationError {
      #expect(strict)
      #expect(String(describing: error).contains("internal_customer_satisfaction of t1 (metrics.csv:2)"))
      return
    }
    let document = try JSONParser.parse(Array(sink.text.utf8), file: "report.json")
    let notes = try #require(document["engineers"]?.arrayValue).map { engineer in
      engineer["components"]?.arrayValue?.first?["notes"]?.arrayValue?.compactMap(\.stringValue)
    }
    // Engineers in id order, E1 then M1; M1 manages E1, who is on t1, and reported t1's value on line 2.
    #expect(
      notes == [
        [],
        [
          "conflict of interest: internal_customer_satisfaction of t1 (metrics.csv:2) was reported by M1 about a team "
            + "they manage, and it feeds their own payout"
        ],
      ])
  }

  @Test("a guard may read a metric another system supplies (metrics.csv), e.g. overdue security findings")
  func guardOnSuppliedMetric() throws {
    var files = Self.costAndHealthFiles
    files["metrics.csv"] = """
      subject,metric,value,period
      t1,security_findings_overdue,2,2026-Q3
      t2,security_findings_overdue,0,2026-Q3
      """
    let scenario = S(
      roster: [S.engineer("E1", team: "t1"), S.engineer("E2", team: "t2")],
      components: """
        {"id": "cost", "metric": "cost_vs_budget", "scope": "team", "weight": 1, "curve": [[0.8, 1.5], [1.0, 1.0], [1.2, 0]],
         "guards": [{"metric": "security_findings_overdue", "max": 0, "cap": 1.0}]}
        """, files: files)
    let report = try scenario.report()
    // Both teams: cost 0.9 → 1.25. t1 has 2 overdue findings: guard broken → min(1.25, 1.0) = 1.0 → 1,840.00.
    #expect(try #require(report.engineer("E1")).payout.minorUnits == 184_000)
    // t2 has none: 1.25 → 2,300.00.
    #expect(try #require(report.engineer("E2")).payout.minorUnits == 230_000)
  }

  @Test("org_team_health: a director's health score spans every team under them, weighted by responses")
  func orgTeamHealth() throws {
    let scenario = S(
      roster: [
        S.engineer("D1", team: "t1", role: "director"), S.engineer("M1", team: "t1", role: "manager", manager: "D1"),
        S.engineer("E1", team: "t1", manager: "M1"), S.engineer("E2", team: "t2", manager: "M1"),
        S.engineer("X1", team: "t3"),
      ],
      components: Self.plainCostAndHealth,
      files: Self.costAndHealthFiles.merging(["surveys.csv": """
        team,period,health_score,responses
        t1,2026-07,80,10
        t2,2026-07,60,10
        t3,2026-07,10,50
        """]) { $1 })
    let metrics = try scenario.metrics()
    // D1 manages M1, E1 (t1) and E2 (t2) directly or indirectly; t3 is not theirs:
    // (80 × 10 + 60 × 10) / 20 = 70.
    #expect(metrics.engineer("D1")["org_team_health"]?.formatted(decimals: 6) == "70.000000")
  }
}

