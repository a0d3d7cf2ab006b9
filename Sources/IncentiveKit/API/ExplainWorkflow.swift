/// `incentive explain`: every step of one person's payout, from source rows to the cent.
public enum ExplainWorkflow {
  /// - Parameter engineer: the engineer_id to explain.
  /// - Throws: `PayoutLookupError` for an engineer who was not paid, and the errors of reading
  ///   and paying.
  public static func run(_ options: RunOptions, engineer: String) throws -> WorkflowResult {
    let run = try options.loadForPaying()
    let (shell, payout) = try run.paying(
      onlyFor: engineer, strictConflicts: options.strictConflicts, warn: options.warningHandler)
    guard let payout else { throw run.lookupError(of: engineer) }
    return WorkflowResult(output: PayoutExplanation(report: shell, payout: payout).render())
  }
}
