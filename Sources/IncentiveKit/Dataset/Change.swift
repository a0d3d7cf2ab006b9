/// One change (a commit or a merged pull request) and the deployment that shipped it.
///
/// DORA tools measure lead time per change, not per deployment: Four Keys takes every
/// commit a deployment carries, DevLake every merged pull request. The `devlake` and
/// `fourkeys` DORA definitions read this file; the SPEC definition uses deployments'
/// `first_commit_at` and ignores it.
struct Change: DatasetRecord {
  var id: String
  /// The deployment that shipped it; a change not (yet) deployed has none.
  var deploymentID: String?
  var team: String?
  /// When the change was committed (Four Keys) or its pull request opened (DevLake without
  /// commit data), milliseconds since the epoch UTC.
  var committedAt: Int64
  var mergedAt: Int64?
  /// Lines added plus deleted.
  var changeLines: Int?
  /// When the change reached production, where the exporting tool records it per change (DevLake:
  /// the finish of the deployment commit row that shipped it, which can precede the whole
  /// deployment's finish); milliseconds since the epoch UTC.
  var deployedAt: Int64?
  /// The exporting tool's own lead time for this change in whole minutes (DevLake's PR cycle
  /// time), kept so the tool's definition reproduces its dashboard to the minute.
  var leadTimeMinutes: Int?
  /// Where the change's row starts, for messages.
  var line = 0

  static let fileName = "changes"
  static let columns: [TableColumn] = [
    .required("change_id"), .optional("deployment_id"), .optional("team"), .required("committed_at"),
    .optional("merged_at"), .optional("change_lines"), .optional("deployed_at"), .optional("lead_time_minutes"),
  ]

  init(row: borrowing TableRow) throws(InputError) {
    id = try row.requiredString(0)
    deploymentID = try row.string(1)
    team = try row.string(2)
    committedAt = try row.requiredTimestamp(3)
    mergedAt = try row.timestamp(4)
    changeLines = try row.count(5)
    deployedAt = try row.timestamp(6)
    leadTimeMinutes = try row.count(7)
    line = row.line
    if let mergedAt, mergedAt < committedAt {
      throw row.invalid(4, ISO8601.format(milliseconds: mergedAt), "a time on or after committed_at")
    }
  }
}
