/// Escaping for text placed in HTML and SVG, so a name such as `<script>` shows as written
/// and can never become markup.
enum HTMLText {
  /// `&`, `<`, `>`, `"` and `'` as character references; safe in element text and in quoted
  /// attribute values alike. Control characters (an escape sequence, a bidirectional control, a
  /// zero-width space) are shown as `\u{1B}`, as on a terminal (`TerminalText`): they are parse errors
  /// in HTML, would act when the file is printed with `cat`, or would make two ids look alike.
  ///
  /// The loop reads Unicode scalars, not `Character`s: `"` followed by a combining mark (U+0301) is
  /// one `Character` that equals no `"`, so a loop over characters let it through raw and
  /// a name could close the attribute it sits in. A scalar is never part of another.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in TerminalText.escaped(text).unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
