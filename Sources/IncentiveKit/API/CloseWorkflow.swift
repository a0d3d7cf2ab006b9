/// `incentive close`: pay the period and record a close entry, after which a recalculation of the
/// period needs a reason and records which payouts changed.
public enum CloseWorkflow {
  /// - Parameter notices: told what the ledger recorded.
  /// - Returns: the line saying what was closed.
  public static func run(_ options: RunOptions, ledger: LedgerRecording, notices: NoticeHandler) throws
    -> WorkflowResult
  {
    let run = try options.loadForPaying()
    let (shell, paying) = try run.paying(strictConflicts: options.strictConflicts)
    // Worked out while people are paid, and said once everyone is, before the close is recorded.
    let warnings = run.dataWarningsInBackground(shell.metrics)
    // What the entry records is taken as people are paid: no payout is kept.
    let (paid, report) = try LedgerEntry.Paid.paying(paying, shell: shell, runs: ComponentMemberRuns(plan: run.plan))
    warnings.wait().forEach(options.warningHandler)
    let entry = try ledger.record(.close, run: run, paid: paid, notices: notices)
    return WorkflowResult(
      output: "closed \(entry.period): \(entry.payouts.count) payouts, total \(report.payInTotalText)\n")
  }
}
