import Testing
import TestSupport

@testable import IncentiveKit

@Suite("validate: the plans the curriculum warns against")
struct PlanValidatorTests {
  /// A plan `validate` accepts: a rationale, a guarded gameable metric, curves within the cap.
  static let clean = """
    {"name": "P", "version": "2", "rationale": "Delivery pays for frequency guarded by failure rate; reviews pay for substance.",
     "period": "2026-Q3", "currency": "USD", "payout_cap": 2.0,
     "tracks": {"ic": {"components": [
       {"id": "delivery", "metric": "deployment_frequency", "scope": "team", "weight": 0.5,
        "curve": [[0.5, 0], [3, 1.0], [7, 1.5]],
        "guards": [{"metric": "change_failure_rate", "max": 0.15, "cap": 1.0}]},
       {"id": "reviews", "metric": "substantive_review_ratio", "scope": "individual", "weight": 0.5,
        "curve": [[0.1, 0], [0.3, 1.0], [0.6, 1.3]], "on_missing": "zero"}]}}}
    """

  static func findings(
    _ text: String, previous: String? = nil, supplied: Set<MetricID>? = nil
  ) throws -> [PlanFinding] {
    let plan = try PlanDecoder.decode(Array(text.utf8), file: "plan.json")
    let old = try previous.map { text throws(PlanError) in try PlanDecoder.decode(Array(text.utf8), file: "old.json") }
    return PlanValidator(plan: plan, suppliedMetrics: supplied).findings(previous: old)
  }

  @Test("a clean plan has no findings")
  func clean() throws {
    #expect(try Self.findings(Self.clean) == [])
  }

  @Test(
    "each rule names the JSON path and why",
    arguments: [
      // A missing rationale.
      (#""rationale": "Delivery pays for frequency guarded by failure rate; reviews pay for substance.","#, "",
       PlanFinding.Severity.error, "rationale", "missing"),
      // A gameable metric with no counter-metric.
      (#""guards": [{"metric": "change_failure_rate", "max": 0.15, "cap": 1.0}]"#, #""guards": []"#,
       .error, "tracks.ic.components[delivery]", "deployment_frequency can be gamed"),
      // The guard suggested for a person's gameable metric is a person's metric (a team's would be refused).
      (#""metric": "substantive_review_ratio", "scope": "individual""#, #""metric": "reviews", "scope": "individual""#,
       .error, "tracks.ic.components[reviews]",
       #"reviews can be gamed (split deployments, trivial reviews) and has no counter-metric; add a guard, e.g. {"metric": "substantive_review_ratio", "min": 0.2, "cap": 1.0}"#),
      // A dark-pattern metric from the built-in list.
      (#""metric": "substantive_review_ratio", "scope": "individual""#, #""metric": "user_engagement_minutes", "scope": "individual""#,
       .error, "tracks.ic.components[reviews]", "prohibited metric (built-in list: engagement)"),
      (#""metric": "substantive_review_ratio", "scope": "individual""#, #""metric": "daily_active_users", "scope": "individual""#,
       .error, "tracks.ic.components[reviews]", "prohibited metric (built-in list: daily_active)"),
      (#""metric": "substantive_review_ratio", "scope": "individual""#, #""metric": "timeOnSite", "scope": "individual""#,
       .error, "tracks.ic.components[reviews]", "prohibited metric (built-in list: time_on_site)"),
      (#""metric": "substantive_review_ratio", "scope": "individual""#, #""metric": "userEngagementScore", "scope": "individual""#,
       .error, "tracks.ic.components[reviews]", "prohibited metric (built-in list: engagement)"),
      (#""metric": "substantive_review_ratio", "scope": "individual""#, #""metric": "timeonsite_minutes", "scope": "individual""#,
       .error, "tracks.ic.components[reviews]", "prohibited metric (built-in list: time_on_site)"),
      // A guard on the paid metric itself, or with a cap the curve never reaches, counters nothing.
      (#"{"metric": "change_failure_rate", "max": 0.15, "cap": 1.0}"#, #"{"metric": "deployment_frequency", "min": 0, "cap": 1.0}"#,
       .error, "tracks.ic.components[delivery]", "none of its guards can stop it"),
      (#"{"metric": "change_failure_rate", "max": 0.15, "cap": 1.0}"#, #"{"metric": "change_failure_rate", "max": 0.15, "cap": 9.0}"#,
       .error, "tracks.ic.components[delivery]", "cap below the curve's top multiplier (1.5)"),
      // A metric nobody computes or supplies.
      (#""metric": "substantive_review_ratio", "scope": "individual""#, #""metric": "story_points", "scope": "individual""#,
       .error, "tracks.ic.components[reviews]", "unknown metric story_points"),
      // DORA per person.
      (#""metric": "deployment_frequency", "scope": "team""#, #""metric": "deployment_frequency", "scope": "individual""#,
       .warning, "tracks.ic.components[delivery]", "DORA metrics describe a team's delivery"),
      // Curves whose tops, weighted, sum above the cap: 0.5 × 1.5 (delivery) + 0.5 × 2.6 (reviews) = 0.75 + 1.3 = 2.05 > 2.
      (#"[0.6, 1.3]"#, #"[0.6, 2.6]"#, .warning, "tracks.ic",
       "with every component at the top of its curve the weighted multiplier is 2.05, above payout_cap 2"),
      // Curves and caps on another scale than they are read on (the input audit: a retention curve in percent paid
      // 12,796.00 less, unwarned): a share's points past 1, a multiplier in percent, a guard's cap in percent.
      (#"[[0.1, 0], [0.3, 1.0], [0.6, 1.3]]"#, #"[[10, 0], [30, 1.0], [60, 1.3]]"#, .error,
       "tracks.ic.components[reviews]",
       "substantive_review_ratio runs from 0 to 1, but the curve has a point at 10, which no value can reach: written "
         + "in percent? Write the points on the metric's own scale (0.85 for 85 %)"),
      (#"[0.6, 1.3]"#, #"[0.6, 130]"#, .error, "tracks.ic.components[reviews]",
       "the curve pays a multiplier of 130 at 0.6, over 10 times the target: written in percent? A multiplier is a "
         + "factor of the target (1.0 pays it, 1.2 for 120 %)"),
      (#""max": 0.15, "cap": 1.0}"#, #""max": 0.15, "cap": 80}"#, .error, "tracks.ic.components[delivery]",
       "the guard on change_failure_rate caps at 80, over 10 times the target, so it never bites: written in "
         + "percent? A cap is a multiplier (0.8 for 80 %)"),
      (#""max": 0.15, "cap": 1.0}"#, #""max": 15, "cap": 1.0}"#, .error, "tracks.ic.components[delivery]",
       "the guard on change_failure_rate has a bound of 15, but change_failure_rate runs from 0 to 1: written in "
         + "percent? Write the bound on the metric's own scale (0.15 for 15 %)"),
      (#""payout_cap": 2.0"#, #""payout_cap": 150"#, .error, "payout_cap",
       "150 is over 10 times the target, so it caps nobody: written in percent? The cap is a multiplier (1.5 for 150 %)"),
      // Structural errors from decoding become findings with their path.
      (#""scope": "individual", "weight": 0.5"#, #""scope": "individual", "weight": 0.6"#, .error, "tracks.ic.components", "weights sum to 1.1"),
    ])
  func rule(find: String, replace: String, severity: PlanFinding.Severity, path: String, message: String) throws {
    let text = Self.clean.replacingOccurrences(of: find, with: replace)
    #expect(text != Self.clean)
    let result: [PlanFinding]
    do {
      result = try Self.findings(text)
    } catch let error {
      // A decoding failure is reported by `validate` as one finding; mirror that here.
      guard case .invalid(_, let jsonPath, let reason) = error as? PlanError else { throw error }
      result = [PlanFinding(.error, jsonPath, reason)]
    }
    #expect(
      result.contains { $0.severity == severity && $0.path == path && $0.message.contains(message) },
      "got: \(result)")
  }

  @Test("one component topping out above the cap is no warning: the cap bounds the weighted sum, not a component")
  func componentAboveCap() throws {
    // reviews tops at 2.5 > cap 2, yet 0.5 × 1.5 + 0.5 × 2.5 = 0.75 + 1.25 = 2.0 ≤ 2: a person at
    // both tops is paid 2.0 in full, and one at the top of reviews alone (like acme's E09, paid
    // 2.25 on a component under a 1.5 cap) is paid that component in full.
    let text = Self.clean.replacingOccurrences(of: "[0.6, 1.3]", with: "[0.6, 2.5]")
    #expect(try Self.findings(text) == [])
  }

  @Test("the plan's own prohibited list is enforced")
  func ownProhibitedList() throws {
    let text = Self.clean.replacingOccurrences(of: #""payout_cap": 2.0,"#, with: #""payout_cap": 2.0, "prohibited": ["substantive_review_ratio"],"#)
    let result = try Self.findings(text)
    #expect(result.map(\.path) == ["tracks.ic.components[reviews]"])
    #expect(result.first?.message.contains("listed in the plan") == true)
  }

  @Test("a metric that metrics.csv supplies is known")
  func supplied() throws {
    let text = Self.clean.replacingOccurrences(of: #""metric": "substantive_review_ratio""#, with: #""metric": "internal_nps""#)
    #expect(try Self.findings(text).contains { $0.message.contains("unknown metric internal_nps") })
    #expect(try Self.findings(text, supplied: ["internal_nps"]) == [])
  }

  @Test("a changed component must be named in the new rationale, and the version must move")
  func changesSincePrevious() throws {
    let previous = Self.clean.replacingOccurrences(of: "[0.6, 1.3]", with: "[0.6, 1.2]")
    // Same version, the reviews curve changed, and the rationale no longer mentions "reviews".
    let unexplained = Self.clean.replacingOccurrences(of: "reviews pay for substance", with: "the rest is as before")
      .replacingOccurrences(of: #""version": "2""#, with: #""version": "1""#)
    let result = try Self.findings(unexplained, previous: previous.replacingOccurrences(of: #""version": "2""#, with: #""version": "1""#))
    #expect(result.contains { $0.path == "rationale" && $0.message.contains("component reviews changed") })
    #expect(result.contains { $0.path == "version" && $0.message.contains("still 1") })
    // The clean plan names "reviews" and has a new version: accepted.
    #expect(try Self.findings(Self.clean, previous: previous.replacingOccurrences(of: #""version": "2""#, with: #""version": "1""#)) == [])
  }

  @Test("dual ladder: an IC and a manager at the same level must have the same target")
  func dualLadder() throws {
    let plan = try PlanDecoder.decode(Array(Self.clean.utf8), file: "plan.json")
    func engineer(_ id: String, _ role: String, _ level: String, _ pct: String) -> Engineer {
      Engineer(
        id: id, name: id, team: "t", role: role, level: level, region: nil, timezone: nil, managerID: nil,
        startDate: CivilDate(year: 2020, month: 1, day: 1)!, endDate: nil, exitReason: nil,
        baseSalary: FixedDecimal(100_000), targetBonusPercent: FixedDecimal(pct)!, currency: nil, line: 2)
    }
    let unequal = try Roster(engineers: [engineer("a", "ic", "L6", "15"), engineer("b", "manager", "L6", "20"), engineer("c", "ic", "L5", "10")], assignments: [])
    let found = PlanValidator(plan: plan, roster: unequal).findings()
    #expect(found.count == 1)
    #expect(found.first?.message.contains("at level L6 the technical track's target_bonus_pct is 15 but management's is 20") == true)
    let equal = try Roster(engineers: [engineer("a", "ic", "L6", "15"), engineer("b", "manager", "L6", "15")], assignments: [])
    #expect(PlanValidator(plan: plan, roster: equal).findings() == [])
    // Several people per track and level, targets alternating (the check skips a target equal to the one before):
    // L6 technical {15, 20, 15.0} is {15, 20}; management {15, 15} is {15}; L5 both {10, 10.00}, equal as values.
    let mixed = try Roster(
      engineers: [
        engineer("a", "ic", "L6", "15"), engineer("b", "manager", "L6", "15"), engineer("c", "tech_lead", "L6", "20"),
        engineer("d", "ic", "L5", "10"), engineer("e", "ic", "L6", "15.0"), engineer("f", "manager", "L5", "10.00"),
        engineer("g", "manager", "L6", "15"),
      ], assignments: [])
    let mixedFound = PlanValidator(plan: plan, roster: mixed).findings()
    #expect(mixedFound.map(\.message) == [
      "dual ladder: at level L6 the technical track's target_bonus_pct is 15, 20 but management's is 15; "
        + "equal levels should have equal targets"
    ])
  }

  @Test(
    "a run's policy findings hold the dual ladder, worked out ahead for a paying run or when asked, every time asked",
    arguments: [
      (50, true), (Roster.backgroundCheckSize + 5, true), (Roster.backgroundCheckSize + 5, false),
    ])
  func dualLadderOfARun(size: Int, checksPolicy: Bool) throws {
    // Everyone at L5 is on 10 % (a manager every tenth row); the last two rows put an IC on 15 % and a manager on
    // 20 % at L6: one finding, for L6.
    var rows = ["engineer_id,team,role,level,start_date,base_salary,target_bonus_pct"]
    for index in 0..<(size - 2) {
      rows.append("E\(index),t\(index / 8),\(index % 10 == 0 ? "manager" : "ic"),L5,2020-01-01,100000,10")
    }
    rows += ["E\(size - 2),t0,ic,L6,2020-01-01,100000,15", "E\(size - 1),t0,manager,L6,2020-01-01,100000,20"]
    let folder = try TemporaryDataset(["plan.json": Self.clean, "roster.csv": rows.joined(separator: "\n") + "\n"])
    let run = try PayoutRun(datasetPath: folder.path, checksPolicy: checksPolicy)
    let expected = [
      "dual ladder: at level L6 the technical track's target_bonus_pct is 15 but management's is 20; "
        + "equal levels should have equal targets"
    ]
    #expect(try run.policyFindings().map(\.message) == expected)
    // Asked again (a copy of the run, as a second command on it would), the same findings, not a wait forever.
    let copy = run
    #expect(try copy.policyFindings().map(\.message) == expected)
  }

  @Test("with a dataset, a total adjustment above the cap is a warning naming its line")
  func adjustmentAboveCap() throws {
    let folder = try TemporaryDataset([
      "plan.json": Self.clean,
      "roster.csv": "engineer_id,team,role,start_date,base_salary,target_bonus_pct\nE1,t1,ic,2020-01-01,100000,10\nE2,t1,ic,2020-01-01,100000,10\n",
      "adjustments.csv": """
        engineer_id,component,multiplier,amount,reason,approved_by,date
        E1,total,2.5,,Exceptional year,E2,2026-10-01
        E2,total,1.5,,Calibration,E1,2026-10-01
        """,
    ])
    let found = try PlanValidator.findings(planPath: folder.path + "/plan.json", datasetPath: folder.path, previousPath: nil)
    // Only E1's 2.5 is above the plan's cap of 2.0; E2's 1.5 is within it.
    #expect(found.count == 1)
    #expect(found.first?.severity == .warning)
    #expect(found.first?.message.hasPrefix("adjustments.csv:2 sets E1's payout multiplier to 2.5, above payout_cap 2") == true)
  }
}

