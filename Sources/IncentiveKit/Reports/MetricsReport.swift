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
    keys.sortedInByteOrder()
  }

  /// Metric names in catalogue order, then any from metrics.csv alphabetically.
  private static func ordered(_ names: [MetricID]) -> [MetricID] {
    let known = MetricCatalogue.all.map(\.id).filter(names.contains)
    return known + names.filter { $0.definition == nil }.sorted()
  }

  func renderTable(style: TableStyle = .plain) -> String {
    ReportBytes.collect { sink in try writeTable(style: style, to: &sink) }
  }

  /// `renderTable(style:)`'s text, written team by team and, for the engineers, a line at a time (measured in one
  /// pass over the values, written in a second), so the text of 100,000 people's values is never held.
  func writeTable<Sink: ReportSink>(style: TableStyle, to sink: inout Sink) throws(OutputError) {
    let dora = definition == .spec ? "" : "DORA as \(definition.rawValue) defines it; "
    var text = "Metrics for \(metrics.period.from) to \(metrics.period.to) (\(dora)DORA levels: \(benchmark.report) report)\n"
    for team in Self.sorted(metrics.teams.keys) {
      let set = metrics.team(team)
      let dora = metrics.dora[team]
      text += "\nTeam \(shown: team)" + (dora?.overall.map { " — DORA overall: \($0.rawValue)" } ?? "") + "\n"
      var table = TextTable(headers: ["METRIC", "VALUE", "ROWS", "LEVEL"], alignments: [.left, .right, .right, .left])
      for name in Self.ordered(set.names) {
        let entry = set.entry(name)!
        table.append([
          name.name, entry.value.formatted(decimals: 6), String(entry.rows), dora?.levels[name]?.rawValue ?? "",
        ])
      }
      text += table.render(style: style)
      try sink.flush(&text)
    }
    try sink.write(text)
    guard metrics.engineers.values.contains(where: { !$0.names.isEmpty }) else { return }
    try sink.write("\nEngineers\n")
    let people = TextTable(headers: ["ENGINEER", "METRIC", "VALUE", "ROWS"], alignments: [.left, .left, .right, .right])
    let ids = Self.sorted(Array(metrics.engineers.keys))
    try people.write(
      rows: { (emit) throws(OutputError) in
        for id in ids {
          let set = metrics.engineer(id)
          for name in Self.ordered(set.names) {
            let entry = set.entry(name)!
            try emit([id, name.name, entry.value.formatted(decimals: 6), String(entry.rows)])
          }
        }
      }, style: style, to: &sink)
  }

  func jsonValue() -> JSONValue {
    var tree = JSONTreeBuilder()
    emit(into: &tree)
    return tree.value!
  }

  /// `JSONWriter.pretty(jsonValue().stampedWithToolVersion())`, written member by member: no tree
  /// of every engineer's values is built on the way to the text.
  func renderJSON() -> String {
    ReportBytes.collect { sink in try writeJSON(to: &sink) }
  }

  /// `renderJSON()`'s bytes, written as they are produced.
  func writeJSON<Sink: ReportSink>(to sink: inout Sink) throws(OutputError) {
    var writer = JSONStreamWriter(into: sink)
    emit(into: &writer, stamped: true)
    try writer.finish()
    sink = writer.sink
  }

  /// - Parameter stamped: end with `tool_version`, as every JSON output does.
  private func emit<Emitter: JSONEmitter>(into json: inout Emitter, stamped: Bool = false) {
    func values(_ set: MetricSet) {
      json.beginObject()
      for name in Self.ordered(set.names) { json.member(name.name, set[name]!.formatted(decimals: 6)) }
      json.endObject()
    }
    json.beginObject()
    json.key("period")
    json.beginObject()
    json.member("from", metrics.period.from.description)
    json.member("to", metrics.period.to.description)
    json.endObject()
    json.key("teams")
    json.beginArray()
    for team in Self.sorted(metrics.teams.keys) {
      let dora = metrics.dora[team]
      json.beginObject()
      json.member("team", team)
      json.key("metrics")
      values(metrics.team(team))
      json.key("dora")
      json.beginObject()
      json.member("report", benchmark.report)
      json.member("definition", definition.rawValue)
      json.member("overall", dora?.overall?.rawValue)
      json.key("levels")
      json.beginObject()
      for name in DORABenchmark.metrics {
        if let level = dora?.levels[name] { json.member(name.name, level.rawValue) }
      }
      json.endObject()
      json.endObject()
      json.endObject()
      json.itemEnded()
    }
    json.endArray()
    json.key("engineers")
    json.beginArray()
    for id in Self.sorted(Array(metrics.engineers.keys)) {
      json.beginObject()
      json.member("engineer_id", id)
      json.key("metrics")
      values(metrics.engineer(id))
      json.endObject()
      json.itemEnded()
    }
    json.endArray()
    if stamped { json.member(ToolVersion.jsonKey, ToolVersion.current) }
    json.endObject()
  }
}
