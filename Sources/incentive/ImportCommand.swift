import ArgumentParsing
import IncentiveKit

enum ImportCommand: Command {
  static let spec = CommandSpec(
    name: "import",
    abstract: "Turn exports from DevLake, Four Keys, GitHub, GitLab, PagerDuty, Opsgenie or Jira into a dataset.",
    discussion: "Writes canonical deployments, incidents, reviews and changes CSV files into the dataset folder "
      + "(atomically; files the import does not produce are left alone) and reports rows, skipped rows with "
      + "reasons and the date range. The export command for each source is in docs/importers.md.",
    positionals: [
      PositionalSpec(
        name: "SOURCE", help: "The tool: \(ImportSource.allCases.map(\.rawValue).joined(separator: ", "))."),
      PositionalSpec(
        name: "FILE",
        help: "Export files or folders of them (DevLake and Four Keys: named after their table or view).",
        isVariadic: true),
    ],
    options: [
      .option(
        "output", value: "DATASET_DIR", help: "The dataset folder to write into (created when missing).", required: true
      ),
      .option("team", value: "TEAM", help: "Team of every row; with DevLake project_mapping, the project to keep."),
      .option(
        "date-format", value: "FORMAT", help: "How the export writes times, e.g. 'dd/MMM/yy h:mm a' (read as UTC)."),
      .option(
        "incident-types", value: "TYPES", help: "Comma-separated issue types that are incidents (Jira: Bug+label)."),
      .option("map", value: "FILE", help: "Column mapping for a custom CSV (docs/importers.md)."),
      .option(
        "team-map", value: "FILE", help: "CSV (from, team) renaming the tool's teams and projects to roster teams."),
      .option(
        "identities", value: "FILE",
        help:
          "identities.csv (engineer_id, github, gitlab, email, pagerduty, jira, devlake) linking tool users to engineers."
      ),
    ],
    examples: [
      "incentive import devlake cicd_deployment_commits.csv issues.csv project_mapping.csv --output data/",
      "incentive import fourkeys deployments.jsonl changes.csv incidents.jsonl --team payments --output data/",
      "incentive import jira incidents.csv --team payments --incident-types Incident,Bug+outage --output data/",
      "incentive import custom deploys.csv --map mapping.json --output data/",
      "incentive import github prs.json --team payments --identities identities.csv --output data/",
    ])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    guard let source = try arguments.positional("SOURCE", as: ImportSource.self) else {
      throw UsageError.missingArgument("SOURCE")
    }
    let files = arguments.positionals("FILE")
    guard !files.isEmpty else { throw UsageError.missingArgument("FILE...") }
    let options = ImportWorkflow.Options(
      source: source, files: files, output: arguments.value("output")!, team: arguments.value("team"),
      dateFormat: arguments.value("date-format"), incidentTypes: arguments.value("incident-types"),
      mapping: arguments.value("map"), teamMap: arguments.value("team-map"), identities: arguments.value("identities"))
    return try console.show(try ImportWorkflow.run(options))
  }
}
