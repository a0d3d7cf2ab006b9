/// An HTML `<table>` built from plain-text cells, every one escaped, for the HTML report.
struct HTMLTable: Sendable {
  /// A row's role: a person or team, a component line beneath it, or a total.
  enum RowKind: String, Sendable { case normal, detail, total }

  let columns: TableColumns
  var caption: String?
  private(set) var rows: [(cells: [String], kind: RowKind)] = []

  init(headers: [String], alignments: [TextTable.Alignment], caption: String? = nil) {
    columns = TableColumns(titles: headers, alignments: alignments)
    self.caption = caption
  }

  mutating func append(_ cells: [String], kind: RowKind = .normal) {
    columns.check(cells)
    rows.append((cells, kind))
  }

  /// The table with a `thead` and a `tbody`; right-aligned columns get class `num`, rows of
  /// kind detail or total get that class.
  func render() -> String {
    func cell(_ tag: String, _ text: String, _ index: Int) -> String {
      let attribute = columns.alignments[index] == .right ? " class=\"num\"" : ""
      return "<\(tag)\(attribute)>\(HTMLText.escape(text))</\(tag)>"
    }
    var html = "<table>\n"
    if let caption { html += "<caption>\(HTMLText.escape(caption))</caption>\n" }
    html += "<thead><tr>" + columns.titles.enumerated().map { cell("th", $1, $0) }.joined() + "</tr></thead>\n<tbody>\n"
    for row in rows {
      let attribute = row.kind == .normal ? "" : " class=\"\(row.kind.rawValue)\""
      html += "<tr\(attribute)>" + row.cells.enumerated().map { cell("td", $1, $0) }.joined() + "</tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }
}
