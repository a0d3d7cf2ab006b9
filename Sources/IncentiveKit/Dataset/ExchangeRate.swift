/// One row of the optional `fx.csv`: what one unit of `currency` is worth in the plan currency,
/// as of a date and from a named source, so converted totals say which rate made them.
struct ExchangeRate: DatasetRecord, Equatable {
  /// The currency paid (`EUR`).
  var currency: Currency
  /// Plan-currency units per unit of `currency` (`1.0850` for EUR against USD), as written.
  var rate: FixedDecimal
  var asOf: CivilDate
  /// Where the rate came from (`ECB reference rate`).
  var source: String
  var line: Int

  static let fileName = "fx"
  static let columns: [TableColumn] = [
    .required("currency"), .required("rate"), .required("as_of"), .required("source"),
  ]

  init(currency: Currency, rate: FixedDecimal, asOf: CivilDate, source: String, line: Int) {
    self.currency = currency
    self.rate = rate
    self.asOf = asOf
    self.source = source
    self.line = line
  }

  init(row: borrowing TableRow) throws(InputError) {
    let code = try row.requiredString(0)
    guard let currency = Currency(code: code) else {
      throw row.invalid(0, code, "an ISO 4217 currency code such as EUR")
    }
    self.currency = currency
    rate = try row.requiredDecimal(1)
    // Bounded like plan numbers, so conversions stay inside 128-bit products.
    guard !rate.isNegative, !rate.isZero, rate.scale <= 9, rate < FixedDecimal(1_000_000) else {
      throw row.invalid(1, rate.description, "a rate above 0 and below 10^6 with at most 9 decimals")
    }
    asOf = try row.requiredDate(2)
    source = try row.requiredString(3)
    line = row.line
  }
}
