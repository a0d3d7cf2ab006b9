/// An amount of money in whole minor units of a currency the caller keeps track of.
///
/// Payouts, targets and salaries are `Money`; products with rates go through `Int128` and
/// are rounded back to minor units once, half-even, exactly where SPEC section 5 says.
public struct Money: Hashable, Comparable, Sendable {
  /// Cents for USD; whole yen for JPY.
  public var minorUnits: Int64

  public init(minorUnits: Int64) {
    self.minorUnits = minorUnits
  }

  public static let zero = Money(minorUnits: 0)

  /// The largest amount, in minor units, that a payout run writes and a golden file may hold: 10^15 (ten trillion
  /// dollars, a quadrillion yen), far above any payout. Every amount of a person and every total of a run is kept
  /// within it, so `check` and `diff` read back whatever `calculate` wrote, differences of two amounts can't
  /// overflow, and sums of many people's targets or amounts stay far inside `Int64`.
  public static let contractLimit: Int64 = 1_000_000_000_000_000

  /// Whether the amount is within `contractLimit` either way.
  var isWithinContract: Bool { minorUnits.magnitude <= Self.contractLimit.magnitude }

  public static func < (lhs: Money, rhs: Money) -> Bool { lhs.minorUnits < rhs.minorUnits }

  public static func + (lhs: Money, rhs: Money) -> Money {
    Money(minorUnits: lhs.minorUnits + rhs.minorUnits)
  }

  public static func - (lhs: Money, rhs: Money) -> Money {
    Money(minorUnits: lhs.minorUnits - rhs.minorUnits)
  }

  public static func += (lhs: inout Money, rhs: Money) { lhs = lhs + rhs }

  /// `self + other`, or nil when the sum leaves `Int64` (only amounts read from outside can get
  /// there; the engine's own are bounded by the salary limit).
  public func adding(_ other: Money) -> Money? {
    let (sum, overflow) = minorUnits.addingReportingOverflow(other.minorUnits)
    return overflow ? nil : Money(minorUnits: sum)
  }

  /// Parses a plain decimal amount (`185000`, `185000.5`, `-12.34`) in `currency`; nil when
  /// the text is not a number or has more decimals than the currency's minor unit.
  public init?(_ text: some StringProtocol, currency: Currency) {
    guard let value = FixedDecimal(text) else { return nil }
    self.init(value, currency: currency)
  }

  /// `value` in minor units, or nil when it has more decimals than the currency (after trailing zeros) or does not
  /// fit: `init(_:currency:)` without the text, for a value already read (a salary, a converted band midpoint).
  init?(_ value: FixedDecimal, currency: Currency) {
    let trimmed = value.withoutTrailingZeros(keeping: currency.minorDigits)
    guard trimmed.scale <= currency.minorDigits else { return nil }
    let units = trimmed.units * pow10(currency.minorDigits - trimmed.scale)
    guard let minor = Int64(exactly: units) else { return nil }
    self.minorUnits = minor
  }

  /// The amount as a decimal, for exact arithmetic with rates.
  public func decimal(in currency: Currency) -> FixedDecimal {
    FixedDecimal(units: Int128(minorUnits), scale: currency.minorDigits)
  }

  /// Plain decimal text with the currency's minor digits (`2500.00`); what CSV and JSON carry.
  public func formatted(in currency: Currency) -> String {
    FixedDecimal.render(units: Int128(minorUnits), scale: currency.minorDigits)
  }

  /// A change as people read it: `+12.50`, `-3.00`, `0.00`.
  public func signedGrouped(in currency: Currency) -> String {
    (minorUnits > 0 ? "+" : "") + grouped(in: currency)
  }

  /// The amount with thousands separators (`12,345.67`), for tables people read.
  public func grouped(in currency: Currency) -> String {
    let plain = formatted(in: currency)
    let negative = plain.hasPrefix("-")
    let body = negative ? String(plain.dropFirst()) : plain
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    let integer = DigitGrouping.thousands(parts[0])
    let fraction = parts.count > 1 ? "." + parts[1] : ""
    return (negative ? "-" : "") + integer + fraction
  }
}
