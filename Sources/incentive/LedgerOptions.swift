import ArgumentParsing
import IncentiveKit

/// The ledger options of `calculate` and `close`.
enum LedgerOptions {
  static let ledger = OptionSpec.option(
    "ledger", value: "FILE", help: "Append this run to the audit ledger FILE (JSON Lines, mode 0600).")
  static let reason = OptionSpec.option(
    "reason", value: "TEXT", help: "Why this run is made; required to recalculate a closed period.")
  static let keyFile = OptionSpec.option(
    "key-file", value: "FILE",
    help: "Ledger key: seal entries with HMAC-SHA-256 (default: the file named by \(LedgerKey.environmentVariable)).")

  /// `--reason` without `--ledger` would be recorded nowhere: a usage error, not a silent drop.
  static let reasonNeedsLedger = OptionRule.requires(
    "reason", "ledger", missing: "--ledger FILE (a --reason is recorded in the ledger)")

  /// `--ledger FILE --reason TEXT`, nil without `--ledger`.
  static func recording(_ arguments: ParsedArguments) -> LedgerRecording? {
    arguments.value("ledger").map {
      LedgerRecording(path: $0, reason: arguments.value("reason"), keyFile: arguments.value("key-file"))
    }
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
