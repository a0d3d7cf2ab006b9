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
    ])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    let subject: Sensitivity.Subject
    switch (arguments.value("engineer"), arguments.value("team")) {
    case (let id?, nil): subject = .engineer(id)
    case (nil, let team?): subject = .team(team)
    case (_?, _?): throw UsageError.exclusiveOptions("--engineer ID", "--team TEAM", bothGiven: true)
    case (nil, nil): throw UsageError.exclusiveOptions("--engineer ID", "--team TEAM", bothGiven: false)
    }
    let run = try CommonOptions.run(arguments)
    let analysis = try Sensitivity(run: run, subject: subject, strictConflicts: arguments.flag("strict"))
    console.out(arguments.value("format") == "json" ? JSONWriter.pretty(analysis.jsonValue()) : analysis.renderTable())
    return 0
  }
}
