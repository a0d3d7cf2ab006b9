import Testing

@testable import ArgumentParsing

/// The typo distance and the suggestion picked from it.
@Suite("Edit distance")
struct EditDistanceTests {
  @Test(
    "Distance counts insertions, deletions, substitutions and neighbour swaps as one each",
    arguments: [
      ("format", "fromat", 1),
      ("calculate", "calcualte", 1),
      ("json", "jsn", 1),
      ("same", "same", 0),
      ("kitten", "sitting", 3),
      ("", "abc", 3),
      ("abc", "", 3),
      ("ab", "ba", 1),
      // Optimal string alignment: a swapped pair is not edited again (true Damerau would give 2).
      ("ca", "abc", 3),
    ])
  func distance(source: String, target: String, expected: Int) {
    #expect(EditDistance.between(source, target) == expected)
    #expect(EditDistance.between(target, source) == expected)
  }

  @Test(
    "Suggestion: nearest within two edits, else a candidate the input starts, else none",
    arguments: [
      ("fromat", ["output", "format"], "format"),
      ("jsn", ["table", "csv", "json"], "json"),
      ("js", ["table", "csv", "json"], "json"),
      ("JSON", ["table", "csv", "json"], "json"),
      ("calc", ["check", "calculate"], "calculate"),
      ("tabel", ["table", "cable"], "table"),
      ("xml", ["table", "csv", "json"], nil),
      ("ab", ["cd"], nil),
      ("", ["a"], nil),
      ("anything", [], nil),
    ] as [(String, [String], String?)])
  func suggestion(input: String, candidates: [String], expected: String?) {
    #expect(EditDistance.suggestion(for: input, among: candidates) == expected)
  }
}
