/// One payout's share of the terminal table, laid out on the thread that paid it so that the table's writer holds no
/// payout (`PayoutReport.writeTable`): its lines' cells, escaped and measured; its notes, wrapped; its pay outside
/// the bonus; and what the column widths need from it.
///
/// Every cell is final text but the multiplier's: how many decimals the multipliers show depends on every payout
/// (`PayoutReport.multiplierDecimals`), so the value travels and is formatted when the lines are written.
enum PayoutTableRecord {
  static let titles = ["ENGINEER", "NAME", "TEAM", "ROLE", "PRORATION", "TARGET", "MULTIPLIER", "PAYOUT"]
  static let alignments: [TextTable.Alignment] = [.left, .left, .left, .left, .right, .right, .right, .right]
  /// Where the multiplier sits, on an engineer's line and a component's alike.
  static let multiplierColumn = 6

  /// The people table, empty: its columns, and the names and teams that may be abbreviated.
  static var table: TextTable { TextTable(headers: titles, alignments: alignments, shrinkable: [1, 2]) }

  /// `payout`'s record: the bytes `PayoutReport.Payouts` hands from a paying thread to the writer, read by `Reader`.
  ///
  /// - Parameter report: the run's report, for the cells every view shares (`engineerCells`, `componentCells`) and
  ///   whether amounts name their currency.
  static func bytes(of payout: EngineerPayout, in report: PayoutReport, style: TableStyle) -> [UInt8] {
    var widths = [Int](repeating: 0, count: titles.count)
    var (lowest, highest) = (payout.multiplier, payout.multiplier)
    var lines = SpoolWriter(capacity: 512)
    func add(_ cells: [String], multiplier: FixedDecimal, detail: Bool) {
      lines.int(detail ? 1 : 0)
      for (column, cell) in cells.enumerated() where column != multiplierColumn {
        let text = TerminalText.escaped(cell)
        let width = TerminalText.displayWidth(text)
        widths[column] = max(widths[column], width)
        lines.int(width)
        lines.string(text)
      }
      lines.decimal(multiplier)
      lowest = min(lowest, multiplier)
      highest = max(highest, multiplier)
    }
    let money = { (amount: Money) in style.money(amount, in: payout.currency) }
    // The multiplier's text is made again once its decimals are known; these cells skip it.
    let decimals = Precision.componentMultiplier
    add(report.engineerCells(payout, decimals: decimals, money: money), multiplier: payout.multiplier, detail: false)
    var notes: [String] = []
    for outcome in payout.components {
      var cells = report.componentCells(outcome, decimals: decimals, money: money)
      cells[0] = "  " + cells[0]
      cells[3] = "w " + cells[3]
      add([""] + cells, multiplier: outcome.multiplier, detail: true)
      for note in payout.notes(for: outcome, in: payout.currency) {
        let text = TerminalText.escaped("\(payout.engineer.id) \(outcome.component.id): \(note)")
        notes.append(PayoutReport.wrapped(text, width: style.maxWidth, indent: 2))
      }
    }
    var record = SpoolWriter(capacity: lines.bytes.count + 256)
    record.int(payout.multiplier.exactDecimals)
    record.decimal(lowest)
    record.decimal(highest)
    for width in widths { record.int(width) }
    record.bytes(lines.bytes)
    record.string(notes.joined(separator: "\n"))
    record.int(payout.extras.count)
    for extra in payout.extras {
      let amount = style.money(extra.amount, in: payout.currency)
      record.string(payout.engineer.id)
      record.string(extra.kind.rawValue)
      record.string(report.isMultiCurrency ? "\(amount) \(payout.currency.code)" : amount)
      record.string(extra.reportedDetail)
    }
    return record.bytes
  }

  /// What the writer takes from a record: the widths and decimals at once, the lines and notes to set aside.
  struct Reader {
    var multiplierDecimals: Int
    var lowest: FixedDecimal
    var highest: FixedDecimal
    var widths: [Int]
    /// The lines, for `forEachLine` once every width is known.
    var lines: UnsafeRawBufferPointer
    /// The payout's notes, wrapped and joined by line feeds, as UTF-8; empty without notes.
    var notes: UnsafeRawBufferPointer
    /// Cells of the pay-outside-the-bonus table.
    var extras: [[String]]

    /// Reads `bytes`, which must outlive the reader.
    init(_ bytes: UnsafeRawBufferPointer) {
      var reader = SpoolReader(bytes)
      multiplierDecimals = reader.int()
      lowest = reader.decimal()
      highest = reader.decimal()
      widths = titles.indices.map { _ in reader.int() }
      lines = reader.bytes()
      notes = reader.bytes()
      extras = (0..<reader.int()).map { _ in (0..<4).map { _ in reader.string() } }
    }
  }

  /// What the table's writer gathers from every record before it can write a line: the widest cell of each column,
  /// the multipliers' decimals and range, the lines and notes set aside, the pay outside the bonus.
  struct Gathered {
    var widths = titles.map(TerminalText.displayWidth)
    var decimals = Precision.componentMultiplier
    var multipliers: (lowest: FixedDecimal, highest: FixedDecimal)?
    /// Each record's lines (`forEachLine`), in the order paid.
    let lines = ByteSpool()
    /// Each record's notes that has any.
    let notes = ByteSpool()
    /// Cells of the pay-outside-the-bonus table, in the order paid.
    var extras: [[String]] = []
    /// Records gathered: the people paid.
    var paid = 0

    mutating func add(_ bytes: [UInt8]) throws(OutputError) {
      var failure: OutputError?
      bytes.withUnsafeBytes { buffer in
        let record = Reader(buffer)
        decimals = max(decimals, record.multiplierDecimals)
        multipliers = (
          min(multipliers?.lowest ?? record.lowest, record.lowest),
          max(multipliers?.highest ?? record.highest, record.highest)
        )
        for column in widths.indices { widths[column] = max(widths[column], record.widths[column]) }
        extras += record.extras
        do throws(OutputError) {
          try lines.append(record.lines)
          if !record.notes.isEmpty { try notes.append(record.notes) }
        } catch {
          failure = error
        }
      }
      if let failure { throw failure }
      paid += 1
    }

    /// Every column's width, the multipliers' at `decimals`: the same decimals for all, so the longest text is the
    /// lowest's or the highest's.
    var allWidths: [Int] {
      var widths = widths
      for value in [multipliers?.lowest, multipliers?.highest].compactMap({ $0 }) {
        widths[multiplierColumn] = max(widths[multiplierColumn], value.formatted(decimals: decimals).utf8.count)
      }
      return widths
    }
  }

  /// Each line of a record's `lines`: whether it is a component's (dim in colour), each cell's bytes and width but
  /// the multiplier's (valid for the call), then the multiplier.
  static func forEachLine(
    in lines: UnsafeRawBufferPointer,
    _ body: (_ detail: Bool, _ cells: inout [(bytes: UnsafeRawBufferPointer, width: Int)], _ multiplier: FixedDecimal)
      throws(OutputError) -> Void
  ) throws(OutputError) {
    var reader = SpoolReader(lines)
    var cells: [(bytes: UnsafeRawBufferPointer, width: Int)] = []
    cells.reserveCapacity(titles.count)
    while !reader.isAtEnd {
      let detail = reader.int() == 1
      cells.removeAll(keepingCapacity: true)
      for _ in 1..<titles.count {
        let width = reader.int()
        cells.append((reader.bytes(), width))
      }
      try body(detail, &cells, reader.decimal())
    }
  }
}
