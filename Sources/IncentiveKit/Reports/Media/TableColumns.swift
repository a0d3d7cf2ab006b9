/// The columns of a rendered table (titles and alignments), shared by the terminal, Markdown
/// and HTML tables so all three check their rows the same way.
struct TableColumns: Sendable {
  let titles: [String]
  let alignments: [TextTable.Alignment]

  init(titles: [String], alignments: [TextTable.Alignment]) {
    precondition(titles.count == alignments.count, "one alignment per column")
    self.titles = titles
    self.alignments = alignments
  }

  /// Traps on a row of the wrong width: a renderer bug, never an input problem.
  func check(_ row: [String]) {
    precondition(row.count == titles.count, "row width differs from the header")
  }
}
