/// Turns a dataset's event files into metric values for one period (SPEC section 4 and
/// docs/calculation.md), streaming each file once and keeping per-team and per-engineer
/// tallies only.
public struct MetricsCalculator: Sendable {
  public let roster: Roster
  public let period: Period
  public let options: MetricOptions
  public let benchmark: DORABenchmark
  /// Let `metrics.csv` values replace computed ones instead of conflicting with them.
  public let preferFileValues: Bool
  /// Annual market attrition, for `retention_vs_market`; nil leaves that metric absent.
  public var marketAttritionRate: FixedDecimal?
  /// Events replaced as they are read (what-if simulations only; nil for every real run).
  public var rewrite: EventRewrite?

  public init(
    roster: Roster, period: Period, options: MetricOptions = MetricOptions(),
    benchmark: DORABenchmark = .latest, preferFileValues: Bool = false
  ) {
    self.roster = roster
    self.period = period
    self.options = options
    self.benchmark = benchmark
    self.preferFileValues = preferFileValues
  }

  public func compute(_ dataset: Dataset) throws(InputError) -> ComputedMetrics {
    var delivery: [String: DeliveryTally] = [:]
    // Incidents first: the deployments they name count as failed whatever their status.
    var causingDeployments = Set<String>()
    // A tool's DORA definition needs the team's events whole; the SPEC one streams.
    let keepsEvents = options.doraDefinition != .spec
    var events: [String: DORAEvents] = [:]
    try dataset.forEach(Incident.self) { (incident: Incident) throws(InputError) in
      guard options.countsIncident(severity: incident.severity) else { return }
      if keepsEvents { events[incident.team, default: DORAEvents()].incidents.append(incident) }
      if let deployment = incident.causedByDeployment { causingDeployments.insert(deployment) }
      if period.contains(milliseconds: incident.openedAt) {
        delivery[incident.team, default: DeliveryTally()].add(incident, options: options)
      }
    }
    try dataset.forEach(Deployment.self) { (deployment: Deployment) throws(InputError) in
      if keepsEvents && deployment.isProduction {
        events[deployment.team, default: DORAEvents()].deployments.append(deployment)
      }
      guard deployment.isProduction, period.contains(milliseconds: deployment.finishedAt) else { return }
      func tally(_ event: Deployment) {
        delivery[event.team, default: DeliveryTally()].add(
          event, causedIncident: causingDeployments.contains(event.id), options: options)
      }
      // No per-event array on the real path: this loop runs once per row of a gigabyte export.
      if let rewrite = rewrite?.deployment { rewrite(deployment).forEach(tally) } else { tally(deployment) }
    }

    var signals: [String: TeamSignalTally] = [:]
    try dataset.forEach(CoverageSample.self) { (sample: CoverageSample) throws(InputError) in
      guard period.contains(sample.date), !options.isBlackedOut("coverage_delta", at: sample.date.startMilliseconds)
      else { return }
      signals[sample.team, default: TeamSignalTally()].add(sample)
    }
    try dataset.forEach(CostEntry.self) { (cost: CostEntry) throws(InputError) in
      guard cost.month.overlaps(period) else { return }
      signals[cost.team, default: TeamSignalTally()].add(cost)
    }
    try dataset.forEach(SurveyResult.self) { (survey: SurveyResult) throws(InputError) in
      guard survey.period.overlaps(period) else { return }
      signals[survey.team, default: TeamSignalTally()].add(survey)
    }

    var reviews: [String: ReviewTally] = [:]
    try dataset.forEach(Review.self) { (review: Review) throws(InputError) in
      guard period.contains(milliseconds: review.submittedAt),
        !options.isBlackedOut("reviews", at: review.submittedAt)
      else { return }
      func tally(_ event: Review) {
        let day = CivilDate(dayNumber: Int(event.submittedAt.floorDiv(86_400_000)))
        let reviewerTeam = event.reviewerTeam ?? roster.team(of: event.reviewerID, on: day)
        let authorTeam = event.authorTeam ?? event.authorID.flatMap { roster.team(of: $0, on: day) }
        reviews[event.reviewerID, default: ReviewTally()].add(event, reviewerTeam: reviewerTeam, authorTeam: authorTeam)
      }
      if let rewrite = rewrite?.review { rewrite(review).forEach(tally) } else { tally(review) }
    }
    var oncall: [String: OncallTally] = [:]
    try dataset.forEach(OncallShift.self) { (shift: OncallShift) throws(InputError) in
      guard shift.start < period.endMilliseconds && shift.end > period.startMilliseconds else { return }
      oncall[shift.engineerID, default: OncallTally()].add(shift)
    }
    var promotions: [String: Int] = [:]
    try dataset.forEach(MentorshipEvent.self) { (event: MentorshipEvent) throws(InputError) in
      guard period.contains(event.date), event.kind != .milestone else { return }
      promotions[event.mentorID, default: 0] += 1
    }

    var result = ComputedMetrics(period: period)
    for (team, var tally) in delivery { tally.record(into: &result.teams[team, default: MetricSet()], period: period, options: options) }
    // Before metrics.csv is merged, so an exported value still conflicts (or wins) as it would under SPEC.
    let toolLevels = keepsEvents ? try recordToolDORA(events, dataset: dataset, into: &result) : [:]
    for (team, tally) in signals { tally.record(into: &result.teams[team, default: MetricSet()]) }
    for (id, tally) in reviews { tally.record(into: &result.engineers[id, default: MetricSet()]) }
    for (id, tally) in oncall { tally.record(into: &result.engineers[id, default: MetricSet()]) }
    for (id, count) in promotions {
      result.engineers[id, default: MetricSet()].set(
        "mentee_promotions", FixedDecimal(count), rows: count, source: "mentorship")
    }
    RetentionRate(roster: roster, period: period).record(into: &result)
    if let rate = marketAttritionRate {
      RetentionRate.recordAgainstMarket(rate, period: period, into: &result)
    }
    OrgHealth(roster: roster, period: period).record(signals, into: &result)
    try ExternalMetrics(roster: roster, period: period, preferFileValues: preferFileValues).merge(
      dataset, into: &result)
    for (team, set) in result.teams {
      // A tool's own level only describes the tool's own value, not one metrics.csv replaced it with.
      let levels = (toolLevels[team] ?? [:]).filter { set.entries[$0.key]?.source == toolDORASource }
      result.dora[team] = benchmark.assess(set, overriding: levels)
    }
    return result
  }
}

extension Int64 {
  /// Division rounding towards negative infinity (days of instants before 1970).
  func floorDiv(_ divisor: Int64) -> Int64 {
    let quotient = self / divisor
    return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
  }
}
