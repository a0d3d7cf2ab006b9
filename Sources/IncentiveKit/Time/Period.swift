/// The inclusive date range a payout covers, `[from, to]` in UTC.
public struct Period: Hashable, Sendable, CustomStringConvertible {
  public var from: CivilDate
  public var to: CivilDate

  public init(from: CivilDate, to: CivilDate) {
    precondition(from <= to, "period ends before it starts")
    self.from = from
    self.to = to
  }

  /// Inclusive day count: 2026-Q3 has 92.
  public var days: Int { from.distance(to: to) + 1 }

  /// Days in the calendar year the period starts in (365 or 366): the denominator that turns
  /// an annual bonus target into the period's share.
  public var daysInStartYear: Int { CivilDate.daysInYear(from.year) }

  public func contains(_ date: CivilDate) -> Bool { from <= date && date <= to }

  /// Whether an instant (milliseconds since the epoch) falls in the period:
  /// `from 00:00Z ≤ t < (to + 1 day) 00:00Z`.
  @inline(__always)
  public func contains(milliseconds: Int64) -> Bool {
    milliseconds >= startMilliseconds && milliseconds < endMilliseconds
  }

  public var startMilliseconds: Int64 { from.startMilliseconds }
  /// The first instant after the period.
  public var endMilliseconds: Int64 { to.advanced(by: 1).startMilliseconds }

  public func overlaps(_ other: Period) -> Bool { other.from <= to && from <= other.to }

  /// The days both periods share, or nil.
  public func intersection(_ other: Period) -> Period? {
    let start = max(from, other.from)
    let end = min(to, other.to)
    return start <= end ? Period(from: start, to: end) : nil
  }

  public var description: String { "\(from)..\(to)" }

  /// Parses `YYYY-Qn`, `YYYY-Hn`, `YYYY`, `YYYY-MM`, `YYYY-MM-DD` and `FROM..TO`
  /// (two dates); nil for anything else.
  public init?(parsing text: String) {
    if let period = Self.monthsFromBytes(text) {
      self = period
      return
    }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    // `..` found by its bytes, at a fraction of `firstRange(of:)`'s cost (every dated row is parsed
    // here). The two differ only next to a combining or prepended mark, which no period has either way.
    let utf8 = text.utf8
    if let dots = zip(utf8.indices, utf8.dropFirst()).first(where: { utf8[$0.0] == 0x2E && $0.1 == 0x2E })?.0 {
      let after = utf8.index(dots, offsetBy: 2)
      guard let start = ISO8601.parseDate(String(text[..<dots])),
        let end = ISO8601.parseDate(String(text[after...])), start <= end
      else { return nil }
      self.init(from: start, to: end)
      return
    }
    guard let first = parts.first, first.count == 4, let year = Int(first), year >= 1, year <= 9999 else {
      return nil
    }
    switch parts.count {
    case 1:
      self.init(from: CivilDate(year: year, month: 1, day: 1)!, to: CivilDate(year: year, month: 12, day: 31)!)
    case 2:
      let tag = parts[1]
      if tag.count == 2, tag.first == "Q", let quarter = Int(tag.dropFirst()), (1...4).contains(quarter) {
        self.init(months: year, (quarter - 1) * 3 + 1, 3)
      } else if tag.count == 2, tag.first == "H", let half = Int(tag.dropFirst()), (1...2).contains(half) {
        self.init(months: year, (half - 1) * 6 + 1, 6)
      } else if tag.count == 2, let month = Int(tag), (1...12).contains(month) {
        self.init(months: year, month, 1)
      } else {
        return nil
      }
    case 3:
      guard let date = ISO8601.parseDate(text) else { return nil }
      self.init(from: date, to: date)
    default:
      return nil
    }
  }

  /// `YYYY-Qn`, `YYYY-Hn` or `YYYY-MM` in ASCII digits, read from its bytes; nil for any other text, which the
  /// general parser above reads (and for these shapes it gives the same period, or refuses what this refuses).
  /// Every row of surveys, costs and metrics files has one: at 100,000 people, splitting each into strings cost a
  /// quarter of a second.
  private static func monthsFromBytes(_ text: String) -> Period? {
    var text = text
    return text.withUTF8 { bytes -> Period? in
      guard bytes.count == 7, bytes[4] == UInt8(ascii: "-") else { return nil }
      func digit(_ index: Int) -> Int? {
        (0x30...0x39).contains(bytes[index]) ? Int(bytes[index] - 0x30) : nil
      }
      guard let y0 = digit(0), let y1 = digit(1), let y2 = digit(2), let y3 = digit(3) else { return nil }
      let year = y0 * 1000 + y1 * 100 + y2 * 10 + y3
      guard year >= 1, let last = digit(6) else { return nil }
      switch bytes[5] {
      case UInt8(ascii: "Q") where (1...4).contains(last): return Period(months: year, (last - 1) * 3 + 1, 3)
      case UInt8(ascii: "H") where (1...2).contains(last): return Period(months: year, (last - 1) * 6 + 1, 6)
      default:
        guard let tens = digit(5), (1...12).contains(tens * 10 + last) else { return nil }
        return Period(months: year, tens * 10 + last, 1)
      }
    }
  }

  /// `count` whole months starting at `month` of `year`.
  private init(months year: Int, _ month: Int, _ count: Int) {
    let start = CivilDate(year: year, month: month, day: 1)!
    let lastMonth = month + count - 1
    let end = CivilDate(year: year, month: lastMonth, day: CivilDate.daysInMonth(year: year, month: lastMonth))!
    self.init(from: start, to: end)
  }
}
