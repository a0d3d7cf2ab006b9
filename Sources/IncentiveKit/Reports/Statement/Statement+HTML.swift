extension Statement {
  /// One self-contained HTML page (inline style, no scripts, fonts or links), so it can be
  /// mailed or stored as a single file; every value from the data is escaped.
  public func renderHTML() -> String {
    func e(_ text: String) -> String { HTMLText.escape(text) }
    var html = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <title>\(e(title))</title>
      <style>
      body { font-family: system-ui, sans-serif; max-width: 50rem; margin: 2rem auto; color: #222; }
      table { border-collapse: collapse; margin: 0.5rem 0; }
      td, th { padding: 0.2rem 0.8rem; border-bottom: 1px solid #ddd; text-align: left; }
      td.n { text-align: right; font-variant-numeric: tabular-nums; }
      .note { color: #555; font-style: italic; }
      </style>
      </head>
      <body>
      <h1>\(e(title))</h1>
      <p>\(e(subtitle))</p>
      <table>

      """
    for line in summary {
      html += "<tr><th>\(e(line.label))</th><td class=\"n\">\(e(line.value))</td><td>\(e(line.detail))</td></tr>\n"
    }
    html += "</table>\n<h2>How each component was worked out</h2>\n"
    for part in parts {
      html += "<h3>\(e(heading(of: part))) → \(e(part.amount.grouped(in: currency)))</h3>\n<ul>\n"
      html += part.steps.map { "<li>\(e($0))</li>\n" }.joined()
      html += "</ul>\n"
    }
    if !extras.isEmpty {
      html += "<h2>Outside the bonus</h2>\n<ul>\n"
      html += extras.map {
        "<li>\(e($0.kind.rawValue)): \(e($0.amount.grouped(in: currency))) (\(e($0.detail)))</li>\n"
      }.joined()
      html += "</ul>\n"
    }
    for figures in teams {
      html += "<h2>Team \(e(figures.team))</h2>\n<p>\(e(figures.relation)).</p>\n"
      if let level = figures.doraLevel { html += "<p>DORA level: \(e(level)).</p>\n" }
      html += "<table>\n<tr><th>metric</th><th>value</th></tr>\n"
      html += figures.metrics.map { "<tr><td>\(e($0.name))</td><td class=\"n\">\(e($0.value.trimmed()))</td></tr>\n" }
        .joined()
      html += "</table>\n"
    }
    html += "<p class=\"note\">\(e(Self.privacyNote))</p>\n</body>\n</html>\n"
    return html
  }
}
