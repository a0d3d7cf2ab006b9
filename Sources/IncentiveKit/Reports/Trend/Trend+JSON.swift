extension Trend {
  /// `{"periods": [{"period", "from", "to", "total"}], "currency", "dora_report",
  ///   "teams": [{"team", "periods": [{"period", "headcount", "payout", "dora_level", <four DORA metrics>}]}],
  ///   "engineers": [{"engineer_id", "name", "team", "payouts": [...], "year_to_date": [...]}]}`:
  /// amounts and metric values as decimal strings, null where absent.
  func jsonValue() -> JSONValue {
    func money(_ amount: Money?) -> JSONValue { amount.map { .string($0.formatted(in: currency)) } ?? .null }
    let periodItems = labels.indices.map { index -> JSONValue in
      .object([
        ("period", .string(labels[index])), ("from", .string(periods[index].from.description)),
        ("to", .string(periods[index].to.description)), ("total", money(totals[index])),
      ])
    }
    let teamItems = teams.map { team, points -> JSONValue in
      .object([
        ("team", .string(team)),
        (
          "periods",
          .array(
            points.enumerated().map { index, point -> JSONValue in
              var members: [(String, JSONValue)] = [
                ("period", .string(labels[index])), ("headcount", .number(point?.headcount ?? 0)),
                ("payout", money(point?.payout)), ("dora_level", point?.level.map { .string($0.rawValue) } ?? .null),
              ]
              for metric in DORABenchmark.metrics {
                members.append((metric.name, point?.dora[metric].map { .string($0.trimmed()) } ?? .null))
              }
              return .object(members)
            })
        ),
      ])
    }
    let peopleItems = people.map { person -> JSONValue in
      .object([
        ("engineer_id", .string(person.id)), ("name", person.name.map(JSONValue.string) ?? .null),
        ("team", .string(person.team)), ("payouts", .array(person.payouts.map(money))),
        ("year_to_date", .array(person.yearToDate.map(money))),
      ])
    }
    return .object([
      ("currency", .string(currency.code)), ("dora_report", .string(benchmark)), ("periods", .array(periodItems)),
      ("teams", .array(teamItems)), ("engineers", .array(peopleItems)),
    ])
  }
}
