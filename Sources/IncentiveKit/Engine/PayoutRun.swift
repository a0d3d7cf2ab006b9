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
  ///   - checksPolicy: `policyFindings` will be asked for (a paying command): the dual-ladder walk over the roster
  ///     starts as soon as it is read, on a thread of its own for a large roster, instead of when asked.
  public init(
    datasetPath: String, planPath: String? = nil, period: Period? = nil, overlay: String? = nil,
    progress: ReadProgress.Handler? = nil, checksPolicy: Bool = false
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
    // Worked out beside the checks below and the metrics.csv read, on a thread of its own for a large roster of a
    // run that will be asked (`wait`, not `take`: asked again, it answers again); otherwise when asked.
    let ladderRoster = roster
    let ladder =
      checksPolicy && roster.engineers.count >= Roster.backgroundCheckSize
      ? BackgroundWork<[PlanFinding], Never> { PlanValidator.dualLadder(plan: plan, roster: ladderRoster) } : nil
    dualLadderFindings = { ladder?.wait() ?? PlanValidator.dualLadder(plan: plan, roster: ladderRoster) }
    try roster.rejectNearTeams(in: chosen)
    try Self.rejectWorkbooks(in: dataset)
    aliases = try RosterAliases(plan: plan, planFile: path, dataset: dataset, roster: roster)
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
    var scale = ExportedMetricScale(plan: plan)
    let (resolving, paid) = (aliases, chosen)
    try silent.forEach(ExternalMetric.self) { (row: ExternalMetric) throws(InputError) in
      supplied.insert(row.metric)
      try misspelling.check(row, file: metricsFile)
      try subjects.check(row, file: metricsFile, roster: roster)
      MetricScopeCheck.record(
        row, needed: scopesNeeded, roster: roster, aliases: resolving, period: paid, into: &scopes)
      scale.check(row, file: metricsFile, period: paid, aliases: resolving)
    }
    offScaleExports = scale.findings
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
  /// `metrics.csv` rows of the period off the scale of the curve they are paid on (`ExportedMetricScale`), found as
  /// the file is read for the plan's checks and said with the other data warnings.
  let offScaleExports: [DataFinding]
  /// The plan's `team_aliases` and the dataset's `identities.csv`, checked against the roster.
  let aliases: RosterAliases
  /// The plan's dual-ladder findings for the roster (`PlanValidator`), being worked out since the roster was read
  /// when the run `checksPolicy`: at 100,000 people they are a walk over everyone (80 M instructions) that
  /// `policyFindings` did on the thread the run waits for, with the other core idle.
  let dualLadderFindings: @Sendable () -> [PlanFinding]

  /// `validate`'s error findings about the plan's policy (a gameable metric without a guard, a missing rationale,
  /// dual-ladder differences): a paying command prints them as warnings, and `--strict` makes them stop it, so an
  /// org mid-transition can still pay while seeing what its plan lacks.
  func policyFindings() throws -> [PlanFinding] {
    PlanValidator(
      plan: plan, suppliedMetrics: suppliedMetrics, suppliedScopes: suppliedScopes, roster: roster,
      adjustments: try dataset.load(Adjustment.self), dualLadderAhead: dualLadderFindings
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
    engine.aliases = aliases
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
