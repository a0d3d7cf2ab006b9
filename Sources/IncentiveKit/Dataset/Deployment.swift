/// One deployment from a CD system's export; the raw material of four DORA metrics.
@_spi(Synthetic) public struct Deployment: DatasetRecord {
  public enum Status: Sendable { case success, failed, rolledBack }
  public enum Kind: Sendable { case planned, hotfix, rollback }

  public var id: String
  public var team: String
  public var service: String?
  /// As written; nil when empty. Which values are production is the plan's choice
  /// (`MetricOptions.isProduction`).
  public var environment: String?
  /// Milliseconds since the epoch, UTC.
  public var finishedAt: Int64
  public var status: Status
  public var firstCommitAt: Int64?
  public var changeLines: Int?
  public var kind: Kind?
  var failureCause: FailureCause?

  /// The columns, in the order both readers address them.
  enum Column: Int, RecordSchema {
    case id, team, service, environment, finishedAt, status, firstCommitAt, changeLines, kind, failureCause

    var column: TableColumn {
      switch self {
      case .id: .required("deployment_id")
      case .team: .required("team")
      case .service: .optional("service")
      case .environment: .optional("environment")
      case .finishedAt: .required("finished_at")
      case .status: .required("status")
      case .firstCommitAt: .optional("first_commit_at")
      case .changeLines: .optional("change_lines")
      case .kind: .optional("kind")
      case .failureCause: .optional("failure_cause")
      }
    }
  }

  /// `status` and `kind` spellings, lowercase ASCII, in the order of `statusValues` and `kindValues`: the decoder
  /// and the byte-level reader match the same list.
  static let statusSpellings: [StaticString] = ["success", "failed", "rolled_back"]
  static let statusValues: [Status] = [.success, .failed, .rolledBack]
  static let kindSpellings: [StaticString] = ["planned", "hotfix", "rollback"]
  static let kindValues: [Kind] = [.planned, .hotfix, .rollback]

  /// The first commit comes before the deployment: the check both readers make.
  @inline(__always)
  static func isConsistent(finishedAt: Int64, firstCommitAt: Int64?) -> Bool {
    firstCommitAt.map { $0 <= finishedAt } ?? true
  }

  public static let fileName = "deployments"
  static let columns: [TableColumn] = Column.columns

  init(row: borrowing TableRow) throws(InputError) {
    id = try row.requiredString(Column.id.index)
    team = try row.requiredString(Column.team.index)
    service = try row.string(Column.service.index)
    environment = try row.string(Column.environment.index)
    finishedAt = try row.requiredTimestamp(Column.finishedAt.index)
    status = try row.requiredChoice(Column.status.index, Self.statusSpellings, Self.statusValues)
    firstCommitAt = try row.timestamp(Column.firstCommitAt.index)
    changeLines = try row.count(Column.changeLines.index)
    kind = try row.choice(Column.kind.index, Self.kindSpellings, Self.kindValues)
    failureCause = try row.choice(Column.failureCause.index, FailureCause.spellings, FailureCause.values)
    if !Self.isConsistent(finishedAt: finishedAt, firstCommitAt: firstCommitAt), let firstCommitAt {
      throw row.invalid(Column.firstCommitAt.index, ISO8601.format(milliseconds: firstCommitAt), "a time before finished_at")
    }
  }
}

/// Why a deployment failed, so rollbacks from external causes are not held against a team.
enum FailureCause: String, Sendable, CaseIterable {
  case testing, code, config, infrastructure
  case externalDependency = "external_dependency"
  case unknown

  static let spellings: [StaticString] = [
    "testing", "code", "config", "infrastructure", "external_dependency", "unknown",
  ]
  static let values: [FailureCause] = [.testing, .code, .config, .infrastructure, .externalDependency, .unknown]
}
