/// `incentive close`: pay the period and record a close entry, after which a recalculation of the
/// period needs a reason and records which payouts changed.
public enum CloseWorkflow {
  /// - Parameter notices: told what the ledger recorded.
  /// - Returns: the line saying what was closed.
  public static func run(_ options: RunOptions, ledger: LedgerRecording, notices: NoticeHandler) throws
    -> WorkflowResult
  {
    let (run, report) = try options.payouts()
    let entry = try ledger.record(.close, run: run, report: report, notices: notices)
    return WorkflowResult(
      output: "closed \(entry.period): \(entry.payouts.count) payouts, total \(report.totalText)\n")
  }
}
