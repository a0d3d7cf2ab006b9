import Foundation
import Testing

@testable import IncentiveKit

@Suite("Plan decoding")
struct PlanDecoderTests {
  static let valid = """
    {"name": "P", "version": "1", "rationale": "why", "period": "2026-Q3", "currency": "USD",
     "payout_cap": 2.0, "payout_floor": 0, "cooling_off_days": 30,
     "blackouts": [{"from": "2026-08-15", "to": "2026-08-31", "reason": "SOX audit", "metrics": ["deployment_frequency"]}],
     "tracks": {"ic": {"components": [
       {"id": "delivery", "metric": "deployment_frequency", "scope": "team", "weight": 0.4,
        "curve": [[0.5, 0], [1, 0.5], [3, 1.0], [7, 1.5]],
        "guards": [{"metric": "change_failure_rate", "max": 0.15, "cap": 1.0}]},
       {"id": "recovery", "metric": "time_to_restore_hours", "scope": "team", "weight": 0.3,
        "curve": [[1, 1.5], [4, 1.0], [24, 0.5], [72, 0]], "eligibility": {"metric": "oncall_shifts", "min": 2}},
       {"id": "reviews", "metric": "substantive_review_ratio", "weight": 0.3,
        "curve": [[0.1, 0], [0.3, 1.0], [0.6, 1.3]], "on_missing": "zero"}]}}}
    """

  static func decode(_ text: String) throws(PlanError) -> Plan {
    try PlanDecoder.decode(Array(text.utf8), file: "plan.json")
  }

  @Test("decodes SPEC's example plan")
  func decodes() throws {
    let plan = try Self.decode(Self.valid)
    #expect(plan.period == Period(parsing: "2026-Q3"))
    #expect(plan.payoutCap == FixedDecimal(2))
    #expect(plan.coolingOffDays == 30)
    #expect(plan.metricOptions.blackouts.count == 1)
    let track = try #require(plan.track(for: "ic"))
    #expect(track.components.map(\.id) == ["delivery", "recovery", "reviews"])
    #expect(track.components[0].guards[0].max == FixedDecimal("0.15"))
    #expect(track.components[1].eligibility?.min == FixedDecimal(2))
    #expect(track.components[2].scope == .individual)  // from the metric's definition
    #expect(track.components[2].onMissing == .zero)
    #expect(track.components[0].onMissing == .error)
    #expect(plan.track(for: "manager") == nil)  // no default track
    #expect(plan.minGroupSize == 5)
  }

  @Test(
    "a blackout lists only metrics it can apply to; any other is refused at its item, naming what to list",
    arguments: [
      ("time_to_restore_hours", nil), ("small_change_share", nil), ("reviews", nil), ("coverage_delta", nil),
      (
        "cross_team_reviews",
        "cross_team_reviews can't be blacked out on its own: a blackout leaves whole rows of reviews.csv out; list "
          + "reviews, which leaves the window's rows out of reviews, substantive_review_ratio, cross_team_reviews"
      ),
      (
        "iac_coverage",
        "iac_coverage can't be blacked out on its own: a blackout leaves whole rows of coverage.csv out; list "
          + "coverage_delta, which leaves the window's rows out of coverage_delta, iac_coverage"
      ),
      (
        "team_health",
        "team_health is not counted from dated events, so no blackout can apply to it; a blackout may list "
          + "deployment_frequency, lead_time_hours, change_failure_rate, rework_rate, attributable_rollback_rate, "
          + "small_change_share, time_to_restore_hours, reviews, coverage_delta"
      ),
    ] as [(String, String?)])
  func blackoutMetrics(metric: String, problem: String?) throws {
    let text = Self.valid.replacingOccurrences(
      of: #""metrics": ["deployment_frequency"]"#, with: #""metrics": ["deployment_frequency", "\#(metric)"]"#)
    if let problem {
      #expect(throws: PlanError.invalid(file: "plan.json", path: "blackouts[0].metrics[1]", reason: problem)) {
        try Self.decode(text)
      }
    } else {
      #expect(try Self.decode(text).metricOptions.blackouts[0].metrics.map(\.name) == ["deployment_frequency", metric])
    }
  }

  @Test("under a tool's DORA definition a blackout of one of the four DORA metrics is refused: it would not apply")
  func blackoutUnderToolDefinition() throws {
    func plan(_ metric: String) -> String {
      Self.valid.replacingOccurrences(
        of: #""cooling_off_days": 30,"#, with: #""cooling_off_days": 30, "metric_options": {"dora": "devlake"},"#
      ).replacingOccurrences(of: #""metrics": ["deployment_frequency"]"#, with: #""metrics": ["\#(metric)"]"#)
    }
    #expect(
      throws: PlanError.invalid(
        file: "plan.json", path: "blackouts[0].metrics[0]",
        reason: "deployment_frequency is computed by the devlake definition (metric_options.dora), which has no "
          + "blackouts, so this one would not apply; remove it, or use the spec definition")
    ) { try Self.decode(plan("deployment_frequency")) }
    // The spec tallies still compute rework_rate under a tool's definition, blackouts and all.
    #expect(try Self.decode(plan("rework_rate")).metricOptions.blackouts[0].metrics == [.reworkRate])
  }

  @Test("min_group_size is read from the plan")
  func minGroupSize() throws {
    let plan = try Self.decode(Self.valid.replacingOccurrences(of: #""cooling_off_days": 30,"#, with: #""cooling_off_days": 30, "min_group_size": 8,"#))
    #expect(plan.minGroupSize == 8)
  }

  @Test(
    "errors name the JSON path",
    arguments: [
      (#""weight": 0.4,"#, #""weight": 0.5,"#, "plan.json: tracks.ic.components: weights sum to 1.1, not 1"),
      (
        "[[0.5, 0], [1, 0.5], [3, 1.0], [7, 1.5]]", "[[0.5, 0], [3, 0.5], [1, 1.0]]",
        "plan.json: tracks.ic.components[0].curve: points must be sorted by value: 1 comes after 3"
      ),
      (
        "[[1, 1.5], [4, 1.0], [24, 0.5], [72, 0]]", "[]",
        "plan.json: tracks.ic.components[1].curve: a curve needs at least one [value, multiplier] point"
      ),
      (
        "[[0.1, 0], [0.3, 1.0], [0.6, 1.3]]", "[[0.1, 0], [0.3], [0.6, 1.3]]",
        "plan.json: tracks.ic.components[2].curve[1]: expected a [value, multiplier] pair"
      ),
      (#""weight": 0.3,"#, #""waight": 0.3,"#, "plan.json: tracks.ic.components[1].waight: unknown key; did you mean weight?; expected one of"),
      // adjustments.csv's name for the whole payout; a component of that name took one row twice.
      (#""id": "recovery""#, #""id": "total""#, "plan.json: tracks.ic.components[1].id: \"total\" is the name adjustments.csv gives the whole payout"),
      // `=` and `;` separate components and amounts in CSV's component_amounts.
      (#""id": "recovery""#, #""id": "a=1;b""#, "plan.json: tracks.ic.components[1].id: \"a=1;b\" holds \"=\" or \";\""),
      // One edit from payout_cap: the did-you-mean names it; "zzz" is close to no key, so none is offered.
      (#""payout_floor": 0"#, #""payout_floor": 0, "payout_capp": 2"#, "plan.json: payout_capp: unknown key; did you mean payout_cap?; expected one of"),
      (#""payout_floor": 0"#, #""payout_floor": 0, "zzz": 2"#, "plan.json: zzz: unknown key; expected one of"),
      (#""on_missing": "zero""#, #""on_missing": "skip""#, "plan.json: tracks.ic.components[2].on_missing: expected \"error\", \"zero\" or \"target\""),
      (#""cap": 1.0"#, #""cap": "1.0""#, "plan.json: tracks.ic.components[0].guards[0].cap: expected a number"),
      (#""max": 0.15,"#, "", "plan.json: tracks.ic.components[0].guards[0]: a guard needs \"min\" and/or \"max\""),
      (#""period": "2026-Q3""#, #""period": "2026-Q5""#, "plan.json: period: expected a period"),
      (#""currency": "USD""#, #""currency": "dollars""#, "plan.json: currency: expected an ISO 4217 currency code"),
      (#""name": "P", "#, "", "plan.json: name: required key is missing"),
      (#""payout_floor": 0"#, #""payout_floor": 3"#, "plan.json: payout_floor: 3 is above payout_cap 2"),
      (#""scope": "team", "weight": 0.4"#, #""scope": "squad", "weight": 0.4"#, "plan.json: tracks.ic.components[0].scope: expected \"team\" or \"individual\""),
      (#""cooling_off_days": 30,"#, #""cooling_off_days": 30, "min_group_size": 0,"#, "plan.json: min_group_size: expected a group size ≥ 1"),
      (#""cooling_off_days": 30,"#, #""cooling_off_days": 30, "min_group_size": 2.5,"#, "plan.json: min_group_size: expected a whole number"),
      (#""cooling_off_days": 30,"#, #""cooling_off_days": 30, "min_group_size": "5","#, "plan.json: min_group_size: expected a whole number"),
    ])
  func errors(find: String, replace: String, message: String) {
    let text = Self.valid.replacingOccurrences(of: find, with: replace)
    #expect(text != Self.valid)
    do {
      _ = try Self.decode(text)
      Issue.record("expected an error for \(replace)")
    } catch {
      #expect(error.description.hasPrefix(message), "got: \(error.description)")
    }
  }

  @Test("malformed JSON is reported with line and column")
  func syntax() {
    do {
      _ = try Self.decode("{\n  \"name\": \"P\",\n  \"version\" \"1\"\n}")
      Issue.record("expected a syntax error")
    } catch {
      #expect(error.description.hasPrefix("plan.json:3:13:"), "got: \(error.description)")
    }
  }
}
