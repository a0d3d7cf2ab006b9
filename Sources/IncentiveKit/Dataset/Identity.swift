/// One person's other spellings (`identities.csv`): the logins of their tools, an e-mail, and any `alias` an export
/// writes for them (`a1` for roster id `A1`). `incentive import --identities` links tool users with it; in a dataset
/// folder it maps an event file's spelling to the roster id on purpose (docs/data-quality.md).
struct Identity: DatasetRecord {
  var engineerID: String
  /// The non-empty cells after `engineer_id`, as written.
  var spellings: [String]
  var line: Int

  static let fileName = "identities"
  static let columns: [TableColumn] = [
    .required("engineer_id"), .optional("github"), .optional("gitlab"), .optional("email"), .optional("pagerduty"),
    .optional("jira"), .optional("devlake"), .optional("alias"),
  ]

  init(row: borrowing TableRow) throws(InputError) {
    engineerID = try row.requiredString(0)
    var spellings: [String] = []
    for column in 1..<Self.columns.count {
      if let spelling = try row.string(column) { spellings.append(spelling) }
    }
    self.spellings = spellings
    line = row.line
  }
}
