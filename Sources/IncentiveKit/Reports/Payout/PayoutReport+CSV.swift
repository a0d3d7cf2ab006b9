extension PayoutReport {
  /// Columns of `calculate --format csv`, stable for payroll imports.
  public static let csvColumns = [
    "engineer_id", "name", "team", "role", "currency", "proration", "target", "multiplier", "payout",
    "component_amounts", "extras", "total_pay",
  ]

  /// One row per engineer, plain decimal amounts; `component_amounts` is `id=amount` pairs
  /// separated by `;` (tracks differ in their components, so they can't be fixed columns).
  /// `extras` is pay outside the bonus (premiums, vested retention) and `total_pay` what payroll
  /// pays: the bonus plus the extras.
  public func renderCSV() -> String { renderCSV(.plain) }

  /// The same rows in `dialect` (`.excel`: byte-order mark and CRLF).
  func renderCSV(_ dialect: CSVDialect) -> String {
    var rows = [Self.csvColumns]
    for payout in engineers {
      let currency = payout.currency
      let components = payout.components.map { "\($0.component.id)=\($0.amount.formatted(in: currency))" }
      rows.append([
        payout.engineer.id, payout.engineer.name ?? "", payout.team, payout.engineer.role, currency.code,
        payout.proration.factor.formatted(decimals: Precision.proration), payout.target.amount.formatted(in: currency),
        payout.multiplier.trimmed(minimumDecimals: 2), payout.payout.formatted(in: currency),
        components.joined(separator: ";"), payout.extrasTotal.formatted(in: currency),
        (payout.payout + payout.extrasTotal).formatted(in: currency),
      ])
    }
    return dialect.file(rows)
  }
}
