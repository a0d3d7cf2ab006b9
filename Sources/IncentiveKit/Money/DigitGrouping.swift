/// Thousands separators for digits people read (`1234567` → `1,234,567`), shared by amounts
/// and counts so every view groups the same way.
enum DigitGrouping {
  /// `digits` must be unsigned decimal digits with no fraction.
  static func thousands(_ digits: some StringProtocol) -> String {
    var text = String(digits)
    var index = text.count - 3
    while index > 0 {
      text.insert(",", at: text.index(text.startIndex, offsetBy: index))
      index -= 3
    }
    return text
  }
}
