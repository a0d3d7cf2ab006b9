extension PayoutReport {
  /// `("currency", code)` for an engineer or team row of a run that pays in several currencies;
  /// nothing for a single-currency run, whose JSON keeps SPEC section 6's shape exactly.
  func currencyField(_ currency: Currency) -> [(String, JSONValue)] {
    isMultiCurrency ? [("currency", .string(currency.code))] : []
  }

  /// The document's closing totals. One currency: `total` (and `extras_total` when there is pay
  /// outside the bonus), as always. Several: `totals` per currency (each with its fx.csv rate and
  /// converted figure when there is one), then `total` and `extras_total` in the plan currency
  /// only when every currency could be converted.
  func totalFields(_ tail: Tail) -> [(String, JSONValue)] {
    let hasExtras = tail.hasExtras
    let currencyTotals = tail.currencyTotals
    guard isMultiCurrency else {
      var fields: [(String, JSONValue)] = [("total", .string((currencyTotals.planTotal ?? .zero).formatted(in: currency)))]
      if hasExtras {
        fields.append(("extras_total", .string((currencyTotals.planExtrasTotal ?? .zero).formatted(in: currency))))
      }
      return fields
    }
    let lines = currencyTotals.lines.map { line -> (String, JSONValue) in
      var fields: [(String, JSONValue)] = [
        ("headcount", .number(String(line.headcount))),
        ("total", .string(line.payout.formatted(in: line.currency))),
      ]
      if hasExtras { fields.append(("extras_total", .string(line.extras.formatted(in: line.currency)))) }
      if let rate = line.rate {
        fields.append(("rate", .string(rate.rate.trimmed())))
        fields.append(("as_of", .string(rate.asOf.description)))
        fields.append(("source", .string(rate.source)))
      }
      if let converted = line.converted {
        fields.append(("converted_total", .string(converted.formatted(in: currency))))
      }
      if hasExtras, let converted = line.convertedExtras {
        fields.append(("converted_extras_total", .string(converted.formatted(in: currency))))
      }
      return (line.currency.code, .object(fields))
    }
    var fields: [(String, JSONValue)] = [("totals", .object(lines))]
    if let planTotal = currencyTotals.planTotal {
      fields.append(("total", .string(planTotal.formatted(in: currency))))
      if hasExtras, let extras = currencyTotals.planExtrasTotal {
        fields.append(("extras_total", .string(extras.formatted(in: currency))))
      }
    }
    return fields
  }
}

extension PayoutReport {
  /// The total for a one-line summary: `87757.48 USD`, or per currency for several
  /// (`2268.49 EUR, 2016.44 GBP (4477.46 USD at fx.csv rates)`).
  var totalText: String {
    summaryText(total, perCurrency: \.payout, converted: currencyTotals.planTotal)
  }

  /// `single` in the plan currency for a run in one; else each currency's `perCurrency` and, when given, the
  /// plan-currency sum `converted`.
  private func summaryText(
    _ single: Money, perCurrency: (CurrencyTotals.Line) -> Money, converted: Money?
  ) -> String {
    guard isMultiCurrency else { return Self.amountText(single, currency) }
    let lines = currencyTotals.lines.map { Self.amountText(perCurrency($0), $0.currency) }
    return lines.joined(separator: ", ") + (converted.map { " (\(Self.amountText($0, currency)) at fx.csv rates)" } ?? "")
  }

  /// `87757.48 USD`.
  private static func amountText(_ amount: Money, _ currency: Currency) -> String {
    "\(amount.formatted(in: currency)) \(currency.code)"
  }

  /// What the run pays in all for a one-line summary: `totalText` when nobody has pay outside the bonus, else the
  /// bonus and that pay added, with the two parts named (`90907.48 USD: bonus 87757.48 USD, outside the bonus
  /// 3150.00 USD`). `close` says this: its entry records each person's bonus plus pay outside it, and so does the
  /// payroll file, so a summary of the bonus alone matched neither.
  var payInTotalText: String {
    let lines = currencyTotals.lines
    guard lines.contains(where: { $0.extras != .zero }) else { return totalText }
    let extras = lines.map { Self.amountText($0.extras, $0.currency) }.joined(separator: ", ")
    let converted = currencyTotals.planTotal.flatMap { total in currencyTotals.planExtrasTotal.map { total + $0 } }
    return summaryText(total + lines[0].extras, perCurrency: { $0.payout + $0.extras }, converted: converted)
      + ": bonus \(totalText), outside the bonus \(extras)"
  }

  /// The currencies paid, for a report heading: `USD`, or `EUR, GBP, INR` for several.
  var currencyCodes: String {
    isMultiCurrency ? currencyTotals.lines.map(\.currency.code).joined(separator: ", ") : currency.code
  }

  /// The formats that render every person's amounts in their own currency; the others (Markdown,
  /// HTML, the shared view) are refused for a run in several currencies rather than print one
  /// currency's digits for another's amounts.
  static let multiCurrencyFormats: [OutputFormat] = [.table, .csv, .json, .payroll]
}
