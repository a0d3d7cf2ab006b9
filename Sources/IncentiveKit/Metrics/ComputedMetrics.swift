/// Every metric value of a period: per team, per engineer, and each team's DORA level.
struct ComputedMetrics: Sendable {
  var period: Period
  var teams: [String: MetricSet] = [:]
  /// The roster's people by position (`PersonTable`), so paying reads each person's set without hashing their id.
  var engineers = PersonTable<MetricSet>()
  /// Each team's DORA levels, of its set as the metrics were finished.
  var dora: [String: DORAAssessment] { doraLevels.value }
  /// The DORA levels, assessed the first time a report asks (`OnDemand`): paying and the machine-readable reports
  /// never do, and at 100,000 people (12,000 teams) assessing every team took 11–17 ms on one core, with the other
  /// idle, between the metrics and the first payout.
  var doraLevels = OnDemand<[String: DORAAssessment]> { [:] }
  /// Where every row of every input file went (`calculate`'s JSON `inputs`, `audit data`).
  var inputs = InputAccounting()
  /// Everyone who reported a value in `teams` or `engineers` (an entry's `reportedBy`, from `metrics.csv`), or more:
  /// whoever sets a value with a reporter adds them here, so conflict-of-interest checks need not walk every
  /// person's metrics to find them (at 100,000 people that walk was 50 ms on one core before paying).
  var reporters: Set<String> = []
  /// Rolled-back deployments with no `failure_cause`, by team, when attributable_rollback_rate is counted: said after
  /// paying, as they count against no one.
  var rollbacksWithoutCause: [String: Int] = [:]
  /// Incidents of the period restored after more than 90 days, by team: said after paying.
  var longRestores: [String: DeliveryTally.LongRestores] = [:]
  /// Reviews of the period with comments but an empty `substantive_comments`, read as 0.
  var substantiveUnknown = 0
  /// What the cost and survey checks found as the team signal files were read (`TeamSignals`), said after paying.
  var costFindings: [DataFinding] = []
  var surveyFindings: [DataFinding] = []

  init(period: Period) {
    self.period = period
  }

  func team(_ name: String) -> MetricSet { teams[name] ?? MetricSet() }
  func engineer(_ id: String) -> MetricSet { engineers[id] ?? MetricSet() }
  /// The set of `id`, at roster `position` when these metrics were made with the paying roster.
  func engineer(at position: Int, id: String) -> MetricSet { engineers.value(at: position, id: id) ?? MetricSet() }
}
