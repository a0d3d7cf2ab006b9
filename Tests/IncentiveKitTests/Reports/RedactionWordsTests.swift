import Testing

@testable import IncentiveKit

@Suite("Redaction words indexed once per roster")
struct RedactionWordsTests {
  static func roster() throws -> Roster {
    func engineer(_ id: String, _ name: String?) -> Engineer {
      Engineer(
        id: id, name: name, team: "t", role: "ic", level: nil, region: nil, timezone: nil, managerID: nil,
        startDate: CivilDate(year: 2020, month: 1, day: 1)!, endDate: nil, exitReason: nil, baseSalary: FixedDecimal(1),
        targetBonusPercent: FixedDecimal(1), currency: nil, line: 2)
    }
    return try Roster(
      engineers: [
        engineer("E1", "Ann Lee"), engineer("E10", "Bo"), engineer("E2", "(Cy)"), engineer("E3", "José"),
        engineer("E4", "\u{212A}im"),
      ], assignments: [])
  }

  @Test(
    "only the words standing in a text are tried, and the result is the same as trying them all",
    arguments: [
      // Bo stands alone; "Bob" is another token; E10 is an id.
      ("Bo and Bob asked E10", "[someone else] and Bob asked [someone else]"),
      // A name starting with a non-word character is tried on every text.
      ("cc (Cy) and Cy", "cc [someone else] and Cy"),
      // Non-ASCII text is searched for every word, as before: José goes, and so does ANN LEE.
      ("José and ann lee — E2", "[someone else] and [someone else] — [someone else]"),
      // The Kelvin sign folds to k, so "Kim" in ASCII text matches the name "Kim" spelled with it.
      ("thanks kim", "thanks [someone else]"),
      // Nothing to take out.
      ("each component's multiplier times its weight", "each component's multiplier times its weight"),
    ])
  func sameAsEveryWord(text: String, expected: String) throws {
    let roster = try Self.roster()
    let shared = RedactionWords(roster: roster)
    // E5 is not in the roster: everyone's words apply.
    let redaction = Redaction(words: shared, roster: roster, keeping: "E5")
    #expect(redaction.apply(text) == expected)
    // Trying every word in order, as the index stands in for, gives the same text.
    var everyWord = text
    for word in shared.all where redaction.isRedacted(word) {
      everyWord = Redaction.replacingWholeWord(word, in: everyWord)
    }
    #expect(everyWord == expected)
  }

  @Test("the kept person's id and name stay, with words shared by a whole run")
  func kept() throws {
    let roster = try Self.roster()
    let shared = RedactionWords(roster: roster)
    #expect(Redaction(words: shared, roster: roster, keeping: "E1").apply("Ann Lee (E1) and Bo") == "Ann Lee (E1) and [someone else]")
    #expect(
      Redaction(words: shared, roster: roster, keeping: "E10").apply("Ann Lee (E1) and Bo")
        == "[someone else] ([someone else]) and Bo")
  }
}
