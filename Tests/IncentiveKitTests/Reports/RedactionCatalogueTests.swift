import Testing

@testable import IncentiveKit

@Suite("Redaction catalogue indexed once per roster")
struct RedactionCatalogueTests {
  static func roster() throws -> Roster {
    try RedactionTests.roster([
      ("E1", "Ann Lee"), ("E10", "Bo"), ("E2", "(Cy)"), ("E3", "José"), ("E4", "\u{212A}im"),
    ])
  }

  @Test(
    "each other person's id or name standing as a whole word is replaced, in any script or case",
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
  func onlyOthersWords(text: String, expected: String) throws {
    let roster = try Self.roster()
    // E5 is not in the roster: everyone's words apply.
    let redaction = Redaction.Catalogue(roster: roster).redaction(keeping: "E5", ownName: nil)
    #expect(redaction.apply(text) == expected)
  }

  @Test("the kept person's id and name stay, with words shared by a whole run")
  func kept() throws {
    let roster = try Self.roster()
    let shared = Redaction.Catalogue(roster: roster)
    #expect(shared.redaction(keeping: "E1", ownName: "Ann Lee").apply("Ann Lee (E1) and Bo") == "Ann Lee (E1) and [someone else]")
    #expect(
      shared.redaction(keeping: "E10", ownName: "Bo").apply("Ann Lee (E1) and Bo")
        == "[someone else] ([someone else]) and Bo")
  }
}
