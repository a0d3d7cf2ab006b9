import Foundation

/// `incentive check`: a fresh calculation against a golden `calculate --format json` file, so a
/// plan or code change cannot move money without a CI job noticing (SPEC section 1).
enum GoldenCheck {
  /// Compares the figures of a run (`PayoutSnapshot.paid`) with the golden file at `path`, read as a stream
  /// (`PayoutSnapshot(streamingFrom:)`).
  ///
  /// - Parameters:
  ///   - run: the run's figures, or why its report could not be read as the contract (an amount past what a golden
  ///     file may hold): said after the golden file's own errors, as before the figures were taken while paying.
  ///   - tolerance: the largest difference in any one amount that still counts as equal.
  /// - Returns: the differences, the `tool_version` the golden file records (nil when it has none), and the run's
  ///   figures.
  /// - Throws: `InputError` when the golden file is missing, not JSON, or not the JSON contract.
  /// - Returns: also the currencies the golden file pays people in when it pays in several (its people carry one),
  ///   empty otherwise.
  static func compare(_ run: Result<PayoutSnapshot, InputError>, goldenPath path: String, tolerance: Money) throws
    -> (diff: PayoutDiff, goldenVersion: String?, run: PayoutSnapshot, goldenCurrencies: [String])
  {
    guard FileManager.default.fileExists(atPath: path) else {
      throw InputError.unreadable(
        file: path, reason: "no such golden file; create it with `incentive check DATASET --expected \(path) --update`")
    }
    let golden = try PayoutSnapshot(streamingFrom: path, limit: InputFile.goldenLimit)
    let run = try run.get()
    let codes = Set(golden.engineers.compactMap { $0.currency?.code }).union([golden.currency.code])
    let currencies = codes.count > 1 ? codes.sorted() : []
    return (PayoutDiff(before: golden, after: run, tolerance: tolerance), golden.toolVersion, run, currencies)
  }

  /// A line saying the golden file at `path` was written by another version of `incentive` (or by
  /// one that did not record its version, `version` nil), nil when it names this one. The version is
  /// never a difference: a new build that pays the same passes.
  static func versionNote(goldenPath path: String, version: String?) -> String? {
    guard version != ToolVersion.current else { return nil }
    return "note: \(shown: path) was made by \(version.map { "incentive \(shown: $0)" } ?? "a version of incentive that did not record it"); "
      + "this is incentive \(ToolVersion.current)\n"
  }

  /// Replaces the golden file with the run's JSON atomically, mode 0600 (it lists everyone's pay): `calculate
  /// --format json`'s bytes, rendered as each person is paid (`PayoutRun.Paying`) and set aside (`ByteSpool`: memory,
  /// then an unlinked temporary file) until everyone is paid and `beforeWriting` has passed, so the run's errors and
  /// warnings come before those of the golden path, as when every payout was kept.
  ///
  /// - Parameter beforeWriting: what must pass before the golden file is touched (the data warnings, the protected
  ///   files, the tolerance).
  /// - Returns: `shell` with its teams and totals.
  static func update(
    _ shell: PayoutReport, paying: PayoutRun.Paying, runs: ComponentMemberRuns, goldenPath path: String,
    beforeWriting: () throws -> Void
  ) throws -> PayoutReport {
    var spool = ByteSpool()
    let tail = try shell.writeJSON(to: &spool, paying: paying, runs: runs)
    try beforeWriting()
    let file = try AtomicFileWriter(path: path, mode: 0o600)
    try spool.forEachRecord { (block) throws(OutputError) in try file.write(block) }
    try file.commit()
    return shell.totalled(by: tail)
  }

  /// Parses `--tolerance` in the report's currency: a non-negative amount with at most the
  /// currency's minor digits (`0.05` for USD); nil otherwise.
  static func tolerance(parsing text: String, currency: Currency) -> Money? {
    guard let amount = Money(text, currency: currency), amount.minorUnits >= 0 else { return nil }
    return amount
  }
}
