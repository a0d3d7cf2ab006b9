/// The expected payout of a period still running (`incentive forecast`), per person, team and
/// currency, with a low and a high figure: what finance accrues before the period ends.
///
/// Expected: the payout from the metrics up to `asOf`, projected to the full period by
/// `MetricProjection`, with proration to the period's end. Low and high: the same calculation
/// on each complete elapsed week alone (projected the same way), the lowest and highest a
/// person gets, widened to include the expected figure. Amounts are pay in total (bonus plus
/// pay outside it), in the person's currency. See docs/forecast.md.
struct PayoutForecast: Sendable {
  struct Figures: Sendable, Equatable {
    var expected: Money
    var low: Money
    var high: Money

    static let zero = Figures(expected: .zero, low: .zero, high: .zero)

    static func + (lhs: Figures, rhs: Figures) -> Figures {
      Figures(expected: lhs.expected + rhs.expected, low: lhs.low + rhs.low, high: lhs.high + rhs.high)
    }
  }

  struct Person: Sendable {
    var engineerID: String
    var name: String?
    var team: String
    var currency: Currency
    var figures: Figures
  }

  /// What a forecast keeps of a payout: the person and their pay in total (bonus plus pay outside it) as every
  /// figure. At 100,000 people the forecast kept a whole report for the elapsed period and one for each week, 7.5 GB
  /// six weeks in.
  static func person(_ payout: EngineerPayout) -> Person {
    let value = payout.payInTotal
    return Person(
      engineerID: payout.engineer.id, name: payout.engineer.name, team: payout.team, currency: payout.currency,
      figures: Figures(expected: value, low: value, high: value))
  }

  struct Group: Sendable {
    /// The team name, or nil for a currency's total.
    var team: String?
    var currency: Currency
    var headcount: Int
    var figures: Figures
  }

  var plan: PayoutReport.PlanIdentity
  var period: Period
  var asOf: CivilDate
  /// Days from the period's start to `asOf`, inclusive.
  var elapsedDays: Int
  /// The complete weeks the low and high figures come from.
  var weeks: Int
  var people: [Person]
  /// Per team and currency, sorted by team then currency code.
  var teams: [Group]
  /// Per currency, sorted by code.
  var totals: [Group]

  /// - Parameters:
  ///   - plan, period: those of the run's report on the elapsed metrics.
  ///   - expected: each person paid on the elapsed metrics, with their pay in total as every figure.
  ///   - weekly: for each complete week that paid everyone, each person's pay in total by their position in
  ///     `expected`, nil for a person the week did not pay.
  init(
    plan: PayoutReport.PlanIdentity, period: Period, expected: [Person], weekly: [[Money?]], asOf: CivilDate,
    elapsedDays: Int
  ) {
    self.plan = plan
    self.period = period
    self.asOf = asOf
    self.elapsedDays = elapsedDays
    weeks = weekly.count
    people = expected.enumerated().map { position, person in
      var person = person
      let weekValues = weekly.compactMap { $0[position] } + [person.figures.expected]
      person.figures = Figures(expected: person.figures.expected, low: weekValues.min()!, high: weekValues.max()!)
      return person
    }
    var teams: [String: Group] = [:]
    var totals: [String: Group] = [:]
    for person in people {
      let key = person.team + "\u{0}" + person.currency.code
      teams[key, default: Group(team: person.team, currency: person.currency, headcount: 0, figures: .zero)]
        .headcount += 1
      teams[key]!.figures = teams[key]!.figures + person.figures
      totals[person.currency.code, default: Group(team: nil, currency: person.currency, headcount: 0, figures: .zero)]
        .headcount += 1
      totals[person.currency.code]!.figures = totals[person.currency.code]!.figures + person.figures
    }
    self.teams = teams.values.sorted {
      TeamTotal.precedes(team: $0.team!, in: $0.currency, $1.team!, in: $1.currency)
    }
    self.totals = totals.values.sorted { $0.currency.code < $1.currency.code }
  }
}
