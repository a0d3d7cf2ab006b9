import ArgumentParsing

extension Roster {
  /// The engineer_id a person most likely meant by `id` (`E9` → `E09`, `e010` → `E10`), for a
  /// "did you mean" beside an unknown id; nil when no id is close.
  func closestID(to id: String) -> String? {
    EditDistance.suggestion(for: id, among: engineers.map(\.id))
  }
}

/// `; did you mean X?` after an error naming something unknown, or nothing without a suggestion; X comes from
/// the data (a roster id), so it is shown escaped.
func didYouMean(_ suggestion: String?) -> String {
  suggestion.map { "; did you mean \(shown: $0)?" } ?? ""
}
