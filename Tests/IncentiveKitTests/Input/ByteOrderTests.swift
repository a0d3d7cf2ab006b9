import Testing

@_spi(Synthetic) @testable import IncentiveKit

@Suite("Byte order of strings")
struct ByteOrderTests {
  @Test(
    "byte order, worked by hand: a prefix first, upper case before lower, UTF-8 bytes rather than Unicode order",
    arguments: [
      ("", "", false), ("", "a", true), ("a", "", false), ("a", "a", false),
      ("E0101", "E0102", true), ("E0102", "E0101", false), ("E01", "E010", true), ("E010", "E01", false),
      ("Z", "a", true), ("a", "Z", false), ("team-10", "team-9", true),
      // "é" is C3 A9 and "z" 7A: é comes after z in bytes.
      ("é", "z", false), ("z", "é", true),
      // U+FB01 (EF AC 81) against U+1F600 (F0 9F 98 80): EF < F0.
      ("\u{FB01}", "\u{1F600}", true),
      // Longer than a small string's 15 bytes, differing only in the last byte.
      ("a-very-long-engineer-identifier-1", "a-very-long-engineer-identifier-2", true),
      ("a-very-long-engineer-identifier-2", "a-very-long-engineer-identifier-1", false),
    ] as [(String, String, Bool)])
  func pairs(left: String, right: String, precedes: Bool) {
    #expect(left.precedesInByteOrder(right) == precedes)
    #expect(left.precedesInByteOrder(right) == left.utf8.lexicographicallyPrecedes(right.utf8))
  }

  @Test("sorting by it gives the order of the UTF-8 walk on ids of every length and script")
  func sorting() {
    let words = Self.words(
      500, upTo: 20, of: ["a", "B", "0", "-", "é", "ß", "日", "\u{1F600}", "z", "Z"], seed: 42)
    #expect(words.sorted { $0.precedesInByteOrder($1) } == words.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
  }

  @Test(
    "same bytes: equal text byte for byte, canonical equivalents apart",
    arguments: [
      ("delivery", "delivery", true), ("delivery", "deliverx", false), ("delivery", "deliver", false),
      ("", "", true), ("", "a", false),
      // Equal as Strings, other bytes: precomposed é and e with a combining accent; the Kelvin sign and K.
      ("d\u{E9}livery", "de\u{301}livery", false), ("\u{212A}", "K", false),
      ("a long id past fifteen bytes, stored on the heap", "a long id past fifteen bytes, stored on the heap", true),
    ])
  func sameBytes(left: String, right: String, same: Bool) {
    #expect(left.hasSameBytes(as: right) == same)
    #expect(right.hasSameBytes(as: left) == same)
    #expect(left.hasSameBytes(as: right) == Array(left.utf8).elementsEqual(Array(right.utf8)))
  }

  /// Where two strings' 16-byte prefixes differ, their order is the strings' byte order; equal prefixes leave it to
  /// the strings. Words of every script and length, with NUL bytes (which the prefix's padding also holds) among
  /// them, and one sort by prefix then bytes against the UTF-8 walk.
  @Test("the 16-byte prefix orders as the bytes do wherever prefixes differ")
  func prefixOrder() {
    let words = Self.words(
      400, upTo: 12, of: ["a", "b", "\u{0}", "\u{E9}", "e\u{301}", "日", "\u{1F600}", "team-", "0", "9"], seed: 7)
    for left in words.prefix(120) {
      for right in words.prefix(120) {
        let (a, b) = (left.byteOrderPrefix, right.byteOrderPrefix)
        if a != b { #expect((a < b) == left.utf8.lexicographicallyPrecedes(right.utf8), "\(left) vs \(right)") }
        if left.hasSameBytes(as: right) { #expect(a == b) }
      }
    }
    let sorted = words.sorted {
      $0.byteOrderPrefix != $1.byteOrderPrefix ? $0.byteOrderPrefix < $1.byteOrderPrefix : $0.precedesInByteOrder($1)
    }
    // Compared as bytes: `==` on `String` would take two canonically equal words swapped as the same list.
    let walked = words.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    #expect(sorted.map { Array($0.utf8) } == walked.map { Array($0.utf8) })
    // Worked by hand: "a" pads to 61 00 ..., "a\0" to the same; "ab" is 61 62 00 ...
    #expect("a".byteOrderPrefix == "a\u{0}".byteOrderPrefix)
    #expect("a".byteOrderPrefix < "ab".byteOrderPrefix)
    #expect("team-0001".byteOrderPrefix.high == 0x7465_616D_2D30_3030)
    #expect("team-0001".byteOrderPrefix.low == 0x3100_0000_0000_0000)
  }

  @Test("sortedInByteOrder: the UTF-8 walk's order, same-byte keys by the tie rule or as they came")
  func sortedInByteOrder() {
    let words = Self.words(
      600, upTo: 10, of: ["a", "B", "\u{0}", "\u{E9}", "e\u{301}", "日", "team-0", "E0", "\u{1F600}"], seed: 99)
    #expect(
      words.sortedInByteOrder().map { Array($0.utf8) }
        == words.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { Array($0.utf8) })
    // Worked by hand: "a" before "b"; the two "b"s by their number with a tie rule, in their given order without.
    let pairs = [("b", 2), ("a", 1), ("b", 1), ("b", 2)]
    #expect(pairs.sortedInByteOrder(of: \.0) { $0.1 < $1.1 }.map(\.1) == [1, 1, 2, 2])
    #expect(pairs.sortedInByteOrder(of: \.0).map(\.1) == [1, 2, 1, 2])
    // Elements the tie rule does not order keep their given order: the two ("b", 2) by position.
    let tagged = [("b", 2, "first"), ("b", 1, "x"), ("b", 2, "second")]
    #expect(tagged.sortedInByteOrder(of: \.0) { $0.1 < $1.1 }.map(\.2) == ["x", "first", "second"])
    // Keys past 16 bytes that share their first 16: the bytes after decide.
    let long = ["identifier-000000-b", "identifier-000000-a", "identifier-000000"]
    #expect(long.sortedInByteOrder() == ["identifier-000000", "identifier-000000-a", "identifier-000000-b"])
  }

  @Test(
    "line order: by line, then by the keys' bytes",
    arguments: [
      (1, "b", 2, "a", true), (2, "a", 1, "b", false), (1, "a", 1, "b", true), (1, "b", 1, "a", false),
      (1, "a", 1, "a", false),
      // One line, two spellings `==` takes as one name: bytes decide (65 CC 81 before C3 A9).
      (1, "e\u{301}", 1, "\u{E9}", true), (1, "\u{E9}", 1, "e\u{301}", false),
    ] as [(Int, String, Int, String, Bool)])
  func lineOrder(line: Int, key: String, otherLine: Int, other: String, precedes: Bool) {
    #expect(key.precedes(atLine: line, other, atLine: otherLine) == precedes)
  }

  /// `count` words of up to `length - 1` pieces of `alphabet` each, the same for a seed.
  static func words(_ count: Int, upTo length: UInt64, of alphabet: [String], seed: UInt64) -> [String] {
    var generator = SplitMix64(state: seed)
    return (0..<count).map { _ in
      (0..<Int(generator.next() % length)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
        .joined()
    }
  }
}
