/// An exact decimal number: `units × 10^-scale`.
///
/// Every number that can reach a payout (metric values fixed to 6 decimals, plan bounds,
/// curve points, weights, multipliers) is one of these, so two correct implementations agree
/// to the last digit. Binary floating point never enters: text is parsed digit by digit.
public struct FixedDecimal: Sendable {
  /// The value times `10^scale`.
  public var units: Int128
  /// Number of decimal places `units` carries (0...30).
  public var scale: Int

  public init(units: Int128, scale: Int) {
    precondition(scale >= 0 && scale <= 30, "scale \(scale) out of range")
    self.units = units
    self.scale = scale
  }

  public init(_ integer: Int) {
    self.init(units: Int128(integer), scale: 0)
  }

  // Made where they are read, not kept in globals: a global is initialised lazily, and each read paid for the check
  // (two per coverage reading, against 0 and 1).
  public static var zero: FixedDecimal { FixedDecimal(units: 0, scale: 0) }
  public static var one: FixedDecimal { FixedDecimal(units: 1, scale: 0) }

  /// Parses decimal text exactly: `12`, `-0.15`, `1e-3`, `2.5E+2`. Returns nil for anything
  /// else (including NaN, Infinity, hex, thousands separators, or more than 30 decimals).
  public init?(_ text: some StringProtocol) {
    var utf8 = Array(text.utf8)
    guard !utf8.isEmpty else { return nil }
    var value: FixedDecimal?
    utf8.withUnsafeMutableBufferPointer { buffer in
      value = FixedDecimal.parse(UnsafeBufferPointer(buffer))
    }
    guard let value else { return nil }
    self = value
  }

  /// Parses the ASCII bytes of a decimal number without allocating (the CSV hot path).
  public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> FixedDecimal? {
    var index = 0
    let count = bytes.count
    guard count > 0 else { return nil }
    var negative = false
    if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
      negative = bytes[0] == UInt8(ascii: "-")
      index = 1
    }
    // Digits gather in a machine word, eighteen at most (below 10^18, so no check is needed), and only then go into
    // the `Int128`, whose multiplication checks for overflow in a library call: a cell of a dozen digits costs one.
    var units: Int128 = 0
    var pending: UInt64 = 0
    var pendingDigits = 0
    var scale = 0
    var digits = 0
    var digitCount = 0
    var seenPoint = false
    while index < count {
      let byte = bytes[index]
      if byte >= 48 && byte <= 57 {
        if digits >= 36 { return nil }
        digitCount += 1
        // Leading zeros do not use up precision.
        if digits > 0 || byte != 48 { digits += 1 }
        pending = pending &* 10 &+ UInt64(byte &- 48)
        pendingDigits += 1
        if pendingDigits == 18 {
          units = units * pow10(18) + Int128(pending)
          pending = 0
          pendingDigits = 0
        }
        if seenPoint { scale += 1 }
      } else if byte == UInt8(ascii: ".") && !seenPoint {
        seenPoint = true
      } else {
        break
      }
      index += 1
    }
    guard digitCount > 0 else { return nil }
    units = units == 0 ? Int128(pending) : units * pow10(pendingDigits) + Int128(pending)
    var exponent = 0
    if index < count {
      guard bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") else { return nil }
      index += 1
      var expNegative = false
      if index < count && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")) {
        expNegative = bytes[index] == UInt8(ascii: "-")
        index += 1
      }
      guard index < count else { return nil }
      while index < count {
        let byte = bytes[index]
        guard byte >= 48 && byte <= 57 else { return nil }
        exponent = exponent * 10 + Int(byte - 48)
        if exponent > 60 { return nil }
        index += 1
      }
      if expNegative { exponent = -exponent }
    }
    scale -= exponent
    if scale < 0 {
      // Positive exponent: fold it into the units.
      guard digits - scale <= 36 else { return nil }
      units *= pow10(-scale)
      scale = 0
    }
    // Drop trailing zeros beyond 30 decimals (1e-40 is not a payout figure).
    while scale > 30 {
      guard units % 10 == 0 else { return nil }
      units /= 10
      scale -= 1
    }
    return FixedDecimal(units: negative ? -units : units, scale: scale)
  }

  /// The same value carried with `newScale` decimals, rounded by `rule` when decimals are dropped.
  func rounded(toScale newScale: Int, _ rule: RoundingRule = .halfEven) -> FixedDecimal {
    if newScale >= scale {
      return FixedDecimal(units: units * pow10(newScale - scale), scale: newScale)
    }
    return FixedDecimal(units: rule.divide(units, by: pow10(scale - newScale)), scale: newScale)
  }

  /// `units` expressed at `targetScale` (which must be at least `scale`), for exact comparison.
  func units(atScale targetScale: Int) -> Int128 {
    units * pow10(targetScale - scale)
  }

  /// `units(atScale:)`, or nil when `targetScale` has fewer decimals than the value or the units would leave
  /// `Int128`'s range (`1e35` at 10 decimals).
  func checkedUnits(atScale targetScale: Int) -> Int128? {
    guard targetScale >= scale else { return nil }
    let shift = targetScale - scale
    if shift == 0 { return units }
    // Most values fit a machine word, and so does their product by 10^18 at most: checked there, without
    // `Int128`'s overflow check in a library call.
    if shift <= 18, let small = Int64(exactly: units) {
      let (scaled, overflow) = small.multipliedReportingOverflow(by: Int64(truncatingIfNeeded: pow10(shift)))
      if !overflow { return Int128(scaled) }
    }
    let (scaled, overflow) = units.multipliedReportingOverflow(by: pow10(shift))
    return overflow ? nil : scaled
  }

  public var isZero: Bool { units == 0 }
  public var isNegative: Bool { units < 0 }

  /// The integer part when the value is whole, else nil.
  public var exactInteger: Int? {
    let divisor = pow10(scale)
    guard units % divisor == 0 else { return nil }
    return Int(exactly: units / divisor)
  }
}

extension FixedDecimal: Comparable, Hashable {
  public static func == (lhs: FixedDecimal, rhs: FixedDecimal) -> Bool { compare(lhs, rhs) == 0 }

  public static func < (lhs: FixedDecimal, rhs: FixedDecimal) -> Bool { compare(lhs, rhs) < 0 }

  /// −1, 0 or 1, for any two values a file can hold: rescaling `1e35` to another value's 10
  /// decimals would overflow `Int128`, and a value that big outranks anything at the finer scale.
  private static func compare(_ lhs: FixedDecimal, _ rhs: FixedDecimal) -> Int {
    if lhs.scale == rhs.scale { return lhs.units < rhs.units ? -1 : lhs.units == rhs.units ? 0 : 1 }
    let scale = max(lhs.scale, rhs.scale)
    // Only the coarser side is rescaled, so at most one overflows.
    guard let left = lhs.checkedUnits(atScale: scale) else { return lhs.units < 0 ? -1 : 1 }
    guard let right = rhs.checkedUnits(atScale: scale) else { return rhs.units < 0 ? 1 : -1 }
    return left < right ? -1 : left == right ? 0 : 1
  }

  public func hash(into hasher: inout Hasher) {
    // Equal values at different scales must hash alike: hash the normalized form.
    let normalized = withoutTrailingZeros(keeping: 0)
    hasher.combine(normalized.units)
    hasher.combine(normalized.scale)
  }
}

extension FixedDecimal {
  public static func + (lhs: FixedDecimal, rhs: FixedDecimal) -> FixedDecimal {
    let scale = max(lhs.scale, rhs.scale)
    return FixedDecimal(units: lhs.units(atScale: scale) + rhs.units(atScale: scale), scale: scale)
  }

  public static func - (lhs: FixedDecimal, rhs: FixedDecimal) -> FixedDecimal {
    let scale = max(lhs.scale, rhs.scale)
    return FixedDecimal(units: lhs.units(atScale: scale) - rhs.units(atScale: scale), scale: scale)
  }

  /// Exact product; scales add (a 2-decimal weight times a 4-decimal multiplier has 6).
  public static func * (lhs: FixedDecimal, rhs: FixedDecimal) -> FixedDecimal {
    FixedDecimal(units: lhs.units * rhs.units, scale: lhs.scale + rhs.scale)
  }

  /// `lhs * rhs`, or nil when the exact product leaves the units' range: for arithmetic on values read
  /// from outside (an 18-digit page count), which must fail with a message, not trap.
  static func checkedProduct(_ lhs: FixedDecimal, _ rhs: FixedDecimal) -> FixedDecimal? {
    let (units, overflow) = lhs.units.multipliedReportingOverflow(by: rhs.units)
    return overflow ? nil : FixedDecimal(units: units, scale: lhs.scale + rhs.scale)
  }

  /// `lhs + rhs`, or nil when the sum (at the larger scale) leaves the units' range.
  static func checkedSum(_ lhs: FixedDecimal, _ rhs: FixedDecimal) -> FixedDecimal? {
    let scale = max(lhs.scale, rhs.scale)
    guard let left = lhs.checkedUnits(atScale: scale), let right = rhs.checkedUnits(atScale: scale) else { return nil }
    let (units, overflow) = left.addingReportingOverflow(right)
    return overflow ? nil : FixedDecimal(units: units, scale: scale)
  }

  public static prefix func - (value: FixedDecimal) -> FixedDecimal {
    FixedDecimal(units: -value.units, scale: value.scale)
  }
}
