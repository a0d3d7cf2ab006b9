import ArgumentParsing
import Foundation
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
        "output", value: "DATASET_DIR", help: "The dataset folder to write into (created when missing).", required: true),
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
    let name = arguments.positional("SOURCE") ?? ""
    guard let source = ImportSource(rawValue: name) else {
      let allowed = ImportSource.allCases.map(\.rawValue)
      throw UsageError.invalidValue(
        option: "SOURCE", value: name, allowed: allowed, suggestion: nil)
    }
    let paths = arguments.positionals("FILE")
    guard !paths.isEmpty else { throw UsageError.missingArgument("FILE...") }
    var options = ImportOptions(team: arguments.value("team"))
    if let pattern = arguments.value("date-format") {
      guard let format = DateFormat(pattern) else {
        throw UsageError.invalidValue(
          option: "date-format", value: pattern, allowed: ["yyyy yy MMM MM dd HH hh mm ss a"], suggestion: nil)
      }
      options.timestamps = TimestampReader(format: format)
    }
    if let types = arguments.value("incident-types") {
      options.incidentTypes = types.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    }
    if let map = arguments.value("map") {
      options.mapping = try ColumnMapping(file: try ImportFile(path: map))
    }
    let (files, ignored) = try ImportFile.exportFiles(at: paths)
    var result = try source.read(files, options: options)
    result.ignoredFiles += ignored
    if let path = arguments.value("identities") { result.link(try IdentityMap(file: try ImportFile(path: path))) }
    if let path = arguments.value("team-map") { result.rename(try TeamMap(file: try ImportFile(path: path))) }
    _ = try result.write(to: arguments.value("output")!)
    console.out(result.summary())
    return 0
  }
}
