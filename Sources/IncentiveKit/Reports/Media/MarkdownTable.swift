/// A GitHub-flavoured Markdown table, for reports a CI job posts as a pull-request comment.
///
/// Cells are plain text: the table escapes what Markdown or the HTML GitHub allows in
/// comments would otherwise interpret (`|`, `*`, `_`, backticks, `<`, `&`, line breaks), so
/// a name can't break the table or inject markup. `calculate --format markdown` and a
/// `check` diff share it.
struct MarkdownTable: Sendable {
  let columns: TableColumns
  private(set) var rows: [[String]] = []

  init(headers: [String], alignments: [TextTable.Alignment]) {
    columns = TableColumns(titles: headers, alignments: alignments)
  }

  mutating func append(_ row: [String]) {
    columns.check(row)
    rows.append(row)
  }

  /// Header, delimiter row (`---` left, `---:` right) and one line per row.
  func render() -> String {
    func line(_ cells: [String]) -> String { "| " + cells.map(Self.escape).joined(separator: " | ") + " |" }
    let delimiter = "|" + columns.alignments.map { $0 == .right ? " ---: |" : " --- |" }.joined()
    return ([line(columns.titles), delimiter] + rows.map(line)).joined(separator: "\n") + "\n"
  }

  /// `text` as literal Markdown inline text that stays inside one table cell.
  static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "\\", "|", "*", "_", "`", "[", "]", "#", "~": out += "\\" + String(character)
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      case "\n", "\r", "\r\n": out += " "
      default: out.append(character)
      }
    }
    return out
  }
}
