import ArgumentParsing
import IncentiveKit

// The library's value types that options and positionals convert to. The enums' cases are the
// accepted words, in declaration order.

extension OutputFormat: ExpressibleByArgument {}

extension Statement.Format: ExpressibleByArgument {}

extension DORADefinition: ExpressibleByArgument {}

extension ImportSource: ExpressibleByArgument {}

extension Period: ExpressibleByArgument {
  /// `--period`: 2026-Q3, 2026-H2, 2026, 2026-07 or FROM..TO.
  public init?(argument: String) { self.init(parsing: argument) }
  public var argument: String { "\(from)..\(to)" }
  public static var allValueStrings: [String] { [] }

  public static func invalidArgument(_ word: String, option: String) -> UsageError {
    .invalidValue(
      option: option, value: word, allowed: ["YYYY-Qn", "YYYY-Hn", "YYYY", "YYYY-MM", "FROM..TO"], suggestion: nil)
  }
}
