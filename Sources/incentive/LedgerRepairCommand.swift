import ArgumentParsing
import IncentiveKit

enum LedgerRepairCommand: Command {
  static let spec = CommandSpec(
    name: "ledger repair",
    abstract: "Remove an incomplete final line left by an interrupted append; nothing else.",
    discussion: "Only the damage a crash causes is repaired: a last line without its newline. Its bytes are "
      + "saved beside the ledger (FILE.incomplete-LINE-HASH, mode 0600) and the repair is reported; a last line "
      + "that is a complete entry only gets its newline back. Any other damage is refused (exit 2): it may be "
      + "tampering, which a person must judge.",
    positionals: [PositionalSpec(name: "FILE", help: "The ledger file.", isOptional: false)],
    options: [LedgerOptions.keyFile],
    examples: ["incentive ledger repair audit/ledger.jsonl"])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    try console.show(try LedgerWorkflow.repair(arguments.positional("FILE") ?? "", keyFile: arguments.value("key-file")))
  }
}
