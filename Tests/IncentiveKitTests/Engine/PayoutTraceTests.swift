import Testing

@testable import IncentiveKit

/// The engine records each component as typed steps; the reports render them. These tests read
/// the steps themselves, so a report's wording can change without hiding a change in the facts.
/// Every target is 1,840.00 (see `PayoutScenario`).
@Suite("Payout trace")
struct PayoutTraceTests {
  typealias S = PayoutScenario

  static let deployments = """
    deployment_id,team,environment,finished_at,status
    D1,t1,production,2026-07-10T00:00:00Z,success
    D2,t1,production,2026-07-11T00:00:00Z,failed
    """

  /// The deployments, and E1 on t1 until 2026-08-31 then on t2: 62 days and 30.
  static let deploymentsAndMoveToT2 = [
    "deployments.csv": deployments,
    "assignments.csv": """
    engineer_id,team,from,to
    E1,t1,2020-01-01,2026-08-31
    E1,t2,2026-09-01,
    """,
  ]

  @Test("a curve component: value with its rows, curve point, a broken guard, rounding, in that order")
  func curveWithGuard() throws {
    let scenario = S(
      roster: [S.engineer("E1", team: "t1")],
      components: """
        {"id": "delivery", "metric": "deployment_frequency", "scope": "team", "weight": 1,
         "curve": [[0, 0], [1, 1.2]],
         "guards": [{"metric": "change_failure_rate", "max": 0.15, "cap": 1.0}]}
        """,
      files: ["deployments.csv": Self.deployments])
    let outcome = try #require(try scenario.report().engineer("E1")?.components.first)
    // 1 successful deployment in 92 days: 7 / 92 = 0.076086956… → 0.076087 (6 decimals).
    // Curve [0, 0]–[1, 1.2]: 1.2 × 0.076087 = 0.0913044 exactly. CFR 1/2 = 0.5 > 0.15 breaks the
    // guard, but min(0.0913044, 1.0) keeps the curve value; rounded to 4 decimals: 0.0913.
    let value = FixedDecimal("0.076087")!
    #expect(
      outcome.trace == [
        .metricValue(
          .init(
            subject: "t1", isTeam: true, days: 92, metric: "deployment_frequency", value: value, rows: 1,
            source: "deployments")),
        .curvePoint(
          .init(
            subject: "t1", value: value,
            placement: .between(
              .init(value: FixedDecimal(0), multiplier: FixedDecimal(0)),
              .init(value: FixedDecimal(1), multiplier: FixedDecimal("1.2")!)),
            multiplier: Ratio(913_044, 10_000_000), overridingTeam: nil)),
        .guardCheck(
          .init(
            subject: "t1", rule: Guard(metric: "change_failure_rate", max: FixedDecimal("0.15")!, cap: FixedDecimal(1)),
            value: FixedDecimal("0.5")!, isBroken: true)),
        .rounding(subject: "t1", exact: Ratio(913_044, 10_000_000), rounded: FixedDecimal("0.0913")!),
      ])
    #expect(outcome.multiplier == FixedDecimal("0.0913")!)
  }

  /// A reviews component held at target when the value is missing, paid only to people with two on-call shifts.
  static let reviewsOnCallOnly = """
    {"id": "reviews", "metric": "substantive_review_ratio", "scope": "individual", "weight": 1,
     "curve": [[0, 0], [1, 2]], "on_missing": "target",
     "eligibility": {"metric": "oncall_shifts", "min": 2}}
    """

  @Test("a missing value records the on_missing substitute; ineligibility zeroes the component")
  func missingAndEligibility() throws {
    let scenario = S(
      roster: [S.engineer("E1", team: "t1")],
      components: Self.reviewsOnCallOnly)
    let outcome = try #require(try scenario.report().engineer("E1")?.components.first)
    #expect(
      outcome.trace == [
        .metricValue(
          .init(
            subject: "E1", isTeam: false, days: nil, metric: "substantive_review_ratio", value: nil, rows: 0,
            source: "")),
        .missing(
          subject: "E1", reason: .noValue(metric: "substantive_review_ratio"), onMissing: .target,
          substitute: Ratio(1, 1)),
        .rounding(subject: "E1", exact: Ratio(1, 1), rounded: FixedDecimal("1.0000")!),
        .eligibility(rule: Eligibility(metric: "oncall_shifts", min: FixedDecimal(2)), value: nil, isEligible: false),
      ])
    #expect(outcome.multiplier == FixedDecimal("0.0000")!)
  }

  /// The notes of a missing value and of someone without the eligibility metric, in docs/calculation.md's words;
  /// an ineligible value below the minimum is named with both numbers.
  @Test(
    "a missing value's and an ineligible person's notes",
    arguments: [
      (
        "", "no value for substantive_review_ratio: on_missing target",
        "not eligible: oncall_shifts has no value"
      ),
      (
        "engineer_id,shift_start,shift_end,pages,after_hours_pages\nE1,2026-07-06T09:00:00Z,2026-07-13T09:00:00Z,1,0\n",
        "no value for substantive_review_ratio: on_missing target",
        "not eligible: oncall_shifts 1.0 below min 2.0"
      ),
    ])
  func missingAndEligibilityNotes(oncall: String, missingNote: String, eligibilityNote: String) throws {
    let scenario = S(
      roster: [S.engineer("E1", team: "t1")],
      components: Self.reviewsOnCallOnly,
      files: oncall.isEmpty ? [:] : ["oncall.csv": oncall])
    let payout = try #require(try scenario.report().engineer("E1"))
    let outcome = try #require(payout.components.first)
    #expect(payout.notes(for: outcome, in: payout.currency) == [missingNote, eligibilityNote])
  }

  @Test("a capped payout then a total adjustment: both scalings recorded, each a note on every component")
  func capThenTotalAdjustment() throws {
    let scenario = S(
      roster: [S.engineer("E1", team: "t1"), S.engineer("E2", team: "t1")],
      components: """
        {"id": "flat", "metric": "deployment_frequency", "scope": "team", "weight": 1, "curve": [[0, 3]],
         "guards": [{"metric": "change_failure_rate", "max": 1, "cap": 3}]}
        """,
      files: [
        "deployments.csv": Self.deployments,
        "adjustments.csv": """
        engineer_id,component,multiplier,amount,reason,approved_by,date
        E1,total,1.25,,calibration,E2,2026-10-05
        """,
      ])
    let e1 = try #require(try scenario.report().engineer("E1"))
    // Raw 1 × 3.0000 = 3 is above the cap 2.0 → 2.0; the approved total then sets 1.25:
    // 1,840.00 × 1.25 = 2,300.00.
    #expect(
      e1.scaling == [
        .cap(FixedDecimal("2.0")!, raw: FixedDecimal("3.0000")!),
        .multiplierAdjusted(
          from: FixedDecimal("2.0")!, to: FixedDecimal("1.25")!,
          approval: .init(approvedBy: "E2", date: CivilDate(year: 2026, month: 10, day: 5)!, reason: "calibration")),
      ])
    #expect(e1.payout.minorUnits == 230_000)
    #expect(
      e1.notes == [
        "payout capped at 2.0 (uncapped 3.00): amount scaled",
        "payout multiplier adjusted from 2.00 to 1.25 by E2 on 2026-10-05: calibration",
      ])
  }

  @Test("in the JSON report each component lists its own guard note, then the payout's scaling note")
  func notesInTheJSONReport() throws {
    let scenario = S(
      roster: [S.engineer("E1", team: "t1")],
      components: """
        {"id": "guarded", "metric": "deployment_frequency", "scope": "team", "weight": 0.5, "curve": [[0, 3]],
         "guards": [{"metric": "change_failure_rate", "max": 0.15, "cap": 3}]},
        {"id": "plain", "metric": "deployment_frequency", "scope": "team", "weight": 0.5, "curve": [[0, 3]]}
        """,
      files: ["deployments.csv": Self.deployments])
    let report = try scenario.report()
    let document = try JSONParser.parse(Array(report.renderJSON().utf8), file: "report.json")
    let components = try #require(document["engineers"]?.arrayValue?.first?["components"]?.arrayValue)
    let notes = components.map { $0["notes"]?.arrayValue?.compactMap(\.stringValue) }
    // CFR 1/2 = 0.5 > 0.15 breaks the guard of "guarded" (its cap 3.0 leaves the multiplier 3 as it is); raw
    // 0.5 × 3 + 0.5 × 3 = 3 is above the plan's cap 2.0, so every component's amount is scaled.
    #expect(
      notes == [
        ["guard change_failure_rate max 0.15 broken: capped at 3.0", "payout capped at 2.0 (uncapped 3.00): amount scaled"],
        ["payout capped at 2.0 (uncapped 3.00): amount scaled"],
      ])
    let payout = try #require(report.engineer("E1"))
    #expect(notes == payout.components.map { payout.notes(for: $0, in: payout.currency) })
  }

  @Test("paying for a report written as people are paid keeps only the steps with a note, and the same figures")
  func notesOnlyTrace() throws {
    // E1 moved from t1 to t2 on 2026-09-01 (a blend of two teams, and t2 has no deployments, so its guards break for
    // want of a value). For E2 on t1: "held" has a guard its value keeps, "broken" one that CFR 1/2 = 0.5 > 0.15
    // breaks, and "plain" has none; raw 0.5 × 3 + 0.3 × 3 + 0.2 × 3 = 3 is capped at 2.0.
    let scenario = S(
      roster: [S.engineer("E1", team: "t2"), S.engineer("E2", team: "t1")],
      components: """
        {"id": "held", "metric": "deployment_frequency", "scope": "team", "weight": 0.5, "curve": [[0, 3]],
         "on_missing": "zero", "guards": [{"metric": "deployment_frequency", "min": 0, "cap": 1}]},
        {"id": "broken", "metric": "deployment_frequency", "scope": "team", "weight": 0.3, "curve": [[0, 3]],
         "on_missing": "zero", "guards": [{"metric": "change_failure_rate", "max": 0.15, "cap": 3}]},
        {"id": "plain", "metric": "deployment_frequency", "scope": "team", "weight": 0.2, "curve": [[0, 3]],
         "on_missing": "zero"}
        """,
      files: Self.deploymentsAndMoveToT2)
    let folder = try scenario.dataset()
    let run = try PayoutRun(datasetPath: folder.path)
    let metrics = try run.metrics()
    func pay(notesOnly: Bool) throws -> [EngineerPayout] {
      var payouts: [EngineerPayout] = []
      try run.engine().forEachPayout(
        roster: run.roster, metrics: metrics, threads: 1, notesOnly: notesOnly, render: { $0 }
      ) { (payout: EngineerPayout) throws(CalculationError) in payouts.append(payout) }
      return payouts
    }
    let full = try pay(notesOnly: false)
    let notesOnly = try pay(notesOnly: true)
    #expect(full.map(\.engineer.id) == ["E1", "E2"])
    #expect(notesOnly.map(\.payout) == full.map(\.payout))
    #expect(notesOnly.map(\.componentCents) == full.map(\.componentCents))
    #expect(notesOnly.map(\.componentMultipliers) == full.map(\.componentMultipliers))
    for (lean, whole) in zip(notesOnly, full) {
      #expect(lean.components.map(\.trace) == whole.components.map { $0.trace.filter(\.hasNote) })
      #expect(lean.notes == whole.notes)
    }
    // E2's components, by hand: the value, curve point, the guard (held or broken) and rounding, then the notes
    // of "broken" alone: its guard, then the payout's cap on every component.
    #expect(full[1].components.map(\.trace.count) == [4, 4, 3])
    #expect(notesOnly[1].components.map(\.trace.count) == [0, 1, 0])
    #expect(
      notesOnly[1].notes == [
        "payout capped at 2.0 (uncapped 3.00): amount scaled",
        "guard change_failure_rate max 0.15 broken: capped at 3.0",
        "payout capped at 2.0 (uncapped 3.00): amount scaled",
        "payout capped at 2.0 (uncapped 3.00): amount scaled",
      ])
  }

  @Test("two credited teams: one value, curve and rounding step each, then the blend by days")
  func blend() throws {
    let scenario = S(
      roster: [S.engineer("E1", team: "t2")],
      components: """
        {"id": "delivery", "metric": "deployment_frequency", "scope": "team", "weight": 1, "curve": [[0, 0], [1, 1]],
         "on_missing": "zero"}
        """,
      files: Self.deploymentsAndMoveToT2)
    let outcome = try #require(try scenario.report().engineer("E1")?.components.first)
    // t1 for 62 days (Jul + Aug): 0.076087 on the [0,0]–[1,1] curve → 0.0761; t2 for 30 days: no
    // deployments → on_missing zero → 0. Blend: (62 × 0.0761 + 30 × 0) / 92 = 4.7182 / 92 =
    // 0.051284… → 0.0513.
    let blends = outcome.trace.compactMap { step -> [PayoutStep.BlendTerm]? in
      if case .teamBlend(let terms, _) = step { terms } else { nil }
    }
    #expect(
      blends == [
        [
          .init(team: "t1", days: 62, multiplier: FixedDecimal("0.0761")!),
          .init(team: "t2", days: 30, multiplier: FixedDecimal("0.0000")!),
        ]
      ])
    #expect(outcome.subjects == ["t1", "t2"])
    #expect(outcome.multiplier == FixedDecimal("0.0513")!)
  }

  /// An eligibility step has a note exactly when the rule turned the person away; the notes, worked by hand, for
  /// a rule of 2 to 5 on-call shifts.
  @Test(
    "an eligibility step has a note exactly when the person is not eligible",
    arguments: [
      (nil, "not eligible: oncall_shifts has no value"), ("1", "not eligible: oncall_shifts 1.0 below min 2.0"),
      ("2", nil), ("3.5", nil), ("5", nil), ("6", "not eligible: oncall_shifts 6.0 above max 5.0"),
    ] as [(String?, String?)])
  func eligibilityNote(value: String?, note: String?) throws {
    let rule = Eligibility(metric: "oncall_shifts", min: FixedDecimal(2), max: FixedDecimal(5))
    let value = try value.map { try #require(FixedDecimal($0)) }
    let step = PayoutStep.eligibility(rule: rule, value: value, isEligible: rule.isSatisfied(by: value))
    #expect(step.hasNote == (note != nil))
    #expect(step.note(in: Currency(code: "USD")!) == note)
  }
}
