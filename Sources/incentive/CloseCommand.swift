import ArgumentParsing
import IncentiveKit

enum CloseCommand: Command {
  static let spec = CommandSpec(
    name: "close",
    abstract: "Close the period in the audit ledger: later recalculations need --reason and record changes.",
    discussion: "Calculates the period and appends a close entry with every payout. A later `calculate --ledger` "
      + "of the same period without --reason exits 2; with it, the entry lists each payout that differs from "
      + "this closing run.",
    positionals: [CommonOptions.dataset],
    options: [
      LedgerOptions.ledger.requiredCopy, LedgerOptions.reason, LedgerOptions.keyFile, CommonOptions.plan, CommonOptions.period,
      CommonOptions.strict,
    ],
    examples: ["incentive close Fixtures/acme --ledger audit/ledger.jsonl"],
    rules: [LedgerOptions.reasonNeedsLedger])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    guard let ledger = LedgerOptions.recording(arguments) else { throw UsageError.missingValue(option: "--ledger") }
    return try console.show(
      try CloseWorkflow.run(try CommonOptions.run(arguments), ledger: ledger, notices: { console.err($0) }))
  }
}
