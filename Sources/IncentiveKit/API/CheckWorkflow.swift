/// `incentive check`: a fresh calculation against a golden `calculate --format json` file, or the
/// golden file rewritten from it (`--update`).
public enum CheckWorkflow {
  public struct Options: Sendable {
    public var run: RunOptions
    /// The golden file.
    public var expected: String
    /// The largest difference in any one amount that still counts as equal, as typed (`0.01`):
    /// read in the run's currency, so checked only once the run is loaded.
    public var tolerance: String
    /// Rewrite the golden file with this run's output instead of comparing.
    public var update: Bool
    /// text, json or markdown.
    public var format: OutputFormat
    /// Markdown: the plan the golden file was made with, so the comment shows the plan change.
    public var previousPlan: String?
    /// Markdown: add the named per-person rows (for a private channel).
    public var detail: Bool

    public init(
      run: RunOptions, expected: String, tolerance: String = "0", update: Bool = false, format: OutputFormat = .text,
      previousPlan: String? = nil, detail: Bool = false
    ) {
      self.run = run
      self.expected = expected
      self.tolerance = tolerance
      self.update = update
      self.format = format
      self.previousPlan = previousPlan
      self.detail = detail
    }
  }

  /// - Returns: the differences (or the one summary line) for standard output; exit status 1
  ///   when a payout moved beyond the tolerance.
  /// - Throws: `OptionError` for a tolerance that is not an amount in the run's currency; the
  ///   errors of reading, paying and of the golden file.
  public static func run(_ options: Options) throws -> WorkflowResult {
    try PullRequestOptions.check(format: options.format, detail: options.detail, previousPlan: options.previousPlan)
    let (run, report) = try options.run.payouts()
    if options.update {
      // The golden may be rewritten (that is --update), but never onto an input or the plan.
      try run.protectedFiles().check(output: options.expected)
    }
    let currency = report.currency
    guard let tolerance = GoldenCheck.tolerance(parsing: options.tolerance, currency: currency) else {
      throw OptionError.malformedValue(
        option: "--tolerance", value: options.tolerance,
        expected: "a non-negative amount with at most \(currency.minorDigits) decimals, e.g. 0.01")
    }
    let expected = options.expected
    if options.update {
      try GoldenCheck.update(report, goldenPath: expected)
      return WorkflowResult(
        output: "check: wrote \(shown: expected) (\(report.engineers.count) engineers, total \(report.totalText))\n",
        writtenFiles: [expected])
    }
    let (diff, goldenVersion) = try GoldenCheck.compare(report, goldenPath: expected, tolerance: tolerance)
    var text: String
    // The diff tables and JSON print every amount in the plan currency; a run in several gets one
    // line per differing person in their own currency, and no JSON or Markdown rendering.
    if report.isMultiCurrency, diff.hasDifferences {
      guard options.format == .text || options.format == .table else {
        throw CalculationError.severalCurrencies(
          command: "check --format \(options.format.rawValue)", currencies: report.currencyTotals.lines.map(\.currency.code))
      }
      let currencies = Dictionary(report.engineers.map { ($0.engineer.id, $0.currency) }, uniquingKeysWith: { a, _ in a })
      return WorkflowResult(
        output: diff.differencesByCurrency(currencies, fallback: currency) + diff.checkSummary(expected: expected) + "\n",
        exitCode: 1)
    }
    switch options.format {
    case .json: text = JSONWriter.pretty(diff.checkJSON(expected: expected).stampedWithToolVersion())
    case .markdown:
      text = diff.renderPullRequestComment(
        .init(
          heading: "incentive check " + (diff.hasDifferences ? "failed" : "passed") + ": \(expected)",
          onlyDifferences: true,
          planChanges: try options.previousPlan.map { try PlanChange.between(oldPlanPath: $0, newPlan: run) }
            ?? [],
          minGroupSize: run.plan.minGroupSize, detail: options.detail,
          fullOutputHint: "`incentive check --format text` (or `--format json`) lists every figure."))
    default:
      text =
        (diff.hasDifferences ? diff.renderTable(onlyDifferences: true) + "\n" : "")
        + diff.checkSummary(expected: expected) + "\n"
    }
    if let note = GoldenCheck.versionNote(goldenPath: expected, version: goldenVersion), options.format != .json {
      text += note
    }
    return WorkflowResult(output: text, exitCode: diff.hasDifferences ? 1 : 0)
  }
}
