import Foundation

extension LedgerEntry.Period {
  /// The ledger's form of a payout period: its dates as the JSON output prints them.
  init(_ period: Period) {
    self.init(from: period.from.description, to: period.to.description)
  }
}

extension LedgerEntry {
  /// What an entry records of a run's payouts: every engineer's pay (bonus plus pay outside it, as the report prints
  /// it) and the digest of the JSON `calculate` writes (SPEC section 6).
  struct Paid {
    /// The ledger's form of the payout period.
    var period: LedgerEntry.Period
    /// By engineer id.
    var payouts: [String: String]
    var outputSHA256: String

    /// Of a run whose payouts were kept.
    init(report: PayoutReport) throws {
      period = LedgerEntry.Period(report.period)
      payouts = [:]
      for payout in report.engineers { payouts[payout.engineer.id] = Self.pay(payout) }
      // The digest of the JSON `calculate` writes, taken as it is produced rather than of one string.
      var digest = SHA256()
      try report.writeJSON(to: &digest)
      outputSHA256 = SHA256.hex(digest.finalize())
    }

    /// Of a run's people paid one at a time (`PayoutRun.paying`), each one's JSON digested and pay kept as they are
    /// paid: `close` of 100,000 people held every payout (1.2 GB) for a digest and a line each.
    ///
    /// - Returns: also `shell` with its teams and totals.
    static func paying(_ paying: PayoutRun.Paying, shell: PayoutReport, runs: ComponentMemberRuns) throws -> (
      paid: Paid, report: PayoutReport
    ) {
      let recorder = Recorder(paying, shell: shell, runs: runs)
      let tail = try recorder.payouts({ _ in [] }, { _ in })
      return (recorder.paid, shell.totalled(by: tail))
    }

    /// Takes what an entry records while a report is written as its people are paid (`close`, `calculate
    /// --ledger`): the report's own writer drives the paying through `payouts`, and each person's JSON is rendered
    /// beside what that writer renders and digested in the document `calculate --format json` writes.
    final class Recorder {
      private let paying: PayoutRun.Paying
      private let shell: PayoutReport
      private let runs: ComponentMemberRuns
      private var digest = SHA256()
      private var pay: [String: String] = [:]
      private var digested: [UInt8]?

      init(_ paying: PayoutRun.Paying, shell: PayoutReport, runs: ComponentMemberRuns) {
        self.paying = paying
        self.shell = shell
        self.runs = runs
      }

      /// The people, for a streaming writer (`PayoutReport.Payouts`); called once.
      var payouts: PayoutReport.Payouts {
        { [self] render, write in
          let tail = try shell.writeJSON(
            to: &digest,
            payouts: { json, digestElement in
              try paying(
                render: { payout in
                  (report: render(payout), json: json(payout), id: payout.engineer.id, pay: Paid.pay(payout))
                },
                consume: { (paid: (report: [UInt8], json: [UInt8], id: String, pay: String)) in
                  pay[paid.id] = paid.pay
                  try digestElement(paid.json)
                  try write(paid.report)
                })
            }, runs: runs)
          digested = digest.finalize()
          return tail
        }
      }

      /// What the entry records, once `payouts` has run.
      var paid: Paid {
        guard let digested else { preconditionFailure("the ledger's payouts were asked for before anyone was paid") }
        return Paid(period: LedgerEntry.Period(shell.period), payouts: pay, outputSHA256: SHA256.hex(digested))
      }
    }

    private init(period: LedgerEntry.Period, payouts: [String: String], outputSHA256: String) {
      self.period = period
      self.payouts = payouts
      self.outputSHA256 = outputSHA256
    }

    /// Bonus plus pay outside it: a premium changed after close is a changed payout too.
    fileprivate static func pay(_ payout: EngineerPayout) -> String {
      payout.payInTotal.formatted(in: payout.currency)
    }
  }

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
    kind: Kind, run: PayoutRun, paid: Paid, reason: String?, time: Date = Date(), user: String = Ledger.currentUser()
  ) throws {
    let inputs = try run.dataset.inputFiles().map { path in
      FileDigest(path: path, sha256: try SHA256.hexDigest(ofFile: path))
    }
    // The digests are of a second reading: they describe the files paid from only if nothing changed since.
    try run.checkInputsUnchanged()
    self.init(
      kind: kind, time: Self.timestamp(for: time), user: user, reason: reason, period: paid.period,
      plan: FileDigest(path: run.planPath, sha256: SHA256.hexDigest(run.planBytes)), inputs: inputs,
      outputSHA256: paid.outputSHA256, payouts: paid.payouts)
  }

}
