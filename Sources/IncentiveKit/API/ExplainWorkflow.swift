/// `incentive explain`: every step of one person's payout, from source rows to the cent.
public enum ExplainWorkflow {
  /// - Parameter engineer: the engineer_id to explain.
  /// - Throws: `PayoutLookupError` for an engineer who was not paid, and the errors of reading
  ///   and paying.
  public static func run(_ options: RunOptions, engineer: String) throws -> WorkflowResult {
    let (run, report) = try options.payouts()
    let payout = try run.payout(of: engineer, in: report)
    return WorkflowResult(output: PayoutExplanation(report: report, payout: payout).render())
  }
}
