/// One reader thread's row accounting of one streamed file, kept as integer counters on the hot path: counted
/// rows per interned team or engineer (the index the tallies already use), left-out rows per reason, and the first
/// lines of each as `ChunkLine`s; rows read by their record decoders go to a `FileAccounting` by text.
///
/// A counted row costs a bounds check and an increment; its line is only looked at for a value's first row.
struct StreamedFileAccount {
  /// Counted rows and the first `ChunkLine` per interned value (same index as the tallies' `ByteInterner`), side by
  /// side: a counted row reaches one cache line for them, not two (at 100,000 reviewers, each a miss).
  private var values: [ValueRows] = []
  /// Left-out rows by reason, lines as `ChunkLine`s; decoded rows by text.
  var decoded = FileAccounting(file: "")
  /// Left-out rows by `LeftOutReason.ordinal`: an array, so a left-out row costs no hashing.
  private var leftOut = [RowSample](repeating: RowSample(), count: LeftOutReason.allCases.count)
  /// Non-production environments met on the hot path, interned, with their rows.
  private var environments = ByteInterner()
  private var environmentRows: [Int] = []
  /// Team cells of counted cross-team reviews read as bytes, by requested column.
  private var crossTeam: [StreamedTeamCells] = []
  /// Team cells of the chunk being read, not yet in `crossTeam`, by requested column.
  private var crossTeamBatches: [RowBatch<StreamedTeamCells>] = []

  /// One counted row of `record`, whose value in requested column `column` is interned as `index`.
  @inline(__always)
  mutating func count(_ index: Int, _ record: CSVRecordBytes, _ rows: CSVChunkRows, column: Int) {
    count(index, line: rows.line(record), columnNumber: rows.columnNumber(column))
  }

  /// One counted row of the value interned as `index`, at `line` (a `ChunkLine`), the value in column `columnNumber`;
  /// both are asked for only at the value's first row.
  @inline(__always)
  mutating func count(_ index: Int, line: @autoclosure () -> Int, columnNumber: @autoclosure () -> Int) {
    if index < values.count, values[index].rows > 0 {
      values[index].rows += 1
      return
    }
    firstRow(index, line: line(), column: columnNumber())
  }

  /// Value `index`'s counted rows (0 when it has no place yet); also what a batch reads ahead (`RowBatch`).
  @inline(__always)
  func countedRows(_ index: Int) -> Int { index < values.count ? values[index].rows : 0 }

  /// The first counted row of a value (on this thread).
  private mutating func firstRow(_ index: Int, line: Int, column: Int) {
    values.extend(toInclude: index, with: ValueRows())
    values[index] = ValueRows(rows: 1, first: line)
    decoded.rosterColumnNumber = column
  }

  /// A row its record decoder read, where `fate` sent it; `column` is the requested roster column.
  mutating func record(_ fate: RowFate, _ record: CSVRecordBytes, _ rows: CSVChunkRows, column: Int) {
    if decoded.rosterColumnNumber == 0 { decoded.rosterColumnNumber = rows.columnNumber(column) }
    if case .counted(_, let cells) = fate {
      for cell in cells {
        guard let requested = rows.columns.firstIndex(where: { $0.name == cell.header }) else { continue }
        decoded.teamColumnNumbers[cell.header] = rows.columnNumber(requested)
      }
    }
    decoded.record(fate, line: rows.line(record))
  }

  /// The non-empty team cells in requested `columns` of a counted row that crosses teams (see `TeamCell`), added
  /// a batch at a time (`RowBatch`): the batches must be added (`addCrossTeamBatches`) before the chunk's bytes go.
  mutating func countCrossTeam(_ record: CSVRecordBytes, _ rows: CSVChunkRows, columns: [Int]) {
    for column in columns {
      let bytes = record.bytes(column)
      guard !bytes.isEmpty else { continue }
      crossTeam.extend(toInclude: column, with: StreamedTeamCells())
      crossTeamBatches.extend(toInclude: column, with: RowBatch())
      if crossTeam[column].header.isEmpty {
        crossTeam[column].header = rows.columns[column].name
        crossTeam[column].columnNumber = rows.columnNumber(column)
      }
      if crossTeamBatches[column].append(key: bytes, line: rows.line(record), columnNumber: 0, ()) {
        crossTeamBatches[column].add(to: &crossTeam[column])
      }
    }
  }

  /// Whether every cross-team cell appended has been added to its count.
  var hasNoBatchedCells: Bool { crossTeamBatches.allSatisfy(\.isEmpty) }

  /// The team cells waiting in the cross-team batches added to their counts.
  mutating func addCrossTeamBatches() {
    for column in crossTeamBatches.indices { crossTeamBatches[column].add(to: &crossTeam[column]) }
  }

  /// One row left out for `reason`, at `line` (a `ChunkLine`).
  @inline(__always)
  mutating func leaveOut(_ reason: LeftOutReason, line: Int) {
    leftOut[reason.ordinal].add(line: line)
  }

  /// A deployment to a non-production environment, read as bytes.
  mutating func leaveOut(environment: UnsafeBufferPointer<UInt8>, line: Int) {
    leaveOut(.notProduction, line: line)
    let index = environments.intern(environment)
    environmentRows.extend(toInclude: index, with: 0)
    environmentRows[index] += 1
  }

  /// `other`'s rows added to these; `values` gives each of `other`'s interned values its index here.
  mutating func absorb(_ other: StreamedFileAccount, values: [Int]) {
    for (index, counted) in other.values.enumerated() where counted.rows > 0 {
      let target = values[index]
      self.values.extend(toInclude: target, with: ValueRows())
      self.values[target].rows += counted.rows
      self.values[target].first = min(self.values[target].first, counted.first)
    }
    decoded.merge(other.decoded)
    for reason in leftOut.indices { leftOut[reason].merge(other.leftOut[reason]) }
    let environmentIndex = environments.absorb(other.environments)
    for (index, rows) in other.environmentRows.enumerated() {
      environmentRows.extend(toInclude: environmentIndex[index], with: 0)
      environmentRows[environmentIndex[index]] += rows
    }
    for (column, cells) in other.crossTeam.enumerated() where cells.values.count > 0 {
      crossTeam.extend(toInclude: column, with: StreamedTeamCells())
      crossTeam[column].absorb(cells)
    }
  }

  /// Everything added to `result`, a `FileAccounting` with `ChunkLine` line numbers, to be merged into the file's
  /// own (which names the file).
  ///
  /// - Parameters:
  ///   - people: the roster whose positions the first indices are (`PersonTallies`); the file's counted rows are
  ///     laid out by it, found by position rather than by id.
  ///   - values: the names of the indices after those, in order.
  func add(to result: inout FileAccounting, people: PersonIndex = .empty, values: [String]) {
    result.countedByValue.layOutIfEmpty(by: people)
    result.merge(decoded)
    for reason in LeftOutReason.allCases where leftOut[reason.ordinal].rows > 0 {
      result.leftOut[reason, default: RowSample()].merge(leftOut[reason.ordinal])
    }
    let limit = result.countedLineLimit
    let byPosition = result.countedByValue.people.isSame(as: people)
    for (index, counted) in self.values.enumerated() where counted.rows > 0 {
      let sample = RowSample(rows: counted.rows, firstLine: counted.first)
      if index < people.count, byPosition {
        result.countedByValue.update(position: index, default: RowSample()) { $0.merge(sample, limit: limit) }
      } else {
        let name = index < people.count ? people.ids[index] : values[index - people.count]
        result.countedByValue[name, default: RowSample()].merge(sample, limit: limit)
      }
    }
    for (index, rows) in environmentRows.enumerated() {
      result.environments[environments.string(index), default: 0] += rows
    }
    for cells in crossTeam where cells.values.count > 0 {
      result.teamColumnNumbers[cells.header] = cells.columnNumber
      for (index, cell) in cells.cells.enumerated() {
        result.crossTeamCells[TeamCell(header: cells.header, value: cells.values.string(index)), default: RowSample()]
          .merge(cell.sample)
      }
    }
  }
}

/// One interned value's counted rows on a thread, and the first of their `ChunkLine`s.
private struct ValueRows {
  var rows = 0
  var first = Int.max
}

/// The values of one team column met in cross-team reviews on the hot path, interned, with their rows.
private struct StreamedTeamCells {
  var values = ByteInterner()
  /// By index in `values`.
  private(set) var cells: [Cell] = []
  var header = ""
  var columnNumber = 0

  /// A value's rows, and the line at or above which its sample keeps nothing more (`RowSample.turnsAway`) held
  /// beside it: a row of a value whose sample is full is counted without reaching the sample's kept lines, a cache
  /// miss per cross-team review at 12,000 teams.
  struct Cell {
    var sample = RowSample()
    var turnsAway = Int.max

    @inline(__always)
    mutating func add(line: Int) {
      if line >= turnsAway {
        sample.rows += 1
      } else {
        sample.add(line: line)
        turnsAway = sample.turnsAway()
      }
    }
  }

  mutating func absorb(_ other: StreamedTeamCells) {
    if values.count == 0 {
      header = other.header
      columnNumber = other.columnNumber
    }
    let indices = values.absorb(other.values)
    for (index, cell) in other.cells.enumerated() {
      cells.extend(toInclude: indices[index], with: Cell())
      cells[indices[index]].sample.merge(cell.sample)
      cells[indices[index]].turnsAway = cells[indices[index]].sample.turnsAway()
    }
  }
}

/// A batch of a column's team cells is added to the column's cells.
extension StreamedTeamCells: BatchedRowTarget {
  func touchSlot(of hash: UInt64) -> UInt64 { values.touch(hash) }

  mutating func index(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
    let index = values.intern(key, hash: hash)
    if index == cells.count { cells.append(Cell()) }
    return index
  }

  func touch(_ index: Int) -> UInt64 { UInt64(truncatingIfNeeded: cells[index].turnsAway) }

  mutating func add(_ counted: Void, at index: Int, line: Int, columnNumber: Int) {
    cells[index].add(line: line)
  }
}
