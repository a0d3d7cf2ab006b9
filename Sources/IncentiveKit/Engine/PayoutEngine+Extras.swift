extension PayoutEngine {
  /// Pay outside the bonus for one person: the after-hours premium and retention tranches
  /// vesting in the period.
  ///
  /// Premium rates are stated in the plan currency: the premium is computed there exactly and
  /// converted into the person's currency with one rounding. Retention grants name one person
  /// and are stated in that person's currency.
  ///
  /// - Parameter own: the person's own metrics (their on-call counts).
  func extraPay(
    for engineer: Engineer, own: MetricSet, in currency: Currency, period: Period
  ) throws(CalculationError) -> [ExtraPay] {
    var extras: [ExtraPay] = []
    let planCurrency = plan.currency
    if let rates = plan.premiums {
      let pages = own[.afterHoursPages] ?? .zero
      let shifts = own[.oncallShifts] ?? .zero
      var exact = FixedDecimal.zero
      var parts: [String] = []
      // Counts come from files: every product and sum is checked, so an 18-digit page count is an
      // error naming the values instead of a trap.
      func add(_ count: FixedDecimal, _ rate: FixedDecimal, _ what: String) throws(CalculationError) {
        parts.append("\(count.trimmed()) \(what) × \(rate.trimmed(minimumDecimals: planCurrency.minorDigits))")
        guard let product = FixedDecimal.checkedProduct(count, rate), let sum = FixedDecimal.checkedSum(exact, product)
        else {
          throw .amountOutOfRange(engineer: engineer.id, what: "on-call premium (\(parts.joined(separator: " + ")))")
        }
        exact = sum
      }
      if let rate = rates.afterHoursPage, !pages.isZero { try add(pages, rate, "after-hours pages") }
      if let rate = rates.perShift, !shifts.isZero { try add(shifts, rate, "on-call shifts") }
      if !parts.isEmpty {
        let rounded = try exchangeRates.fromPlan(exact, to: currency, neededFor: "\(engineer.id)'s on-call premium")
          .rounded(toScale: currency.minorDigits)
        if currency != planCurrency {
          parts.append(
            "\(planCurrency.code) → \(currency.code) at \(exchangeRates.rates[currency.code]!.rate.trimmed())")
        }
        guard let minor = Int64(exactly: rounded.units) else {
          throw .amountOutOfRange(engineer: engineer.id, what: "on-call premium (\(parts.joined(separator: " + ")))")
        }
        extras.append(
          ExtraPay(kind: .oncallPremium, amount: Money(minorUnits: minor), detail: parts.joined(separator: " + ")))
      }
    }
    for grant in plan.retentionGrants where grant.engineerID == engineer.id {
      extras.append(contentsOf: tranches(of: grant, for: engineer, in: period, currency: currency))
    }
    // Reports add the extras up (and to the bonus): the sum must be an amount too.
    var total = Money.zero
    for extra in extras {
      guard let sum = total.adding(extra.amount) else {
        throw .amountOutOfRange(engineer: engineer.id, what: "total of pay outside the bonus")
      }
      total = sum
    }
    return extras
  }

  /// The tranches of `grant` vesting in `period`; rounding is cumulative so all tranches of a
  /// grant sum exactly to its amount.
  func tranches(
    of grant: RetentionGrant, for engineer: Engineer, in period: Period, currency: Currency
  ) -> [ExtraPay] {
    let total = grant.amount.rounded(toScale: currency.minorDigits).units
    func vested(_ months: Int) -> Int128 {
      RoundingRule.halfEven.divide(total * Int128(months), by: Int128(grant.vestingMonths))
    }
    var result: [ExtraPay] = []
    var previousMonths = 0
    for (date, months) in grant.schedule() {
      defer { previousMonths = months }
      guard period.contains(date) else { continue }
      let amount = Money(minorUnits: Int64(vested(months) - vested(previousMonths)))
      let share =
        "\(months - previousMonths)/\(grant.vestingMonths) of \(grant.amount.trimmed(minimumDecimals: currency.minorDigits))"
      if let end = engineer.endDate, end < date, engineer.exitReason == .voluntary {
        result.append(
          ExtraPay(
            kind: .retentionTranche, amount: .zero,
            detail: "tranche vesting \(date) (\(share)) forfeited: voluntary exit on \(end)"))
      } else {
        result.append(
          ExtraPay(
            kind: .retentionTranche, amount: amount,
            detail: "tranche vesting \(date): \(share) granted \(grant.grantDate)", reason: grant.reason))
      }
    }
    return result
  }
}
