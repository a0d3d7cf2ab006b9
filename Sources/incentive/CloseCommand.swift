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
      LedgerOptions.ledger.requiredCopy, LedgerOptions.reason, CommonOptions.plan, CommonOptions.period,
      CommonOptions.strict,
    ],
    examples: ["incentive close Fixtures/acme --ledger audit/ledger.jsonl"])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    let run = try CommonOptions.run(arguments)
    let report = try run.payouts(strictConflicts: arguments.flag("strict"))
    guard let entry = try LedgerOptions.record(.close, run: run, report: report, arguments: arguments, console: console)
    else { throw UsageError.missingValue(option: "--ledger") }
    console.out(
      "closed \(entry.period): \(entry.payouts.count) payouts, total \(report.total.formatted(in: report.currency)) "
        + "\(report.currency.code)\n")
    return 0
  }
}
