/// What a run says about the data behind its payouts: rows left out for a reason that may be a mistake, values that
/// parse and pay but are probably typed wrong, counts the event files and metrics.csv gave as they were read. Every
/// paying command warns with them after paying; `audit data` lists them among its own (docs/data-quality.md).
extension PayoutRun {
  /// What a paying command says on stderr about the data behind `metrics`: rows left out for a reason that may be a
  /// mistake, implausible roster and team-signal values, headers that may hold a column the file lacks, and what the
  /// reading of the events and metrics.csv counted.
  func dataFindings(_ metrics: ComputedMetrics) -> [DataFinding] {
    dataset.columnFindings(paying: plan) + metrics.inputs.findings + plausibilityFindings(metrics)
      + TeamCoverage.findings(plan: plan, roster: roster, inputs: metrics.inputs) + eventFindings(metrics)
      + offScaleExports
  }

  /// Values of `period` that parse and pay but are probably an export's mistake: a bonus target written as a
  /// fraction or far from its level's, a salary far from its level's, a leaver without an exit reason, a survey on
  /// another scale or without responses, a team's cost month missing or off its budget, a promotion of a mentee on
  /// no roster row or not employed, a stale adjustment. The surveys and costs were looked at as they were read to
  /// pay (`TeamSignals`); the mentorship events and adjustments were read whole to pay, so a second read fails only
  /// as the first would have.
  func plausibilityFindings(_ metrics: ComputedMetrics) -> [DataFinding] {
    let period = metrics.period
    let read = plan.metricsRead
    var findings = RosterPlausibility(roster: roster, period: period).findings
    if read.contains(.teamHealth) || read.contains(.orgTeamHealth) { findings += metrics.surveyFindings }
    if read.contains(.costVsBudget) { findings += metrics.costFindings }
    return findings
      + ((try? MenteeRoster.findings(dataset, roster: roster, aliases: aliases, plan: plan, period: period)) ?? [])
      + ((try? AdjustmentPlausibility.findings(dataset, period: period)) ?? [])
  }

  /// What the event files' reading counted, for the metrics the plan pays on (each moved pay unwarned in the input
  /// audit): rolled-back deployments with no `failure_cause`, which count against no one (pay-010's cause lost raised
  /// three payments engineers' pay by 54.68 to 66.92); reviews with comments but an empty `substantive_comments`,
  /// read as 0 (E10 7,963.35 -> 6,618.87); incidents restored after more than 90 days, most likely a year typed wrong
  /// (INC-2050 resolved in 2027 took two payouts down by 310.33 and 471.57).
  func eventFindings(_ metrics: ComputedMetrics) -> [DataFinding] {
    var findings: [DataFinding] = []
    if let file = eventFile(Deployment.fileName, readFor: .attributableRollbackRate) {
      findings += metrics.rollbacksWithoutCause.sorted { $0.key < $1.key }.map {
        .rollbacksWithoutCause(file: file, team: $0.key, rows: $0.value)
      }
    }
    if metrics.substantiveUnknown > 0, let file = eventFile(Review.fileName, readFor: .substantiveReviewRatio) {
      findings.append(.substantiveUnknown(file: file, rows: metrics.substantiveUnknown))
    }
    if let file = eventFile(Incident.fileName, readFor: .timeToRestoreHours) {
      findings += metrics.longRestores.sorted { $0.key < $1.key }.map {
        .longRestores(
          file: file, team: $0.key, rows: $0.value.incidents,
          longestHours: Int($0.value.longestMilliseconds / 3_600_000))
      }
    }
    return findings
  }

  /// The path of the event file `fileName` when the plan pays on `metric`, which reads it; nil otherwise.
  private func eventFile(_ fileName: String, readFor metric: MetricID) -> String? {
    guard plan.metricsRead.contains(metric) else { return nil }
    return try? dataset.path(forFile: fileName)
  }
}
