/// Why a payout cannot be computed from otherwise well-formed inputs.
public enum CalculationError: Error, Equatable, Sendable {
  /// A component's metric has no value and the plan says `on_missing: error`.
  /// `reason`: "no value for METRIC", "formula divides by zero" or "formula result out of range".
  case missingMetric(engineer: String, component: String, reason: String, subject: String)
  /// A roster currency that is not an ISO 4217 code.
  case unknownCurrency(engineer: String, file: String, line: Int, column: Int?, currency: String)
  /// A conversion needs a rate fx.csv lacks (or there is no fx.csv); `purpose` says which figure.
  case missingRate(currency: String, planCurrency: String, file: String, purpose: String)
  /// An fx.csv row that cannot be used (a second rate for a currency, the plan currency not at 1).
  case invalidRate(file: String, line: Int, reason: String)
  /// A salary has more decimals than the currency's minor unit.
  case salaryPrecision(engineer: String, file: String, line: Int, column: Int?, salary: String, currency: String)
  /// A person's role has no track and the plan has no `default` track.
  case missingTrack(role: String, engineer: String, available: [String])
  /// A plan entry names an engineer_id the roster lacks.
  case unknownEngineer(id: String, source: String)
  /// An adjustments.csv row that cannot be applied.
  case invalidAdjustment(file: String, line: Int, reason: String)
  /// `target_basis: band` and the person's level has no band.
  case missingBand(engineer: String, level: String?, bands: [String])
  /// A reported metric feeds its reporter's own payout and `--strict` is on.
  case conflictOfInterest(engineer: String, component: String, detail: String)
  /// A command that compares or sums payouts in one currency, on a run that pays in several.
  case severalCurrencies(command: String, currencies: [String])
  /// Neither the plan nor `--period` says which period to pay.
  case noPeriod
  /// An amount beyond what minor units in `Int64` hold: only absurd inputs (a salary near the
  /// 10^15 limit with an adjusted multiplier of thousands) get there.
  case amountOutOfRange(engineer: String, what: String)
}

extension CalculationError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .missingMetric(let engineer, let component, let reason, let subject):
      return "\(shown: engineer): component \(shown: component): \(shown: reason) (for \(shown: subject) in the "
        + "period); add the data, or set \"on_missing\" to \"zero\" or \"target\" for this component"
    case .unknownCurrency(let engineer, let file, let line, let column, let currency):
      return "\(shown: file):\(line)\(Self.place(column)): currency: \"\(shown: currency)\" for \(shown: engineer) is "
        + "not an ISO 4217 code such as EUR"
    case .missingRate(let currency, let planCurrency, let file, let purpose):
      return "\(shown: file): no exchange rate for \(shown: currency) (to \(shown: planCurrency)), needed for "
        + "\(shown: purpose); add a row \"\(shown: currency),RATE,AS_OF,SOURCE\""
    case .invalidRate(let file, let line, let reason):
      return "\(shown: file):\(line): \(shown: reason)"
    case .salaryPrecision(let engineer, let file, let line, let column, let salary, let currency):
      return "\(shown: file):\(line)\(Self.place(column)): base_salary: \"\(shown: salary)\" for \(shown: engineer) "
        + "has more decimals than \(shown: currency) allows"
    case .missingTrack(let role, let engineer, let available):
      return "the plan has no track for role \"\(shown: role)\" (engineer \(shown: engineer)) and no \"default\" "
        + "track; tracks: \(shown: available, separator: ", ")"
    case .unknownEngineer(let id, let source):
      return "\(shown: source): engineer_id \"\(shown: id)\" is not in the roster"
    case .invalidAdjustment(let file, let line, let reason):
      return "\(shown: file):\(line): \(shown: reason)"
    case .missingBand(let engineer, let level, let bands):
      return
        "\(shown: engineer): level \(level.map { "\"\(shown: $0)\"" } ?? "(empty)") has no band midpoint in the "
        + "plan's \"bands\" (bands: \(shown: bands, separator: ", ")); add it, or set the roster level"
    case .conflictOfInterest(let engineer, let component, let detail):
      return "\(shown: engineer): component \(shown: component): \(shown: detail) (run without --strict to flag it "
        + "instead)"
    case .amountOutOfRange(let engineer, let what):
      return "\(shown: engineer): the \(shown: what) is too large to be an amount; check the counts in the event "
        + "files, base_salary, target_bonus_pct, adjustments.csv and the plan's premiums"
    case .severalCurrencies(let command, let currencies):
      return "\(shown: command) compares payouts in one currency, and this run pays in "
        + "\(shown: currencies, separator: ", "); compare with calculate --format json, or run it per currency"
    case .noPeriod:
      return "no period: give --period (e.g. 2026-Q3) or set \"period\" in the plan"
    }
  }

  /// `:COLUMN` after a line, when the cell's column is known (a CSV roster).
  private static func place(_ column: Int?) -> String { column.map { ":\($0)" } ?? "" }
}
