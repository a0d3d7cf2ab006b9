/// Why `incentive sensitivity` cannot analyse the subject it was given.
public enum SensitivityError: Error, Equatable, Sendable {
  /// `suggestion`: the closest engineer_id the roster has.
  case unknownEngineer(id: String, suggestion: String? = nil)
  case notEmployed(id: String, period: Period)
  case unknownTeam(team: String, known: [String])
  /// A team whose people are paid in several currencies: its payouts don't add up to one figure.
  case severalCurrencies(team: String, currencies: [String])
}

extension SensitivityError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .unknownEngineer(let id, let suggestion):
      return "no engineer \"\(shown: id)\" in the roster" + didYouMean(suggestion)
    case .notEmployed(let id, let period):
      return "\(shown: id) was not employed on any day of \(period.from) to \(period.to), so has no payout to analyse"
    case .unknownTeam(let team, let known):
      return "no one is paid on team \"\(shown: team)\" in this period; teams: \(shown: known, separator: ", ")"
    case .severalCurrencies(let team, let currencies):
      return "team \"\(shown: team)\" is paid in \(shown: currencies, separator: ", "); analyse one person at a time (--engineer)"
    }
  }
}
