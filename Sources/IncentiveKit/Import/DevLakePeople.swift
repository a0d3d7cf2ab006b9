/// Who is behind each DevLake account, as DevLake itself links them: `user_accounts` first, then,
/// for accounts it does not list, an exact match of the account's e-mail, full name or user name
/// with a user's e-mail or name (the org plugin's `connectUserAccountsExact`). A person is
/// written as their DevLake user id, which DevLake's team configuration lets an org set to its
/// own ids, so `identities.csv` is needed only for accounts DevLake has no user for.
struct DevLakePeople {
  /// Account id → user id.
  private var users: [String: String] = [:]
  /// User id → the spellings identities.csv may know the person by: e-mail and name as the users table gives them,
  /// then account ids in byte order.
  private(set) var aliases: [String: [String]] = [:]
  /// Accounts linked by `user_accounts`, and by e-mail or name.
  private(set) var linkedByTable = 0
  private(set) var linkedByMatch = 0

  init() {}

  init(_ dump: DevLakeDump) throws(InputError) {
    if let table = dump["user_accounts"] {
      try table.forEachRow(columns: [.required("user_id"), .required("account_id")]) {
        (row: TableRow) throws(InputError) in
        users[try row.requiredString(1)] = try row.requiredString(0)
      }
      linkedByTable = users.count
    }
    var byEmail: [String: String] = [:]
    var byName: [String: String] = [:]
    if let table = dump["users"] {
      try table.forEachRow(columns: [.required("id"), .optional("email"), .optional("name")]) {
        (row: TableRow) throws(InputError) in
        let id = try row.requiredString(0)
        if let email = try row.string(1) {
          byEmail[email] = id
          aliases[id, default: []].append(email)
        }
        if let name = try row.string(2) {
          byName[name] = id
          aliases[id, default: []].append(name)
        }
      }
    }
    if let table = dump["accounts"], !(byEmail.isEmpty && byName.isEmpty) {
      let columns: [TableColumn] = [
        .required("id"), .optional("email"), .optional("full_name"), .optional("user_name"),
      ]
      try table.forEachRow(columns: columns) { (row: TableRow) throws(InputError) in
        let account = try row.requiredString(0)
        guard users[account] == nil else { return }
        let email = try row.string(1)
        let fullName = try row.string(2)
        let userName = try row.string(3)
        if let user = email.flatMap({ byEmail[$0] }) ?? fullName.flatMap({ byName[$0] })
          ?? userName.flatMap({ byName[$0] })
        {
          users[account] = user
          linkedByMatch += 1
        }
      }
    }
    // In account order: identities.csv is asked about a person's spellings in list order, and when it knows two of
    // them as different people the first wins, so the list must not follow a hash table's order, which changes from
    // run to run.
    for (account, user) in users.sorted(by: { $0.key.precedesInByteOrder($1.key) }) {
      aliases[user, default: []].append(account)
    }
  }

  /// The person behind a DevLake account: their user id, or the account id when DevLake has none.
  func person(_ account: String) -> String { users[account] ?? account }

  var isEmpty: Bool { users.isEmpty }
}
