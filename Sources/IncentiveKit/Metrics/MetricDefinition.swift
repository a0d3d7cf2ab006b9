/// What `incentive` knows about a metric it computes: who it describes, which way is
/// better, and whether a team can move it without delivering value (gameable), so plan
/// validation can demand a counter-metric.
public struct MetricDefinition: Sendable, Hashable {
  public enum Scope: String, Sendable { case team, individual }

  public var name: String
  public var scope: Scope
  public var higherIsBetter: Bool
  /// Can be inflated cheaply (split deployments, trivial reviews): needs a guard.
  public var isGameable: Bool
  /// One line for `metrics --help` and reports.
  public var summary: String

  /// Every metric SPEC section 4 defines, in the order reports list them.
  public static let all: [MetricDefinition] = [
    .init(
      name: "deployment_frequency", scope: .team, higherIsBetter: true, isGameable: true,
      summary: "successful production deployments per week"),
    .init(
      name: "lead_time_hours", scope: .team, higherIsBetter: false, isGameable: true,
      summary: "median hours from first commit to successful deployment"),
    .init(
      name: "change_failure_rate", scope: .team, higherIsBetter: false, isGameable: false,
      summary: "share of deployments that failed, rolled back or caused an incident"),
    .init(
      name: "time_to_restore_hours", scope: .team, higherIsBetter: false, isGameable: false,
      summary: "median hours from incident opened to resolved"),
    .init(
      name: "rework_rate", scope: .team, higherIsBetter: false, isGameable: false,
      summary: "share of deployments that were hotfixes or rollbacks"),
    .init(
      name: "attributable_rollback_rate", scope: .team, higherIsBetter: false, isGameable: false,
      summary: "share of deployments rolled back for testing or code causes"),
    .init(
      name: "small_change_share", scope: .team, higherIsBetter: true, isGameable: true,
      summary: "share of deployments under 10 changed lines"),
    .init(
      name: "coverage_delta", scope: .team, higherIsBetter: true, isGameable: false,
      summary: "line coverage change over the period"),
    .init(
      name: "iac_coverage", scope: .team, higherIsBetter: true, isGameable: false,
      summary: "infrastructure-as-code test coverage at period end"),
    .init(
      name: "cost_vs_budget", scope: .team, higherIsBetter: false, isGameable: false,
      summary: "cloud spend over budget"),
    .init(
      name: "team_health", scope: .team, higherIsBetter: true, isGameable: false,
      summary: "responses-weighted team health survey score"),
    .init(
      name: "retention_rate", scope: .team, higherIsBetter: true, isGameable: false,
      summary: "1 − voluntary exits / headcount at period start (team, or a manager's reports)"),
    .init(
      name: "retention_vs_market", scope: .team, higherIsBetter: true, isGameable: false,
      summary: "retention_rate minus the retention the market attrition rate predicts for the period"),
    .init(
      name: "org_team_health", scope: .individual, higherIsBetter: true, isGameable: false,
      summary: "responses-weighted team health across the teams of everyone a leader manages, directly or not"),
    .init(
      name: "reviews", scope: .individual, higherIsBetter: true, isGameable: true,
      summary: "code reviews submitted"),
    .init(
      name: "substantive_review_ratio", scope: .individual, higherIsBetter: true, isGameable: false,
      summary: "substantive comments / all review comments"),
    .init(
      name: "cross_team_reviews", scope: .individual, higherIsBetter: true, isGameable: true,
      summary: "reviews of another team's pull requests"),
    .init(
      name: "oncall_shifts", scope: .individual, higherIsBetter: true, isGameable: false,
      summary: "on-call shifts overlapping the period"),
    .init(
      name: "after_hours_pages", scope: .individual, higherIsBetter: false, isGameable: false,
      summary: "pages received outside working hours"),
    .init(
      name: "mentee_promotions", scope: .individual, higherIsBetter: true, isGameable: false,
      summary: "mentees promoted or levelled up"),
  ]

  private static let byName: [String: MetricDefinition] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

  public static func named(_ name: String) -> MetricDefinition? { byName[name] }
}
