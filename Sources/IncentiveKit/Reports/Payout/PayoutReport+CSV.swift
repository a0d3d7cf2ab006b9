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
  public func renderCSV() -> String {
    ReportBytes.collect { sink in try writeCSV(to: &sink, payouts: keptPayouts) }
  }

  /// `renderCSV()`'s bytes (or, with `.excel`, the same rows with a byte-order mark and CRLF), written a row at a time as `payouts` produces the engineers.
  func writeCSV<Sink: ReportSink>(to sink: inout Sink, payouts: Payouts, dialect: CSVDialect = .plain) throws {
    var buffer = Array((dialect.preamble + dialect.line(Self.csvColumns)).utf8)
    _ = try payouts(
      { payout in Array(Self.csvLine(payout, dialect: dialect).utf8) },
      { line in
        buffer.append(contentsOf: line)
        try sink.flush(&buffer)
      })
    try sink.write(buffer)
  }

  /// One engineer's row, amounts in the person's own currency: rendered on whichever thread
  /// paid them, so it reads only the payout.
  static func csvLine(_ payout: EngineerPayout, dialect: CSVDialect) -> String {
    let currency = payout.currency
    let components = payout.components.map { "\($0.component.id)=\($0.amount.formatted(in: currency))" }
    return dialect.line([
      payout.engineer.id, payout.engineer.name ?? "", payout.team, payout.engineer.role, currency.code,
      payout.proration.factor.formatted(decimals: Precision.proration), payout.target.amount.formatted(in: currency),
      payout.multiplier.trimmed(minimumDecimals: 2), payout.payout.formatted(in: currency),
      components.joined(separator: ";"), payout.extrasTotal.formatted(in: currency),
      payout.payInTotal.formatted(in: currency),
    ])
  }
}
