/// `incentive metrics --list` and docs/metrics.md: every metric the tool computes, from the catalogue itself, so the
/// list, the documentation, did-you-mean and the reports' labels can't disagree.
extension MetricCatalogue {
  /// One block per metric for a terminal: the definitions are too long for table columns.
  static func renderText() -> String {
    all.map { metric in
      var text = "\(metric.name) · \(metric.title)\n"
      text += "  \(metric.scope.rawValue) · \(metric.unit.text) · \(metric.direction.text)"
      text += metric.isGameable ? " · gameable: a plan must guard it\n" : "\n"
      for source in metric.sources { text += "  from \(source.text)\n" }
      return text + wrapped(metric.definition, indent: "  ", width: 100)
    }.joined(separator: "\n")
  }

  /// A GitHub table: name, scope, unit, direction, source, definition.
  static func renderMarkdown() -> String {
    var table = MarkdownTable(
      headers: ["Metric", "Scope", "Unit", "Better", "Source (file: columns)", "Definition"],
      alignments: [.left, .left, .left, .left, .left, .left])
    for metric in all {
      table.append([
        metric.name + (metric.isGameable ? " (gameable)" : ""), metric.scope.rawValue, metric.unit.text,
        metric.direction.rawValue, metric.sources.map(\.text).joined(separator: "; "), metric.definition,
      ])
    }
    return table.render()
  }

  static func renderJSON() -> String {
    JSONWriter.pretty(
      .array(
        all.map { metric in
          .object([
            ("name", .string(metric.name)),
            ("title", .string(metric.title)),
            ("scope", .string(metric.scope.rawValue)),
            ("unit", .string(metric.unit.text)),
            ("direction", .string(metric.direction.rawValue)),
            ("gameable", .bool(metric.isGameable)),
            ("summary", .string(metric.summary)),
            ("definition", .string(metric.definition)),
            ("sources", .array(metric.sources.map(\.jsonValue))),
          ])
        }))
  }

  /// `text` broken into lines of at most `width` characters (a longer word stands alone), each indented.
  private static func wrapped(_ text: String, indent: String, width: Int) -> String {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty, line.count + 1 + word.count > width - indent.count {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    if !line.isEmpty { lines.append(line) }
    return lines.map { indent + $0 + "\n" }.joined()
  }
}

extension MetricDefinition.Source {
  /// `deployments.csv: team, environment` or `plan.json: market_attrition_rate`.
  var text: String {
    switch self {
    case .dataset(let file, let columns): "\(file).csv: \(columns.joined(separator: ", "))"
    case .plan(let keys): "plan.json: \(keys.joined(separator: ", "))"
    }
  }

  var jsonValue: JSONValue {
    switch self {
    case .dataset(let file, let columns):
      .object([("file", .string(file + ".csv")), ("columns", .array(columns.map { .string($0) }))])
    case .plan(let keys):
      .object([("file", .string("plan.json")), ("keys", .array(keys.map { .string($0) }))])
    }
  }
}
