import ArgumentParsing
import IncentiveKit

enum AuditDataCommand: Command {
  static let spec = CommandSpec(
    name: "audit data",
    abstract: "Account for every input row and list what in the data needs a decision before paying.",
    discussion: "Per input file: rows read, counted and left out by reason with the first line numbers; then every "
      + "finding (environments that are not production, ids not on the roster, files nothing reads, a bonus target "
      + "written as a fraction, an outlying salary, repeated event ids). Exit 1 when a finding needs a person's "
      + "decision, 0 when the data is clean, 2 on an error. See docs/commands/audit-data.md and docs/data-quality.md.",
    positionals: [CommonOptions.dataset],
    options: [
      CommonOptions.plan, CommonOptions.period,
      .option(
        "format", value: "FORMAT", help: "Output format.", allowed: AuditDataWorkflow.formats, default: .text),
    ],
    examples: [
      "incentive audit data Fixtures/acme",
      "incentive audit data exports/ --plan plans/2026-Q3.json --format json",
      "incentive audit data exports/ --format markdown > audit.md",
    ])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    let options = AuditDataWorkflow.Options(
      run: try CommonOptions.run(arguments), format: try arguments.value("format", as: OutputFormat.self) ?? .text)
    return try console.show(try AuditDataWorkflow.run(options))
  }
}
