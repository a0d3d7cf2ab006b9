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
  ///
  /// The run is paid one person at a time, each person's figures taken as they are paid (`PayoutSnapshot.paid`), and
  /// `--update` writes the golden file the way `calculate --output` writes JSON: at 100,000 people neither holds the
  /// payouts (1.5 GB when it did).
  public static func run(_ options: Options) throws -> WorkflowResult {
    try PullRequestOptions.check(format: options.format, detail: options.detail, previousPlan: options.previousPlan)
    let expected = options.expected
    if options.update {
      let report = try update(options)
      // Everyone paid is in one team row of their currency.
      let engineers = report.teams.reduce(0) { $0 + $1.headcount }
      return WorkflowResult(
        output: "check: wrote \(shown: expected) (\(engineers) engineers, total \(report.totalText))\n",
        writtenFiles: [expected])
    }
    let (figures, report, plan) = try figures(options)
    // The run's roster, metrics and payouts are let go: their memory goes back before the golden file is read.
    Allocator.releaseFreedMemory()
    let tolerance = try tolerance(options, currency: report.currency)
    let (diff, goldenVersion, snapshot, goldenCurrencies) = try GoldenCheck.compare(
      figures, goldenPath: expected, tolerance: tolerance)
    var text: String
    // The diff tables and JSON print every amount in the plan currency; a run in several gets one
    // line per differing person in their own currency, and no JSON or Markdown rendering.
    // A golden file in several currencies is one too: its teams' rows are per currency, which the run's people
    // (in one) do not fill, so a row of one person's pay was shown as a team's (`mobile (EUR)`).
    if report.isMultiCurrency || !goldenCurrencies.isEmpty, diff.hasDifferences {
      guard options.format == .text || options.format == .table else {
        throw CalculationError.severalCurrencies(
          command: "check --format \(options.format.rawValue)",
          currencies: Set(report.currencyTotals.lines.map(\.currency.code) + goldenCurrencies).sorted())
      }
      let currencies = Dictionary(
        snapshot.engineers.map { ($0.id, $0.currency ?? report.currency) }, uniquingKeysWith: { a, _ in a })
      return WorkflowResult(
        output: diff.differencesByCurrency(currencies, fallback: report.currency) + diff.checkSummary(expected: expected)
          + "\n",
        exitCode: 1)
    }
    switch options.format {
    case .json:
      text = ReportBytes.collect { sink in try diff.writeJSON(to: &sink, onlyDifferences: true, expected: expected) }
    case .markdown:
      text = diff.renderPullRequestComment(
        .init(
          heading: "incentive check " + (diff.hasDifferences ? "failed" : "passed") + ": \(expected)",
          onlyDifferences: true,
          planChanges: try options.previousPlan.map { try PlanChange.between(oldPlanPath: $0, newPlan: plan.source) }
            ?? [],
          minGroupSize: plan.minGroupSize, detail: options.detail,
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

  /// `--tolerance` read in the run's currency.
  private static func tolerance(_ options: Options, currency: Currency) throws -> Money {
    guard let tolerance = GoldenCheck.tolerance(parsing: options.tolerance, currency: currency) else {
      throw OptionError.malformedValue(
        option: "--tolerance", value: options.tolerance,
        expected: "a non-negative amount with at most \(currency.minorDigits) decimals, e.g. 0.01")
    }
    return tolerance
  }

  /// The run's figures, its people paid one at a time (`PayoutSnapshot.paid`), its report's teams and totals, and
  /// what the comparison's Markdown needs of its plan; what the data hides is said once everyone is paid.
  private static func figures(_ options: Options) throws -> (
    snapshot: Result<PayoutSnapshot, InputError>, report: PayoutReport,
    plan: (source: PlanChange.Source, minGroupSize: Int)
  ) {
    let run = try options.run.loadForPaying()
    let (snapshot, report) = try PayoutSnapshot.paid(
      run, strictConflicts: options.run.strictConflicts, warn: options.run.warningHandler)
    return (snapshot, report, (run.planSource, run.plan.minGroupSize))
  }

  /// `--update`: the golden file replaced by the run's JSON, rendered as people are paid; then, as when every payout
  /// was kept, what the data hides is said and the golden path and the tolerance are checked before the file is
  /// written.
  private static func update(_ options: Options) throws -> PayoutReport {
    let run = try options.run.loadForPaying()
    let (shell, paying) = try run.paying(strictConflicts: options.run.strictConflicts)
    let warnings = run.dataWarningsInBackground(shell.metrics)
    return try GoldenCheck.update(
      shell, paying: paying, runs: ComponentMemberRuns(plan: run.plan), goldenPath: options.expected,
      beforeWriting: {
        warnings.wait().forEach(options.run.warningHandler)
        // The golden may be rewritten (that is --update), but never onto an input or the plan.
        try run.protectedFiles().check(output: options.expected)
        _ = try tolerance(options, currency: shell.currency)
      })
  }
}
