/// `incentive ledger verify` and `ledger history`: reading the audit ledger back.
public enum LedgerWorkflow {
  /// Proves the ledger was not edited.
  ///
  /// - Returns: the verdict; exit status 1, naming the first bad line, when the chain is broken.
  public static func verify(_ path: String) throws -> WorkflowResult {
    let verification = try Ledger(path: path).verify()
    switch verification {
    case .intact:
      return WorkflowResult(output: "\(path): \(verification)\n")
    case .broken(let line, let reason):
      return WorkflowResult(output: "\(path):\(line): \(reason)\n", exitCode: 1)
    }
  }

  /// The runs recorded, with payouts changed after close.
  ///
  /// - Parameter period: only the runs of this period; nil for all.
  public static func history(_ path: String, period: Period? = nil) throws -> WorkflowResult {
    let entries = try Ledger(path: path).history(period: period.map(LedgerEntry.Period.init))
    return WorkflowResult(output: LedgerHistory(entries: entries).renderTable())
  }
}
