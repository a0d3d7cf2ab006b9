import Testing

@testable import IncentiveKit

/// `RosterNames.asciiFold` stands in for Foundation's NFKC, trim and case fold on ASCII text, for speed; a key it
/// made differently would let two near-duplicate ids through, or reject two distinct ones.
@Suite("The ASCII fold gives Foundation's key")
struct RosterNamesFoldTests {
  @Test("every ASCII character, alone and between letters and spaces")
  func everyCharacter() {
    for byte in UInt8(0)..<0x80 {
      let character = String(decoding: [byte], as: UTF8.self)
      for text in [character, "E0\(character)4", " \(character)x\(character) ", "\(character)\(character)", "Ab\(character)"] {
        #expect(RosterNames.asciiFold(text) == RosterNames.foundationFold(text), "\(Array(text.utf8))")
      }
    }
  }

  @Test("ids, teams and blanks as rosters write them")
  func typicalValues() {
    for text in ["E000123", "e000123", " E04 ", "\tSearch\r\n", "team-42", "Platform Core", "", "   ", "\u{0B}\u{0C}x"] {
      #expect(RosterNames.asciiFold(text) == RosterNames.foundationFold(text), "\(text)")
    }
  }

  @Test("other text takes Foundation's fold")
  func nonASCII() {
    #expect(RosterNames.asciiFold("Ｅ04") == nil)
    #expect(RosterNames.fold("Ｅ04") == "e04")
    #expect(RosterNames.fold("Straße ") == RosterNames.foundationFold("Straße "))
  }
}
