import Testing

@testable import IncentiveKit

/// `PayoutForecast`: low and high from each person's pay in the weeks that paid, by their position.
@Suite("Forecast figures")
struct PayoutForecastTests {
  static let usd = Currency(code: "USD")!

  static func person(_ id: String, team: String, _ expected: String) -> PayoutForecast.Person {
    let money = Money(expected, currency: usd)!
    return PayoutForecast.Person(
      engineerID: id, name: nil, team: team, currency: usd,
      figures: PayoutForecast.Figures(expected: money, low: money, high: money))
  }

  static func money(_ text: String) -> Money { Money(text, currency: usd)! }

  /// A expects 100.00 and was paid 90.00 and 120.00 in the two weeks: low 90.00, high 120.00.
  /// B expects 50.00, was not paid in the first week and 40.00 in the second: low 40.00, high 50.00 (the expected
  /// figure widens the range). C expects 70.00 and the weeks paid 80.00 and 75.00: low 70.00, high 80.00.
  /// Team x (A and B): 150.00 expected, 130.00 low, 170.00 high; team y (C) 70.00, 70.00, 80.00.
  @Test("each person's low and high span their weeks and their expected figure; teams and totals add them up")
  func lowAndHigh() {
    let forecast = PayoutForecast(
      plan: .init(name: "p", version: "1", sha256: "a"),
      period: Period(from: CivilDate(year: 2026, month: 7, day: 1)!, to: CivilDate(year: 2026, month: 9, day: 30)!),
      expected: [Self.person("A", team: "x", "100.00"), Self.person("B", team: "x", "50.00"),
        Self.person("C", team: "y", "70.00")],
      weekly: [[Self.money("90.00"), nil, Self.money("80.00")], [Self.money("120.00"), Self.money("40.00"), Self.money("75.00")]],
      asOf: CivilDate(year: 2026, month: 7, day: 14)!, elapsedDays: 14)
    #expect(forecast.weeks == 2)
    let figures = forecast.people.map { [$0.figures.expected, $0.figures.low, $0.figures.high] }
    #expect(figures == [
      [Self.money("100.00"), Self.money("90.00"), Self.money("120.00")],
      [Self.money("50.00"), Self.money("40.00"), Self.money("50.00")],
      [Self.money("70.00"), Self.money("70.00"), Self.money("80.00")],
    ])
    #expect(forecast.teams.map(\.team) == ["x", "y"])
    #expect(forecast.teams.map(\.figures) == [
      .init(expected: Self.money("150.00"), low: Self.money("130.00"), high: Self.money("170.00")),
      .init(expected: Self.money("70.00"), low: Self.money("70.00"), high: Self.money("80.00")),
    ])
    #expect(forecast.totals.map(\.figures) == [
      .init(expected: Self.money("220.00"), low: Self.money("200.00"), high: Self.money("250.00"))
    ])
  }
}
