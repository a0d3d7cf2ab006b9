/// One calculation from files: plan, dataset, period → metrics and payouts. The single entry
/// point every command uses, so `calculate`, `explain`, `check` and `statement` can never
/// disagree about a number.
public struct PayoutRun: Sendable {
  public let dataset: Dataset
  public let plan: Plan
  public let planPath: String
  public let planBytes: [UInt8]
  public let period: Period
  let roster: Roster
  /// How event files are read; every choice gives the same metrics (tests compare them).
  var ingestion: MetricsCalculator.Ingestion = .streamingOnAllCores

  /// - Parameters:
  ///   - datasetPath: the dataset folder.
  ///   - planPath: plan.json; nil to use the one in the dataset folder.
  ///   - period: overrides the plan's period (`--period`).
  ///   - overlay: a folder of imported files that replace the dataset's (`--source`).
  ///   - progress: told how far each input file's reading has got (a progress line).
  public init(
    datasetPath: String, planPath: String? = nil, period: Period? = nil, overlay: String? = nil,
    progress: ReadProgress.Handler? = nil
  ) throws {
    dataset = try Dataset(directory: datasetPath, overlay: overlay, progress: progress)
    inputSnapshot = try dataset.snapshot()
    guard let path = planPath ?? dataset.defaultPlanPath else {
      throw PlanError.unreadable(
        file: dataset.join("plan.json"), reason: "no plan: give --plan FILE or put plan.json in the dataset folder")
    }
    let (plan, bytes) = try PlanDecoder.load(path: path)
    self.plan = plan
    planBytes = bytes
    self.planPath = path
    guard let chosen = period ?? plan.period else { throw CalculationError.noPeriod }
    self.period = chosen
    // Read while the roster is: they need only the period, the options and the plan's team aliases.
    earlySignals = TeamSignalReader(period: chosen, options: plan.metricOptions, teamAliases: plan.teamAliases)
      .inBackground(dataset)
    roster = try dataset.roster()
    try Self.rejectWorkbooks(in: dataset)
    aliases = try RosterAliases(
      teamAliases: plan.teamAliases, planFile: path, identities: try dataset.load(Identity.self),
      identitiesFile: (try dataset.path(forFile: Identity.fileName)) ?? dataset.join("identities.csv"), roster: roster)
    if let problem = TeamOverrideCheck.problems(plan, rosterTeams: roster.teams).first {
      throw PlanError.invalid(file: path, path: problem.path, reason: problem.reason)
    }
    var supplied = Set<MetricID>()
    // Read without the progress line, whose counts follow the calculation's own reading.
    var silent = dataset
    silent.progress = nil
    var misspelling = ExportedMetricSpelling(plan: plan)
    let subjects = ExportedMetricSubject(plan: plan)
    let metricsFile = (try dataset.path(forFile: ExternalMetric.fileName)) ?? dataset.join("metrics.csv")
    let roster = roster
    let scopesNeeded = MetricScopeCheck.scopesNeeded(plan)
    var scopes: MetricScopeCheck.Supplied = [:]
    let (resolving, paid) = (aliases, chosen)
    try silent.forEach(ExternalMetric.self) { (row: ExternalMetric) throws(InputError) in
      supplied.insert(row.metric)
      try misspelling.check(row, file: metricsFile)
      try subjects.check(row, file: metricsFile, roster: roster)
      MetricScopeCheck.record(
        row, needed: scopesNeeded, roster: roster, aliases: resolving, period: paid, into: &scopes)
    }
    try PlanMetricCheck.rejectUnknownMetrics(plan, file: path, supplied: supplied)
    if let problem = MetricScopeCheck.problems(plan, supplied: scopes).first {
      throw PlanError.invalid(file: path, path: problem.path, reason: problem.reason)
    }
    suppliedMetrics = supplied
    suppliedScopes = scopes
  }

  /// The dataset's files as they were before the run read any of them (`checkInputsUnchanged`).
  let inputSnapshot: InputSnapshot

  /// - Throws: `InputError.changedDuringRun` when a dataset file is not as it was before the run read it: what
  ///   the run computed may mix two versions of it. Checked once the files are read, before anything is reported.
  func checkInputsUnchanged() throws(InputError) {
    try inputSnapshot.checkUnchanged()
  }

  /// The team signal files of the run's own period and options, being read since before the roster was.
  let earlySignals: TeamSignalReader.BackgroundRead

  /// Metric names the dataset's `metrics.csv` supplies, whatever their period.
  let suppliedMetrics: Set<MetricID>
  /// The kinds of subject `metrics.csv` supplies the metrics the plan reads at an uncomputed scope for
  /// (`MetricScopeCheck`).
  let suppliedScopes: MetricScopeCheck.Supplied
  /// The plan's `team_aliases` and the dataset's `identities.csv`, checked against the roster.
  let aliases: RosterAliases

  /// `validate`'s error findings about the plan's policy (a gameable metric without a guard, a missing rationale,
  /// dual-ladder differences): a paying command prints them as warnings, and `--strict` makes them stop it, so an
  /// org mid-transition can still pay while seeing what its plan lacks.
  func policyFindings() throws -> [PlanFinding] {
    PlanValidator(
      plan: plan, suppliedMetrics: suppliedMetrics, suppliedScopes: suppliedScopes, roster: roster,
      adjustments: try dataset.load(Adjustment.self)
    ).findings().filter { $0.severity == .error }
  }

  /// A spreadsheet workbook that stands for a dataset file (`reviews.xlsx`) would leave its rows out without a word.
  private static func rejectWorkbooks(in dataset: Dataset) throws(InputError) {
    for stray in StrayFile.find(in: dataset.directory) where stray.isError {
      throw .workbook(
        file: dataset.join(stray.name), kind: "a spreadsheet workbook (in place of \(stray.suggestion ?? "a CSV file"))"
      )
    }
  }

  /// Files nothing reads that resemble a dataset file: said before paying, since a missing file may well be why
  /// paying fails.
  var strayFileFindings: [DataFinding] {
    StrayFile.find(in: dataset.directory).filter { $0.suggestion != nil && !$0.isError }.map {
      .strayFile($0, directory: dataset.directory)
    }
  }

  /// What a paying command says on stderr about the data behind `report`: rows left out for a reason that may be a
  /// mistake, implausible roster values, headers that may hold a column the file lacks.
  func dataFindings(_ metrics: ComputedMetrics) -> [DataFinding] {
    dataset.columnFindings(paying: plan) + metrics.inputs.findings + plausibilityFindings(period: metrics.period)
      + TeamCoverage.findings(plan: plan, roster: roster, inputs: metrics.inputs) + rollbackFindings(metrics)
      + substantiveFindings(metrics) + restoreFindings(metrics) + exportedScaleFindings(metrics)
  }

  /// `metrics.csv` values more than ten times the top point of the curve their metric is paid on: written on another
  /// scale (a satisfaction survey of 1–5 exported as 86 %, which paid platform's manager at the curve's top, 8,340.31
  /// instead of 8,099.47, unwarned in the input audit). The tool computes its own metrics on known scales; values
  /// another system exports carry none, so they are compared with the plan's curves.
  func exportedScaleFindings(_ metrics: ComputedMetrics) -> [DataFinding] {
    var tops: [MetricID: FixedDecimal] = [:]
    for component in plan.tracks.flatMap(\.components) where component.metric.definition == nil {
      let curves = [component.curve(for: nil)].compactMap { $0 } + component.teamOverrides.values.compactMap(\.curve)
      for top in curves.compactMap(\.points.last?.value) where top > .zero {
        tops[component.metric] = max(tops[component.metric] ?? top, top)
      }
    }
    guard !tops.isEmpty, let file = try? dataset.path(forFile: ExternalMetric.fileName) else { return [] }
    var found: [(line: Int, finding: DataFinding)] = []
    for (subject, set) in metrics.teams.lazy.map({ ($0.key, $0.value) })
      + metrics.engineers.lazy.map({ ($0.key, $0.value) })
    {
      for item in set.items {
        // The source first: almost every value is computed, and a prefix test is cheaper than a lookup by name.
        guard item.entry.isFromMetricsFile, let top = tops[item.id],
          item.entry.value > top * CurveScaleCheck.largestMultiplier,
          let line = Int(item.entry.source.split(separator: ":").last ?? "")
        else { continue }
        found.append(
          (
            line,
            .exportedValueOffScale(
              file: file, line: line, metric: item.id.name, subject: subject, value: item.entry.value, top: top)
          ))
      }
    }
    return found.sorted { $0.line < $1.line }.map(\.finding)
  }

  /// Teams with incidents of the period restored after more than 90 days, when the plan reads time_to_restore_hours:
  /// most likely a year typed wrong (INC-2050 resolved in 2027 took two payouts down by 310.33 and
  /// 471.57 in the input audit, unwarned).
  func restoreFindings(_ metrics: ComputedMetrics) -> [DataFinding] {
    guard plan.metricsRead.contains(.timeToRestoreHours), !metrics.longRestores.isEmpty,
      let file = try? dataset.path(forFile: Incident.fileName)
    else { return [] }
    return metrics.longRestores.sorted { $0.key < $1.key }.map {
      .longRestores(
        file: file, team: $0.key, rows: $0.value.incidents, longestHours: Int($0.value.longestMilliseconds / 3_600_000))
    }
  }

  /// Reviews with comments but an empty `substantive_comments`, when the plan reads substantive_review_ratio: each
  /// is read as 0 substantive comments, so the reviewer's ratio reads lower (one such cell took E10 from 7,963.35 to
  /// 6,618.87 in the input audit, unwarned).
  func substantiveFindings(_ metrics: ComputedMetrics) -> [DataFinding] {
    guard plan.metricsRead.contains(.substantiveReviewRatio), metrics.substantiveUnknown > 0,
      let file = try? dataset.path(forFile: Review.fileName)
    else { return [] }
    return [.substantiveUnknown(file: file, rows: metrics.substantiveUnknown)]
  }

  /// Teams with rolled-back deployments of the period that have no `failure_cause`, when the plan reads
  /// attributable_rollback_rate: such a rollback is held against no one (pay-010's cause lost took three payments
  /// engineers' pay up by 54.68 to 66.92 in the input audit, unwarned).
  func rollbackFindings(_ metrics: ComputedMetrics) -> [DataFinding] {
    guard plan.metricsRead.contains(.attributableRollbackRate), !metrics.rollbacksWithoutCause.isEmpty,
      let file = try? dataset.path(forFile: Deployment.fileName)
    else { return [] }
    return metrics.rollbacksWithoutCause.sorted { $0.key < $1.key }.map {
      .rollbacksWithoutCause(file: file, team: $0.key, rows: $0.value)
    }
  }

  /// Values of `period` that parse and pay but are probably an export's mistake: a bonus target written as a
  /// fraction, a salary far from its level's, a leaver without an exit reason, a survey on another scale, a team's
  /// cost month missing, a promoted mentee on no roster row. The surveys, costs and mentorship events were read whole
  /// to pay, so a second read fails only as the first would have.
  func plausibilityFindings(period: Period) -> [DataFinding] {
    RosterPlausibility(roster: roster, period: period).findings
      + ((try? SurveyScale.findings(dataset, plan: plan, period: period)) ?? [])
      + ((try? CostCoverage.findings(dataset, plan: plan, period: period)) ?? [])
      + ((try? MenteeRoster.findings(dataset, roster: roster, aliases: aliases, plan: plan, period: period)) ?? [])
      + ((try? AdjustmentPlausibility.findings(dataset, period: period)) ?? [])
  }

  /// - Parameters:
  ///   - rewrite: a what-if change to the events as they are read (`sensitivity`); nil for the
  ///     real metrics.
  ///   - doraDefinition: overrides the plan's `metric_options.dora` (`--dora-definitions`).
  func metrics(rewrite: EventRewrite? = nil, doraDefinition: DORADefinition? = nil) throws -> ComputedMetrics {
    let metrics = try calculator(rewrite: rewrite, doraDefinition: doraDefinition).compute(dataset)
    try checkInputsUnchanged()
    return metrics
  }

  /// How many threads pay people: as many as read the events.
  var threads: Int { if case .streaming(let threads, _) = ingestion { threads } else { 1 } }

  /// The metrics calculator configured from the plan, for this run's dataset and period (or
  /// `period`, for a trend across several).
  func calculator(
    rewrite: EventRewrite? = nil, doraDefinition: DORADefinition? = nil, period: Period? = nil
  ) -> MetricsCalculator {
    var options = plan.metricOptions
    if let doraDefinition { options.doraDefinition = doraDefinition }
    var calculator = MetricsCalculator(
      roster: roster, period: period ?? self.period, options: options, benchmark: plan.benchmark,
      preferFileValues: plan.preferFileValues)
    calculator.marketAttritionRate = plan.marketAttritionRate
    calculator.rewrite = rewrite
    calculator.ingestion = ingestion
    calculator.aliases = aliases
    calculator.earlySignals = earlySignals
    return calculator
  }

  /// The engine this run pays with, so a what-if can re-run it on changed metrics.
  func engine(strictConflicts: Bool = false) throws -> PayoutEngine {
    var engine = PayoutEngine(
      plan: plan, planSHA256: SHA256.hexDigest(planBytes), adjustments: try dataset.load(Adjustment.self),
      adjustmentsFile: (try dataset.path(forFile: Adjustment.fileName)) ?? "adjustments.csv",
      strictConflicts: strictConflicts)
    engine.exchangeRates = try ExchangeRates(
      planCurrency: plan.currency, rates: try dataset.load(ExchangeRate.self),
      file: (try dataset.path(forFile: ExchangeRate.fileName)) ?? dataset.join("fx.csv"))
    return engine
  }

  /// - Parameter strictConflicts: a conflict of interest (see `PayoutEngine`) is an error.
  public func payouts(strictConflicts: Bool = false) throws -> PayoutReport {
    try engine(strictConflicts: strictConflicts).calculate(roster: roster, metrics: try metrics(), threads: threads)
  }
}

extension PayoutRun {
  /// The run's report before anyone is paid (plan, period, currency, metrics; no engineers, zero
  /// totals), and a producer that pays everyone one at a time when a writer asks, handing over
  /// each payout as it is made: `calculate --output` writes 100,000 people holding one. Each component's trace leaves
  /// out the steps that only show the arithmetic: a JSON or CSV report shows the notes alone.
  func payingOneAtATime(strictConflicts: Bool) throws -> (shell: PayoutReport, payouts: PayoutReport.Payouts) {
    let engine = try engine(strictConflicts: strictConflicts)
    let metrics = try metrics()
    let roster = roster
    let currencies = engine.currencies(roster: roster, period: metrics.period)
    let shell = engine.report(engineers: [], totals: PayoutTotals(currencies: currencies), metrics: metrics)
    let payouts: PayoutReport.Payouts = { render, write in
      var totals = PayoutTotals(currencies: currencies)
      do throws(PayoutFailure<any Error>) {
        // Each payout is rendered, and what the totals need taken from it, on the thread that paid it. A rendering
        // shows a component's notes, never the arithmetic steps of its trace (those are `explain`'s), so they are
        // not made.
        try engine.forEachPayout(
          roster: roster, metrics: metrics, threads: threads, notesOnly: true,
          render: { (PayoutTotals.Entry($0), render($0)) }
        ) { (paid: (entry: PayoutTotals.Entry, rendered: [UInt8])) throws(any Error) in
          try totals.add(paid.entry)
          try write(paid.rendered)
        }
      } catch {
        switch error {
        case .calculation(let error): throw error
        case .consumer(let error): throw error
        }
      }
      return PayoutReport.Tail(
        teams: totals.teams, currencyTotals: totals.currencyTotals(rates: engine.exchangeRates),
        hasExtras: totals.hasExtras)
    }
    return (shell, payouts)
  }
}
