/// `incentive sensitivity`: how much each input moves a payout, and whether gaming moves get past
/// the guards.
public enum SensitivityWorkflow {
  /// - Parameters:
  ///   - subject: the engineer or team whose payout to analyse.
  ///   - format: text or json.
  public static func run(_ options: RunOptions, subject: Sensitivity.Subject, format: OutputFormat) throws
    -> WorkflowResult
  {
    let analysis = try Sensitivity(
      run: try options.loadForPaying(), subject: subject, strictConflicts: options.strictConflicts)
    return WorkflowResult(output: format == .json ? JSONWriter.pretty(analysis.jsonValue().stampedWithToolVersion()) : analysis.renderTable())
  }
}
