/// The messages of the data-quality errors (docs/errors.md): each names the file, the place and the fix.
extension InputError {
  var dataQualityDescription: String {
    switch self {
    case .rowErrors(let file, let errors, let more):
      let lines = errors.map(\.description)
      let tail = more > 0 ? ["\(shown: file): and \(more) more bad \(more == 1 ? "row" : "rows")"] : []
      return (lines + tail).joined(separator: "\n")
    case .wrongSeparator(let file, let separator):
      let name = separator == "\t" ? "tabs" : "semicolons (\";\")"
      return "\(shown: file):1: the columns are separated by \(name), not commas; export again as \"CSV UTF-8 "
        + "(comma delimited)\", or set the list separator to a comma before saving"
    case .thousandsSplit(let file, let line, let column, let text, let expected, let found):
      let digits = text.filter { $0 != "," }
      return "\(shown: file):\(line):\(column): expected \(expected) fields as in the header, found \(found): "
        + "\"\(shown: text)\" has a thousands separator, which splits it into two fields; write \(shown: digits)"
    case .workbook(let file, let kind):
      return "\(shown: file): cannot read: the file is \(kind), not text; open it and save it as \"CSV UTF-8 "
        + "(comma delimited)\""
    case .notRegularFile(let file, let kind):
      return "\(shown: file): cannot read: it is \(kind), not a regular file; copy the data into a file"
    case .nearMatch(let file, let line, let column, let header, let value, let rosterValue, let isTeam):
      let alias = TerminalText.escaped(value)
      let mapping =
        isTeam
        ? "\"team_aliases\": {\"\(alias)\": \"\(shown: rosterValue)\"} in the plan"
        : "a row of identities.csv with engineer_id \"\(shown: rosterValue)\" and alias \"\(alias)\""
      return "\(shown: file):\(line):\(column): \(shown: header): \"\(alias)\" is not on the roster but looks like "
        + "\"\(shown: rosterValue)\" (differs in case, spaces or width); correct it, or map it on purpose with \(mapping) "
        + "(docs/data-quality.md)"
    case .noProductionDeployments(let file, let environments, let accepted):
      let found = environments.sorted { $0.key < $1.key }.map { "\"\(TerminalText.escaped($0.key))\" (\($0.value))" }
      return "\(shown: file): no deployment is in a production environment; found environment "
        + "\(found.joined(separator: ", ")); production is "
        + "\(accepted.map { "\"\(shown: $0)\"" }.joined(separator: ", ")) "
        + "(metric_options.production_environments)"
    case .misspeltColumn(let file, let line, let column, let header, let expected):
      return "\(shown: file):\(line):\(column): header \"\(shown: header)\" is not a column of this file but looks "
        + "like \"\(expected)\", which the file lacks; unread, every row would be taken as having no \(expected). "
        + "Rename the header to \(expected), or, if it is another column, to a name further from it"
    default:
      return "\(self)"
    }
  }
}
