extension Statement {
  /// Markdown for a wiki page or a pull request to the person's private folder; every value
  /// taken from the data is escaped so a name can't turn into markup.
  public func renderMarkdown() -> String {
    func e(_ text: String) -> String { Self.markdownEscaped(text) }
    var lines = ["# \(e(title))", "", e(subtitle), "", "| | | |", "|---|--:|---|"]
    for line in summary { lines.append("| \(e(line.label)) | \(e(line.value)) | \(e(line.detail)) |") }
    lines += ["", "## How each component was worked out"]
    for part in parts {
      lines += ["", "### \(e(heading(of: part))) → \(e(part.amount.grouped(in: currency)))", ""]
      lines.append(contentsOf: part.steps.map { "- " + e($0) })
    }
    if !extras.isEmpty {
      lines += ["", "## Outside the bonus", ""]
      lines.append(
        contentsOf: extras.map {
          "- \(e($0.kind.rawValue)): \(e($0.amount.grouped(in: currency))) (\(e($0.detail)))"
        })
    }
    for figures in teams {
      lines += ["", "## Team \(e(figures.team))", "", e(figures.relation) + ".", ""]
      if let level = figures.doraLevel { lines += ["DORA level: \(e(level)).", ""] }
      lines += ["| metric | value |", "|---|--:|"]
      lines.append(contentsOf: figures.metrics.map { "| \(e($0.name)) | \(e($0.value.trimmed())) |" })
    }
    lines += ["", "_\(e(Self.privacyNote))_"]
    return lines.joined(separator: "\n") + "\n"
  }

  /// Escapes the characters that could start markup mid-line (emphasis, code, links, HTML,
  /// headings, table cells) and turns line breaks into spaces, so a value stays on its line:
  /// the same rule as `MarkdownTable`'s cells.
  static func markdownEscaped(_ text: String) -> String {
    MarkdownTable.escape(text)
  }
}
