import ArgumentParsing
import IncentiveKit

enum DiffCommand: Command {
  static let spec = CommandSpec(
    name: "diff",
    abstract: "What-if: how payouts change between two plans or two data exports.",
    discussion: "Runs DATASET under --plan (default DATASET/plan.json) and again under --against, or on "
      + "--dataset-b with the same plan (or --against if given too). Lists every engineer and team, largest "
      + "absolute change first, with the components that drove each change, then the total cost delta.",
    positionals: [CommonOptions.dataset],
    options: [
      CommonOptions.plan,
      .option("against", value: "FILE", help: "The plan to compare with."),
      .option("dataset-b", value: "DIR", help: "A second dataset folder to compare with."),
      CommonOptions.period, CommonOptions.strict,
      .option(
        "format", value: "FORMAT",
        help: "Output format; markdown is a pull-request comment that names nobody (with the plan change for --against).",
        allowed: [OutputFormat.table, .json, .markdown], default: .table),
      CommonOptions.detail,
    ],
    examples: [
      "incentive diff Fixtures/acme --plan plans/2026-Q3.1.json --against plans/2026-Q3.2.json",
      "incentive diff exports/july --dataset-b exports/july-corrected --format json",
    ],
    rules: [.atLeastOne(["against", "dataset-b"], missing: "--against B.json or --dataset-b DIR")])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    let options = DiffWorkflow.Options(
      run: try CommonOptions.run(arguments), against: arguments.value("against"),
      datasetB: arguments.value("dataset-b"), format: try CommonOptions.format(arguments),
      detail: arguments.flag("detail"))
    return try console.show(try DiffWorkflow.run(options))
  }
}
