/// `incentive metrics`: every computed value per team (with DORA levels) and per engineer.
struct MetricsReport: Sendable {
  let metrics: ComputedMetrics
  let benchmark: DORABenchmark
  /// Whose definition the DORA values follow, shown so nobody compares them with the wrong dashboard.
  let definition: DORADefinition

  init(metrics: ComputedMetrics, benchmark: DORABenchmark, definition: DORADefinition = .spec) {
    self.metrics = metrics
    self.benchmark = benchmark
    self.definition = definition
  }

  private static func sorted(_ keys: some Collection<String>) -> [String] {
    keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }

  /// Metric names in catalogue order, then any from metrics.csv alphabetically.
  private static func ordered(_ names: [MetricID]) -> [MetricID] {
    let known = MetricCatalogue.all.map(\.id).filter(names.contains)
    return known + names.filter { $0.definition == nil }.sorted()
  }

  func renderTable(style: TableStyle = .plain) -> String {
    let dora = definition == .spec ? "" : "DORA as \(definition.rawValue) defines it; "
    var text = "Metrics for \(metrics.period.from) to \(metrics.period.to) (\(dora)DORA levels: \(benchmark.report) report)\n"
    for team in Self.sorted(metrics.teams.keys) {
      let set = metrics.team(team)
      let dora = metrics.dora[team]
      text += "\nTeam \(team)" + (dora?.overall.map { " — DORA overall: \($0.rawValue)" } ?? "") + "\n"
      var table = TextTable(headers: ["METRIC", "VALUE", "ROWS", "LEVEL"], alignments: [.left, .right, .right, .left])
      for name in Self.ordered(set.names) {
        let entry = set.entries[name]!
        table.append([
          name.name, entry.value.formatted(decimals: 6), String(entry.rows), dora?.levels[name]?.rawValue ?? "",
        ])
      }
      text += table.render(style: style)
    }
    var people = TextTable(headers: ["ENGINEER", "METRIC", "VALUE", "ROWS"], alignments: [.left, .left, .right, .right])
    for id in Self.sorted(metrics.engineers.keys) {
      let set = metrics.engineer(id)
      for name in Self.ordered(set.names) {
        let entry = set.entries[name]!
        people.append([id, name.name, entry.value.formatted(decimals: 6), String(entry.rows)])
      }
    }
    if !people.rows.isEmpty { text += "\nEngineers\n" + people.render(style: style) }
    return text
  }

  func jsonValue() -> JSONValue {
    func values(_ set: MetricSet) -> JSONValue {
      .object(Self.ordered(set.names).map { ($0.name, .string(set[$0]!.formatted(decimals: 6))) })
    }
    let teams = Self.sorted(metrics.teams.keys).map { team -> JSONValue in
      let dora = metrics.dora[team]
      let levels = DORABenchmark.metrics.compactMap { name in
        dora?.levels[name].map { (name.name, JSONValue.string($0.rawValue)) }
      }
      return .object([
        ("team", .string(team)),
        ("metrics", values(metrics.team(team))),
        ("dora", .object([
          ("report", .string(benchmark.report)),
          ("definition", .string(definition.rawValue)),
          ("overall", dora?.overall.map { .string($0.rawValue) } ?? .null),
          ("levels", .object(levels)),
        ])),
      ])
    }
    let engineers = Self.sorted(metrics.engineers.keys).map { id -> JSONValue in
      .object([("engineer_id", .string(id)), ("metrics", values(metrics.engineer(id)))])
    }
    return .object([
      ("period", .object([("from", .string(metrics.period.from.description)), ("to", .string(metrics.period.to.description))])),
      ("teams", .array(teams)),
      ("engineers", .array(engineers)),
    ])
  }
}
