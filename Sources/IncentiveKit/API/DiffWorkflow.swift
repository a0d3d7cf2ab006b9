/// `incentive diff`: the same period paid twice, under another plan or on another dataset, and
/// how every payout changes.
public enum DiffWorkflow {
  public struct Options: Sendable {
    /// The first run (`DATASET --plan A`).
    public var run: RunOptions
    /// The plan of the second run; nil for the first run's plan.
    public var against: String?
    /// The dataset of the second run; nil for the first run's dataset. With neither, the run is
    /// compared with itself.
    public var datasetB: String?
    /// table, json or markdown.
    public var format: OutputFormat
    /// Markdown: add the named per-person rows (for a private channel).
    public var detail: Bool

    public init(
      run: RunOptions, against: String? = nil, datasetB: String? = nil, format: OutputFormat = .table,
      detail: Bool = false
    ) {
      self.run = run
      self.against = against
      self.datasetB = datasetB
      self.format = format
      self.detail = detail
    }
  }

  /// - Returns: every engineer and team, largest change first, then the total cost delta.
  public static func run(_ options: Options) throws -> WorkflowResult {
    try PullRequestOptions.check(format: options.format, detail: options.detail, previousPlan: nil)
    let strict = options.run.strictConflicts
    let first = try options.run.loadForPaying()
    var secondOptions = options.run
    secondOptions.dataset = options.datasetB ?? first.dataset.directory
    secondOptions.plan = options.against ?? first.planPath
    secondOptions.period = first.period
    let second = try secondOptions.loadForPaying()
    let plans = (first: first.planSource, second: second.planSource, minGroupSize: first.plan.minGroupSize)
    // Each run is let go once its figures are taken, and its memory goes back before the next is paid.
    // Only figures are kept: at 100,000 people the two runs' payouts held whole were 2.4 GB.
    let (before, beforeReport) = try PayoutSnapshot.paid(
      consume first, strictConflicts: strict, warn: options.run.warningHandler)
    Allocator.releaseFreedMemory()
    // The same dataset's findings are said once.
    let (after, afterReport) = try PayoutSnapshot.paid(
      consume second, strictConflicts: strict, warn: options.datasetB != nil ? options.run.warningHandler : nil)
    Allocator.releaseFreedMemory()
    for report in [beforeReport, afterReport] where report.isMultiCurrency {
      throw CalculationError.severalCurrencies(
        command: "diff", currencies: report.currencyTotals.lines.map(\.currency.code))
    }
    // Where the figures' errors (an amount past what the JSON contract holds) were said when the payouts were kept.
    let diff = PayoutDiff(before: try before.get(), after: try after.get())
    switch options.format {
    case .json:
      // Written as it is produced: past a few megabytes standard output is spooled to disk, not held as text.
      return try WorkflowResult.emit(to: nil) { output in
        var sink = output
        try diff.writeJSON(to: &sink, onlyDifferences: false)
      }
    case .markdown:
      // With --against the plan change itself is known: plan A to plan B.
      let changes =
        try options.against.map { _ in try PlanChange.between(oldPlan: plans.first, newPlan: plans.second) } ?? []
      let comment = diff.renderPullRequestComment(
        .init(
          heading: "incentive diff", onlyDifferences: false, planChanges: changes,
          minGroupSize: plans.minGroupSize, detail: options.detail,
          fullOutputHint: "`incentive diff --format table` (or `--format json`) lists every figure."))
      return WorkflowResult(output: comment)
    default: return WorkflowResult(output: diff.renderTable(onlyDifferences: false) + "\n" + diff.diffSummary() + "\n")
    }
  }

}
