import Testing

@_spi(Synthetic) @testable import IncentiveKit

@Suite("FixedDecimal")
struct FixedDecimalTests {
  @Test(
    "parses decimal text exactly",
    arguments: [
      ("12", 12, 0), ("-0.15", -15, 2), ("0.15", 15, 2), ("1e-3", 1, 3), ("2.5E+2", 250, 0), ("+7.000", 7000, 3),
      ("0", 0, 0), ("00.50", 50, 2),
    ])
  func parses(text: String, units: Int, scale: Int) {
    let value = FixedDecimal(text)
    #expect(value?.units == Int128(units))
    #expect(value?.scale == scale)
  }

  /// Digits gather in a machine word eighteen at a time: values on both sides of each step, written out by hand.
  @Test(
    "parses long digit strings exactly, on both sides of eighteen and thirty-six digits",
    arguments: [
      ("123456789012345678", "123456789012345678", 0),
      ("1234567890123456789", "1234567890123456789", 0),
      ("-99999999999999999999.5", "-999999999999999999995", 1),
      ("0.000000000000000000000000000001", "1", 30),
      ("000000000000000000000000000000000000000042", "42", 0),
      ("123456789012345678901234567890123456", "123456789012345678901234567890123456", 0),
      ("1.23456789012345678901234567890123456e5", "123456789012345678901234567890123456", 30),
    ])
  func parsesLongDigits(text: String, units: String, scale: Int) {
    let value = FixedDecimal(text)
    #expect(value?.units == Int128(units))
    #expect(value?.scale == scale)
  }

  @Test("refuses a thirty-seventh significant digit, whatever zeros lead", arguments: [
    "1234567890123456789012345678901234567", "0001234567890123456789012345678901234567",
  ])
  func refusesThirtySevenDigits(text: String) {
    #expect(FixedDecimal(text) == nil)
  }

  /// The rescaled side fits a machine word in the first three, not in the last two.
  @Test(
    "compares values at different scales exactly, small or large",
    arguments: [
      ("0.816", "1", true), ("1", "0.816", false), ("-3", "-2.999999999999999999", true),
      ("92233720368547758.07", "92233720368547758.071", true), ("1e30", "999999999999999999999999999999.9", false),
    ])
  func comparesAcrossScales(left: String, right: String, isLess: Bool) {
    #expect((FixedDecimal(left)! < FixedDecimal(right)!) == isLess)
  }

  @Test("rejects text that is not a plain decimal", arguments: ["", "-", ".", "1.2.3", "NaN", "Infinity", "1e400", "0x10", "1,000", "1e", "abc", " 1"])
  func rejects(text: String) {
    #expect(FixedDecimal(text) == nil)
  }

  @Test(
    "rounds half-even at the dropped digit",
    arguments: [
      ("0.125", 2, "0.12"), ("0.135", 2, "0.14"), ("0.1251", 2, "0.13"), ("-0.125", 2, "-0.12"), ("-0.135", 2, "-0.14"),
      ("2.5", 0, "2"), ("3.5", 0, "4"), ("0.00005", 4, "0.0000"), ("0.00015", 4, "0.0002"), ("1.2", 4, "1.2000"),
    ])
  func roundsHalfEven(text: String, scale: Int, expected: String) {
    #expect(FixedDecimal(text)!.formatted(decimals: scale) == expected)
  }

  @Test("compares and hashes equal values at different scales alike")
  func equality() {
    #expect(FixedDecimal("1.50")! == FixedDecimal("1.5")!)
    #expect(Set([FixedDecimal("1.50")!, FixedDecimal("1.5")!]).count == 1)
    #expect(FixedDecimal("0.15")! < FixedDecimal("0.151")!)
    #expect(FixedDecimal("-1")! < FixedDecimal("0")!)
  }

  @Test("adds, subtracts and multiplies exactly")
  func arithmetic() {
    #expect((FixedDecimal("0.1")! + FixedDecimal("0.2")!).trimmed() == "0.3")
    #expect((FixedDecimal("1")! - FixedDecimal("0.125")!).trimmed() == "0.875")
    // A 2-decimal weight times a 4-decimal multiplier has 6 decimals.
    let product = FixedDecimal("0.35")! * FixedDecimal("1.2345")!
    #expect(product.scale == 6)
    #expect(product.trimmed() == "0.432075")
  }

  @Test(
    "trims trailing zeros but keeps a minimum",
    arguments: [
      ("0.400000", 1, "0.4"), ("12", 1, "12.0"), ("1.1", 2, "1.10"), ("1.125000", 2, "1.125"), ("-0.50", 0, "-0.5"),
      ("0.000000", 0, "0"), ("-120.000", 0, "-120"),
      // Units beyond 64 bits (2^63 ≈ 9.22e18) take the 128-bit path: 25 and 21 digits here.
      ("123456789012345678.9000000", 1, "123456789012345678.9"), ("-99999999999999999999.0", 0, "-99999999999999999999"),
      // 9223372036854775807 is Int64.max: the last units the 64-bit path takes.
      ("922337203685477580.70", 0, "922337203685477580.7"),
    ])
  func trims(text: String, minimum: Int, expected: String) {
    #expect(FixedDecimal(text)!.trimmed(minimumDecimals: minimum) == expected)
  }

  @Test(
    "the shortest exact form's decimals, on both sides of 64 bits",
    arguments: [
      ("1.137515", 6), ("1.50", 1), ("2", 0), ("2.000", 0), ("-0.0100", 2), ("12345678901234567890.1200", 2),
      ("0.0000000000000000000000000010", 27),
    ])
  func exactDecimals(text: String, expected: Int) {
    #expect(FixedDecimal(text)!.exactDecimals == expected)
  }

  @Test(
    "decimal text at every scale, on both sides of 64 bits",
    arguments: [
      (Int128(0), 0, "0"), (0, 2, "0.00"), (5, 2, "0.05"), (-5, 2, "-0.05"), (394739, 2, "3947.39"),
      (12000, 4, "1.2000"), (7, 1, "0.7"), (-1, 19, "-0.0000000000000000001"),
      (Int128(UInt64.max), 0, "18446744073709551615"), (Int128(UInt64.max), 19, "1.8446744073709551615"),
      (Int128(UInt64.max) + 1, 2, "184467440737095516.16"), (-Int128(UInt64.max), 3, "-18446744073709551.615"),
      (1, 20, "0.00000000000000000001"), (Int128.max, 30, "170141183.460469231731687303715884105727"),
      (Int128.min + 1, 0, "-170141183460469231731687303715884105727"),
    ] as [(Int128, Int, String)])
  func text(units: Int128, scale: Int, expected: String) {
    #expect(FixedDecimal(units: units, scale: scale).text == expected)
  }

  @Test("decimal text equals the digits of the units with the point put in by hand, for 200,000 values")
  func textAgainstReference() {
    // The reference: the magnitude's digits from `String`, zeros in front up to one more than the scale, the point
    // `scale` digits from the right, the sign.
    func reference(_ units: Int128, _ scale: Int) -> String {
      var digits = String(units.magnitude)
      if digits.count <= scale { digits = String(repeating: "0", count: scale + 1 - digits.count) + digits }
      if scale > 0 { digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale)) }
      return (units < 0 ? "-" : "") + digits
    }
    var random = SeededGenerator(seed: 0x9E37_79B9_7F4A_7C15)
    var mismatches = 0
    // Appended where they go, after what an output already holds: into an array and into a report's buffer.
    var array: [UInt8] = Array("x".utf8)
    var buffer = OutputBuffer(capacity: 16)
    var expected: [UInt8] = Array("x".utf8)
    for _ in 0..<200_000 {
      let bits = Int(random.next() % 128)
      var magnitude = UInt128(random.next()) << 64 | UInt128(random.next())
      magnitude = bits == 0 ? 0 : magnitude >> (128 - bits)
      let units = Int128(truncatingIfNeeded: magnitude >> 1) * (random.next() % 2 == 0 ? 1 : -1)
      let scale = Int(random.next() % 31)
      let text = reference(units, scale)
      if FixedDecimal(units: units, scale: scale).text != text { mismatches += 1 }
      if expected.count < 100_000 {
        FixedDecimal.write(units: units, scale: scale, into: &array)
        FixedDecimal.write(units: units, scale: scale, into: &buffer)
        expected += Array(text.utf8)
      }
    }
    #expect(mismatches == 0)
    #expect(array == expected)
    #expect(buffer.bytes == Array(expected.dropFirst()))
  }
}

@Suite("Rounding and ratios")
struct RoundingTests {
  @Test(
    "half-even division",
    arguments: [(5, 2, 2), (7, 2, 4), (-5, 2, -2), (-7, 2, -4), (1, 3, 0), (2, 3, 1), (10, 4, 2), (14, 4, 4), (-1, 3, 0)])
  func halfEven(numerator: Int, denominator: Int, expected: Int) {
    #expect(RoundingRule.halfEven.divide(Int128(numerator), by: Int128(denominator)) == Int128(expected))
  }

  @Test("floor division", arguments: [(5, 2, 2), (-5, 2, -3), (-4, 2, -2), (1, -3, -1)])
  func floor(numerator: Int, denominator: Int, expected: Int) {
    #expect(RoundingRule.down.divide(Int128(numerator), by: Int128(denominator)) == Int128(expected))
  }

  @Test("ratio text shows exact values or an ellipsis")
  func ratioText() {
    #expect(Ratio(45, 92).decimalText() == "0.48913043…")
    #expect(Ratio(1, 8).decimalText() == "0.125")
    // Long division: a numerator near Int128's limit used to overflow when scaled by 10^8 first.
    #expect(Ratio(Int128.max, 3).decimalText() == "56713727820156410577229101238628035242.33333333…")
    #expect(Ratio(-7, 2).decimalText() == "-3.5")
    #expect(Ratio(12, 4).decimalText() == "3")
    // A denominator past 10^37 would overflow a digit's tenfold remainder: the digits stop there, marked as cut.
    #expect(Ratio(Int128.max - 1, Int128.max / 2 + 1).decimalText() == "1…")
    #expect(Ratio(45, 92).rounded(toScale: 4).formatted(decimals: 4) == "0.4891")
  }
}

@Suite("FixedDecimal comparison at the extremes")
struct FixedDecimalExtremeTests {
  @Test(
    "values whose rescaling would overflow Int128 still compare (a golden multiplier of 1e35)",
    arguments: [
      ("1e35", "1.2205600000", 1),  // 10^35 at 10 decimals is 10^45: beyond Int128
      ("-1e35", "1.2205600000", -1),
      ("1.2205600000", "1e35", -1),
      ("1.2205600000", "-1e35", 1),
      ("1e35", "1e35", 0),
      ("1.50", "1.5", 0),
    ])
  func compares(lhs: String, rhs: String, order: Int) throws {
    let a = try #require(FixedDecimal(lhs))
    let b = try #require(FixedDecimal(rhs))
    #expect((a < b) == (order < 0))
    #expect((b < a) == (order > 0))
    #expect((a == b) == (order == 0))
  }
}
