/// `incentive sensitivity`: how much each input moves a payout, and whether gaming moves get past
/// the guards.
public enum SensitivityWorkflow {
  /// - Parameters:
  ///   - subject: the engineer or team whose payout to analyse.
  ///   - format: text or json.
  public static func run(_ options: RunOptions, subject: Sensitivity.Subject, format: OutputFormat) throws
    -> WorkflowResult
  {
    let run = try options.loadForPaying()
    // Sensitivity says only the warnings before paying; a header that may hold a column the file lacks needs no
    // metrics, and that column is empty in every row of every what-if, so it is said here as every paying command
    // says it after paying.
    for line in DataFinding.warnings(run.dataset.columnFindings(paying: run.plan)) { options.warningHandler(line) }
    let analysis = try Sensitivity(run: run, subject: subject, strictConflicts: options.strictConflicts)
    return WorkflowResult(output: format == .json ? JSONWriter.pretty(analysis.jsonValue().stampedWithToolVersion()) : analysis.renderTable())
  }
}
