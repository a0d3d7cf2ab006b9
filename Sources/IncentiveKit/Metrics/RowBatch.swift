/// Counted rows of one chunk waiting to be added to the tallies of the team or person they name, a few at a time.
///
/// At 100,000 people a row's slot in the interner, its tally and its row count are each likely a cache miss, and a
/// row added before the next one's cells are scanned waits for each miss in turn: reading the reviews took 2.7
/// times as long as at 2,000 people. A batch reads the slots of all its rows one after another, then their tallies,
/// so the misses of a batch overlap instead of following one another. The rows are added in the order they were
/// read, so every index, count and first line is what adding each row at once gives.
///
/// A batch holds each row's key where it lies in the chunk: it must be added (`add(to:)`) before the chunk's bytes
/// go (`ParallelCSVReader.fold`'s `chunkEnd`); a batch left unadded loses its rows, which `isEmpty` lets the merge
/// check.
struct RowBatch<Target: BatchedRowTarget> {
  /// One counted row: its key's bytes and hash, its `ChunkLine` and what its tally adds.
  struct Row {
    var key: UnsafeBufferPointer<UInt8>
    var hash: UInt64
    var line: Int
    var counted: Target.Counted
  }

  /// Rows per batch: enough misses in flight at once to cover a memory access, few enough that what they bring
  /// into the cache is still there when it is used.
  static var capacity: Int { 16 }
  private var rows: [Row] = []
  /// Each row's index in the target, once looked up.
  private var indices: [Int] = []
  /// The key column's number in the file (the same for every chunk), for a key's first row.
  private var columnNumber = 0
  /// Everything the batches' loads read, kept so that the loads are made.
  private var touched: UInt64 = 0

  /// Whether every row appended has been added.
  var isEmpty: Bool { rows.isEmpty }

  /// Adds the row keyed by `key`, whose key column is `columnNumber` (the same for every row of a file, so asked for
  /// once a batch); true once the batch is full and should be added.
  @inline(__always)
  mutating func append(
    key: UnsafeBufferPointer<UInt8>, line: Int, columnNumber: @autoclosure () -> Int, _ counted: Target.Counted
  ) -> Bool {
    if rows.capacity == 0 {
      rows.reserveCapacity(Self.capacity)
      indices.reserveCapacity(Self.capacity)
    }
    if rows.isEmpty { self.columnNumber = columnNumber() }
    rows.append(Row(key: key, hash: ByteInterner.hash(key), line: line, counted: counted))
    return rows.count >= Self.capacity
  }

  /// The batch's rows added to `target` in the order they were read; the batch is then empty.
  mutating func add(to target: inout Target) {
    guard !rows.isEmpty else { return }
    // Each loop only loads what the one before brought in, so its loads do not wait for one another.
    var touched = self.touched
    for row in rows { touched &+= target.touchSlot(of: row.hash) }
    for row in rows { indices.append(target.index(of: row.key, hash: row.hash)) }
    for index in indices { touched &+= target.touch(index) }
    for index in indices { touched &+= target.touchFurther(index) }
    for position in rows.indices {
      target.add(rows[position].counted, at: indices[position], line: rows[position].line, columnNumber: columnNumber)
    }
    self.touched = touched
    rows.removeAll(keepingCapacity: true)
    indices.removeAll(keepingCapacity: true)
  }
}

/// Tallies a `RowBatch` adds its rows to: looked up by a key's bytes through a `ByteInterner`.
protocol BatchedRowTarget {
  /// What one counted row adds to its key's tally.
  associatedtype Counted
  /// Reads the interner's slot for a key with `hash` (`ByteInterner.touch`).
  func touchSlot(of hash: UInt64) -> UInt64
  /// The key's index, with an empty tally made for it when it is new.
  mutating func index(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int
  /// Reads what `add` will change at `index`, so a batch's misses come together.
  func touch(_ index: Int) -> UInt64
  /// Reads what `add` will change at `index` through what `touch` read (the end of a list the tally holds).
  func touchFurther(_ index: Int) -> UInt64
  /// One counted row of the key at `index`, at `line` (a `ChunkLine`), its key in column `columnNumber`.
  mutating func add(_ counted: Counted, at index: Int, line: Int, columnNumber: Int)
}

extension BatchedRowTarget {
  func touchFurther(_ index: Int) -> UInt64 { 0 }
}
