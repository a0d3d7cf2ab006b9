/// Why one person's payout (`explain`, `statement --engineer`) is not in the run.
public enum PayoutLookupError: Error, Equatable, Sendable {
  /// The roster has no such engineer_id; `suggestion` is the closest one it has.
  case notInRoster(id: String, suggestion: String? = nil)
  /// The person is on the roster but was employed on no day of the period, so was not paid.
  case notEmployed(id: String, period: Period)
}

extension PayoutLookupError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .notInRoster(let id, let suggestion):
      return "no engineer \"\(shown: id)\" in the roster" + didYouMean(suggestion)
    case .notEmployed(let id, let period):
      return "\(shown: id) was not employed on any day of \(period.from) to \(period.to)"
    }
  }
}

extension PayoutLookupError: UserFacingError {}
