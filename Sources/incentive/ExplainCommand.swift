import ArgumentParsing
import IncentiveKit

enum ExplainCommand: Command {
  static let spec = CommandSpec(
    name: "explain",
    abstract: "Show every step of one person's payout, from source rows to the cent.",
    discussion: "Proration, target, each component's metric value and source rows, curve segment and "
      + "interpolation, guards, eligibility, the multiplier, rounding and the largest-remainder split.",
    positionals: [CommonOptions.dataset],
    options: [
      .option("engineer", value: "ID", help: "The engineer_id to explain.", required: true),
      CommonOptions.plan, CommonOptions.period, CommonOptions.quiet, CommonOptions.strict,
    ],
    examples: [
      "incentive explain Fixtures/acme --engineer E07",
      "incentive explain exports/ --engineer E04 --plan plans/2026-Q3.json --period 2026-Q3",
    ])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    guard let id = arguments.value("engineer") else { throw UsageError.missingValue(option: "--engineer") }
    return try console.show(try ExplainWorkflow.run(try CommonOptions.run(arguments), engineer: id))
  }
}
