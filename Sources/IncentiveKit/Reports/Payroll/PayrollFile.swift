/// `calculate --format payroll`: what a payroll system imports. One line per person and pay
/// line (each bonus component, each payment outside the bonus) with the period, the person's
/// currency, an earnings code from the plan's `earnings_codes` and the amount; and control
/// totals (line count and amount per currency) that the import checks the file against.
///
/// Lines with a zero amount are left out: payroll imports reject zero-value earnings, and a line
/// that pays nothing carries no information a payroll system keeps. See docs/payroll.md.
struct PayrollFile: Sendable {
  struct Line: Sendable, Equatable {
    var engineerID: String
    var name: String
    var currency: Currency
    var earningsCode: String
    /// The component id, or the kind of pay outside the bonus (`oncall_premium`).
    var payLine: String
    var amount: Money
  }

  /// The control total of one currency.
  struct Control: Sendable, Equatable {
    var currency: Currency
    var lines: Int
    var amount: Money
  }

  static let columns = [
    "engineer_id", "name", "period_from", "period_to", "currency", "earnings_code", "pay_line", "amount",
  ]
  static let controlColumns = ["currency", "line_count", "amount_total", "period_from", "period_to"]

  var period: Period
  /// In engineer order, each person's components in track order, then their other pay.
  var lines: [Line]
  /// Sorted by currency code.
  var controls: [Control]

  init(report: PayoutReport, codes: EarningsCodes) {
    period = report.period
    var lines: [Line] = []
    for payout in report.engineers {
      func line(_ code: String, _ payLine: String, _ amount: Money) {
        guard amount != .zero else { return }
        lines.append(
          Line(
            engineerID: payout.engineer.id, name: payout.engineer.name ?? "", currency: payout.currency,
            earningsCode: code, payLine: payLine, amount: amount))
      }
      for outcome in payout.components {
        line(codes.code(forComponent: outcome.component.id), outcome.component.id, outcome.amount)
      }
      for extra in payout.extras { line(codes.code(for: extra.kind), extra.kind.rawValue, extra.amount) }
    }
    self.lines = lines
    var controls: [String: Control] = [:]
    for line in lines {
      controls[line.currency.code, default: Control(currency: line.currency, lines: 0, amount: .zero)].lines += 1
      controls[line.currency.code]!.amount += line.amount
    }
    self.controls = controls.values.sorted { $0.currency.code < $1.currency.code }
  }

  /// The payroll lines as CSV (header first), through `CSVWriter`'s quoting.
  func render(_ dialect: CSVDialect) -> String {
    let from = period.from.description
    let to = period.to.description
    return dialect.file(
      [Self.columns]
        + lines.map {
          [$0.engineerID, $0.name, from, to, $0.currency.code, $0.earningsCode, $0.payLine, $0.amount.formatted(in: $0.currency)]
        })
  }

  /// The trailer file: one control line per currency.
  func renderControl(_ dialect: CSVDialect) -> String {
    dialect.file(
      [Self.controlColumns]
        + controls.map {
          [$0.currency.code, String($0.lines), $0.amount.formatted(in: $0.currency), period.from.description, period.to.description]
        })
  }

  /// The control totals as standard error shows them, one line per currency.
  var controlSummary: String {
    controls.map {
      "payroll control: \($0.currency.code) \($0.lines) lines, total \($0.amount.formatted(in: $0.currency))\n"
    }.joined()
  }

  /// Where the trailer file goes beside the payroll file `path`: `payroll.csv` →
  /// `payroll.control.csv`.
  static func controlPath(for path: String) -> String {
    let base = path.hasSuffix(".csv") ? String(path.dropLast(4)) : path
    return base + ".control.csv"
  }
}
