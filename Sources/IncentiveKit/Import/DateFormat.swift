/// A date pattern for exports that write locale dates (Jira's `14/Jul/25 3:42 PM`), in
/// the familiar Unicode letters: `yyyy` `yy` year, `MMM` English month abbreviation
/// (`MMMM` full name), `MM`/`M` month, `dd`/`d` day, `HH`/`H` 24-hour, `hh`/`h` 12-hour
/// with `a` (AM/PM), `mm` minutes, `ss` seconds; anything else must match literally.
///
/// Written by hand rather than with `DateFormatter`, which depends on the machine's
/// locale and accepts malformed text. Times carry no zone and are read as UTC.
struct DateFormat: Sendable, Equatable {
  enum Token: Sendable, Equatable {
    case year4, year2, monthName, monthNumber, day, hour24, hour12, minute, second, meridiem
    case literal(Character)
  }

  let pattern: String
  let tokens: [Token]

  /// Nil when the pattern holds a letter run it does not know (`YYYY`, `EEE`).
  init?(_ pattern: String) {
    self.pattern = pattern
    var tokens: [Token] = []
    var characters = Array(pattern)[...]
    while let first = characters.first {
      let run = characters.prefix { $0 == first }
      characters = characters.dropFirst(run.count)
      guard first.isLetter else {
        tokens += run.map { .literal($0) }
        continue
      }
      switch (first, run.count) {
      case ("y", 4): tokens.append(.year4)
      case ("y", 2): tokens.append(.year2)
      case ("M", 3), ("M", 4): tokens.append(.monthName)
      case ("M", 1), ("M", 2): tokens.append(.monthNumber)
      case ("d", 1), ("d", 2): tokens.append(.day)
      case ("H", 1), ("H", 2): tokens.append(.hour24)
      case ("h", 1), ("h", 2): tokens.append(.hour12)
      case ("m", 1), ("m", 2): tokens.append(.minute)
      case ("s", 1), ("s", 2): tokens.append(.second)
      case ("a", 1): tokens.append(.meridiem)
      default: return nil
      }
    }
    self.tokens = tokens
  }

  /// Jira's default export format.
  static let jira = DateFormat("dd/MMM/yy h:mm a")!

  private static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
  ]

  /// Milliseconds since the epoch for `text` read as UTC; nil when it does not fit.
  func parse(_ text: String) -> Int64? {
    var rest = Array(text.trimmingCharacters(in: .whitespaces))[...]
    var year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0
    var pm: Bool?
    func digits(max: Int) -> Int? {
      let run = rest.prefix(max).prefix { $0.isASCII && $0.isNumber }
      guard !run.isEmpty else { return nil }
      rest = rest.dropFirst(run.count)
      return Int(String(run))
    }
    for token in tokens {
      switch token {
      case .year4: guard let value = digits(max: 4) else { return nil }; year = value
      case .year2: guard let value = digits(max: 2) else { return nil }; year = 2000 + value
      case .monthNumber: guard let value = digits(max: 2) else { return nil }; month = value
      case .day: guard let value = digits(max: 2) else { return nil }; day = value
      case .hour24, .hour12: guard let value = digits(max: 2) else { return nil }; hour = value
      case .minute: guard let value = digits(max: 2) else { return nil }; minute = value
      case .second: guard let value = digits(max: 2) else { return nil }; second = value
      case .monthName:
        let word = String(rest.prefix { $0.isLetter }).lowercased()
        guard word.count >= 3, let index = Self.months.firstIndex(where: { $0 == word || $0.prefix(3) == word })
        else { return nil }
        rest = rest.dropFirst(word.count)
        month = index + 1
      case .meridiem:
        let word = String(rest.prefix(2)).uppercased()
        guard word == "AM" || word == "PM" else { return nil }
        rest = rest.dropFirst(2)
        pm = word == "PM"
      case .literal(let character):
        guard rest.first == character else { return nil }
        rest = rest.dropFirst()
      }
    }
    guard rest.isEmpty else { return nil }
    if let pm {
      guard (1...12).contains(hour) else { return nil }
      hour = hour % 12 + (pm ? 12 : 0)
    }
    guard hour <= 23, minute <= 59, second <= 59, let date = CivilDate(year: year, month: month, day: day) else {
      return nil
    }
    return (Int64(date.dayNumber) * 86_400 + Int64(hour * 3600 + minute * 60 + second)) * 1000
  }
}
