/// Escaping for text placed in HTML and SVG, so a name such as `<script>` shows as written
/// and can never become markup.
enum HTMLText {
  /// `&`, `<`, `>`, `"` and `'` as character references; safe in element text and in quoted
  /// attribute values alike. Control characters (an escape sequence, a bidirectional override)
  /// are shown as `\u{1B}`, as on a terminal (`TerminalText`): they are parse errors in HTML and
  /// would act when the file is printed with `cat`.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in TerminalText.escaped(text) {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
  }
}
