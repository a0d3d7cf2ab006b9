import ArgumentParsing
import IncentiveKit

enum LedgerHeadCommand: Command {
  static let spec = CommandSpec(
    name: "ledger head",
    abstract: "Print the hash of the ledger's last entry (64 hex digits), to keep outside the ledger.",
    discussion: "Keep it where the ledger's editors can't reach (a ticket, a commit, an email to finance); "
      + "`incentive ledger verify FILE --head HASH` later proves nothing was removed from or rewritten in the "
      + "chain up to it. `calculate --ledger` and `close` print the new head on standard error too.",
    positionals: [PositionalSpec(name: "FILE", help: "The ledger file.", isOptional: false)],
    options: [LedgerOptions.keyFile],
    examples: ["incentive ledger head audit/ledger.jsonl"])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    try console.show(try LedgerWorkflow.head(arguments.positional("FILE") ?? "", keyFile: arguments.value("key-file")))
  }
}
