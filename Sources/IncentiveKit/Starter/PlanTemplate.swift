/// A starting plan for one kind of team, built from the curriculum's decisions
/// (docs/curriculum.md) so a new user edits numbers instead of writing a plan from nothing.
///
/// Each template names the decisions it takes in its `rationale`, guards every gameable metric
/// with a counter-metric (so `validate` passes), and pays the roles its `roles` lists; the
/// dataset skeleton `incentive init` writes beside it has one example person per role.
struct PlanTemplate: Sendable {
  /// The `--template` value (`product-team`).
  let name: String
  /// One line for `init --list`.
  let summary: String
  /// Curriculum decision numbers (docs/curriculum.md) the template takes.
  let decisions: [Int]
  /// Why the plan pays what it pays, naming every component id and decision.
  let rationale: String
  /// The roles of the two example people in the skeleton roster, each paid by a track.
  let roles: [String]
  /// Track name → components.
  let tracks: [(String, [JSONValue])]
  /// Further plan keys (`metric_options`, `premiums`).
  let extras: [(String, JSONValue)]

  /// The plan document for `period` (as typed: `2026-Q3`) in `currency`.
  func plan(period: String, currency: String) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("name", .string("Incentives: \(name) (from `incentive init`)")), ("version", .string("\(period).1")),
      ("rationale", .string(rationale)), ("period", .string(period)), ("currency", .string(currency)),
      ("payout_cap", .number("2.0")), ("payout_floor", .number("0")), ("cooling_off_days", .number("30")),
      ("min_group_size", .number("5")), ("dora_report", .string("2023")),
    ]
    members += extras
    members.append(("tracks", .object(tracks.map { ($0.0, .object([("components", .array($0.1))])) })))
    return .object(members)
  }

  /// A curve-valued component; numbers are given as text so the plan holds exactly what is written.
  static func component(
    _ id: String, metric: MetricID, scope: MetricDefinition.Scope, weight: String, curve: [(String, String)],
    guards: [JSONValue] = [], eligibility: JSONValue? = nil, onMissing: String = "target"
  ) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("id", .string(id)), ("metric", .string(metric.name)), ("scope", .string(scope.rawValue)),
      ("weight", .number(weight)),
      ("curve", .array(curve.map { .array([.number($0.0), .number($0.1)]) })),
    ]
    if !guards.isEmpty { members.append(("guards", .array(guards))) }
    if let eligibility { members.append(("eligibility", eligibility)) }
    members.append(("on_missing", .string(onMissing)))
    return .object(members)
  }

  /// A counter-metric guard: when `metric` breaks its bound the component pays at most `cap`.
  static func guardRule(_ metric: MetricID, min: String? = nil, max: String? = nil, cap: String) -> JSONValue {
    var members: [(String, JSONValue)] = [("metric", .string(metric.name))]
    if let min { members.append(("min", .number(min))) }
    if let max { members.append(("max", .number(max))) }
    members.append(("cap", .number(cap)))
    return .object(members)
  }
}
