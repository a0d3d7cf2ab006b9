import Testing

@testable import IncentiveKit

/// Two roster ids that look the same are one person paid twice, or rows paid to nobody. The audit found that an
/// id with a zero-width space (`E0\u{200B}4`) passed the near-duplicate check beside `E04` and showed exactly like
/// it in every report.
@Suite("Roster ids that differ only in invisible characters")
struct RosterNearDuplicateTests {
  static let invisibleMessage =
    " only in invisible characters (shown as \\u{…}); rows for one would be paid as the other"

  @Test(
    "an id differing from an earlier one only by invisible scalars is refused, naming both with escapes",
    arguments: [
      ("E0000\u{200B}01", "E0000\\u{200B}01"),
      ("E0000\u{2060}01", "E0000\\u{2060}01"),
      ("\u{FEFF}E000001", "\\u{FEFF}E000001"),
      ("E000001\u{AD}", "E000001\\u{AD}"),
      ("E000001\u{FE0F}", "E000001\\u{FE0F}"),
      ("E000001\u{E0041}", "E000001\\u{E0041}"),
      ("E00000\u{34F}1\u{200D}", "E00000\\u{34F}1\\u{200D}"),
      // A format character Unicode does not call ignorable (the second audit: accepted beside `E04`).
      ("E0000\u{FFF9}01", "E0000\\u{FFF9}01"),
      ("E000001\u{13430}", "E000001\\u{13430}"),
      // Case and an invisible scalar together: the invisible one is what the reader can't see.
      ("e0000\u{200B}01", "e0000\\u{200B}01"),
    ],
    RosterChecksTests.sizes)
  func invisibleDifference(_ example: (id: String, shown: String), size: Int) {
    let (id, shown) = example
    // Line 12 takes a look-alike of line 3's `E000001`.
    let engineers = RosterChecksTests.engineers(size) { $0[10].id = id }
    #expect(
      RosterChecksTests.refusal(engineers)
        == "line 12: engineer_id \"\(shown)\" differs from \"E000001\" (line 3)" + Self.invisibleMessage)
  }

  @Test(
    "a visible difference (a combining accent, another digit) is no near duplicate", arguments: RosterChecksTests.sizes)
  func visibleDifference(size: Int) {
    let engineers = RosterChecksTests.engineers(size) {
      $0[10].id = "E00000\u{301}1"
      $0[11].id = "E0000\u{200B}1"
    }
    #expect(RosterChecksTests.refusal(engineers) == nil)
  }

  @Test("the key drops default-ignorable scalars before folding, and leaves ASCII ids to the fold alone")
  func key() {
    #expect(Roster.nearDuplicateKey("E0\u{200B}4") == "e04")
    #expect(Roster.nearDuplicateKey(" E04 ") == "e04")
    #expect(Roster.nearDuplicateKey("Ｅ0\u{2060}4") == "e04")
    #expect(Roster.nearDuplicateKey("E0\u{301}4") == "e0\u{301}4")
  }
}
