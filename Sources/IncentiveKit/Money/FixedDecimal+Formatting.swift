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
    var value = self
    while value.scale > minimumDecimals && value.units % 10 == 0 {
      value.units /= 10
      value.scale -= 1
    }
    if value.scale < minimumDecimals { value = value.rounded(toScale: minimumDecimals) }
    return Self.render(units: value.units, scale: value.scale)
  }

  /// `units / 10^scale` as decimal text: at least one integer digit, exactly `scale` decimals.
  ///
  /// Written digit by digit from the right into a stack buffer, then made a `String` of just
  /// the bytes written (an amount fits a small string, with no allocation): every amount of a
  /// 100,000-person report passes through here.
  static func render(units: Int128, scale: Int) -> String {
    let scale = max(scale, 0)
    // 39 digits of an Int128, the sign, the point and the zeros a small value needs.
    let capacity = 41 + scale + 1
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
      var end = capacity
      var written = 0
      func emit(_ byte: UInt8) {
        end -= 1
        buffer[end] = byte
      }
      func digit(_ value: UInt8) {
        emit(UInt8(ascii: "0") + value)
        written += 1
        if written == scale { emit(UInt8(ascii: ".")) }
      }
      var wide = units.magnitude
      while wide > UInt128(UInt64.max) {
        digit(UInt8(wide % 10))
        wide /= 10
      }
      var narrow = UInt64(wide)
      repeat {
        digit(UInt8(narrow % 10))
        narrow /= 10
      } while narrow > 0
      // Zeros up to the point, and one before it: 0.05, not .05.
      while written <= scale { digit(0) }
      if units < 0 { emit(UInt8(ascii: "-")) }
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[end...]), as: UTF8.self)
    }
  }
}

extension FixedDecimal: CustomStringConvertible {
  /// Shortest exact form (`0.15`, `3`, `-2.5`).
  public var description: String { trimmed() }
}
