extension FixedDecimal {
  /// Exactly `decimals` fractional digits, rounding half-even if the value has more
  /// (`1.25` with 4 → `1.2500`). Used for proration and component multipliers.
  public func formatted(decimals: Int) -> String {
    rounded(toScale: decimals).text
  }

  /// The exact value with trailing zeros trimmed, keeping at least `minimumDecimals`
  /// (`0.400000` → `0.4`; `12` → `12.0` with 1; `1.1` → `1.10` with 2).
  public func trimmed(minimumDecimals: Int = 0) -> String {
    trimmedValue(minimumDecimals: minimumDecimals).text
  }

  /// The value `trimmed(minimumDecimals:)` prints, carried at the scale it prints with.
  func trimmedValue(minimumDecimals: Int = 0) -> FixedDecimal {
    var value = withoutTrailingZeros(keeping: minimumDecimals)
    if value.scale < minimumDecimals { value = value.rounded(toScale: minimumDecimals) }
    return value
  }

  /// The decimals of the shortest exact form (`1.137515` → 6, `1.50` → 1, `2` → 0): what a
  /// column must show so that no value in it is rounded.
  var exactDecimals: Int { withoutTrailingZeros(keeping: 0).scale }

  /// The same value with trailing fractional zeros dropped, down to `keeping` decimals: for printing, hashing
  /// (equal values at different scales) and taking a value as an amount.
  ///
  /// In 64-bit arithmetic when the units fit (every amount and multiplier of a real plan): a 128-bit remainder is a
  /// library call, and the JSON report trims two values for each component of each person.
  func withoutTrailingZeros(keeping decimals: Int) -> FixedDecimal {
    var scale = self.scale
    if var narrow = Int64(exactly: units) {
      while scale > decimals && narrow % 10 == 0 {
        narrow /= 10
        scale -= 1
      }
      return FixedDecimal(units: Int128(narrow), scale: scale)
    }
    var wide = units
    while scale > decimals && wide % 10 == 0 {
      wide /= 10
      scale -= 1
    }
    return FixedDecimal(units: wide, scale: scale)
  }

  /// The value as decimal text with exactly `scale` decimals.
  var text: String { Self.render(units: units, scale: scale) }

  /// `units / 10^scale` as decimal text: at least one integer digit, exactly `scale` decimals.
  ///
  /// A `String` of just the bytes written (an amount fits a small string, with no allocation).
  static func render(units: Int128, scale: Int) -> String {
    withDigits(units: units, scale: scale) { String(decoding: $0, as: UTF8.self) }
  }

  /// Appends `render(units:scale:)`'s bytes to `output`, with no `String` on the way: every
  /// amount of a 100,000-person JSON report is written this way.
  static func write(units: Int128, scale: Int, into output: inout some ByteOutput) {
    withDigits(units: units, scale: scale) { output.append(bytes: $0) }
  }

  /// Calls `body` with the decimal text of `units / 10^scale`, written digit by digit from the
  /// right into a stack buffer.
  private static func withDigits<Result>(
    units: Int128, scale: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
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
      return body(UnsafeBufferPointer(rebasing: buffer[end...]))
    }
  }
}

extension FixedDecimal: CustomStringConvertible {
  /// Shortest exact form (`0.15`, `3`, `-2.5`).
  public var description: String { trimmed() }
}
