import ArgumentParsing
import IncentiveKit

enum ValidateCommand: Command {
  static let spec = CommandSpec(
    name: "validate",
    abstract: "Lint a plan: weights, curves, unknown, gameable or prohibited metrics, rationale, dual ladder.",
    discussion: "Exit 1 when an error is found (each with its JSON path and why), 0 when only warnings are. "
      + "With DATASET, metrics from its metrics.csv count as known and the roster's levels are checked for "
      + "dual-ladder parity. With --previous, every changed component must be named in the rationale.",
    positionals: [
      PositionalSpec(name: "PLAN", help: "The plan file to check.", isOptional: false),
      PositionalSpec(name: "DATASET", help: "Dataset folder for metrics.csv names and the roster.", isOptional: true),
    ],
    options: [
      .option(
        "previous", value: "FILE", help: "The plan's previous version, to check the rationale covers each change."),
      .option("format", value: "FORMAT", help: "Output format.", allowed: [OutputFormat.text, .json], default: .text),
    ],
    examples: [
      "incentive validate Fixtures/acme/plan.json",
      "incentive validate plans/2026-Q4.json exports/ --previous plans/2026-Q3.json",
    ])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    let options = ValidateWorkflow.Options(
      plan: arguments.positional("PLAN")!, dataset: arguments.positional("DATASET"),
      previous: arguments.value("previous"), format: try CommonOptions.format(arguments))
    return try console.show(try ValidateWorkflow.run(options))
  }
}
