/// Text from a data file made safe for a terminal or a log: control characters (an escape sequence a terminal would
/// obey, a carriage return that hides what came before) are shown as `\u{1B}` instead of being written.
enum TerminalText {
  static func safe(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.properties.generalCategory == .format {
        result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
