extension TerminalText {
  /// Scalars a terminal draws two columns wide: East Asian Wide and Fullwidth (Hangul, CJK, kana,
  /// fullwidth forms), after Markus Kuhn's `wcwidth`; emoji with emoji presentation are added by property.
  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
    0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
    0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD,
    0x30000...0x3FFFD,
  ]

  /// The columns `character` takes on a terminal: 2 when a scalar of it is wide, else 1 (a base letter with
  /// any number of combining marks is one column).
  static func columns(of character: Character) -> Int {
    // ASCII, nearly every character of a report, without looking at its scalars.
    if character.utf8.count == 1 { return 1 }
    for scalar in character.unicodeScalars {
      let value = scalar.value
      if value < 0x1100 { continue }
      if scalar.properties.isEmojiPresentation || wideRanges.contains(where: { $0.contains(value) }) { return 2 }
    }
    return 1
  }

  /// The columns `text` takes on a terminal, so tables align CJK names and emoji as they align ASCII.
  static func displayWidth<S: StringProtocol>(_ text: S) -> Int {
    // Printable ASCII, nearly every cell of a report: a column a byte, without walking its characters.
    if text.utf8.withContiguousStorageIfAvailable(isPrintableASCII) == true { return text.utf8.count }
    var width = 0
    for character in text { width += columns(of: character) }
    return width
  }
}
