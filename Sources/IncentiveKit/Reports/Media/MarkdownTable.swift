/// A GitHub-flavoured Markdown table, for reports a CI job posts as a pull-request comment.
///
/// Cells are plain text: the table escapes what Markdown or the HTML GitHub allows in
/// comments would otherwise interpret (`|`, `*`, `_`, backticks, `<`, `&`, line breaks, bare
/// URLs, `@` mentions), so a name can't break the table, inject markup, make a link or notify
/// anyone. `calculate --format markdown`, a `check` diff and statements share it (`escape`).
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
    ([headerLines] + rows.map(Self.line)).joined(separator: "\n") + "\n"
  }

  /// The header and delimiter rows, without a final line break: what a table that a length
  /// budget fills row by row starts with.
  var headerLines: String {
    Self.line(columns.titles) + "\n" + "|" + columns.alignments.map { $0 == .right ? " ---: |" : " --- |" }.joined()
  }

  /// One row, every cell escaped, without a line break.
  static func line(_ cells: [String]) -> String { "| " + cells.map(escape).joined(separator: " | ") + " |" }

  /// `text` as literal Markdown inline text that stays inside one table cell, makes no markup, no link
  /// and no GitHub mention.
  ///
  /// - `\ | * _ ` [ ] # ~` get a backslash; `<`, `>` and `&` become entities; a line break (LF, CR or
  ///   CR LF) becomes one space, as it would end the cell (or, in running text, start a heading).
  /// - Links: GitHub's autolink extension makes a link of `http://`, `https://` and `ftp://` (found at
  ///   the `:` followed by `//`) and of `www.` (any case); linkify-it (markdown-it) also of `//host`. A `:`
  ///   followed by `/` is written `&#58;`, a `/` followed by `/` `&#47;` and the `.` after `www` `&#46;`:
  ///   a browser shows `:`, `/` and `.`, but the autolinker, which reads the raw text, never sees them.
  /// - Mentions and e-mail links: every run of `@` becomes a code span (`` `@` ``). An entity would not
  ///   do: GitHub finds `@user` and `@org/team` (and notifies them) in the text of the rendered HTML,
  ///   where `&#64;` is already `@` again, but it skips text inside `<code>`. The e-mail autolink
  ///   (`a@b.example`, `mailto:a@b.example`) needs the `@` in plain text too.
  /// - Issue and pull-request references: the `#` of `#26` (and of `owner/repo#26`) and the `-` of `GH-26` become
  ///   code spans, for the reason the `@` does: GitHub finds references in the rendered text, links them and adds
  ///   "mentioned this" to that issue's timeline, in this repository or any other a name spells out.
  /// - Control and invisible characters show as `\u{XX}` (`TerminalText`).
  ///
  /// The loop reads Unicode scalars, not `Character`s: `|` followed by a combining mark is one
  /// `Character` equal to no `|`, so it was let through and split the cell, shifting every later column.
  static func escape(_ text: String) -> String {
    let scalars = text.unicodeScalars
    var out = ""
    out.reserveCapacity(text.utf8.count)
    // The last three scalars of the input, to find the `.` of `www.` and the `-` of `GH-`.
    var lastThree: (Unicode.Scalar?, Unicode.Scalar?, Unicode.Scalar?) = (nil, nil, nil)
    var index = scalars.startIndex
    // Whether `out` ends with a code span this loop wrote: the next one joins it (`@#26` is `` `@#`26 ``), as two
    // spans side by side (`` `@``#` ``) would make one span showing two backticks.
    var endsInCode = false
    func isDigit(_ position: String.UnicodeScalarView.Index) -> Bool {
      position != scalars.endIndex && ("0"..."9").contains(scalars[position])
    }
    while index != scalars.endIndex {
      let scalar = scalars[index]
      var next = scalars.index(after: index)
      let joinsCode = endsInCode
      endsInCode = false
      func code(_ text: String) {
        if joinsCode { out.unicodeScalars.removeLast() } else { out += "`" }
        out += text + "`"
        endsInCode = true
      }
      switch scalar {
      case "#" where isDigit(next), "-" where isDigit(next) && isGH(lastThree):
        code(String(scalar))
      case "\\", "|", "*", "_", "`", "[", "]", "#", "~":
        out += "\\"
        out.unicodeScalars.append(scalar)
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      case "\n": out += " "
      case "\r":
        out += " "
        if next != scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
      case "@":
        var run = 1
        while next != scalars.endIndex, scalars[next] == "@" {
          run += 1
          next = scalars.index(after: next)
        }
        code(String(repeating: "@", count: run))
      case ":" where next != scalars.endIndex && scalars[next] == "/": out += "&#58;"
      case "/" where next != scalars.endIndex && scalars[next] == "/": out += "&#47;"
      case "." where isW(lastThree.0) && isW(lastThree.1) && isW(lastThree.2): out += "&#46;"
      default:
        if TerminalText.isControl(scalar) {
          out += TerminalText.escape(scalar)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
      lastThree = (lastThree.1, lastThree.2, scalars[scalars.index(before: next)])
      index = next
    }
    return out
  }

  private static func isW(_ scalar: Unicode.Scalar?) -> Bool { scalar == "w" || scalar == "W" }

  /// Whether the last scalars read end in `GH` (any case), the start of a `GH-26` reference. Inside a word too
  /// (`High-5`): where GitHub draws the word boundary can't be checked offline, and a `-` in code costs only its font.
  private static func isGH(_ last: (Unicode.Scalar?, Unicode.Scalar?, Unicode.Scalar?)) -> Bool {
    (last.1 == "g" || last.1 == "G") && (last.2 == "h" || last.2 == "H")
  }
}
