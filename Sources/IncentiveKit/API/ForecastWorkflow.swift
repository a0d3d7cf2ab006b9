/// `incentive forecast`: the expected payout of a period still running, from the data up to a
/// date, with a low and a high figure (docs/forecast.md): what finance accrues each month.
public enum ForecastWorkflow {
  public struct Options: Sendable {
    public var run: RunOptions
    /// The last day of data to use, as typed (`2026-08-15`).
    public var asOf: String
    /// table or json.
    public var format: OutputFormat
    public var thousandsSeparators: Bool

    public init(run: RunOptions, asOf: String, format: OutputFormat = .table, thousandsSeparators: Bool = true) {
      self.run = run
      self.asOf = asOf
      self.format = format
      self.thousandsSeparators = thousandsSeparators
    }
  }

  /// - Throws: `OptionError` for an `--as-of` that is not a date inside the period before its
  ///   last day; the errors of reading and paying.
  public static func run(_ options: Options) throws -> WorkflowResult {
    let run = try options.run.load()
    let period = run.period
    guard let asOf = ISO8601.parseDate(options.asOf), period.from <= asOf, asOf < period.to else {
      throw OptionError.malformedValue(
        option: "--as-of", value: options.asOf,
        expected: "a date from \(period.from) to the day before \(period.to) (a finished period: use calculate)")
    }
    let forecast = try forecast(run, asOf: asOf)
    let text =
      options.format == .json
      ? JSONWriter.pretty(forecast.jsonValue().stampedWithToolVersion())
      : forecast.renderTable(style: TableStyle(color: false, thousandsSeparators: options.thousandsSeparators))
    return WorkflowResult(output: text)
  }

  /// The forecast of `run`'s period from the data up to `asOf`. Each payment keeps a few figures per person, as it
  /// is made, on the run's threads (`PayoutRun.Paying`): never a whole report.
  static func forecast(_ run: PayoutRun, asOf: CivilDate) throws -> PayoutForecast {
    let period = run.period
    let engine = try run.engine(strictConflicts: false)
    func projected(_ window: Period) throws -> ComputedMetrics {
      MetricProjection.project(try run.calculator(period: window).compute(run.dataset), window: window, to: period)
    }
    func paying(_ metrics: ComputedMetrics) -> PayoutRun.Paying {
      PayoutRun.Paying(engine: engine, roster: run.roster, metrics: metrics, threads: run.threads)
    }
    let elapsed = Period(from: period.from, to: asOf)
    let elapsedPaying = paying(try projected(elapsed))
    var expected: [PayoutForecast.Person] = []
    _ = try elapsedPaying(render: PayoutForecast.person) { expected.append($0) }
    let position = Dictionary(expected.enumerated().map { ($1.engineerID, $0) }, uniquingKeysWith: { first, _ in first })
    var weekly: [[Money?]] = []
    var start = period.from
    while start.advanced(by: 6) <= asOf {
      // A metric with no events in the week keeps its elapsed value: one quiet week is not a zero.
      let week = MetricProjection.overlay(
        try projected(Period(from: start, to: start.advanced(by: 6))), on: elapsedPaying.metrics)
      var paid = [Money?](repeating: nil, count: expected.count)
      // A week that still can't pay (a conflict, say) gives no figure.
      if (try? paying(week)(render: { ($0.engineer.id, $0.payInTotal) }, consume: { id, pay in
        if let at = position[id] { paid[at] = pay }
      })) != nil {
        weekly.append(paid)
      }
      start = start.advanced(by: 7)
    }
    try run.checkInputsUnchanged()
    let report = elapsedPaying.shell
    return PayoutForecast(
      plan: report.plan, period: report.period, expected: expected, weekly: weekly, asOf: asOf,
      elapsedDays: elapsed.days)
  }
}
