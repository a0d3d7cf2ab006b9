extension FixedDecimal {
  /// Exactly `decimals` fractional digits, rounding half-even if the value has more
  /// (`1.25` with 4 → `1.2500`). Used for proration and component multipliers.
  public func formatted(decimals: Int) -> String {
    let value = rounded(toScale: decimals)
    return Self.render(units: value.units, scale: decimals)
  }

  /// The exact value with trailing zeros trimmed, keeping at least `minimumDecimals`
  /// (`0.400000` → `0.4`; `12` → `12.0` with 1; `1.1` → `1.10` with 2).
  public func trimmed(minimumDecimals: Int = 0) -> String {
    // Only trailing zeros are dropped (or zeros added), so the rounding never rounds.
    formatted(decimals: max(exactDecimals, minimumDecimals))
  }

  /// The decimals of the shortest exact form (`1.137515` → 6, `1.50` → 1, `2` → 0): what a
  /// column must show so that no value in it is rounded.
  var exactDecimals: Int {
    var value = self
    while value.scale > 0 && value.units % 10 == 0 {
      value.units /= 10
      value.scale -= 1
    }
    return value.scale
  }

  static func render(units: Int128, scale: Int) -> String {
    let negative = units < 0
    var digits = String(negative ? -units : units)
    if scale > 0 {
      if digits.count <= scale {
        digits = String(repeating: "0", count: scale - digits.count + 1) + digits
      }
      digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
    }
    return negative ? "-" + digits : digits
  }
}

extension FixedDecimal: CustomStringConvertible {
  /// Shortest exact form (`0.15`, `3`, `-2.5`).
  public var description: String { trimmed() }
}
