import ArgumentParsing
import IncentiveKit

enum InitCommand: Command {
  static let spec = CommandSpec(
    name: "init",
    abstract: "Start a dataset and plan: every file's header with two example rows, and a curriculum template.",
    discussion: "Creates DIR (which must not exist or be empty) with roster.csv and every optional dataset file, each "
      + "holding its header and two example rows dated inside the period, and plan.json from a template whose "
      + "rationale names the curriculum decisions it takes (docs/curriculum.md). The result validates and "
      + "calculates as written; replace the examples with your people and exports. --list describes the templates.",
    positionals: [PositionalSpec(name: "DIR", help: "The dataset folder to create.", isOptional: true)],
    options: [
      .option(
        "template", value: "NAME", help: "The plan template.", allowed: InitWorkflow.templateNames,
        default: InitWorkflow.templateNames[0]),
      .option("period", value: "PERIOD", help: "The plan's period (default: the current calendar quarter)."),
      .option(
        "currency", value: "CODE", help: "ISO 4217 currency of the plan and the example salaries.", default: "USD"),
      .flag("list", help: "Describe the templates and the curriculum decisions each takes, and exit."),
    ],
    examples: [
      "incentive init --list",
      "incentive init my-team",
      "incentive init payments --template sre-oncall --period 2026-Q3 --currency EUR",
    ])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    if arguments.flag("list") { return try console.show(InitWorkflow.list()) }
    guard let directory = arguments.positional("DIR") else { throw UsageError.missingArgument("DIR") }
    let options = InitWorkflow.Options(
      directory: directory, template: arguments.value("template") ?? InitWorkflow.templateNames[0],
      period: arguments.value("period"), currency: arguments.value("currency") ?? "USD")
    return try console.show(try InitWorkflow.run(options))
  }
}
