/// Every metric `incentive` computes, each described once: the calculators compute exactly these, the plan decoder
/// and validator judge plans against them, and reports, help and documentation label values with them.
///
/// A metric that is not here can still be paid on when `metrics.csv` supplies it; it just has no definition.
enum MetricCatalogue {
  /// In the order reports list metrics: SPEC section 4's table, with the metrics the tool adds beside their kin.
  static let all: [MetricDefinition] = delivery + teamSignals + people + individual

  /// The catalogue entry of `id`; nil for a metric only `metrics.csv` supplies.
  static func definition(of id: MetricID) -> MetricDefinition? { byID[id] }

  private static let byID = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

  /// Under `metric_options.dora` = `devlake` or `fourkeys` the four DORA metrics follow that tool instead.
  private static let toolDefinitions =
    " With metric_options.dora set to devlake or fourkeys, the tool's own definition applies instead (docs/dora.md)."

  private static let productionDeployments =
    "production deployments (environment production or empty) finished in the period"

  private static let delivery: [MetricDefinition] = [
    MetricDefinition(
      id: .deploymentFrequency, title: "Deployment frequency", scope: .team, unit: .perWeek,
      direction: .higherIsBetter, isGameable: true, summary: "successful production deployments per week",
      definition: "Successful \(productionDeployments), divided by the period's days outside any blackout for this "
        + "metric over 7; absent when there is none." + toolDefinitions,
      sources: [.columns(of: Deployment.self, "team", "environment", "finished_at", "status")]),
    MetricDefinition(
      id: .leadTimeHours, title: "Lead time for changes", scope: .team, unit: .hours, direction: .lowerIsBetter,
      isGameable: true, summary: "median hours from first commit to successful deployment",
      definition: "Median of finished_at − first_commit_at over successful \(productionDeployments) that have "
        + "first_commit_at (an even count takes the mean of the two middle values); absent when there is none."
        + toolDefinitions + " Those read changes.csv when it is present.",
      sources: [
        .columns(
          of: Deployment.self, "deployment_id", "team", "environment", "finished_at", "status", "first_commit_at"),
        .columns(of: Change.self, "deployment_id", "team", "committed_at"),
      ]),
    MetricDefinition(
      id: .changeFailureRate, title: "Change failure rate", scope: .team, unit: .share(of: "deployments"),
      direction: .lowerIsBetter, isGameable: false,
      summary: "share of deployments that failed, rolled back or caused an incident",
      definition: "Of the \(productionDeployments), the share that failed, were rolled back, or are named by the "
        + "caused_by_deployment of an incident of any date that counts under metric_options.incident_min_severity; "
        + "absent when there is no deployment." + toolDefinitions,
      sources: [
        .columns(of: Deployment.self, "deployment_id", "team", "environment", "finished_at", "status"),
        .columns(of: Incident.self, "severity", "caused_by_deployment"),
      ]),
    MetricDefinition(
      id: .timeToRestoreHours, title: "Time to restore service", scope: .team, unit: .hours,
      direction: .lowerIsBetter, isGameable: false, summary: "median hours from incident opened to resolved",
      definition: "Median of resolved_at − opened_at over the resolved incidents opened in the period, leaving out "
        + "those below metric_options.incident_min_severity and, when metric_options.restore_excludes says so, those "
        + "on legacy systems or caused outside the team; absent when there is none." + toolDefinitions,
      sources: [
        .columns(of: Incident.self, "team", "severity", "opened_at", "resolved_at", "legacy_system", "external")
      ]),
    MetricDefinition(
      id: .reworkRate, title: "Rework rate", scope: .team, unit: .share(of: "deployments"),
      direction: .lowerIsBetter, isGameable: false, summary: "share of deployments that were hotfixes or rollbacks",
      definition: "Of the \(productionDeployments), the share of kind hotfix or rollback; absent when there is no "
        + "deployment.",
      sources: [.columns(of: Deployment.self, "team", "environment", "finished_at", "kind")]),
    MetricDefinition(
      id: .attributableRollbackRate, title: "Attributable rollback rate", scope: .team,
      unit: .share(of: "deployments"), direction: .lowerIsBetter, isGameable: false,
      summary: "share of deployments rolled back for testing or code causes",
      definition: "Of the \(productionDeployments), the share rolled back with a failure_cause the team answers for "
        + "(testing or code, or metric_options.attributable_rollback_causes): rollbacks from external causes are not "
        + "held against the team; absent when there is no deployment.",
      sources: [.columns(of: Deployment.self, "team", "environment", "finished_at", "status", "failure_cause")]),
    MetricDefinition(
      id: .smallChangeShare, title: "Small change share", scope: .team,
      unit: .share(of: "deployments with change_lines"), direction: .higherIsBetter, isGameable: true,
      summary: "share of deployments under 10 changed lines",
      definition: "Of the \(productionDeployments) that have change_lines, the share with fewer than 10; absent "
        + "when none has change_lines.",
      sources: [.columns(of: Deployment.self, "team", "environment", "finished_at", "change_lines")]),
  ]

  private static let teamSignals: [MetricDefinition] = [
    MetricDefinition(
      id: .coverageDelta, title: "Line coverage change", scope: .team, unit: .shareDifference,
      direction: .higherIsBetter, isGameable: false, summary: "line coverage change over the period",
      definition: "line_coverage of the period's last coverage row (latest date, later row on a tie) minus that of "
        + "its first (earliest date, earlier row on a tie); absent when no row of the period has line_coverage. "
        + "A blackout for coverage_delta leaves its days' rows out of iac_coverage too.",
      sources: [.columns(of: CoverageSample.self, "team", "date", "line_coverage")]),
    MetricDefinition(
      id: .iacCoverage, title: "Infrastructure-as-code coverage", scope: .team,
      unit: .share(of: "infrastructure code"), direction: .higherIsBetter, isGameable: false,
      summary: "infrastructure-as-code test coverage at period end",
      definition: "iac_coverage of the period's last coverage row that has one (latest date, later row on a tie); "
        + "absent when there is none.",
      sources: [.columns(of: CoverageSample.self, "team", "date", "iac_coverage")]),
    MetricDefinition(
      id: .costVsBudget, title: "Cost against budget", scope: .team, unit: .multiple(of: "budget"),
      direction: .lowerIsBetter, isGameable: false, summary: "cloud spend over budget",
      definition: "Σ actual / Σ budget over the cost rows whose month overlaps the period; absent when there is no "
        + "row or the budgets sum to 0.",
      sources: [.columns(of: CostEntry.self, "team", "month", "actual", "budget")]),
    MetricDefinition(
      id: .teamHealth, title: "Team health", scope: .team, unit: .score, direction: .higherIsBetter,
      isGameable: false, summary: "responses-weighted team health survey score",
      definition: "Mean health_score of the survey rows whose period overlaps the period, each weighted by its "
        + "responses (a row without responses weighs 1); absent when there are no responses.",
      sources: [.columns(of: SurveyResult.self, "team", "period", "health_score", "responses")]),
  ]

  private static let retentionColumns: [MetricDefinition.Source] = [
    .columns(of: Engineer.self, "engineer_id", "team", "manager_id", "start_date", "end_date", "exit_reason"),
    .columns(of: Assignment.self, "engineer_id", "team", "from", "to"),
  ]

  private static let people: [MetricDefinition] = [
    MetricDefinition(
      id: .retentionRate, title: "Retention rate", scope: .team, unit: .share(of: "headcount at period start"),
      direction: .higherIsBetter, isGameable: false,
      summary: "1 − voluntary exits / headcount at period start (team, or a manager's reports)",
      definition: "1 − voluntary exits in the period (end_date in it, exit_reason voluntary) / headcount on the "
        + "period's first day. For a team, people count on the team they were on that day (exits: on their last "
        + "day); for a manager, recorded as the manager's own metric, the people whose manager_id names them.",
      sources: retentionColumns, isAlsoPerManager: true),
    MetricDefinition(
      id: .retentionVsMarket, title: "Retention against the market", scope: .team, unit: .shareDifference,
      direction: .higherIsBetter, isGameable: false,
      summary: "retention_rate minus the retention the market attrition rate predicts for the period",
      definition: "retention_rate − (1 − market_attrition_rate × days in the period / days in the year it starts "
        + "in), for every team and manager with a retention_rate; absent when the plan sets no "
        + "market_attrition_rate.",
      sources: retentionColumns + [.plan(keys: ["market_attrition_rate"])], isAlsoPerManager: true),
    MetricDefinition(
      id: .orgTeamHealth, title: "Organisation team health", scope: .individual, unit: .score,
      direction: .higherIsBetter, isGameable: false,
      summary: "responses-weighted team health across the teams of everyone a leader manages, directly or not",
      definition: "For anyone named as a manager_id: the responses-weighted mean health_score, as team_health "
        + "weighs it, over the teams (on the period's first day) of everyone under them, directly or through other "
        + "managers; absent when those teams have no responses.",
      sources: [
        .columns(of: Engineer.self, "engineer_id", "team", "manager_id"),
        .columns(of: Assignment.self, "engineer_id", "team", "from", "to"),
        .columns(of: SurveyResult.self, "team", "period", "health_score", "responses"),
      ]),
  ]

  private static let individual: [MetricDefinition] = [
    MetricDefinition(
      id: .reviews, title: "Reviews", scope: .individual, unit: .count, direction: .higherIsBetter,
      isGameable: true, summary: "code reviews submitted",
      definition: "Reviews the engineer submitted in the period, outside any blackout for reviews (which also "
        + "holds for the other review metrics); absent when there is none.",
      sources: [.columns(of: Review.self, "reviewer_id", "submitted_at")]),
    MetricDefinition(
      id: .substantiveReviewRatio, title: "Substantive review ratio", scope: .individual,
      unit: .share(of: "review comments"), direction: .higherIsBetter, isGameable: false,
      summary: "substantive comments / all review comments",
      definition: "Σ substantive_comments / Σ comments over the engineer's reviews of the period; absent when Σ "
        + "comments is 0.",
      sources: [.columns(of: Review.self, "reviewer_id", "submitted_at", "comments", "substantive_comments")]),
    MetricDefinition(
      id: .crossTeamReviews, title: "Cross-team reviews", scope: .individual, unit: .count,
      direction: .higherIsBetter, isGameable: true, summary: "reviews of another team's pull requests",
      definition: "The engineer's reviews of the period where reviewer_team ≠ author_team, a team the row leaves "
        + "out being the person's team in the roster on the review's day; absent when there is no review.",
      sources: [
        .columns(of: Review.self, "reviewer_id", "submitted_at", "author_id", "author_team", "reviewer_team"),
        .columns(of: Engineer.self, "engineer_id", "team"),
        .columns(of: Assignment.self, "engineer_id", "team", "from", "to"),
      ]),
    MetricDefinition(
      id: .oncallShifts, title: "On-call shifts", scope: .individual, unit: .count, direction: .higherIsBetter,
      isGameable: false, summary: "on-call shifts overlapping the period",
      definition: "The engineer's on-call shifts overlapping the period (shift_start before its end, shift_end "
        + "after its start); absent when there is none.",
      sources: [.columns(of: OncallShift.self, "engineer_id", "shift_start", "shift_end")]),
    MetricDefinition(
      id: .afterHoursPages, title: "After-hours pages", scope: .individual, unit: .count,
      direction: .lowerIsBetter, isGameable: false, summary: "pages received outside working hours",
      definition: "Σ after_hours_pages over the engineer's shifts overlapping the period (an empty cell counts 0); "
        + "absent when there is no shift.",
      sources: [.columns(of: OncallShift.self, "engineer_id", "shift_start", "shift_end", "after_hours_pages")]),
    MetricDefinition(
      id: .menteePromotions, title: "Mentee promotions", scope: .individual, unit: .count,
      direction: .higherIsBetter, isGameable: false, summary: "mentees promoted or levelled up",
      definition: "mentorship events promoted or level_up dated in the period, counted for their mentor_id; absent "
        + "when there is none.",
      sources: [.columns(of: MentorshipEvent.self, "mentor_id", "event", "date")]),
  ]
}
