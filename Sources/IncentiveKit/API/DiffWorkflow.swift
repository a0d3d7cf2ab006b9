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
    let before = try first.payouts(strictConflicts: strict)
    first.warnAfterPaying(before.metrics, options.run.warningHandler)
    let after = try second.payouts(strictConflicts: strict)
    // The same dataset's findings are said once.
    if options.datasetB != nil { second.warnAfterPaying(after.metrics, options.run.warningHandler) }
    for report in [before, after] where report.isMultiCurrency {
      throw CalculationError.severalCurrencies(
        command: "diff", currencies: report.currencyTotals.lines.map(\.currency.code))
    }
    let diff = PayoutDiff(before: try PayoutSnapshot(report: before), after: try PayoutSnapshot(report: after))
    switch options.format {
    case .json: return WorkflowResult(output: JSONWriter.pretty(diff.jsonValue(onlyDifferences: false).stampedWithToolVersion()))
    case .markdown:
      // With --against the plan change itself is known: plan A to plan B.
      let changes =
        try options.against.map { _ in try PlanChange.between(oldPlan: first, newPlan: second) } ?? []
      let comment = diff.renderPullRequestComment(
        .init(
          heading: "incentive diff", onlyDifferences: false, planChanges: changes,
          minGroupSize: first.plan.minGroupSize, detail: options.detail,
          fullOutputHint: "`incentive diff --format table` (or `--format json`) lists every figure."))
      return WorkflowResult(output: comment)
    default: return WorkflowResult(output: diff.renderTable(onlyDifferences: false) + "\n" + diff.diffSummary() + "\n")
    }
  }
}
