import ArgumentParsing
import IncentiveKit

/// The ledger options of `calculate` and `close`, and the one way both record a run.
enum LedgerOptions {
  static let ledger = OptionSpec.option(
    "ledger", value: "FILE", help: "Append this run to the audit ledger FILE (JSON Lines, mode 0600).")
  static let reason = OptionSpec.option(
    "reason", value: "TEXT", help: "Why this run is made; required to recalculate a closed period.")

  /// Appends the run to `--ledger` when given and reports on stderr what was recorded.
  /// `--reason` without `--ledger` would be recorded nowhere: a usage error, not a silent drop.
  static func requireLedgerForReason(_ arguments: ParsedArguments) throws {
    if arguments.value("reason") != nil, arguments.value("ledger") == nil {
      throw UsageError.missingArgument("--ledger FILE (a --reason is recorded in the ledger)")
    }
  }

  static func record(
    _ kind: LedgerEntry.Kind, run: PayoutRun, report: PayoutReport, arguments: ParsedArguments, console: Console
  ) throws -> LedgerEntry? {
    guard let path = arguments.value("ledger") else { return nil }
    let entry = try Ledger(path: path).append(
      LedgerEntry(kind: kind, run: run, report: report, reason: arguments.value("reason")))
    var message = "ledger \(path): recorded \(kind.rawValue) of \(entry.period) at line \(entry.seq)\n"
    for change in entry.changes {
      message += "  changed since close: \(change.summary)\n"
    }
    console.err(message)
    return entry
  }
}

extension OptionSpec {
  /// The same option, required (`close` cannot run without a ledger).
  var requiredCopy: OptionSpec {
    var copy = self
    copy.isRequired = true
    return copy
  }
}
