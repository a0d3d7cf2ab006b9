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
  static let columns: [TableColumn] = [
    .required("incident_id"), .required("team"), .optional("service"), .optional("severity"),
    .required("opened_at"), .optional("resolved_at"), .optional("caused_by_deployment"),
    .optional("legacy_system"), .optional("external"), .optional("responders"), .optional("attributed_deployment"),
  ]

  init(row: TableRow) throws(InputError) {
    id = try row.requiredString(0)
    team = try row.requiredString(1)
    service = try row.string(2)
    severity = try row.string(3)
    openedAt = try row.requiredTimestamp(4)
    resolvedAt = try row.timestamp(5)
    causedByDeployment = try row.string(6)
    legacySystem = try row.bool(7) ?? false
    external = try row.bool(8) ?? false
    responders = (try row.string(9))?.split(separator: ";").map {
      String($0).trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty } ?? []
    attributedDeployment = try row.string(10)
    if let resolvedAt, resolvedAt < openedAt {
      throw row.invalid(5, ISO8601.format(milliseconds: resolvedAt), "a time on or after opened_at")
    }
  }
}
