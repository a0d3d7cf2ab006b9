/// A plain-text table with aligned columns, for terminal output people read.
struct TextTable: Sendable {
  enum Alignment: Sendable { case left, right }

  /// How a row is emphasised when the style has colour.
  enum Emphasis: Sendable { case normal, detail, total }

  let columns: TableColumns
  private(set) var rows: [[String]] = []
  private(set) var emphasis: [Emphasis] = []
  /// Columns (by index) that may be abbreviated with `…` to fit `TableStyle.maxWidth`: names,
  /// never amounts.
  var shrinkable: Set<Int> = []

  /// The narrowest a shrinkable column gets, so an abbreviation stays recognisable.
  static let minimumShrunkWidth = 8

  init(headers: [String], alignments: [Alignment], shrinkable: Set<Int> = []) {
    columns = TableColumns(titles: headers, alignments: alignments)
    self.shrinkable = shrinkable
  }

  /// Appends a row; control characters in its cells are escaped (`TerminalText`), so no value from
  /// the data can move the cursor, hide text or forge a line.
  mutating func append(_ row: [String], emphasis: Emphasis = .normal) {
    columns.check(row)
    rows.append(row.map(TerminalText.escaped))
    self.emphasis.append(emphasis)
  }

  /// Column widths: the widest cell of each, then shrinkable columns narrowed (widest first)
  /// until a line fits `maxWidth` or none can shrink further.
  func widths(maxWidth: Int) -> [Int] {
    var widths = columns.titles.map(TerminalText.displayWidth)
    for row in rows { Self.widen(&widths, for: row) }
    return narrowed(widths, maxWidth: maxWidth)
  }

  static func widen(_ widths: inout [Int], for row: [String]) {
    for (index, cell) in row.enumerated() { widths[index] = max(widths[index], TerminalText.displayWidth(cell)) }
  }

  func narrowed(_ widths: [Int], maxWidth: Int) -> [Int] {
    var widths = widths
    var total = widths.reduce(2 * (widths.count - 1), +)
    while total > maxWidth {
      let candidates = shrinkable.filter { widths[$0] > Self.minimumShrunkWidth }
      guard let widest = candidates.max(by: { (widths[$0], $1) < (widths[$1], $0) }) else { break }
      widths[widest] -= 1
      total -= 1
    }
    return widths
  }

  /// `text` cut to `width` terminal columns, ending in `…` when it was longer (a wide character counts two).
  static func abbreviate(_ text: String, to width: Int) -> String {
    guard TerminalText.displayWidth(text) > width else { return text }
    var cut = ""
    var used = 0
    for character in text {
      let columns = TerminalText.columns(of: character)
      guard used + columns <= width - 1 else { break }
      cut.append(character)
      used += columns
    }
    return cut + "…"
  }

  /// Columns separated by two spaces, no trailing spaces; headers and total rows bold and
  /// detail rows dim when the style has colour.
  func render(style: TableStyle = .plain) -> String {
    let widths = widths(maxWidth: style.maxWidth)
    var lines = [line(columns.titles, widths: widths, emphasis: .total, style: style)]
    for (row, emphasis) in zip(rows, emphasis) {
      lines.append(line(row, widths: widths, emphasis: emphasis, style: style))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `line(_:widths:emphasis:style:)` of a row with no emphasis, its cells already escaped and measured and given
  /// as their UTF-8 bytes (where they lie in a record, or a string's), appended to `buffer`: the hot path of a table
  /// with a line for each of 100,000 people and each of their components.
  func write<Bytes: Collection<UInt8>>(_ cells: [(bytes: Bytes, width: Int)], widths: [Int], into buffer: inout [UInt8]) {
    let start = buffer.count
    for (index, cell) in cells.enumerated() {
      if index > 0 { buffer.append(contentsOf: Self.spaces.prefix(2)) }
      let right = columns.alignments[index] == .right
      if cell.width <= widths[index] {
        if right { Self.pad(&buffer, widths[index] - cell.width) }
        buffer.append(contentsOf: cell.bytes)
        if !right { Self.pad(&buffer, widths[index] - cell.width) }
        continue
      }
      // A cell of as many bytes as columns is printable ASCII (any other character takes more bytes than columns):
      // cut at a byte. Anything else is cut a character at a time.
      let (cut, width): ([UInt8], Int) =
        cell.width == cell.bytes.count
        ? (Array(cell.bytes.prefix(max(widths[index] - 1, 0))) + Array("…".utf8), max(widths[index] - 1, 0) + 1)
        : Self.abbreviated(String(decoding: cell.bytes, as: UTF8.self), to: widths[index])
      if right { Self.pad(&buffer, widths[index] - width) }
      buffer.append(contentsOf: cut)
      if !right { Self.pad(&buffer, widths[index] - width) }
    }
    while buffer.count > start, buffer.last == 0x20 { buffer.removeLast() }
  }

  private static let spaces = [UInt8](repeating: 0x20, count: 256)

  private static func pad(_ buffer: inout [UInt8], _ count: Int) {
    var left = count
    while left > 0 {
      buffer.append(contentsOf: spaces.prefix(left))
      left -= spaces.count
    }
  }

  /// `abbreviate(_:to:)`'s bytes and columns.
  private static func abbreviated(_ text: String, to width: Int) -> ([UInt8], Int) {
    let cut = abbreviate(text, to: width)
    return (Array(cut.utf8), TerminalText.displayWidth(cut))
  }

  /// One row laid out in `widths`: the header and total rows bold, detail rows dim.
  func line(_ cells: [String], widths: [Int], emphasis: Emphasis, style: TableStyle) -> String {
    var parts: [String] = []
    for (index, raw) in cells.enumerated() {
      let cell = Self.abbreviate(raw, to: widths[index])
      let padding = String(repeating: " ", count: max(0, widths[index] - TerminalText.displayWidth(cell)))
      parts.append(columns.alignments[index] == .left ? cell + padding : padding + cell)
    }
    var text = parts.joined(separator: "  ")
    while text.last == " " { text.removeLast() }
    switch emphasis {
    case .normal: return text
    case .detail: return style.paint(text, "2")
    case .total: return style.paint(text, "1")
    }
  }
}
