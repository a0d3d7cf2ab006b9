extension Statement {
  /// The heading every format starts with: `Incentive statement for Daniel Cho (E04)`.
  public var title: String {
    "Incentive statement for " + (name.map { "\($0) (\(engineerID))" } ?? engineerID)
  }

  /// `Acme … (version …) · 2026-07-01 to 2026-09-30 · USD · role ic · team platform`.
  public var subtitle: String {
    plan.heading(for: period) + " · \(currency.code) · role \(role) · team \(team)"
  }

  /// A component's heading: `delivery: deployment_frequency, team, weight 0.3`.
  func heading(of part: Part) -> String {
    "\(part.id): \(part.metric), \(part.scope) metric, weight \(part.weight.trimmed())"
  }

  /// Plain text for a terminal or an email; control characters in the data are shown escaped.
  public func renderText() -> String {
    var lines = [title, subtitle, ""]
    var summaryTable = TextTable(headers: ["", "", ""], alignments: [.left, .right, .left])
    for line in summary { summaryTable.append([line.label, line.value, line.detail]) }
    lines.append(
      contentsOf: summaryTable.render().split(separator: "\n", omittingEmptySubsequences: false).dropFirst().map(
        String.init))
    lines.append("How each component was worked out")
    for part in parts {
      lines.append("")
      lines.append("  \(heading(of: part)) → \(part.amount.grouped(in: currency))")
      lines.append(contentsOf: part.steps.map { "    - " + $0 })
    }
    if !extras.isEmpty {
      lines.append("")
      lines.append("Outside the bonus (not scaled by any multiplier)")
      lines.append(
        contentsOf: extras.map { "  \($0.kind.rawValue): \($0.amount.grouped(in: currency)) (\($0.detail))" })
    }
    for figures in teams {
      lines.append("")
      lines.append("Team \(figures.team): \(figures.relation)")
      if let level = figures.doraLevel { lines.append("  DORA level: \(level)") }
      var table = TextTable(headers: ["", ""], alignments: [.left, .right])
      for metric in figures.metrics { table.append(["  " + metric.name, metric.value.trimmed()]) }
      lines.append(contentsOf: table.render().split(separator: "\n").dropFirst().map(String.init))
    }
    lines.append("")
    lines.append(Self.privacyNote)
    // A line break or escape sequence inside a value (a name, a team) must not forge a line.
    return lines.map(TerminalText.escaped).joined(separator: "\n") + "\n"
  }
}
