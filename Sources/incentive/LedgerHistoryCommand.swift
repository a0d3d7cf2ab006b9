import ArgumentParsing
import IncentiveKit

enum LedgerHistoryCommand: Command {
  static let spec = CommandSpec(
    name: "ledger history",
    abstract: "List the runs recorded in the audit ledger, with payouts changed after close.",
    positionals: [PositionalSpec(name: "FILE", help: "The ledger file.", isOptional: false)],
    options: [CommonOptions.period, LedgerOptions.keyFile],
    examples: [
      "incentive ledger history audit/ledger.jsonl", "incentive ledger history audit/ledger.jsonl --period 2026-Q3",
    ])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    let period = try arguments.value("period", as: Period.self)
    return try console.show(try LedgerWorkflow.history(
        arguments.positional("FILE") ?? "", period: period, keyFile: arguments.value("key-file")))
  }
}
