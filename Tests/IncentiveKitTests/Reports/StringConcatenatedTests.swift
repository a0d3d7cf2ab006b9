import Testing

@testable import IncentiveKit

/// `String.concatenated` joins its parts into one string whatever their length and content: small strings held
/// inline, large ones held on the heap, empty parts and non-ASCII text.
@Suite("Strings joined in one allocation")
struct StringConcatenatedTests {
  /// A string built at run time, so it is not a literal's storage.
  static func built(_ text: String) -> String { String(decoding: Array(text.utf8), as: UTF8.self) }

  @Test(
    arguments: [
      (
        ["no value for ", "substantive_review_ratio", ": on_missing ", "zero"],
        "no value for substantive_review_ratio: on_missing zero"
      ),
      (["", "", ""], ""),
      (["a", "", "b"], "ab"),
      (["équipe ", "Zürich", " 東京"], "équipe Zürich 東京"),
      ([String(repeating: "x", count: 100), "y"], String(repeating: "x", count: 100) + "y"),
    ])
  func joinsEveryPartInOrder(parts: [String], joined: String) {
    let built = parts.map(Self.built)
    let result: String
    switch built.count {
    case 2: result = .concatenated(built[0], built[1])
    case 3: result = .concatenated(built[0], built[1], built[2])
    default: result = .concatenated(built[0], built[1], built[2], built[3])
    }
    #expect(result == joined)
    #expect(Array(result.utf8) == Array(joined.utf8))
  }
}
