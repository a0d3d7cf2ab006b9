/// One deployment from a CD system's export; the raw material of four DORA metrics.
@_spi(Synthetic) public struct Deployment: DatasetRecord {
  public enum Status: Sendable { case success, failed, rolledBack }
  public enum Kind: Sendable { case planned, hotfix, rollback }

  public var id: String
  public var team: String
  public var service: String?
  /// Only production (or unnamed) environments count toward metrics.
  public var isProduction: Bool
  /// Milliseconds since the epoch, UTC.
  public var finishedAt: Int64
  public var status: Status
  public var firstCommitAt: Int64?
  public var changeLines: Int?
  public var kind: Kind?
  var failureCause: FailureCause?

  public static let fileName = "deployments"
  static let columns: [TableColumn] = [
    .required("deployment_id"), .required("team"), .optional("service"), .optional("environment"),
    .required("finished_at"), .required("status"), .optional("first_commit_at"), .optional("change_lines"),
    .optional("kind"), .optional("failure_cause"),
  ]

  init(row: TableRow) throws(InputError) {
    id = try row.requiredString(0)
    team = try row.requiredString(1)
    service = try row.string(2)
    if let environment = try row.string(3) {
      isProduction = environment.lowercased() == "production"
    } else {
      isProduction = true
    }
    finishedAt = try row.requiredTimestamp(4)
    status = try row.requiredChoice(
      5, ["success": .success, "failed": .failed, "rolled_back": .rolledBack])
    firstCommitAt = try row.timestamp(6)
    changeLines = try row.count(7)
    kind = try row.choice(8, ["planned": .planned, "hotfix": .hotfix, "rollback": .rollback])
    failureCause = try row.choice(9, FailureCause.spellings)
    if let firstCommitAt, firstCommitAt > finishedAt {
      throw row.invalid(6, ISO8601.format(milliseconds: firstCommitAt), "a time before finished_at")
    }
  }
}

/// Why a deployment failed, so rollbacks from external causes are not held against a team.
enum FailureCause: String, Sendable, CaseIterable {
  case testing, code, config, infrastructure
  case externalDependency = "external_dependency"
  case unknown

  static let spellings: KeyValuePairs<String, FailureCause> = [
    "testing": .testing, "code": .code, "config": .config, "infrastructure": .infrastructure,
    "external_dependency": .externalDependency, "unknown": .unknown,
  ]
}
