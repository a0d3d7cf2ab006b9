/// The tools `incentive import` reads, each with the importer that turns its export into
/// canonical dataset files.
public enum ImportSource: String, Sendable, CaseIterable {
  case devlake
  case devlakeWebhook = "devlake-webhook"
  case fourkeys
  case github
  case gitlab
  case pagerduty
  case opsgenie
  case jira
  case custom

  func read(_ files: [ImportFile], options: ImportOptions) throws(InputError) -> ImportResult {
    switch self {
    case .devlake: return try DevLakeImporter.read(files, options: options)
    case .devlakeWebhook: return try DevLakeWebhookImporter.read(files, options: options)
    case .fourkeys: return try FourKeysImporter.read(files, options: options)
    case .github: return try GitHubImporter.read(files, options: options)
    case .gitlab: return try GitLabImporter.read(files, options: options)
    case .pagerduty: return try PagerDutyImporter.read(files, options: options)
    case .opsgenie: return try OpsgenieImporter.read(files, options: options)
    case .jira: return try JiraImporter.read(files, options: options)
    case .custom: return try MappedImporter.read(files, options: options)
    }
  }
}
