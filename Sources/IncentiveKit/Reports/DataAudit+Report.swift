/// `audit data` in its three formats: the accounting per file, then the findings, those that need a decision first.
extension DataAudit {
  func renderText() -> String {
    var table = TextTable(headers: ["FILE", "ROWS", "COUNTED", "LEFT OUT"], alignments: [.left, .right, .right, .left])
    for file in inputs.byName {
      table.append([TerminalText.escaped(file.name), String(file.rowsRead), String(file.counted), Self.leftOutText(file)])
    }
    var text = "Data audit · \(TerminalText.escaped(directory)) · \(period.from) to \(period.to)\n\n"
    text += table.render(style: TableStyle(color: false, thousandsSeparators: false, maxWidth: 200))
    text += "\n" + findingsSummary + "\n"
    // A message holds the file path and component ids as written (the JSON keeps them so): escaped for the terminal.
    for finding in sortedFindings {
      text += "\(finding.needsDecision ? "decide" : "note  ")  \(shown: finding.message)\n"
    }
    return text
  }

  func renderMarkdown() -> String {
    var table = MarkdownTable(headers: ["File", "Rows", "Counted", "Left out"], alignments: [.left, .right, .right, .left])
    for file in inputs.byName { table.append([file.name, String(file.rowsRead), String(file.counted), Self.leftOutText(file)]) }
    var text = "## Data audit · \(MarkdownTable.escape(directory)) · \(period.from) to \(period.to)\n\n"
    text += table.render() + "\n" + findingsSummary + "\n\n"
    for finding in sortedFindings {
      text += "- \(finding.needsDecision ? "**decide**" : "note"): \(MarkdownTable.escape(finding.message))\n"
    }
    return text
  }

  func renderJSON() -> String {
    JSONWriter.pretty(
      .object([
        ("dataset", .string(directory)),
        ("period", period.jsonValue),
        ("inputs", .array(inputs.byName.map(\.jsonValue))),
        ("decisions", .number(String(decisions))),
        (
          "findings",
          .array(
            sortedFindings.map {
              .object([("needs_decision", .bool($0.needsDecision)), ("message", .string($0.message(escaping: { $0 })))])
            })
        ),
      ]))
  }

  private var sortedFindings: [DataFinding] {
    findings.filter(\.needsDecision) + findings.filter { !$0.needsDecision }
  }

  private var findingsSummary: String {
    if findings.isEmpty { return "No findings: every row is counted or left out for a routine reason." }
    return "\(findings.count) finding\(findings.count == 1 ? "" : "s"), \(decisions) needing a decision:"
  }

  /// `outside the period 4 (2, 29, 70, 74); not a production environment 5 (71, …)`.
  static func leftOutText(_ file: FileAccounting) -> String {
    guard !file.leftOut.isEmpty else { return "-" }
    return file.leftOut.keys.sorted().map { reason in
      let sample = file.leftOut[reason]!
      let more = sample.rows > sample.firstLines.count ? ", …" : ""
      return "\(reason.phrase) \(sample.rows) (line \(sample.firstLines.map(String.init).joined(separator: ", "))\(more))"
    }.joined(separator: "; ")
  }
}
