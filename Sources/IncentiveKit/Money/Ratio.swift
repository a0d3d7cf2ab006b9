/// An exact fraction, for the few steps (curve interpolation, blends, proration) whose exact
/// value is a quotient that is rounded only once, at the precision SPEC states.
public struct Ratio: Sendable, Comparable {
  public var numerator: Int128
  /// Always positive.
  public var denominator: Int128

  public init(_ numerator: Int128, _ denominator: Int128) {
    precondition(denominator != 0, "ratio with zero denominator")
    if denominator < 0 {
      self.numerator = -numerator
      self.denominator = -denominator
    } else {
      self.numerator = numerator
      self.denominator = denominator
    }
  }

  public init(_ value: FixedDecimal) {
    self.init(value.units, pow10(value.scale))
  }

  /// Rounds to a decimal with `scale` places (half-even by default).
  func rounded(toScale scale: Int, _ rule: RoundingRule = .halfEven) -> FixedDecimal {
    FixedDecimal(units: rule.divide(numerator * pow10(scale), by: denominator), scale: scale)
  }

  /// Three-way comparison without division: a/b < c/d ⇔ a·d < c·b (denominators positive).
  public static func < (lhs: Ratio, rhs: Ratio) -> Bool {
    lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator
  }

  /// Equal as numbers (1/2 == 2/4), by the same cross-multiplication as `<`.
  public static func == (lhs: Ratio, rhs: Ratio) -> Bool {
    lhs.numerator * rhs.denominator == rhs.numerator * lhs.denominator
  }

  public static func min(_ lhs: Ratio, _ rhs: Ratio) -> Ratio { rhs < lhs ? rhs : lhs }
}

extension Ratio {
  /// The exact decimal when it has at most `decimals` places, else `decimals` places
  /// truncated and an ellipsis (`45/92` → `0.48913043…`): what `explain` shows before rounding.
  ///
  /// Long division, a digit at a time: scaling the numerator by `10^decimals` first overflowed for the exact target of a
  /// salary near 10^15 at a 12-decimal percentage, which `calculate` pays and `explain` then trapped on.
  public func decimalText(maxDecimals decimals: Int = 8) -> String {
    let divisor = denominator.magnitude
    var remainder = numerator.magnitude % divisor
    var text = (numerator < 0 ? "-" : "") + String(numerator.magnitude / divisor)
    var digits = ""
    while remainder != 0 && digits.count < decimals {
      let (tenfold, overflow) = remainder.multipliedReportingOverflow(by: 10)
      // Only a denominator above 10^37 overflows here (no plan or dataset makes one): the digits so far then end in "…".
      if overflow { break }
      let (digit, rest) = tenfold.quotientAndRemainder(dividingBy: divisor)
      digits += String(digit)
      remainder = rest
    }
    if !digits.isEmpty { text += "." + digits }
    return remainder == 0 ? text : text + "…"
  }
}

extension Ratio {
  /// `75.0%`: the ratio as a percentage with one decimal, half-even.
  var percentText: String {
    Ratio(numerator * 100, denominator).rounded(toScale: 1).formatted(decimals: 1) + "%"
  }
}
