import ArgumentParsing
import IncentiveKit

enum LedgerVerifyCommand: Command {
  static let spec = CommandSpec(
    name: "ledger verify",
    abstract: "Prove the audit ledger was not edited: exit 1 naming the first bad line.",
    discussion: "Checks every line's own SHA-256, its canonical form, its sequence number and its link to the "
      + "line before, so an edited, removed, inserted or reordered entry, or a line cut short, shows. Removing "
      + "whole entries from the end is only caught by comparing the last hash with a copy kept elsewhere.",
    positionals: [PositionalSpec(name: "FILE", help: "The ledger file.", isOptional: false)],
    examples: ["incentive ledger verify audit/ledger.jsonl"])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    console.show(try LedgerWorkflow.verify(arguments.positional("FILE") ?? ""))
  }
}
