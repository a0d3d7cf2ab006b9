/// What a run pays in each currency, and those totals in the plan currency where fx.csv has
/// the rates: finance books each currency as paid and reports the converted sum.
struct CurrencyTotals: Sendable {
  struct Line: Sendable {
    var currency: Currency
    var headcount: Int
    /// Σ rounded payouts (the bonus) in `currency`.
    var payout: Money
    /// Σ pay outside the bonus in `currency`.
    var extras: Money
    /// The fx.csv row used, nil for the plan currency or when fx.csv lacks it.
    var rate: ExchangeRate?
    /// `payout × rate`, half-even to plan minor units; nil when there is no rate.
    var converted: Money?
    var convertedExtras: Money?

    init(currency: Currency) {
      self.currency = currency
      headcount = 0
      payout = .zero
      extras = .zero
    }
  }

  /// Sorted by currency code.
  var lines: [Line]
  /// Σ converted payouts; nil when a currency has no rate.
  var planTotal: Money?
  /// Σ converted pay outside the bonus; nil when a currency has no rate.
  var planExtrasTotal: Money?

  /// - Parameter lines: each currency's sums (`PayoutTotals`), in any order, not yet converted.
  init(lines: [Line], rates: ExchangeRates) {
    var lines = lines.sorted { $0.currency.code < $1.currency.code }
    var total: Money? = .zero
    var extras: Money? = .zero
    for index in lines.indices {
      let line = lines[index]
      if line.currency == rates.planCurrency {
        lines[index].converted = line.payout
        lines[index].convertedExtras = line.extras
      } else if let rate = rates.rates[line.currency.code] {
        lines[index].rate = rate
        lines[index].converted = try? rates.toPlan(line.payout, from: line.currency)
        lines[index].convertedExtras = try? rates.toPlan(line.extras, from: line.currency)
      }
      total = total.flatMap { sum in lines[index].converted.map { sum + $0 } }
      extras = extras.flatMap { sum in lines[index].convertedExtras.map { sum + $0 } }
    }
    self.lines = lines
    planTotal = total
    planExtrasTotal = extras
  }
}
