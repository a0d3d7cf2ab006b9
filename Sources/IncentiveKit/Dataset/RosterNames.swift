import Foundation

/// The teams and engineer ids of the roster, and what a value that is not one of them resembles: the same text
/// after case folding, trimming whitespace and compatibility normalisation (NFKC), so `Search `, `search` and
/// `ｓｅａｒｃｈ` point at the roster's `search` instead of paying a phantom team.
///
/// Canonically equivalent spellings (NFC and NFD) are already the same `String`, so they match exactly.
struct RosterNames: Sendable {
  /// Asked rather than copied: its index of ids answers for the engineers, where a set of its own was 100,000 more
  /// ids hashed at 100,000 people, once per run, for questions the roster already answers.
  private let roster: Roster
  /// The roster's people by position: a value counted at a position is on the roster.
  var people: PersonIndex { roster.people }
  /// Spellings mapped on purpose to a roster value.
  let aliases: RosterAliases
  /// Built at the first `resemblance` question, which most runs never ask: sorting and folding every id of a
  /// 100,000-person roster costs a tenth of a second.
  private lazy var foldedTeams = Self.folded(roster.teams)
  private lazy var foldedEngineers = Self.folded(roster.engineers.map(\.id))

  init(_ roster: Roster, aliases: RosterAliases = RosterAliases()) {
    self.roster = roster
    self.aliases = aliases
  }

  func contains(_ value: String, _ kind: RosterColumn.Kind) -> Bool {
    switch kind {
    case .team: roster.teams.contains(value)
    case .engineer: roster.contains(id: value)
    }
  }

  /// The roster value that `value` (not on the roster) resembles, nil when none does.
  mutating func resemblance(of value: String, _ kind: RosterColumn.Kind) -> String? {
    switch kind {
    case .team: foldedTeams[Self.fold(value)]
    case .engineer: foldedEngineers[Self.fold(value)]
    }
  }

  /// The comparison key: NFKC, whitespace trimmed, case folded.
  ///
  /// Every id of a 100,000-person roster is folded two or three times a run, and Foundation's three passes cost
  /// about 5 µs a value (most of a second at that size), so ASCII text, almost every id and team, takes
  /// `asciiFold`, which gives the same key.
  static func fold(_ value: String) -> String {
    asciiFold(value) ?? foundationFold(value)
  }

  /// `fold` for any text: NFKC, then whitespace trimmed, then case folded.
  static func foundationFold(_ value: String) -> String {
    value.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines)
      .folding(options: [.caseInsensitive], locale: nil)
  }

  /// `fold` for ASCII text, nil for any other: NFKC leaves ASCII as it is, the ASCII members of
  /// `whitespacesAndNewlines` are tab, line feed, vertical tab, form feed, carriage return and space, and case
  /// folding an ASCII letter lowercases it.
  static func asciiFold(_ value: String) -> String? {
    let isSpace = { (byte: UInt8) in byte == 0x20 || (0x09...0x0D).contains(byte) }
    let isUpper = { (byte: UInt8) in (0x41...0x5A).contains(byte) }
    var unchanged = false
    let key = value.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) })
      else { return "" }
      let kept = bytes[first...last]
      if kept.count == bytes.count, !kept.contains(where: isUpper) {
        unchanged = true
        return nil
      }
      return String(unsafeUninitializedCapacity: kept.count) { buffer in
        for (offset, byte) in kept.enumerated() { buffer[offset] = isUpper(byte) ? byte | 0x20 : byte }
        return kept.count
      }
    }
    return unchanged ? value : key ?? nil
  }

  /// Each value by its key; when two share one, the smaller (so the answer never depends on set order).
  private static func folded(_ values: some Collection<String>) -> [String: String] {
    var result: [String: String] = [:]
    for value in values.sorted() {
      let key = fold(value)
      if result[key] == nil { result[key] = value }
    }
    return result
  }
}
