import Foundation

/// The teams and engineer ids of the roster, and what a value that is not one of them resembles: the same text
/// after case folding, trimming whitespace and compatibility normalisation (NFKC), so `Search `, `search` and
/// `ｓｅａｒｃｈ` point at the roster's `search` instead of paying a phantom team.
///
/// Canonically equivalent spellings (NFC and NFD) are already the same `String`, so they match exactly.
struct RosterNames: Sendable {
  let teams: Set<String>
  let engineers: Set<String>
  /// Spellings mapped on purpose to a roster value.
  let aliases: RosterAliases
  private let foldedTeams: [String: String]
  private let foldedEngineers: [String: String]

  init(teams: Set<String>, engineers: Set<String>, aliases: RosterAliases = RosterAliases()) {
    self.teams = teams
    self.engineers = engineers
    self.aliases = aliases
    foldedTeams = Self.folded(teams)
    foldedEngineers = Self.folded(engineers)
  }

  init(_ roster: Roster, aliases: RosterAliases = RosterAliases()) {
    self.init(teams: roster.teams, engineers: Set(roster.engineers.map(\.id)), aliases: aliases)
  }

  func contains(_ value: String, _ kind: RosterColumn.Kind) -> Bool {
    switch kind {
    case .team: teams.contains(value)
    case .engineer: engineers.contains(value)
    }
  }

  /// The roster value that `value` (not on the roster) resembles, nil when none does.
  func resemblance(of value: String, _ kind: RosterColumn.Kind) -> String? {
    switch kind {
    case .team: foldedTeams[Self.fold(value)]
    case .engineer: foldedEngineers[Self.fold(value)]
    }
  }

  /// The comparison key: NFKC, whitespace trimmed, case folded.
  static func fold(_ value: String) -> String {
    value.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines)
      .folding(options: [.caseInsensitive], locale: nil)
  }

  /// Each value by its key; when two share one, the smaller (so the answer never depends on set order).
  private static func folded(_ values: Set<String>) -> [String: String] {
    var result: [String: String] = [:]
    for value in values.sorted() where result[fold(value)] == nil { result[fold(value)] = value }
    return result
  }
}
