/// `incentive trend`: one dataset paid for several periods (`2026-Q1..2026-Q4`), with the event
/// files read once for all of them; per team the DORA metrics and payout of each period, per
/// person the pay of each period and the year to date.
public enum TrendWorkflow {
  public struct Options: Sendable {
    public var dataset: String
    /// The plan; nil for `plan.json` in the dataset folder.
    public var plan: String?
    /// `2026-Q1..2026-Q4`, `2026-01..2026-06` or a list `2026-Q1,2026-Q3`.
    public var periods: String
    /// table, json or html.
    public var format: OutputFormat
    /// The report file, written atomically with mode 0600 (it lists everyone's pay); nil for standard output.
    public var output: String?

    public init(
      dataset: String, plan: String? = nil, periods: String, format: OutputFormat = .table, output: String? = nil
    ) {
      self.dataset = dataset
      self.plan = plan
      self.periods = periods
      self.format = format
      self.output = output
    }
  }

  /// - Throws: `OptionError` for periods that are neither a range of like periods nor a list; the
  ///   errors of reading and paying.
  public static func run(_ options: Options) throws -> WorkflowResult {
    guard let sequence = PeriodSequence(parsing: options.periods) else {
      throw OptionError.malformedValue(
        option: "--periods", value: options.periods,
        expected: "a range of like periods (2026-Q1..2026-Q4, 2026-01..2026-06) or a list (2026-Q1,2026-Q3), "
          + "at most \(PeriodSequence.limit)")
    }
    let trend = try trend(dataset: options.dataset, plan: options.plan, sequence: sequence)
    let text: String
    switch options.format {
    case .json: text = JSONWriter.pretty(trend.jsonValue().stampedWithToolVersion())
    case .html: text = trend.renderHTML()
    default: text = trend.renderTable()
    }
    return try WorkflowResult.emit(text, to: options.output)
  }

  /// Every period paid from one read of the event files.
  static func trend(dataset: String, plan: String?, sequence: PeriodSequence) throws -> Trend {
    try trend(run: PayoutRun(datasetPath: dataset, planPath: plan, period: sequence.periods[0].period), sequence: sequence)
  }

  static func trend(run: PayoutRun, sequence: PeriodSequence) throws -> Trend {
    // The engine reads adjustments and fx before the metrics are computed, as `payouts` does, so the check after
    // the metrics comes after the run's last read of any dataset file.
    let engine = try run.engine()
    // The run checked its own (first) period's assignments; a trend pays the others too.
    for entry in sequence.periods { try run.roster.rejectNearTeams(in: entry.period) }
    let calculators = sequence.periods.map { run.calculator(period: $0.period) }
    let metrics = try MetricsCalculator.compute(run.dataset, periods: calculators)
    try run.checkInputsUnchanged()
    var reports: [PayoutReport] = []
    var paid: [[Trend.Paid]] = []
    for periodMetrics in metrics {
      // Each period's people paid one at a time, a few figures kept of each, as `PayoutRun.paying` does for one.
      let paying = PayoutRun.Paying(engine: engine, roster: run.roster, metrics: periodMetrics, threads: run.threads)
      var people: [Trend.Paid] = []
      let tail = try paying(render: Trend.Paid.init) { people.append($0) }
      let report = paying.shell.totalled(by: tail)
      // A trend's rows and totals are amounts of one currency: amounts in several would be added up as if they were
      // (302,466 yen read as 3,024.66 dollars, a team's second currency dropped), so such a run is refused.
      if report.isMultiCurrency {
        throw CalculationError.severalCurrencies(
          command: "trend", currencies: report.currencyTotals.lines.map(\.currency.code))
      }
      reports.append(report)
      paid.append(people)
    }
    return Trend(labels: sequence.periods.map(\.label), reports: reports, paid: paid)
  }
}
