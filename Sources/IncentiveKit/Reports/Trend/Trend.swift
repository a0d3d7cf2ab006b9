/// A team's DORA metrics and payouts, and each person's pay, across several periods
/// (`incentive trend`): what a director reads at the end of a year, from the same calculation
/// every other command makes for one period.
struct Trend {
  /// One team in one period.
  struct TeamPoint {
    var headcount: Int
    var payout: Money
    /// The four DORA metrics that have a value.
    var dora: [MetricID: FixedDecimal]
    var level: DORALevel?
  }

  /// One person's pay per period and year to date.
  struct Person {
    var id: String
    var name: String?
    /// The team of the last period they were paid in.
    var team: String
    /// nil where they were not paid (not employed in that period).
    var payouts: [Money?]
    /// Running sum of payouts within each calendar year (of the period's first day); nil before
    /// their first payout of that year.
    var yearToDate: [Money?]
  }

  /// `2026-Q1`, … as given.
  var labels: [String]
  var periods: [Period]
  var currency: Currency
  var benchmark: String
  /// Every team paid in any period, by name; nil where the team had no one paid that period.
  var teams: [(team: String, points: [TeamPoint?])]
  /// Every person paid in any period, by id.
  var people: [Person]
  /// Σ payouts per period.
  var totals: [Money]

  /// What a trend keeps of one person paid in one period, taken as they are paid (`PayoutRun.Paying`): at 100,000
  /// people three months of whole reports were 3.3 GB.
  struct Paid: Sendable {
    var id: String
    var name: String?
    var team: String
    var payout: Money

    init(_ payout: EngineerPayout) {
      id = payout.engineer.id
      name = payout.engineer.name
      team = payout.team
      self.payout = payout.payout
    }
  }

  /// - Parameters:
  ///   - reports: each period's report, its teams, totals and metrics, without its people.
  ///   - paid: each period's people, in engineer-id order.
  init(labels: [String], reports: [PayoutReport], paid: [[Paid]]) {
    self.labels = labels
    periods = reports.map(\.period)
    currency = reports.first?.currency ?? Currency(code: "USD")!
    benchmark = reports.first?.metrics.dora.values.first?.report ?? DORABenchmark.latest.report
    totals = reports.map(\.total)
    var names = Set<String>()
    for report in reports { names.formUnion(report.teams.map(\.team)) }
    // A team's first row (a team paid in two currencies has a row for each), found by name: a search of every row
    // for every team was teams × teams a period, 12,000 teams at 100,000 people.
    let firstRows = reports.map { report in
      Dictionary(report.teams.map { ($0.team, $0) }, uniquingKeysWith: { first, _ in first })
    }
    teams = names.sortedInByteOrder().map { name in
      (
        name,
        reports.indices.map { index -> TeamPoint? in
          let report = reports[index]
          guard let total = firstRows[index][name] else { return nil }
          let set = report.metrics.team(name)
          var dora: [MetricID: FixedDecimal] = [:]
          for metric in DORABenchmark.metrics { if let value = set[metric] { dora[metric] = value } }
          return TeamPoint(
            headcount: total.headcount, payout: total.payout, dora: dora, level: report.metrics.dora[name]?.overall)
        }
      )
    }
    var byID: [String: Person] = [:]
    for (index, people) in paid.enumerated() {
      for payout in people {
        var person =
          byID[payout.id]
          ?? Person(
            id: payout.id, name: payout.name, team: payout.team,
            payouts: Array(repeating: nil, count: reports.count),
            yearToDate: Array(repeating: nil, count: reports.count))
        person.payouts[index] = payout.payout
        person.team = payout.team
        byID[payout.id] = person
      }
    }
    let starts = reports.map(\.period.from.year)
    people = byID.values.sortedInByteOrder(of: \.id).map { person in
      var person = person
      var running: Money?
      for index in person.payouts.indices {
        if index > 0, starts[index] != starts[index - 1] { running = nil }
        if let paid = person.payouts[index] { running = (running ?? .zero) + paid }
        person.yearToDate[index] = running
      }
      return person
    }
  }
}
