/// Text from the data (names, teams, reasons, user names) made safe to print on a terminal: every
/// control character is shown as an escape (`\u{1B}`) instead of acting. An `ESC[8m` in a name
/// would otherwise hide the rest of a row, a carriage return overwrite it, a newline forge a line of
/// its own; bidirectional overrides (U+202A–U+202E, U+2066–U+2069) would reorder what is shown.
public enum TerminalText {
  /// `text` with C0 controls (including tab, CR and LF), DEL, C1 controls and bidirectional
  /// overrides replaced by `\u{XX}` escapes; everything else unchanged. Idempotent: escaped text has
  /// no control characters left.
  public static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count + 8)
    for scalar in text.unicodeScalars {
      if isControl(scalar) {
        out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Whether `scalar` changes what a terminal shows instead of being shown.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }
}
