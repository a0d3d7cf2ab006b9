/// The share of a period a person was employed, to 4 decimals half-even: joiners and leavers
/// earn the part of the target for the days they were there.
public struct Proration: Sendable, Equatable {
  /// Days employed inside the period (start and end dates inclusive).
  public var employedDays: Int
  public var periodDays: Int
  /// `employedDays / periodDays`, 4 decimals.
  public var factor: FixedDecimal

  public init(employedDays: Int, periodDays: Int) {
    self.employedDays = employedDays
    self.periodDays = periodDays
    factor = Ratio(Int128(employedDays), Int128(periodDays)).rounded(toScale: Precision.proration)
  }

  /// Nil when the person was not employed on any day of the period.
  public init?(_ engineer: Engineer, in period: Period) {
    guard let employment = engineer.employment(in: period) else { return nil }
    self.init(employedDays: employment.days, periodDays: period.days)
  }
}
