/// Where and why a run is recorded in the audit ledger (`--ledger FILE --reason TEXT`).
public struct LedgerRecording: Sendable {
  /// The ledger file (JSON Lines, mode 0600).
  public var path: String
  /// Why the run is made; required once the period is closed.
  public var reason: String?

  public init(path: String, reason: String? = nil) {
    self.path = path
    self.reason = reason
  }

  /// Appends the run and hands over the notice that says what was recorded and which payouts
  /// changed since the period was closed.
  ///
  /// - Throws: `LedgerError`, e.g. a closed period recalculated without a reason.
  func record(
    _ kind: LedgerEntry.Kind, run: PayoutRun, report: PayoutReport, notices: NoticeHandler
  ) throws -> LedgerEntry {
    let entry = try Ledger(path: path).append(LedgerEntry(kind: kind, run: run, report: report, reason: reason))
    var message = "ledger \(path): recorded \(kind.rawValue) of \(entry.period) at line \(entry.seq)\n"
    for change in entry.changes {
      message += "  changed since close: \(change.summary)\n"
    }
    notices(message)
    return entry
  }
}
