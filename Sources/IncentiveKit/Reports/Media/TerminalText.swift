/// Text from the data (names, teams, reasons, user names) made safe to print on a terminal: every
/// control character is shown as an escape (`\u{1B}`) instead of acting. An `ESC[8m` in a name
/// would otherwise hide the rest of a row, a carriage return overwrite it, a newline forge a line of
/// its own; bidirectional controls (U+202E, U+2067, U+200F, U+061C) would reorder what is shown, and an
/// invisible character (U+200B in `E0\u{200B}4`) would make two different ids look the same.
public enum TerminalText {
  /// `text` with C0 controls (including tab, CR and LF), DEL, C1 controls, bidirectional controls, invisible code
  /// points (default-ignorable and format characters) and the line and paragraph separators replaced by `\u{XX}`
  /// escapes; everything else unchanged. Idempotent: escaped text has no control characters left.
  public static func escaped(_ text: String) -> String { escaping(text, keepingLineEnds: false) }

  /// `text` made safe line by line, its line feeds kept, and a carriage return ending a line kept with it (a CSV
  /// for Excel ends its lines CRLF): how a machine format (CSV, JSON, payroll) printed on a terminal shows a name
  /// holding `ESC]52;…` (write the clipboard) or `ESC[2J` instead of obeying it. Written to a file or a pipe the same
  /// output keeps its bytes.
  public static func escapedLines(_ text: String) -> String { escaping(text, keepingLineEnds: true) }

  /// `text` with each control scalar escaped but, when `keepingLineEnds`, a line feed and a carriage return just
  /// before one; `text` itself when nothing changed.
  private static func escaping(_ text: String, keepingLineEnds: Bool) -> String {
    // Printable ASCII, nearly every cell of a report, has nothing to escape: one pass over its bytes.
    if text.utf8.withContiguousStorageIfAvailable(isPrintableASCII) == true { return text }
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = String.UnicodeScalarView()
    var changed = false
    var scalars = text.unicodeScalars.makeIterator()
    var next = scalars.next()
    while let scalar = next {
      next = scalars.next()
      let isLineEnd = scalar == "\n" || (scalar == "\r" && next == "\n")
      if !isControl(scalar) || (keepingLineEnds && isLineEnd) {
        out.append(scalar)
      } else {
        out.append(contentsOf: escape(scalar).unicodeScalars)
        changed = true
      }
    }
    return changed ? String(out) : text
  }

  /// `\u{XX}`: the scalar's value in upper-case hex, as Swift writes it in a string literal.
  static func escape(_ scalar: Unicode.Scalar) -> String {
    "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
  }

  /// Whether every byte is printable ASCII (space to `~`): text a terminal shows as it is, a column a byte.
  static func isPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for byte in bytes where byte < 0x20 || byte > 0x7E { return false }
    return true
  }

  /// Whether `scalar` changes what a terminal (or a browser, or a Markdown renderer) shows instead of
  /// being shown as a visible mark of its own.
  ///
  /// ASCII is decided by comparison alone (C0 and DEL), because almost every scalar of a report is
  /// ASCII; only other scalars pay for a Unicode property lookup.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value < 0x20 || value == 0x7F }
    return isNonASCIIControl(scalar)
  }

  /// C1 controls (U+0080–U+009F); the line and paragraph separators U+2028 and U+2029 (a line break to
  /// JavaScript and some terminals); every Bidi_Control scalar (U+061C, U+200E, U+200F, U+202A–U+202E,
  /// U+2066–U+2069), which reorders the text around it; and every Default_Ignorable_Code_Point (U+00AD,
  /// U+034F, U+115F, U+180B–U+180F, U+200B–U+200F, U+2060–U+206F, U+FE00–U+FE0F, U+FEFF,
  /// U+E0000–U+E0FFF, ...) and format character (U+FFF9–U+FFFB, U+13430–U+1343F, ...; `isInvisible`), which
  /// renders as nothing: a zero-width space in an id makes it look like another id, a variation selector or joiner
  /// after `=` hides it from a check that compares characters.
  ///
  /// The price: a zero-width non-joiner inside a Persian name, or the variation selector of an emoji,
  /// shows as `\u{200C}` or `\u{FE0F}` too. Pay data is read by people comparing ids; seeing every
  /// invisible scalar is worth that.
  private static func isNonASCIIControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x80...0x9F, 0x2028, 0x2029: return true
    default: return scalar.properties.isBidiControl || scalar.isInvisible
    }
  }
}
