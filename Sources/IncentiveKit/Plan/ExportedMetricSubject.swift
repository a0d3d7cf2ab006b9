/// A `metrics.csv` row for an engineer where the plan reads its metric only for teams, or for a team where it reads
/// it only for people: the value is kept for a subject nothing asks about, and the component it was meant for pays by
/// `on_missing` with only a note (acme's E08 written for `platform` paid the platform team's satisfaction at target,
/// 8,099.47 -> 7,996.25).
///
/// Only a metric a component pays on (its curve's, or its formula's) counts, at that component's scope; one a
/// guard or eligibility also reads is left alone, as those read it for the person or the team as the component does.
struct ExportedMetricSubject {
  /// Metric names the plan pays on for teams only, and for people only, with the first component that does.
  private var teamOnly: [String: String] = [:]
  private var individualOnly: [String: String] = [:]

  init(plan: Plan) {
    var byScope: [MetricDefinition.Scope: [String: String]] = [:]
    var otherwise = Set<String>()
    for component in plan.tracks.flatMap(\.components) {
      for metric in component.metricsPaid where byScope[component.scope]?[metric.name] == nil {
        byScope[component.scope, default: [:]][metric.name] = component.id
      }
      otherwise.formUnion(component.metricsGating.map(\.name))
    }
    let team = byScope[.team] ?? [:]
    let individual = byScope[.individual] ?? [:]
    teamOnly = team.filter { individual[$0.key] == nil && !otherwise.contains($0.key) }
    individualOnly = individual.filter { team[$0.key] == nil && !otherwise.contains($0.key) }
  }

  /// - Throws: `InputError.inconsistent` at the row's line when its subject is an engineer and not a team while the
  ///   plan pays on the metric for teams only, or the other way round.
  func check(_ row: ExternalMetric, file: String, roster: Roster) throws(InputError) {
    let name = row.metric.name
    // Two lookups in tables of the roster's size, only for the metrics this can concern.
    guard teamOnly[name] != nil || individualOnly[name] != nil else { return }
    let isEngineer = roster[row.subject] != nil
    let isTeam = roster.teams.contains(row.subject)
    if let component = teamOnly[name], isEngineer, !isTeam {
      throw .inconsistent(
        file: file, line: row.line,
        reason: "subject \"\(row.subject)\" is an engineer, but the plan pays on \(name) for teams only (component "
          + "\(component)); write the team's name, or the value pays nothing and \(component) pays by its on_missing")
    }
    if let component = individualOnly[name], isTeam, !isEngineer {
      throw .inconsistent(
        file: file, line: row.line,
        reason: "subject \"\(row.subject)\" is a team, but the plan pays on \(name) for people only (component "
          + "\(component)); write the engineer's id, or the value pays nothing and \(component) pays by its on_missing")
    }
  }
}
