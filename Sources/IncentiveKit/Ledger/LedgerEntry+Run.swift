import Foundation

extension LedgerEntry.Period {
  /// The ledger's form of a payout period: its dates as the JSON output prints them.
  init(_ period: Period) {
    self.init(from: period.from.description, to: period.to.description)
  }
}

extension LedgerEntry {
  /// The entry for a payout run: digests of the plan, of every input file of the dataset and of
  /// the JSON output (SPEC section 6), and every engineer's pay (bonus plus pay outside it), so a later run of a closed period
  /// can say which payouts moved.
  ///
  /// - Parameters:
  ///   - kind: `.calculate` for `calculate --ledger`, `.close` for `close`.
  ///   - reason: `--reason`; required once the period is closed (checked by `Ledger.append`).
  ///   - time: when the run happened; the ledger keeps UTC seconds.
  ///   - user: who ran it (see `Ledger.currentUser`).
  /// - Throws: `InputError.unreadable` when an input file cannot be read for its digest.
  init(
    kind: Kind, run: PayoutRun, report: PayoutReport, reason: String?, time: Date = Date(),
    user: String = Ledger.currentUser()
  ) throws {
    let inputs = try run.dataset.inputFiles().map { path in
      FileDigest(path: path, sha256: try SHA256.hexDigest(ofFile: path))
    }
    // The digests are of a second reading: they describe the files paid from only if nothing changed since.
    try run.checkInputsUnchanged()
    // Bonus plus pay outside it: a premium changed after close is a changed payout too.
    var payouts: [String: String] = [:]
    for payout in report.engineers {
      payouts[payout.engineer.id] = (payout.payout + payout.extrasTotal).formatted(in: payout.currency)
    }
    // The digest of the JSON `calculate` writes, taken as it is produced rather than of one string.
    var digest = SHA256()
    try report.writeJSON(to: &digest)
    self.init(
      kind: kind, time: Self.timestamp(for: time), user: user, reason: reason, period: Period(report.period),
      plan: FileDigest(path: run.planPath, sha256: SHA256.hexDigest(run.planBytes)), inputs: inputs,
      outputSHA256: SHA256.hex(digest.finalize()), payouts: payouts)
  }
}
