/// A component that reads a metric for the kind of subject the tool never computes it for: `substantive_review_ratio`
/// (per engineer) in a component of team scope, a guard on `reviews` in a team component, eligibility on
/// `deployment_frequency` (a team's, while eligibility reads the person's own). Nobody then has the value, so the
/// component pays everyone by its `on_missing`, every guard on it breaks, or nobody is eligible: acme with its review
/// component set to team scope paid 68,354.85 instead of 87,757.48, with only a note per person.
///
/// `metrics.csv` may supply such values (a tool's team-level review ratio): a metric it supplies for subjects of that
/// kind (a row whose subject is a roster team, or an engineer) is left alone.
enum MetricScopeCheck {
  /// One metric a component reads at a scope nothing fills.
  struct Problem: Equatable, Sendable {
    /// `tracks.ic.components[reviews]`.
    var path: String
    var reason: String
  }

  /// The kinds of subject `metrics.csv` gives values of each metric for: a team (a roster team's name) or an
  /// individual (an engineer id on the roster).
  typealias Supplied = [MetricID: Set<MetricDefinition.Scope>]

  /// How a component reads a metric, for the message.
  private enum Reading {
    case paid(onMissing: Component.OnMissing)
    case guarded(cap: FixedDecimal)
    case eligibility
  }

  /// Every metric a component reads with the scope it reads it at and how: what it pays on and its guards at the
  /// component's own scope (a guard watches "another metric of the same subject"), eligibility at the person's.
  private static func readings(of component: Component) -> [(MetricID, MetricDefinition.Scope, Reading)] {
    component.metricsPaid.map { ($0, component.scope, .paid(onMissing: component.onMissing)) }
      + component.guards.map { ($0.metric, component.scope, .guarded(cap: $0.cap)) }
      + (component.eligibility.map { [($0.metric, .individual, .eligibility)] } ?? [])
  }

  /// The metrics the plan reads at a scope the tool does not compute them for, and those scopes: the only
  /// `metrics.csv` rows whose subject a run needs to look up for this check.
  static func scopesNeeded(_ plan: Plan) -> Supplied {
    var needed: Supplied = [:]
    for component in plan.tracks.flatMap(\.components) {
      for (metric, scope, _) in readings(of: component) {
        guard let definition = metric.definition, !definition.isComputed(for: scope) else { continue }
        needed[metric, default: []].insert(scope)
      }
    }
    return needed
  }

  /// Notes the kind of subject of a `metrics.csv` row of `period` whose metric `needed` names, its subject resolved
  /// through the aliases as paying resolves it: looked up only for those metrics (usually none), not for every row
  /// of a large export. A row of another period supplies nothing to this one (`period` nil: a plan validated without
  /// one, paid for a period given later).
  static func record(
    _ row: ExternalMetric, needed: Supplied, roster: Roster, aliases: RosterAliases, period: Period?,
    into supplied: inout Supplied
  ) {
    guard needed[row.metric] != nil else { return }
    if let period, let rowPeriod = row.period, !rowPeriod.overlaps(period) { return }
    let subject = aliases.team(aliases.engineer(row.subject))
    if roster[subject] != nil { supplied[row.metric, default: []].insert(.individual) }
    if roster.teams.contains(subject) { supplied[row.metric, default: []].insert(.team) }
  }

  /// - Parameter supplied: what `metrics.csv` supplies, for the metrics of `scopesNeeded`; nil when no dataset was
  ///   given (`incentive validate PLAN`), and the messages then say how to have it checked.
  static func problems(_ plan: Plan, supplied: Supplied?) -> [Problem] {
    var problems: [Problem] = []
    for track in plan.tracks {
      for component in track.components {
        var named = Set<String>()
        for (metric, scope, reading) in readings(of: component) {
          guard let definition = metric.definition, !definition.isComputed(for: scope),
            !(supplied?[metric]?.contains(scope) ?? false), named.insert("\(metric.name) \(scope)").inserted
          else { continue }
          problems.append(
            Problem(
              path: PlanValidator.path(of: component, in: track),
              reason: reason(metric, definition: definition, scope: scope, reading: reading, checked: supplied != nil)))
        }
      }
    }
    return problems
  }

  private static func reason(
    _ metric: MetricID, definition: MetricDefinition, scope: MetricDefinition.Scope, reading: Reading,
    checked: Bool
  ) -> String {
    let subjects = scope == .team ? "team" : "engineer"
    let effect: String
    switch reading {
    case .paid(let onMissing):
      effect =
        "the component reads it per \(subjects), so nobody has a value and it pays everyone by on_missing "
        + "(\(onMissing.rawValue))"
    case .guarded(let cap):
      effect =
        "the guard reads it per \(subjects), so it is absent for everyone, and an absent guard metric breaks the "
        + "guard: every multiplier capped at \(cap.trimmed(minimumDecimals: 1))"
    case .eligibility:
      effect =
        "eligibility reads the person's own value, so nobody has one and nobody is eligible: the component pays 0"
    }
    let remedy =
      switch reading {
      case .paid: "use scope \(definition.scope.rawValue)"
      case .guarded: "guard on a metric computed per \(subjects)"
      case .eligibility: "name a metric of the person's own"
      }
    let supply =
      checked
      ? "or supply \(subjects)s' values in metrics.csv"
      : "or, if metrics.csv supplies \(subjects)s' values, pass the dataset: incentive validate PLAN DATASET"
    return "\(metric.name) is computed \(definition.computedFor), not per \(subjects): \(effect); \(remedy), \(supply)"
  }
}
