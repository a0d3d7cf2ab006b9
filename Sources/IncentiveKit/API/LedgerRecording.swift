/// Where and why a run is recorded in the audit ledger (`--ledger FILE --reason TEXT`).
public struct LedgerRecording: Sendable {
  /// The ledger file (JSON Lines, mode 0600).
  public var path: String
  /// Why the run is made; required once the period is closed.
  public var reason: String?
  /// `--key-file`: the key that seals entries with HMAC-SHA-256; when nil, the file named by
  /// `INCENTIVE_LEDGER_KEY_FILE`, if set, is used (see `LedgerKey.resolve`).
  public var keyFile: String?

  public init(path: String, reason: String? = nil, keyFile: String? = nil) {
    self.path = path
    self.reason = reason
    self.keyFile = keyFile
  }

  /// The ledger with its key, if any.
  func ledger() throws(LedgerError) -> Ledger {
    Ledger(path: path, key: try LedgerKey.resolve(keyFile: keyFile))
  }

  /// Appends the run and hands over the notice that says what was recorded, the new head hash to
  /// keep elsewhere, and which payouts changed since the period was closed.
  ///
  /// - Throws: `LedgerError`, e.g. a closed period recalculated without a reason.
  func record(
    _ kind: LedgerEntry.Kind, run: PayoutRun, report: PayoutReport, notices: NoticeHandler
  ) throws -> LedgerEntry {
    try record(kind, run: run, paid: try LedgerEntry.Paid(report: report), notices: notices)
  }

  /// `record` for a run whose people were paid one at a time (`LedgerEntry.Paid.paying`).
  func record(
    _ kind: LedgerEntry.Kind, run: PayoutRun, paid: LedgerEntry.Paid, notices: NoticeHandler
  ) throws -> LedgerEntry {
    let entry = try ledger().append(LedgerEntry(kind: kind, run: run, paid: paid, reason: reason))
    var message = "ledger \(shown: path): recorded \(kind.rawValue) of \(entry.period) at line \(entry.seq)\n"
    for change in entry.changes {
      message += "  changed since close: \(TerminalText.escaped(change.summary))\n"
    }
    message += "ledger head: \(entry.hash) (keep it outside the ledger; `incentive ledger verify --head` checks it)\n"
    notices(message)
    return entry
  }

  /// Takes `entry` back out of the ledger after the run's output could not be written.
  func withdraw(_ entry: LedgerEntry, notices: NoticeHandler) {
    guard (try? ledger().retract(entry)) == true else { return }
    notices("ledger \(shown: path): line \(entry.seq) withdrawn: the run's output could not be written\n")
  }
}
