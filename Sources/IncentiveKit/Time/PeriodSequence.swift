import Foundation

/// The periods of `incentive trend --periods`: a range of like periods (`2026-Q1..2026-Q4`,
/// `2026-01..2026-06`, `2025-H1..2026-H2`, `2024..2026`) or a comma-separated list of any periods
/// (`2026-Q1,2026-Q2`), each kept with its label.
struct PeriodSequence: Equatable {
  var periods: [(label: String, period: Period)]

  static func == (lhs: PeriodSequence, rhs: PeriodSequence) -> Bool {
    lhs.periods.map(\.label) == rhs.periods.map(\.label) && lhs.periods.map(\.period) == rhs.periods.map(\.period)
  }

  /// At most this many periods: a trend is read by a person (ten years of months is 120).
  static let limit = 120

  /// nil when `text` is neither a range of like periods, nor a list of periods, nor one period.
  init?(parsing text: String) {
    if text.contains(",") {
      var items: [(String, Period)] = []
      for part in text.split(separator: ",", omittingEmptySubsequences: false) {
        let label = part.trimmingCharacters(in: .whitespaces)
        guard let period = Period(parsing: label) else { return nil }
        items.append((label, period))
      }
      periods = items
    } else if let range = text.range(of: ".."), let first = Self.unit(String(text[..<range.lowerBound])),
      let last = Self.unit(String(text[range.upperBound...])), first.kind == last.kind, first.index <= last.index
    {
      periods = (first.index...last.index).map { Self.period(kind: first.kind, index: $0) }
    } else if let period = Period(parsing: text) {
      periods = [(text, period)]
    } else {
      return nil
    }
    guard !periods.isEmpty, periods.count <= Self.limit else { return nil }
  }

  /// A quarter, month, half or year as its kind and a running index (year × parts + part).
  private static func unit(_ text: String) -> (kind: Character, index: Int)? {
    let parts = text.split(separator: "-")
    guard let year = Int(parts.first ?? ""), (1...9999).contains(year), parts[0].count == 4 else { return nil }
    if parts.count == 1 { return ("Y", year) }
    guard parts.count == 2 else { return nil }
    let tail = parts[1]
    if tail.first == "Q", let q = Int(tail.dropFirst()), (1...4).contains(q) { return ("Q", year * 4 + q - 1) }
    if tail.first == "H", let h = Int(tail.dropFirst()), (1...2).contains(h) { return ("H", year * 2 + h - 1) }
    if tail.count == 2, let m = Int(tail), (1...12).contains(m) { return ("M", year * 12 + m - 1) }
    return nil
  }

  private static func period(kind: Character, index: Int) -> (label: String, period: Period) {
    let label: String
    switch kind {
    case "Q": label = "\(index / 4)-Q\(index % 4 + 1)"
    case "H": label = "\(index / 2)-H\(index % 2 + 1)"
    case "M": label = "\(index / 12)-" + pad(index % 12 + 1, 2)
    default: label = String(index)
    }
    return (label, Period(parsing: label)!)
  }
}
