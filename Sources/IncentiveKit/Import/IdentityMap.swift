/// `identities.csv` (engineer_id, github, gitlab, email, pagerduty, jira, devlake, alias; see `Identity`): one
/// person's spellings across tools, so a review by GitHub login `ana` or DevLake account
/// `github:GithubAccount:1:ana` is credited to roster engineer `E07`.
struct IdentityMap: Sendable {
  /// Any spelling, lowercased → engineer_id.
  private var engineers: [String: String] = [:]

  /// The dataset's identities file and the importer's are one format.
  static var columns: [TableColumn] { Identity.columns }

  init(file: ImportFile) throws(InputError) {
    try file.table.forEachRow(columns: Self.columns) { (row: TableRow) throws(InputError) in
      let id = try row.requiredString(0)
      for column in 0..<Self.columns.count {
        guard let spelling = try row.string(column)?.lowercased() else { continue }
        if let other = engineers[spelling], other != id {
          throw row.invalid(column, spelling, "an identity of one engineer only (already \(other))")
        }
        engineers[spelling] = id
      }
    }
  }

  /// The engineer behind a tool's user id; DevLake's `<plugin>:<Entity>:<conn>:<login>`
  /// also matches by its last part. Nil when unlinked.
  func engineer(for user: String) -> String? {
    let key = user.lowercased()
    if let id = engineers[key] { return id }
    if let last = key.split(separator: ":").last, last.count < key.count { return engineers[String(last)] }
    return nil
  }
}

extension ImportResult {
  /// The person columns of each canonical file: reviews' reviewer and author, on-call's
  /// engineer, incidents' `;`-separated responders.
  static let personColumns: [String: [String]] = [
    Review.fileName: ["reviewer_id", "author_id"], OncallShift.fileName: ["engineer_id"],
    Incident.fileName: ["responders"],
  ]

  /// Replaces every tool user id with its engineer_id, found by the id or one of its `aliases`; ids
  /// the map does not know are kept as they are and listed in `unlinked`, never dropped.
  mutating func link(_ identities: IdentityMap) {
    var unlinked = Set(self.unlinked)
    for index in tables.indices {
      guard let columns = Self.personColumns[tables[index].record.fileName] else { continue }
      for row in tables[index].rows.indices {
        for column in columns {
          guard let text = tables[index].rows[row][column] else { continue }
          let users = text.split(separator: ";").map(String.init)
          let linked = users.map { user in
            let spellings = [user] + (aliases[user] ?? [])
            guard let id = spellings.lazy.compactMap(identities.engineer(for:)).first else {
              unlinked.insert(user)
              return user
            }
            return id
          }
          tables[index].rows[row][column] = linked.joined(separator: ";")
        }
      }
    }
    self.unlinked = unlinked.sorted()
  }
}
