/// A retention bonus that vests in tranches (for engineers in critical roles facing a
/// modernisation): the tranches that vest inside the period are paid; tranches after a
/// voluntary exit are forfeited.
struct RetentionGrant: Sendable, Equatable {
  var engineerID: String
  /// Total grant, in plan currency.
  var amount: FixedDecimal
  var grantDate: CivilDate
  /// Months after the grant before anything vests; the cliff tranche pays what accrued.
  var cliffMonths: Int
  /// Months over which the whole amount vests.
  var vestingMonths: Int
  /// Months between tranches after the cliff (1 monthly, 3 quarterly).
  var everyMonths: Int
  var reason: String?

  /// Vesting dates with the cumulative share of the grant vested on each (exact ratios).
  func schedule() -> [(date: CivilDate, vestedMonths: Int)] {
    var dates: [(CivilDate, Int)] = []
    var month = max(cliffMonths, 0)
    if month == 0 { month = everyMonths }
    while month < vestingMonths {
      dates.append((Self.add(months: month, to: grantDate), month))
      month += everyMonths
    }
    dates.append((Self.add(months: vestingMonths, to: grantDate), vestingMonths))
    return dates
  }

  /// The same day `months` later, clamped to the month's end (Jan 31 + 1 month = Feb 28).
  static func add(months: Int, to date: CivilDate) -> CivilDate {
    let (year, month, day) = date.components
    let total = (year * 12 + (month - 1)) + months
    let newYear = total / 12
    let newMonth = total % 12 + 1
    return CivilDate(year: newYear, month: newMonth, day: min(day, CivilDate.daysInMonth(year: newYear, month: newMonth)))!
  }
}
