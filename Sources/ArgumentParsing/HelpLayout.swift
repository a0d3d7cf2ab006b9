/// The page geometry shared by every help page, so command help and the top-level command list
/// line up the same way.
enum HelpLayout {
  /// Help pages wrap here so they read in a 100-column terminal and in CI logs without
  /// horizontal scrolling.
  static let width = 100
  /// Indent of entries under a section heading (`OPTIONS:`).
  static let indent = 2
  /// Space between an entry's name column and its description.
  static let gutter = 2
  /// Names longer than this get their description on the next line instead of pushing the
  /// column of every other entry to the right.
  static let maximumNameWidth = 28

  /// Fills lines greedily with `words`, never breaking inside one; a word longer than a line gets
  /// a line to itself.
  ///
  /// - Parameters:
  ///   - words: Units that stay whole (a word, or a usage fragment like `[--plan FILE]`).
  ///   - firstPrefix: Text in front of the first line (a heading or the entry name column).
  ///   - indent: Spaces in front of every further line.
  static func wrap(_ words: [String], firstPrefix: String, indent: Int) -> [String] {
    var lines: [String] = []
    var line = firstPrefix
    var lineHasWord = false
    for word in words {
      if lineHasWord && line.count + 1 + word.count > width {
        lines.append(line)
        line = String(repeating: " ", count: indent) + word
      } else {
        line += lineHasWord ? " " + word : word
      }
      lineHasWord = true
    }
    lines.append(line)
    return lines
  }

  /// Wraps prose, keeping its own line breaks (blank lines separate paragraphs).
  static func paragraphs(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
      // A line's own indent (an indented command in a discussion) carries over to its wrapped part.
      let leading = line.prefix(while: { $0 == " " }).count
      let words = line.split(separator: " ").map(String.init)
      guard !words.isEmpty else { return [""] }
      return wrap(words, firstPrefix: String(repeating: " ", count: leading), indent: leading)
    }
  }

  /// The column where descriptions start, shared by all entries of one page so they align.
  static func descriptionColumn(names: [String]) -> Int {
    let widest = names.map(\.count).filter { $0 <= maximumNameWidth }.max() ?? 0
    return indent + widest + gutter
  }

  /// One entry: the name in the left column, its description wrapped in the right one.
  static func entry(name: String, description: String, column: Int) -> [String] {
    let lead = String(repeating: " ", count: indent) + name
    let words = description.split(separator: " ").map(String.init)
    guard !words.isEmpty else { return [lead] }
    if lead.count + gutter <= column {
      let padded = lead + String(repeating: " ", count: column - lead.count)
      return wrap(words, firstPrefix: padded, indent: column)
    }
    let padding = String(repeating: " ", count: column)
    return [lead] + wrap(words, firstPrefix: padding, indent: column)
  }
}
