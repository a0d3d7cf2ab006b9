extension PayoutForecast {
  /// `calculate`-style JSON: decimal strings, people by id, teams by name, totals by currency.
  func jsonValue() -> JSONValue {
    func figures(_ value: Figures, _ currency: Currency) -> [(String, JSONValue)] {
      [
        ("expected", .string(value.expected.formatted(in: currency))),
        ("low", .string(value.low.formatted(in: currency))), ("high", .string(value.high.formatted(in: currency))),
      ]
    }
    return .object([
      ("plan", plan.jsonValue),
      ("period", period.jsonValue),
      ("as_of", .string(asOf.description)),
      ("elapsed_days", .number(String(elapsedDays))),
      ("period_days", .number(String(period.days))),
      ("weeks", .number(String(weeks))),
      (
        "engineers",
        .array(
          people.map {
            .object(
              [
                ("engineer_id", .string($0.engineerID)), ("name", $0.name.map { .string($0) } ?? .null),
                ("team", .string($0.team)), ("currency", .string($0.currency.code)),
              ] + figures($0.figures, $0.currency))
          })
      ),
      (
        "teams",
        .array(
          teams.map {
            .object(
              [
                ("team", .string($0.team ?? "")), ("currency", .string($0.currency.code)),
                ("headcount", .number(String($0.headcount))),
              ] + figures($0.figures, $0.currency))
          })
      ),
      (
        "totals",
        .array(
          totals.map {
            .object(
              [("currency", .string($0.currency.code)), ("headcount", .number(String($0.headcount)))]
                + figures($0.figures, $0.currency))
          })
      ),
    ])
  }

  /// The terminal view: people, then teams and totals, each with expected, low and high.
  func renderTable(style: TableStyle = .plain) -> String {
    var text =
      plan.heading(for: period)
      + " · forecast as of \(asOf) (\(elapsedDays) of \(period.days) days, \(weeks) complete weeks)\n\n"
    var people = TextTable(
      headers: ["ENGINEER", "NAME", "TEAM", "CURRENCY", "EXPECTED", "LOW", "HIGH"],
      alignments: [.left, .left, .left, .left, .right, .right, .right], shrinkable: [1, 2])
    for person in self.people {
      people.append(
        [person.engineerID, person.name ?? "", person.team, person.currency.code]
          + cells(person.figures, person.currency, style))
    }
    text += people.render(style: style)
    var groups = TextTable(
      headers: ["TEAM", "CURRENCY", "HEADCOUNT", "EXPECTED", "LOW", "HIGH"],
      alignments: [.left, .left, .right, .right, .right, .right], shrinkable: [0])
    for team in teams {
      groups.append([team.team ?? "", team.currency.code, String(team.headcount)] + cells(team.figures, team.currency, style))
    }
    for total in totals {
      groups.append(
        ["TOTAL", total.currency.code, String(total.headcount)] + cells(total.figures, total.currency, style),
        emphasis: .total)
    }
    return text + "\n" + groups.render(style: style)
  }

  private func cells(_ figures: Figures, _ currency: Currency, _ style: TableStyle) -> [String] {
    [style.money(figures.expected, in: currency), style.money(figures.low, in: currency), style.money(figures.high, in: currency)]
  }
}
