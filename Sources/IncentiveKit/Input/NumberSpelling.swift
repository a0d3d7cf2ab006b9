import Foundation

/// Numbers written the way a spreadsheet shows them rather than the way a file must hold them: `120,000` with a
/// thousands separator, `10%` with a percent sign. The fix is named in the message.
enum NumberSpelling {
  /// "write 120000" or "write 10 for 10 %" when `text` is such a number; nil otherwise.
  static func fix(for text: String) -> String? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if trimmed.hasSuffix("%") {
      let number = trimmed.dropLast().trimmingCharacters(in: .whitespaces)
      guard isPlainNumber(number) else { return nil }
      return "write \(number) for \(number) %"
    }
    guard trimmed.contains(","), isGrouped(trimmed) else { return nil }
    return "write \(trimmed.filter { $0 != "," }) (no thousands separators)"
  }

  private static func isPlainNumber(_ text: String) -> Bool {
    let digits = text.filter { $0 != "." && $0 != "-" }
    return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// `1,234` or `-12,345,678.50`: groups of three digits after the first.
  private static func isGrouped(_ text: String) -> Bool {
    let unsigned = text.hasPrefix("-") ? String(text.dropFirst()) : text
    let whole = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    if whole.count == 2, !isPlainNumber(String(whole[1])) { return false }
    let groups = whole[0].split(separator: ",", omittingEmptySubsequences: false)
    guard groups.count >= 2, let first = groups.first, (1...3).contains(first.count) else { return false }
    return groups.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
      && groups.dropFirst().allSatisfy { $0.count == 3 }
  }
}
