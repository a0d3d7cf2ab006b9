import TestSupport
import Testing

@testable import IncentiveKit

/// A component reading a metric for subjects the tool never computes it for pays everyone by `on_missing`, breaks
/// every guard on it, or makes nobody eligible: `validate` says so, a paying run refuses the plan, and a
/// `metrics.csv` that supplies the values for those subjects makes it fine.
@Suite("Metrics read at a scope nothing fills")
struct MetricScopeCheckTests {
  typealias S = PayoutScenario

  /// A reviews component at team scope, in a plan otherwise like `PayoutScenario`'s.
  static let teamReviews = """
    {"id": "reviews", "metric": "substantive_review_ratio", "scope": "team", "weight": 1,
     "curve": [[0, 0], [1, 2]], "on_missing": "zero"}
    """

  static func problems(_ components: String, supplied: MetricScopeCheck.Supplied? = nil) throws -> [String] {
    let plan = try PlanDecoder.decode(Array(S(roster: [], components: components).planText.utf8), file: "plan.json")
    return MetricScopeCheck.problems(plan, supplied: supplied).map { "\($0.path): \($0.reason)" }
  }

  @Test(
    "each way of reading a metric at the wrong scope is named with its effect",
    arguments: [
      (
        teamReviews,
        "tracks.default.components[reviews]: substantive_review_ratio is computed per engineer, not per team: the "
          + "component reads it per team, so nobody has a value and it pays everyone by on_missing (zero); use scope "
          + "individual, or, if metrics.csv supplies teams' values, pass the dataset: incentive validate PLAN DATASET"
      ),
      (
        #"{"id": "d", "metric": "deployment_frequency", "scope": "team", "weight": 1, "curve": [[0, 0], [1, 2]],"#
          + #" "guards": [{"metric": "reviews", "min": 1, "cap": 0.5}]}"#,
        "tracks.default.components[d]: reviews is computed per engineer, not per team: the guard reads it per team, "
          + "so it is absent for everyone, and an absent guard metric breaks the guard: every multiplier capped at "
          + "0.5; guard on a metric computed per team, or, if metrics.csv supplies teams' values, pass the dataset: "
          + "incentive validate PLAN DATASET"
      ),
      (
        #"{"id": "r", "metric": "reviews", "scope": "individual", "weight": 1, "curve": [[0, 0], [1, 2]],"#
          + #" "eligibility": {"metric": "deployment_frequency", "min": 1}}"#,
        "tracks.default.components[r]: deployment_frequency is computed per team, not per engineer: eligibility "
          + "reads the person's own value, so nobody has one and nobody is eligible: the component pays 0; name a "
          + "metric of the person's own, or, if metrics.csv supplies engineers' values, pass the dataset: incentive "
          + "validate PLAN DATASET"
      ),
    ])
  func named(components: String, problem: String) throws {
    #expect(try Self.problems(components) == [problem])
  }

  @Test(
    "metrics read where the tool computes them are fine, retention per manager included",
    arguments: [
      #"{"id": "reviews", "metric": "substantive_review_ratio", "scope": "individual", "weight": 1, "curve": [[0, 0], [1, 2]]}"#,
      #"{"id": "keep", "metric": "retention_rate", "scope": "individual", "weight": 1, "curve": [[0, 0], [1, 2]]}"#,
      #"{"id": "keep", "metric": "retention_vs_market", "scope": "team", "weight": 1, "curve": [[0, 0], [1, 2]]}"#,
      #"{"id": "x", "metric": "story_points", "scope": "team", "weight": 1, "curve": [[0, 0], [1, 2]]}"#,
      #"{"id": "d", "metric": "deployment_frequency", "scope": "team", "weight": 1, "curve": [[0, 0], [1, 2]],"#
        + #" "guards": [{"metric": "change_failure_rate", "max": 0.15, "cap": 1}],"#
        + #" "eligibility": {"metric": "oncall_shifts", "min": 1}}"#,
    ])
  func fine(components: String) throws {
    #expect(try Self.problems(components) == [])
  }

  @Test("metrics.csv values for the subjects read make it fine; values for the other kind do not")
  func suppliedByMetricsFile() throws {
    #expect(try Self.problems(Self.teamReviews, supplied: ["substantive_review_ratio": [.team]]) == [])
    let other = try Self.problems(Self.teamReviews, supplied: ["substantive_review_ratio": [.individual]])
    #expect(other.count == 1)
    #expect(other.first?.hasSuffix("use scope individual, or supply teams' values in metrics.csv") == true)
  }

  @Test("a paying run refuses the plan before paying anyone")
  func runRefuses() throws {
    let scenario = S(roster: [S.engineer("E1", team: "t1")], components: Self.teamReviews)
    #expect {
      _ = try scenario.report()
    } throws: { error in
      guard case .invalid(_, let path, let reason) = error as? PlanError else { return false }
      return path == "tracks.default.components[reviews]"
        && reason.hasPrefix("substantive_review_ratio is computed per engineer, not per team")
    }
  }

  /// metrics.csv rows are resolved as paying resolves them: a team alias's row supplies the team's value; a row of
  /// another period supplies nothing to this one.
  @Test("metrics.csv supplies a scope through a team alias, and not from another period")
  func suppliedThroughAliasesAndPeriods() throws {
    let aliased = S(
      roster: [S.engineer("E1", team: "t1")], components: Self.teamReviews,
      planExtras: #""team_aliases": {"Team One": "t1"}"#,
      files: ["metrics.csv": "subject,metric,value,period\nTeam One,substantive_review_ratio,0.5,2026-Q3\n"])
    #expect(try aliased.report().engineer("E1")?.payout.minorUnits == 184_000)
    let lastQuarter = S(
      roster: [S.engineer("E1", team: "t1")], components: Self.teamReviews,
      files: ["metrics.csv": "subject,metric,value,period\nt1,substantive_review_ratio,0.5,2026-Q2\n"])
    #expect(throws: PlanError.self) { _ = try lastQuarter.report() }
  }

  /// t1's exported review ratio 0.5 on the curve [[0, 0], [1, 2]] is a multiplier of 1.0: 1,840.00 × 1.0.
  @Test("with the teams' values in metrics.csv the run pays on them")
  func runPaysOnSuppliedValues() throws {
    let scenario = S(
      roster: [S.engineer("E1", team: "t1")], components: Self.teamReviews,
      files: ["metrics.csv": "subject,metric,value,period\nt1,substantive_review_ratio,0.5,2026-Q3\n"])
    let payout = try #require(try scenario.report().engineer("E1"))
    #expect(payout.payout.minorUnits == 184_000)
  }
}
