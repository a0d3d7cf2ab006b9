/// A plain-text table with aligned columns, for terminal output people read.
public struct TextTable: Sendable {
  public enum Alignment: Sendable { case left, right }

  public var headers: [String]
  public var alignments: [Alignment]
  public var rows: [[String]] = []

  public init(headers: [String], alignments: [Alignment]) {
    precondition(headers.count == alignments.count, "one alignment per column")
    self.headers = headers
    self.alignments = alignments
  }

  public mutating func append(_ row: [String]) {
    precondition(row.count == headers.count, "row width differs from the header")
    rows.append(row)
  }

  /// Columns separated by two spaces, no trailing spaces.
  public func render() -> String {
    var widths = headers.map(\.count)
    for row in rows {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    func line(_ cells: [String]) -> String {
      var parts: [String] = []
      for (index, cell) in cells.enumerated() {
        let padding = String(repeating: " ", count: widths[index] - cell.count)
        parts.append(alignments[index] == .left ? cell + padding : padding + cell)
      }
      var text = parts.joined(separator: "  ")
      while text.last == " " { text.removeLast() }
      return text
    }
    var lines = [line(headers)]
    lines.append(contentsOf: rows.map(line))
    return lines.joined(separator: "\n") + "\n"
  }
}
