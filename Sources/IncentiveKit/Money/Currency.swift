/// A currency and how many minor units it has, so money is counted in whole minor units
/// (cents) and never as a fraction.
public struct Currency: Sendable, Hashable, CustomStringConvertible {
  /// ISO 4217 code, upper case (`USD`).
  public var code: String
  /// Decimal places of the minor unit: 2 for USD, 0 for JPY, 3 for KWD.
  public var minorDigits: Int

  /// Looks the code up in ISO 4217 (`Currency.payable`), then in its short lists of currencies without 2 decimals.
  /// Returns nil for text that is not a code of a currency people are paid in: a slip such as `JYP` must not pay
  /// a person in a made-up currency with made-up decimals.
  public init?(code: String) {
    // A code already written in capitals (every roster row, usually) is taken as it is: case mapping a string
    // costs more than the rest of this, and paying looks up each person's currency.
    let upper = Self.isCode(code) ? code : code.uppercased()
    guard Self.isCode(upper) else { return nil }
    let packed = Self.packed(upper)
    guard Self.payable.contains(packed) else { return nil }
    self.code = upper
    minorDigits = Self.noMinorUnit.contains(packed) ? 0 : Self.threeMinorDigits.contains(packed) ? 3 : 2
  }

  /// ISO 4217's current currencies (list one, 2026), and those withdrawn since 2014 so an earlier period can still
  /// be paid again as it was (`HRK` before Croatia's euro, `BGN` before Bulgaria's). Left out: precious metals, bond
  /// units, `XDR`, `XSU`, `XUA`, the test and no-currency codes (`XTS`, `XXX`), and the two funds with four decimals
  /// (`CLF`, `UYW`), which this tool's amounts can't hold.
  private static let payable = Set(
    ("""
    AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF
    CHW CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD
    HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD
    MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG
    QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD
    TZS UAH UGX USD USN UYI UYU UZS VED VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG
    """ + " ANG BGN BYR CUC HRK LTL LVL MRO SLL STD VEF ZWL"
    ).split(whereSeparator: \.isWhitespace).map { packed(String($0)) })

  /// ISO 4217 codes whose amounts have no minor unit, and three-decimal ones; every other code has two. Kept as
  /// packed integers: paying looks up each person's currency, and comparing two dozen strings cost more than the
  /// rest of a lookup.
  private static let noMinorUnit = [
    "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF",
    "XPF",
    // Withdrawn (2016), kept for paying an earlier period again: it had no minor unit either.
    "BYR",
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
