import TestSupport
import Testing

@testable import IncentiveKit

/// A gaming move must reach the DORA values of whichever definition the plan chose (`metric_options.dora`), or
/// `sensitivity` reports that a guard held when the move simply never arrived. The data is docs/dora.md's worked
/// example (`DORADefinitionTests.files`), 2026-07-01..14, team alpha.
@Suite("Gaming moves reach every DORA definition")
struct GamingMoveTests {
  static let period = Period(parsing: "2026-07-01..2026-07-14")!

  static func move(_ kind: GamingMove.Kind) -> GamingMove { GamingMove.all.first { $0.kind == kind }! }

  static func alpha(_ definition: DORADefinition, _ move: GamingMove.Kind?) throws -> MetricSet {
    let folder = try TemporaryDataset(DORADefinitionTests.files)
    let dataset = try Dataset(directory: folder.path)
    var options = MetricOptions()
    options.doraDefinition = definition
    var calculator = MetricsCalculator(
      roster: try Roster(engineers: try dataset.load(Engineer.self), assignments: []), period: period,
      options: options)
    calculator.rewrite = move.map { Self.move($0).rewrite(team: "alpha", reviewers: []) }
    return try calculator.compute(dataset).team("alpha")
  }

  @Test(
    "squashing history brings every definition's lead time to one hour",
    arguments: [
      // Before: lead times 12, 6, 48 and 0.5 h (d1, d3, d4, d5), see DORADefinitionTests.
      // SPEC: (6 + 12) / 2 = 9 h. DevLake: lower median of 720, 360, 2880, 30 min = 360 min = 6 h.
      // Four Keys: (360 + 720) / 2 = 540 min = 9 h.
      // After: each of d1, d3, d4, d5 first committed one hour before it finished: 60 min each, so 1 h in all three.
      (DORADefinition.spec, "9.000000"), (.devlake, "6.000000"), (.fourkeys, "9.000000"),
    ])
  func resetCommitClock(definition: DORADefinition, before: String) throws {
    let measured = try Self.alpha(definition, nil)
    #expect(measured[.leadTimeHours]?.formatted(decimals: 6) == before)
    let moved = try Self.alpha(definition, .resetCommitClock)
    #expect(moved[.leadTimeHours]?.formatted(decimals: 6) == "1.000000")
  }

  @Test("splitting deployments dilutes Four Keys' change failure rate")
  func splitDeployments() throws {
    // Before: d3 and d5 shipped a root cause, 2 of the 5 successful deployments = 0.4.
    #expect(try Self.alpha(.fourkeys, nil)[.changeFailureRate]?.formatted(decimals: 6) == "0.400000")
    // After: the 5 successes keep their ids and each of the 6 deployments gains a successful second half
    // (`d3#split` names no incident): still 2 culprits, now of 11 → 0.181818… → 0.181818.
    let moved = try Self.alpha(.fourkeys, .splitDeployments)
    #expect(moved[.changeFailureRate]?.formatted(decimals: 6) == "0.181818")
  }

  @Test("sensitivity shows the move's lead time under DevLake, and the payout it buys")
  func sensitivity() throws {
    var files = DORADefinitionTests.files
    // A lead-time component (hours, falling curve) guarded by change failure rate, which DevLake puts at 0.6.
    files["plan.json"] = """
      {"name": "p", "version": "1", "rationale": "r", "currency": "USD",
       "period": {"from": "2026-07-01", "to": "2026-07-14"}, "metric_options": {"dora": "devlake"},
       "tracks": {"ic": {"components": [{"id": "speed", "metric": "lead_time_hours", "scope": "team", "weight": 1,
         "curve": [[1, 1.5], [24, 1.0], [168, 0]],
         "guards": [{"metric": "change_failure_rate", "max": 0.7, "cap": 1.2}]}]}}}
      """
    let folder = try TemporaryDataset(files)
    let analysis = try Sensitivity(run: PayoutRun(datasetPath: folder.path), subject: .team("alpha"))
    let outcome = try #require(analysis.moves.first { $0.move.kind == .resetCommitClock })
    // DevLake's lead time before: 6 h (see above); after: 1 h.
    #expect(
      outcome.shifts == [
        .init(subject: "alpha", metric: .leadTimeHours, before: FixedDecimal(6), after: FixedDecimal(1))
      ])
    // Target: 100000 × 10 % × 14 / 365 = 383.5616… → 383.56. 6 h on the curve: 1.5 − 0.5 × (6 − 1) / 23 =
    // 1.391304… → 1.3913, paying 533.649… → 533.65; 1 h: 1.5, paying 575.34. The guard holds before and after
    // (change failure rate 0.6 ≤ 0.7, untouched by the move), so its cap never applies: the move pays.
    #expect(outcome.payout == PayoutDiff.Change(before: Money(minorUnits: 533_65), after: Money(minorUnits: 575_34)))
    #expect(outcome.pays)
  }
}
