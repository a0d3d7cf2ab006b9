/// Closeness of two names, to turn a typo into a "did you mean ...?" instead of a bare rejection.
///
/// Uses the optimal-string-alignment form of the Damerau-Levenshtein distance: insertions,
/// deletions, substitutions and swaps of two neighbouring characters each cost 1, so the most
/// common slips (`fromat`, `calcualte`) are one edit away.
package enum EditDistance {
  /// The largest distance still offered as a suggestion; further away is more likely a different
  /// word than a typo.
  static let maximumSuggestionDistance = 2

  /// Number of edits turning `source` into `target`, compared by characters as typed.
  package static func between(_ source: String, _ target: String) -> Int {
    let a = Array(source)
    let b = Array(target)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    // Three rows suffice: the swap looks two rows back.
    var twoBack = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          best = min(best, twoBack[j - 2] + 1)
        }
        current[j] = best
      }
      (twoBack, previous, current) = (previous, current, twoBack)
    }
    return previous[b.count]
  }

  /// The candidate a person most likely meant by `input`, or nil when none is close.
  ///
  /// Compares case-insensitively. A candidate qualifies when it is at most two edits away (and
  /// fewer edits than `input` has characters, so `ab` doesn't "suggest" an unrelated `cd`) or when
  /// it starts with `input` (`calc` -> `calculate`). The nearest wins; on a tie one that starts
  /// with `input` wins, then the earlier in `candidates`.
  package static func suggestion(for input: String, among candidates: [String]) -> String? {
    let typed = input.lowercased()
    guard !typed.isEmpty else { return nil }
    var best: (candidate: String, distance: Int, isPrefix: Bool)?
    for candidate in candidates {
      let lowered = candidate.lowercased()
      let distance = between(typed, lowered)
      let isPrefix = lowered.hasPrefix(typed)
      let isClose = distance <= maximumSuggestionDistance && distance < typed.count
      guard isClose || isPrefix else { continue }
      if let current = best {
        let isBetter = distance < current.distance || (distance == current.distance && isPrefix && !current.isPrefix)
        guard isBetter else { continue }
      }
      best = (candidate, distance, isPrefix)
    }
    return best?.candidate
  }
}
