import ArgumentParsing
import IncentiveKit

enum SensitivityCommand: Command {
  static let spec = CommandSpec(
    name: "sensitivity",
    abstract: "How much each input moves a payout, and whether gaming moves get past the guards.",
    discussion: "For every curve component: the payout at the metric's current value and at the neighbouring "
      + "curve points. For gameable metrics: common gaming moves (split deployments, rubber-stamp reviews, "
      + "squashed commit history) simulated on the dataset's rows and recomputed through the real metrics, "
      + "guards and engine, each with its stated assumption. See docs/governance.md.",
    positionals: [CommonOptions.dataset],
    options: [
      .option("engineer", value: "ID", help: "Analyse this engineer's payout."),
      .option("team", value: "TEAM", help: "Analyse this team's total payout."),
      CommonOptions.textOrJSON, CommonOptions.plan, CommonOptions.period, CommonOptions.strict,
    ],
    examples: [
      "incentive sensitivity Fixtures/acme --engineer E04", "incentive sensitivity Fixtures/acme --team payments",
    ],
    rules: [.exactlyOne("engineer", "team")])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    let subject: Sensitivity.Subject =
      arguments.value("engineer").map { .engineer($0) } ?? .team(arguments.value("team")!)
    let result = try SensitivityWorkflow.run(
      try CommonOptions.run(arguments), subject: subject, format: try CommonOptions.format(arguments))
    return try console.show(result)
  }
}
