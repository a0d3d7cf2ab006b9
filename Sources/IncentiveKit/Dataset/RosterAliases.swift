/// Spellings that stand for a roster value on purpose: a team's other name from the plan's `team_aliases`, a
/// person's other ids from the dataset's `identities.csv`. A row written under an alias counts toward the roster
/// value and is reported as mapped; a near match without one stays an error (docs/data-quality.md).
struct RosterAliases: Sendable, Equatable {
  /// Alias → roster team, exact spellings.
  private(set) var teams: [String: String] = [:]
  /// Lowercased spelling → roster engineer id (tool logins are not case-sensitive, as `import` treats them).
  private(set) var engineers: [String: String] = [:]

  init() {}

  /// The aliases a run pays under: the plan's `team_aliases` and `dataset`'s `identities.csv`. `validate` with a
  /// dataset reads subjects through the same ones as paying does.
  init(plan: Plan, planFile: String, dataset: Dataset, roster: Roster) throws {
    try self.init(
      teamAliases: plan.teamAliases, planFile: planFile, identities: try dataset.load(Identity.self),
      identitiesFile: (try dataset.path(forFile: Identity.fileName)) ?? dataset.join("identities.csv"), roster: roster)
  }

  /// - Throws: `PlanError.invalid` at `team_aliases.<alias>` for a target that is not a roster team or an alias
  ///   that is one; `InputError.inconsistent` at the identities row for an engineer not on the roster, a spelling
  ///   that is another roster engineer's id, or one spelling given to two people.
  init(teamAliases: [String: String], planFile: String, identities: [Identity], identitiesFile: String, roster: Roster)
    throws
  {
    if let problem = Self.teamAliasProblems(teamAliases, rosterTeams: roster.teams).first {
      throw PlanError.invalid(file: planFile, path: problem.path, reason: problem.reason)
    }
    teams = teamAliases
    // Every roster id folded is only needed to check identities against (100,000 of them at a large org).
    guard !identities.isEmpty else { return }
    // Owners by the near-spelling key (`RosterNames.fold`: case, surrounding spaces, width), not case alone: `E04 `
    // or `Ｅ04` given to E10 took E04's rows as E10's, with a "mapped alias" note as the only word.
    var owners: [String: (id: String, line: Int)] = [:]
    owners.reserveCapacity(roster.engineers.count + identities.count)
    for id in roster.engineers.map(\.id) { owners[RosterNames.fold(id)] = (id, 0) }
    for identity in identities {
      guard roster[identity.engineerID] != nil else {
        throw InputError.inconsistent(
          file: identitiesFile, line: identity.line,
          reason: "engineer_id \"\(TerminalText.escaped(identity.engineerID))\" is not on the roster; an identity maps "
            + "spellings to a roster engineer")
      }
      for spelling in identity.spellings where spelling != identity.engineerID {
        let key = spelling.lowercased()
        let folded = RosterNames.fold(spelling)
        if let owner = owners[folded], owner.id != identity.engineerID {
          let whose = owner.line == 0 ? "the roster id of" : "already an identity of (line \(owner.line))"
          throw InputError.inconsistent(
            file: identitiesFile, line: identity.line,
            reason: "\"\(TerminalText.escaped(spelling))\" of \(TerminalText.escaped(identity.engineerID)) is \(whose) "
              + "\(TerminalText.escaped(owner.id)); a spelling may stand for one engineer only")
        }
        if owners[folded] == nil { owners[folded] = (identity.engineerID, identity.line) }
        engineers[key] = identity.engineerID
      }
    }
  }

  /// What is wrong with the plan's `team_aliases` against the roster's teams, by alias: a target the roster lacks,
  /// an alias that is itself a roster team. `validate DATASET` lists them; a paying command refuses the first.
  static func teamAliasProblems(_ aliases: [String: String], rosterTeams: Roster.Teams) -> [(
    path: String, reason: String
  )] {
    aliases.sorted { $0.key < $1.key }.compactMap { alias, team in
      let path = "team_aliases." + alias
      if !rosterTeams.contains(team) { return (path, "\"\(team)\" is not a team of the roster; map the alias to one") }
      if rosterTeams.contains(alias) {
        return (path, "\"\(alias)\" is itself a team of the roster; an alias maps a name the roster lacks")
      }
      return nil
    }
  }

  var isEmpty: Bool { teams.isEmpty && engineers.isEmpty }

  /// The roster value `value` is an alias of; nil when it is none (callers ask only for values not on the roster).
  func target(of value: String, _ kind: RosterColumn.Kind) -> String? {
    switch kind {
    case .team: teams[value]
    case .engineer: engineers.isEmpty ? nil : engineers[value.lowercased()]
    }
  }

  /// The team `value` stands for: its alias target, else itself.
  func team(_ value: String) -> String { teams[value] ?? value }

  /// The engineer id `value` stands for: its identity, else itself. A roster id is never an alias (see `init`), so
  /// a roster id resolves to itself.
  func engineer(_ value: String) -> String { target(of: value, .engineer) ?? value }

  /// `tallies` with every alias's tally merged into its roster value's, laid out as they were.
  func resolved<Table: TallyTable>(
    _ tallies: Table, _ kind: RosterColumn.Kind, merge: (inout Table.Tally, Table.Tally) -> Void
  ) -> Table {
    guard !isEmpty else { return tallies }
    var result = tallies.emptied()
    for (value, tally) in tallies {
      let key = target(of: value, kind) ?? value
      if var existing = result[key] {
        merge(&existing, tally)
        result[key] = existing
      } else {
        result[key] = tally
      }
    }
    return result
  }
}
