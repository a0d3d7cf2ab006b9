import ArgumentParsing
import IncentiveKit

enum LedgerVerifyCommand: Command {
  static let spec = CommandSpec(
    name: "ledger verify",
    abstract: "Prove the audit ledger was not edited: exit 1 naming the first bad line.",
    discussion: "Checks every line's own SHA-256 (or HMAC-SHA-256 with a key), its canonical form, its sequence "
      + "number and its link to the line before, so an edited, removed, inserted or reordered entry shows; a last "
      + "line cut short by a crash is reported as an incomplete final entry (`incentive ledger repair`). Removing "
      + "whole entries from the end, or rewriting an unkeyed ledger, is caught only against a head kept elsewhere: "
      + "--head HASH (the chain must end there) or --contains HASH. See docs/security.md.",
    positionals: [PositionalSpec(name: "FILE", help: "The ledger file.", isOptional: false)],
    options: [
      .option("head", value: "HASH", help: "Exit 1 unless the chain ends at HASH (from `incentive ledger head`)."),
      .option("contains", value: "HASH", help: "Exit 1 unless an entry of the chain has the hash HASH."),
      LedgerOptions.keyFile,
    ],
    examples: [
      "incentive ledger verify audit/ledger.jsonl",
      "incentive ledger verify audit/ledger.jsonl --head 3f1c…(64 hex digits)",
      "incentive ledger verify audit/ledger.jsonl --key-file ~/.config/incentive/ledger.key",
    ])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    let anchor: LedgerWorkflow.Anchor?
    switch (arguments.value("head"), arguments.value("contains")) {
    case (let head?, nil): anchor = .head(head)
    case (nil, let hash?): anchor = .contains(hash)
    case (nil, nil): anchor = nil
    case (.some, .some): throw UsageError.exclusiveOptions("--head HASH", "--contains HASH", bothGiven: true)
    }
    return try console.show(
      try LedgerWorkflow.verify(
        arguments.positional("FILE") ?? "", anchor: anchor, keyFile: arguments.value("key-file")))
  }
}
