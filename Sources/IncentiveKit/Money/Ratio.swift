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
  public func decimalText(maxDecimals decimals: Int = 8) -> String {
    let scaled = numerator * pow10(decimals)
    if scaled % denominator == 0 {
      return FixedDecimal(units: scaled / denominator, scale: decimals).trimmed()
    }
    let truncated = numerator < 0 ? -((-scaled) / denominator) : scaled / denominator
    return FixedDecimal(units: truncated, scale: decimals).trimmed(minimumDecimals: decimals) + "…"
  }
}
