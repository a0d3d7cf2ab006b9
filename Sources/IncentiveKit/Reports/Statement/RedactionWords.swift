import Foundation

/// Every roster id and name, longest first (the order `Redaction` replaces them in), indexed so
/// that a piece of text finds the few words standing in it without trying all of them: built once
/// per run and shared by every statement, so `statement --all` does work in proportion to people,
/// not people × people.
///
/// A word can change a text only where it stands as a whole word. In ASCII text that place starts
/// a run of word characters (or a word that starts with another character), so the word's first
/// run, lower-cased, must equal the text's run there. Words are looked up by that run; the few
/// that start with another character, and non-ASCII words that case-fold to ASCII (the Kelvin
/// sign is a `k`), are tried on every text. Text that is not ASCII tries every word, as before.
final class RedactionWords: Sendable {
  /// Longest first (in characters), then in `String` order.
  let all: [String]
  /// Ranks in `all` by the lower-cased ASCII run of word characters each word starts with.
  private let byFirstRun: [String: [Int]]
  /// Ranks tried on every ASCII text.
  private let everywhere: [Int]

  init(roster: Roster) {
    var words = Set<String>()
    for engineer in roster.engineers {
      words.insert(engineer.id)
      if let name = engineer.name, !name.isEmpty { words.insert(name) }
    }
    all = words.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    var byFirstRun: [String: [Int]] = [:]
    var everywhere: [Int] = []
    for (rank, word) in all.enumerated() {
      if word.utf8.allSatisfy({ $0 < 0x80 }) {
        let run = Self.leadingRun(Array(word.utf8), from: 0)
        if run.isEmpty { everywhere.append(rank) } else { byFirstRun[run, default: []].append(rank) }
      } else if word.folding(options: .caseInsensitive, locale: nil).unicodeScalars.allSatisfy(\.isASCII) {
        everywhere.append(rank)
      }
    }
    self.byFirstRun = byFirstRun
    self.everywhere = everywhere
  }

  /// The ranks (from `first` on, ascending) of the words that may stand as whole words in
  /// `text`; every rank from `first` when `text` is not ASCII; nil when none is left to try.
  func candidates(in text: String, from first: Int) -> [Int]? {
    guard first < all.count else { return nil }
    let bytes = Array(text.utf8)
    guard bytes.allSatisfy({ $0 < 0x80 }) else { return Array(first..<all.count) }
    var ranks = everywhere.filter { $0 >= first }
    var index = 0
    while index < bytes.count {
      guard Self.isWordByte(bytes[index]) else {
        index += 1
        continue
      }
      let run = Self.leadingRun(bytes, from: index)
      if let found = byFirstRun[run] { ranks += found.lazy.filter { $0 >= first } }
      index += run.utf8.count
    }
    ranks.sort()
    return ranks
  }

  /// The lower-cased run of word characters (letters, digits, `_`, `-`) at `start`.
  private static func leadingRun(_ bytes: [UInt8], from start: Int) -> String {
    var end = start
    while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
    return String(decoding: bytes[start..<end].map { $0 | (isUpper($0) ? 0x20 : 0) }, as: UTF8.self)
  }

  private static func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }

  /// ASCII word characters as `Redaction.isWordCharacter` sees them.
  private static func isWordByte(_ byte: UInt8) -> Bool {
    isUpper(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
      || byte == UInt8(ascii: "-")
  }
}
