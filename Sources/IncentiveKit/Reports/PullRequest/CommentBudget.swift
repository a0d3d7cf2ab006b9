/// Markdown for a pull-request comment, kept under GitHub's limit by construction: sections and
/// table rows are added only while they fit, and whatever was cut is named in a closing note.
///
/// Length is counted in UTF-8 bytes, never fewer than the characters GitHub counts (UTF-16 code
/// units), so a comment this accepts is never refused for length whatever script the names use.
struct CommentBudget {
  /// GitHub refuses an issue or pull-request comment longer than this many characters.
  static let gitHubLimit = 65_536
  /// Kept free for the closing note that says what was left out.
  static let noteReserve = 1_024

  let limit: Int
  private(set) var text = ""
  /// What was left out, one phrase each ("12 of 40 team rows").
  private(set) var omissions: [String] = []
  /// What to run for everything (`incentive check … --format json`).
  let fullOutputHint: String

  init(limit: Int = CommentBudget.gitHubLimit, fullOutputHint: String) {
    self.limit = limit
    self.fullOutputHint = fullOutputHint
  }

  private var room: Int { limit - Self.noteReserve - text.utf8.count }

  /// Adds `piece` whole when it fits; otherwise adds nothing and records `what` as left out.
  mutating func append(_ piece: String, what: String) {
    if piece.utf8.count <= room { text += piece } else { omissions.append(what) }
  }

  /// Adds a titled table with as many of its rows as fit, in order; rows that don't fit are
  /// counted in the note as "`left` of `total` `what`".
  mutating func appendTable(title: String, _ table: MarkdownTable, what: String) {
    let head = title + table.headerLines + "\n"
    guard !table.rows.isEmpty else { return }
    let first = MarkdownTable.line(table.rows[0]) + "\n"
    guard head.utf8.count + first.utf8.count <= room else {
      omissions.append("the \(what) table (\(table.rows.count) rows)")
      return
    }
    text += head
    for (index, row) in table.rows.enumerated() {
      let line = MarkdownTable.line(row) + "\n"
      guard line.utf8.count <= room else {
        omissions.append("\(table.rows.count - index) of \(table.rows.count) \(what) rows")
        break
      }
      text += line
    }
    text += "\n"
  }

  /// The comment: everything added, then, if anything was cut, a note naming it.
  func finished() -> String {
    guard !omissions.isEmpty else { return text }
    let note =
      "> **Shortened to stay under GitHub's \(Self.gitHubLimit)-character comment limit.** Left out: "
      + omissions.joined(separator: "; ") + ". " + fullOutputHint + "\n"
    // The reserve holds any realistic note; a pathological list of omissions is itself cut.
    guard note.utf8.count > Self.noteReserve else { return text + note }
    return text + String(decoding: Array(note.utf8.prefix(Self.noteReserve - 8)), as: UTF8.self) + "…\n"
  }
}
