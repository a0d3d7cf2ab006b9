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
      .option("format", value: "FORMAT", help: "Output format.", allowed: ["table", "json", "markdown"], default: "table"),
    ],
    examples: [
      "incentive diff Fixtures/acme --plan plans/2026-Q3.1.json --against plans/2026-Q3.2.json",
      "incentive diff exports/july --dataset-b exports/july-corrected --format json",
    ])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    let against = arguments.value("against")
    let datasetB = arguments.value("dataset-b")
    guard against != nil || datasetB != nil else { throw UsageError.missingArgument("--against B.json or --dataset-b DIR") }
    let strict = arguments.flag("strict")
    let first = try CommonOptions.run(arguments)
    let second = try PayoutRun(
      datasetPath: datasetB ?? first.dataset.directory, planPath: against ?? first.planPath, period: first.period)
    let diff = PayoutDiff(
      before: try PayoutSnapshot(report: try first.payouts(strictConflicts: strict)),
      after: try PayoutSnapshot(report: try second.payouts(strictConflicts: strict)))
    switch arguments.value("format") {
    case "json": console.out(JSONWriter.pretty(diff.jsonValue(onlyDifferences: false)))
    case "markdown": console.out(diff.renderMarkdown(onlyDifferences: false, summary: diff.diffSummary()))
    default:
      console.out(diff.renderTable(onlyDifferences: false) + "\n" + diff.diffSummary() + "\n")
    }
    return 0
  }
}
