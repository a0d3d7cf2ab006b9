/// A currency and how many minor units it has, so money is counted in whole minor units
/// (cents) and never as a fraction.
public struct Currency: Sendable, Hashable, CustomStringConvertible {
  /// ISO 4217 code, upper case (`USD`).
  public var code: String
  /// Decimal places of the minor unit: 2 for USD, 0 for JPY, 3 for KWD.
  public var minorDigits: Int

  /// Looks the code up in ISO 4217's short list of currencies without 2 decimals;
  /// every other three-letter code has 2. Returns nil for text that is not a code.
  public init?(code: String) {
    // A code already written in capitals (every roster row, usually) is taken as it is: case mapping a string
    // costs more than the rest of this, and paying looks up each person's currency.
    let upper = Self.isCode(code) ? code : code.uppercased()
    guard Self.isCode(upper) else { return nil }
    self.code = upper
    let packed = Self.packed(upper)
    minorDigits = Self.noMinorUnit.contains(packed) ? 0 : Self.threeMinorDigits.contains(packed) ? 3 : 2
  }

  /// ISO 4217 codes whose amounts have no minor unit, and three-decimal ones; every other code has two. Kept as
  /// packed integers: paying looks up each person's currency, and comparing two dozen strings cost more than the
  /// rest of a lookup.
  private static let noMinorUnit = [
    "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF",
    "XPF",
  ].map(packed)
  private static let threeMinorDigits = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"].map(packed)

  /// A code's bytes as one number.
  private static func packed(_ code: String) -> UInt32 {
    code.utf8.reduce(0) { $0 << 8 | UInt32($1) }
  }

  public var description: String { code }

  /// Three ASCII capitals.
  private static func isCode(_ text: String) -> Bool {
    text.utf8.count == 3 && text.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
  }
}
