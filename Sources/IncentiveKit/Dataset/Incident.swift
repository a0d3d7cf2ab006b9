import Foundation

/// A production incident, for time to restore and for attributing failures to deployments.
@_spi(Synthetic) public struct Incident: DatasetRecord {
  public var id: String
  public var team: String
  public var service: String?
  public var severity: String?
  public var openedAt: Int64
  public var resolvedAt: Int64?
  /// The deployment that caused it; that deployment counts as failed.
  public var causedByDeployment: String?
  /// The deployment a tool attributes it to without a root cause (DevLake: the latest successful
  /// production deployment of the project finished before it). Only the `devlake` DORA
  /// definition reads it, so SPEC's failure count keeps to named causes.
  public var attributedDeployment: String?
  public var legacySystem: Bool
  public var external: Bool
  public var responders: [String]

  public static let fileName = "incidents"
  /// The columns, in the order both readers address them.
  enum Column: Int, RecordSchema {
    case id, team, service, severity, openedAt, resolvedAt, causedByDeployment, legacySystem, external, responders, attributedDeployment

    var column: TableColumn {
      switch self {
      case .id: .required("incident_id")
      case .team: .required("team")
      case .service: .optional("service")
      case .severity: .optional("severity")
      case .openedAt: .required("opened_at")
      case .resolvedAt: .optional("resolved_at")
      case .causedByDeployment: .optional("caused_by_deployment")
      case .legacySystem: .optional("legacy_system")
      case .external: .optional("external")
      case .responders: .optional("responders")
      case .attributedDeployment: .optional("attributed_deployment")
      }
    }
  }

  static let columns: [TableColumn] = Column.columns

  /// Resolved no earlier than opened: the check both readers make.
  @inline(__always)
  static func isConsistent(openedAt: Int64, resolvedAt: Int64?) -> Bool {
    resolvedAt.map { $0 >= openedAt } ?? true
  }

  init(row: borrowing TableRow) throws(InputError) {
    id = try row.requiredString(Column.id.index)
    team = try row.requiredString(Column.team.index)
    service = try row.string(Column.service.index)
    severity = try row.string(Column.severity.index)
    openedAt = try row.requiredTimestamp(Column.openedAt.index)
    resolvedAt = try row.timestamp(Column.resolvedAt.index)
    causedByDeployment = try row.string(Column.causedByDeployment.index)
    legacySystem = try row.bool(Column.legacySystem.index) ?? false
    external = try row.bool(Column.external.index) ?? false
    responders = (try row.string(Column.responders.index))?.split(separator: ";").map {
      String($0).trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty } ?? []
    attributedDeployment = try row.string(Column.attributedDeployment.index)
    if !Self.isConsistent(openedAt: openedAt, resolvedAt: resolvedAt), let resolvedAt {
      throw row.invalid(Column.resolvedAt.index, ISO8601.format(milliseconds: resolvedAt), "a time on or after opened_at")
    }
  }
}
