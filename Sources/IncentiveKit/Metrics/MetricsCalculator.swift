/// Turns a dataset's event files into metric values for one period (SPEC section 4 and
/// docs/calculation.md), streaming each file once and keeping per-team and per-engineer
/// tallies only.
struct MetricsCalculator: Sendable {
  let roster: Roster
  let period: Period
  let options: MetricOptions
  let benchmark: DORABenchmark
  /// Let `metrics.csv` values replace computed ones instead of conflicting with them.
  let preferFileValues: Bool
  /// Annual market attrition, for `retention_vs_market`; nil leaves that metric absent.
  var marketAttritionRate: FixedDecimal?
  /// Events replaced as they are read, for the tallies and a tool's DORA definition alike (what-if simulations
  /// only; nil for every real run).
  var rewrite: EventRewrite?
  /// Streamed on every core unless a test asks for the whole-file reference path; both give the same metrics.
  var ingestion: Ingestion = .streamingOnAllCores
  /// Spellings of roster teams and engineers mapped on purpose (`team_aliases`, `identities.csv`): their rows count
  /// toward the roster value, and the accounting reports them as mapped.
  var aliases = RosterAliases()
  /// The team signal files being read since before the roster was (`PayoutRun`), by the reader that reads them:
  /// used when this calculator's reader is the same one, read again otherwise. Only `PayoutRun.calculator` sets it,
  /// and its calculators compute the run's own dataset, the one the early read reads.
  var earlySignals: TeamSignalReader.BackgroundRead?

  init(
    roster: Roster, period: Period, options: MetricOptions = MetricOptions(),
    benchmark: DORABenchmark = .latest, preferFileValues: Bool = false
  ) {
    self.roster = roster
    self.period = period
    self.options = options
    self.benchmark = benchmark
    self.preferFileValues = preferFileValues
  }

  /// The metrics of `dataset` for the period: streamed (see `Ingestion`) unless `eventReading` names a reason to
  /// read whole (a what-if rewrite, a tool's DORA definition, an event file that is not CSV).
  ///
  /// - Throws: `InputError` naming file, line and column of the first bad cell. Bad input in a streamed event file
  ///   is read again the whole-file way, which reports it exactly, so the error is the same whichever path ran.
  func compute(_ dataset: Dataset) throws(InputError) -> ComputedMetrics {
    guard case .streaming(let threads, let chunkBytes) = ingestion, case .streamed(let paths) = eventReading(dataset)
    else { return try computeWholeFiles(dataset) }
    let background = signalsInBackground(dataset)
    let events: StreamedEvents
    do throws(InputError) {
      events = try streamEvents(paths, progress: dataset.progress, threads: threads, chunkBytes: chunkBytes)
    } catch {
      _ = try? background.work.wait()
      // Errors of the file itself, not of a row in a chunk, are exact: no whole-file re-read (which would
      // hold all of a runaway file in memory).
      switch error {
      case .recordTooLong, .unreadable: throw error
      default: return try rereadWhole(dataset, after: error)
      }
    }
    Allocator.releaseFreedMemory()
    let metrics = try finishStreamed(dataset, events, background: background)
    Allocator.releaseFreedMemory()
    return metrics
  }

  /// The team signal files being read on a thread of their own: `earlySignals` when this calculator's reader
  /// started it, else a read started now.
  private func signalsInBackground(_ dataset: Dataset) -> TeamSignalReader.BackgroundRead {
    let reader = signalReader
    if let earlySignals, earlySignals.reader == reader { return earlySignals }
    return reader.inBackground(dataset)
  }

  /// The reference path: every event file read whole into records, in file order.
  func computeWholeFiles(_ dataset: Dataset) throws(InputError) -> ComputedMetrics {
    try SeverityCheck.check(dataset, options: options)
    var delivery: [String: DeliveryTally] = [:]
    var inputs = InputAccounting()
    // A tool's DORA definition needs the team's events whole; the SPEC one only tallies.
    let keepsEvents = options.doraDefinition != .spec
    var events: [String: DORAEvents] = [:]
    // Incidents first: the deployments they name count as failed whatever their status.
    var causingDeployments = Set<String>()
    try dataset.account(Incident.self, rosterColumn: .team(), into: &inputs) {
      (incident: Incident) throws(InputError) -> RowFate in
      if keepsEvents && options.countsIncident(severity: incident.severity) {
        events[aliases.team(incident.team), default: DORAEvents()].incidents.append(incident)
      }
      tally(incident, causing: &causingDeployments, delivery: &delivery)
      return fate(of: incident)
    }
    func keep(_ deployment: Deployment) {
      if keepsEvents && options.isProduction(deployment.environment) {
        events[aliases.team(deployment.team), default: DORAEvents()].deployments.append(deployment)
      }
    }
    try dataset.account(Deployment.self, rosterColumn: .team(), into: &inputs) {
      (deployment: Deployment) throws(InputError) -> RowFate in
      let fate = fate(of: deployment)
      // Outside the period it still counts for a tool's attribution, never for the tallies.
      guard case .counted = fate else {
        keep(deployment)
        return fate
      }
      // No per-event array on the real path: this loop runs once per row of a gigabyte export.
      if let rewrite = rewrite?.deployment {
        // A what-if's events stand in for the deployment everywhere, or a tool's definition would undo the move.
        for event in rewrite(aliased(deployment)) {
          keep(event)
          tally(event, causing: causingDeployments, delivery: &delivery)
        }
      } else {
        keep(deployment)
        tally(deployment, causing: causingDeployments, delivery: &delivery)
      }
      return fate
    }
    let signals = try teamSignals(dataset, into: &inputs)
    var reviews: [String: ReviewTally] = [:]
    try dataset.account(Review.self, rosterColumn: .engineer("reviewer_id"), into: &inputs) {
      (review: Review) throws(InputError) -> RowFate in
      guard let rewrite = rewrite?.review else { return account(review, into: &reviews) }
      let fate = fate(of: review)
      if case .counted = fate {
        for event in rewrite(aliased(review)) { tally(event, reviews: &reviews) }
      }
      return fate
    }
    var oncall: [String: OncallTally] = [:]
    try dataset.account(OncallShift.self, rosterColumn: .engineer("engineer_id"), into: &inputs) {
      (shift: OncallShift) throws(InputError) -> RowFate in
      tally(shift, oncall: &oncall)
      return fate(of: shift)
    }
    return try finish(
      dataset, delivery: delivery, signals: signals, reviews: PersonTable(reviews, people: roster.people),
      oncall: PersonTable(oncall, people: roster.people), inputs: inputs, events: events)
  }

  /// Coverage, cost and survey rows of the period, per team (see `TeamSignalReader`).
  func teamSignals(
    _ dataset: Dataset, into inputs: inout InputAccounting
  ) throws(InputError) -> TeamSignals {
    try signalReader.read(dataset, into: &inputs)
  }

  /// How this calculator reads the team signal files.
  var signalReader: TeamSignalReader {
    TeamSignalReader(period: period, options: options, teamAliases: aliases.teams)
  }

  /// Folds mentorship and external metrics and writes every metric, given the event tallies however they
  /// were read; `events` are each team's DORA events, kept only for a tool's DORA definition.
  func finish(
    _ dataset: Dataset, delivery: [String: DeliveryTally], signals: TeamSignals,
    reviews: PersonTable<ReviewTally>, oncall: PersonTable<OncallTally>, inputs: InputAccounting,
    events: [String: DORAEvents] = [:]
  ) throws(InputError) -> ComputedMetrics {
    // The event and team signal files' rows settled against the roster on a thread of their own while this one
    // makes the metrics: at 100,000 people that is a tenth of a second on a core the metrics leave idle.
    let settling = settlingInBackground(inputs)
    var inputs = InputAccounting()
    // Rows read under an alias join their roster value's tallies (a no-op without aliases).
    let delivery = aliases.resolved(delivery, .team) { $0.merge($1) }
    // Laid out by this roster (they are already, but for tallies made by text), so the engineers' sets are made
    // position by position.
    let reviews = aliases.resolved(reviews.laidOut(by: roster.people), .engineer) { $0.merge($1) }
    let oncall = aliases.resolved(oncall.laidOut(by: roster.people), .engineer) { $0.merge($1) }
    var promotions: [String: Int] = [:]
    try dataset.account(MentorshipEvent.self, rosterColumn: .engineer("mentor_id"), into: &inputs) {
      (event: MentorshipEvent) throws(InputError) -> RowFate in
      guard period.contains(event.date) else { return .leftOut(.outsidePeriod) }
      guard event.kind != .milestone else { return .leftOut(.milestone) }
      promotions[aliases.engineer(event.mentorID), default: 0] += 1
      return .counted(rosterValue: event.mentorID)
    }

    // The roster walks for retention and org health, then the engineers' sets, each on a thread of their own while
    // this one makes the teams' sets: at 100,000 people the finish was half a second on one core with the other
    // idle, and with the walks and the engineers' on-call, promotions and leaders' values on this thread it still
    // ended with a fifth of a second here alone. Each source writes metrics of its own, so the order they are
    // recorded in does not change a set.
    let walks = BackgroundWork {
      [roster, period] () -> (retention: RetentionRate.Counts, orgHealth: [OrgHealth.LeaderHealth]) in
      (
        RetentionRate(roster: roster, period: period).counts(),
        OrgHealth(roster: roster, period: period).values(signals.tallies)
      )
    }
    // The reviews without a substantive count are added up on the same walk over the reviewers.
    let engineerSets = BackgroundWork { [promotions] () -> (sets: PersonTable<MetricSet>, substantiveUnknown: Int) in
      // The reviewers' sets made in place of their tallies, by roster position (`mapValues`: nothing hashed).
      // Each with room for the reviews' three values and on-call's two, what a reviewer on call ends with: from the
      // default four, two thirds of a generated org's 100,000 sets grew to eight, an allocation and a copy each on
      // the thread the finish waits for, and 19 MB more at the peak.
      var engineers = reviews.mapValues { tally in
        var set = MetricSet(reservingCapacity: 5)
        tally.record(into: &set)
        return set
      }
      var substantiveUnknown = 0
      for tally in reviews.values { substantiveUnknown += tally.substantiveUnknown }
      engineers.merge(oncall, default: MetricSet()) { set, tally in tally.record(into: &set) }
      for (id, count) in promotions {
        engineers[id, default: MetricSet()].set(
          .menteePromotions, FixedDecimal(count), rows: count, source: MentorshipEvent.fileName)
      }
      let (retention, orgHealth) = walks.wait()
      retention.recordManagers(into: &engineers)
      OrgHealth.record(orgHealth, into: &engineers)
      return (engineers, substantiveUnknown)
    }
    var result = ComputedMetrics(period: period)
    for (team, var tally) in delivery {
      tally.record(into: &result.teams[team, default: MetricSet()], period: period, options: options)
      if tally.rollbacksWithoutCause > 0 { result.rollbacksWithoutCause[team] = tally.rollbacksWithoutCause }
      if tally.longRestores.incidents > 0 { result.longRestores[team] = tally.longRestores }
    }
    // Before metrics.csv is merged, so an exported value still conflicts (or wins) as it would under SPEC.
    let toolLevels = options.doraDefinition != .spec ? try recordToolDORA(events, dataset: dataset, into: &result) : [:]
    for (team, tally) in signals.tallies { tally.record(into: &result.teams[team, default: MetricSet()]) }
    result.costFindings = signals.costFindings
    result.surveyFindings = signals.surveyFindings
    walks.wait().retention.recordTeams(into: &result.teams)
    // metrics.csv read while the engineers' sets are made, merged once they are (`ExternalMetrics.Reading`).
    let external = ExternalMetrics(roster: roster, period: period, preferFileValues: preferFileValues, aliases: aliases)
    let reading = external.read(dataset)
    (result.engineers, result.substantiveUnknown) = engineerSets.take()
    if let rate = marketAttritionRate {
      RetentionRate.recordAgainstMarket(rate, period: period, into: &result)
    }
    try external.merge(reading, dataset, into: &result, accounting: &inputs)
    try accountRosterFiles(dataset, into: &inputs)
    result.inputs = try settled(settling.wait(), adding: inputs)
    // The teams' sets as they are now: what the levels describe, whatever a caller changes in `result` later.
    let (teams, benchmark, toolSource) = (result.teams, benchmark, toolDORASource)
    result.doraLevels = OnDemand {
      var dora: [String: DORAAssessment] = [:]
      dora.reserveCapacity(teams.count)
      for (team, set) in teams {
        // A tool's own level only describes the tool's own value, not one metrics.csv replaced it with.
        let levels =
          toolLevels.isEmpty ? [:] : (toolLevels[team] ?? [:]).filter { set.entry($0.key)?.source == toolSource }
        dora[team] = benchmark.assess(set, overriding: levels)
      }
      return dora
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
