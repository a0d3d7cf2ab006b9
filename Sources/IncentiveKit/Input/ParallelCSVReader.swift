import Dispatch
import Foundation

/// Reads one CSV file on several threads: a shared `CSVChunkSource` hands out chunks that end on record boundaries,
/// each worker parses the chunks it takes and folds their records into its own state, and the caller merges the
/// states afterwards. Memory is a few chunks plus the states, whatever the file's size.
///
/// Workers take chunks in whatever order they finish, so folding must not depend on row order (counts, sums and
/// duration lists sorted later do not). Line numbers inside a chunk are not the file's, so an error here is only a
/// signal: `MetricsCalculator` then reads the file the whole-file way, which reports it exactly.
struct ParallelCSVReader {
  let path: String
  /// The name used in messages.
  let file: String
  let columns: [TableColumn]
  let workers: Int
  var chunkBytes = 4 << 20
  /// Told after each chunk how far the file has got (a progress line on a long run); nil costs nothing.
  var progress: ReadProgress.Handler? = nil

  /// Folds every data row into `states[w]` of the worker `w` that parsed it.
  ///
  /// - Returns: the empty spreadsheet rows it skipped (lines as `ChunkLine`s) and the lines each chunk spans, which
  ///   turn a `ChunkLine` into the file's line.
  /// - Throws: the first `InputError` any worker met (malformed CSV, a missing column, a ragged row, a bad cell).
  /// `body` gets the record's bytes and a way to make the record's `TableRow` for its record decoder.
  /// - Parameter chunkEnd: called on a worker's state after the last record of each chunk, while the chunk's bytes
  ///   are still there: `body` may leave work on the chunk's bytes for later in the chunk, which this finishes. Not
  ///   called for a chunk whose reading threw: the fold then throws, and its states are never handed back.
  @discardableResult
  func fold<State>(
    into states: inout [State], chunkEnd: ChunkEnd<State>? = nil, _ body: Body<State>
  ) throws(InputError) -> FoldSummary {
    precondition(states.count == workers, "one state per worker")
    let shared = SharedSource(source: try CSVChunkSource(path: path, displayName: file, chunkBytes: chunkBytes))
    defer { shared.source.close() }
    if let progress {
      let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
      shared.progress = ProgressCounter(file: file, fileBytes: size ?? 0, handler: progress)
    }
    let results = UnsafeMutableBufferPointer<State>.allocate(capacity: workers)
    _ = results.initialize(from: states)
    defer { results.deinitialize().deallocate() }
    // concurrentPerform blocks until every worker is done, so the buffer and `body` outlive their use.
    withoutActuallyEscaping(body) { body in
      let captured = UncheckedSendable((body, results))
      DispatchQueue.concurrentPerform(iterations: workers) { worker in
        do throws(InputError) {
          try run(&captured.value.1[worker], shared, captured.value.0, chunkEnd)
        } catch {
          shared.fail(error)
        }
      }
    }
    if let error = shared.error { throw error }
    shared.progress?.finish()
    states = Array(results)
    return shared.summary
  }

  /// What the reader itself accounts for, besides the rows it hands to `body`.
  struct FoldSummary {
    /// Rows whose every cell is empty, skipped; lines are `ChunkLine`s.
    var emptyRows = RowSample()
    var chunkLines = ChunkLines()
  }

  typealias Body<State> = (inout State, CSVRecordBytes, CSVChunkRows) throws(InputError) -> Void
  typealias ChunkEnd<State> = @Sendable (inout State) -> Void

  private func run<State>(
    _ state: inout State, _ shared: SharedSource, _ body: Body<State>, _ chunkEnd: ChunkEnd<State>?
  ) throws(InputError) {
    var fields = CSVFieldBuffer()
    while let (chunk, mapping) = try shared.next(file: file, columns: columns) {
      var parser = CSVParser(bytes: chunk.bytes, file: file, isFileStart: chunk.index == 0)
      let width = shared.width
      let requested = CSVRecordBytes.fieldMask(mapping)
      let rows = CSVChunkRows(parser: parser, file: file, columns: columns, mapping: mapping, chunk: chunk.index)
      var count = 0
      var emptyRows = RowSample()
      try chunk.bytes.withUnsafeBufferPointer { buffer throws(InputError) in
        try mapping.withUnsafeBufferPointer { mapped throws(InputError) in
          if chunk.index == 0 { _ = try parser.nextRecord(in: buffer, into: &fields) }
          while try parser.nextRecord(in: buffer, into: &fields) {
            let spans = fields.fields
            // One comparison for an ordinary row: a data row's first cell (its id) is rarely empty.
            if spans[0].start == spans[0].end, CSVField.allEmpty(spans) {
              emptyRows.add(line: ChunkLine.pack(chunk: chunk.index, line: parser.recordLine))
              continue
            }
            guard spans.count == width else {
              throw .raggedRow(file: file, line: parser.recordLine, expected: width, found: spans.count)
            }
            let record = CSVRecordBytes(
              buffer: buffer, fields: spans, mapping: mapped, isASCII: parser.recordIsASCII,
              escapedFields: parser.recordEscapedFields, requestedFields: requested)
            try body(&state, record, rows)
            count += 1
          }
          chunkEnd?(&state)
        }
      }
      shared.progress?.add(rows: count, bytes: chunk.bytes.count)
      shared.finished(chunk: chunk.index, lines: parser.nextLine - 1, emptyRows: emptyRows)
    }
  }
}

/// What turns a record of one chunk into a `TableRow` for its record decoder, made once per chunk and passed
/// with every record, so the fast path costs no allocation per row and only the rows that need a decoder pay
/// for one.
struct CSVChunkRows {
  /// A parser over the chunk's bytes; a `TableRow` reads cells through it (its position does not matter).
  let parser: CSVParser
  let file: String
  let columns: [TableColumn]
  let mapping: [Int?]
  /// The chunk's index in the file, for `ChunkLine`.
  let chunk: Int

  /// The record's line as a `ChunkLine`.
  @inline(__always)
  func line(_ record: CSVRecordBytes) -> Int {
    ChunkLine.pack(chunk: chunk, line: record.fields.first?.line ?? 0)
  }

  /// The number of requested column `column` in the file, from 1 (0 when the file lacks it).
  @inline(__always)
  func columnNumber(_ column: Int) -> Int { (mapping[column] ?? -1) + 1 }

  /// The record as a `TableRow`, at the line it starts on within the chunk.
  func row(_ record: CSVRecordBytes) -> TableRow {
    var row = TableRow(file: file, columns: columns, storage: .csv(parser, Array(record.fields), mapping))
    row.line = record.fields.first?.line ?? 0
    return row
  }
}

/// The chunk source and the header's column mapping, shared by the workers under a lock, and the first error.
private final class SharedSource: @unchecked Sendable {
  var source: CSVChunkSource
  private let lock = NSLock()
  private var mapping: [Int?]?
  private(set) var width = 0
  private var failure: InputError?
  /// Set before the workers start, read-only while they run.
  var progress: ProgressCounter?
  private var done = ParallelCSVReader.FoldSummary()

  /// What every finished chunk added, read once the workers are done.
  var summary: ParallelCSVReader.FoldSummary {
    lock.lock()
    defer { lock.unlock() }
    return done
  }

  func finished(chunk: Int, lines: Int, emptyRows: RowSample) {
    lock.lock()
    defer { lock.unlock() }
    done.chunkLines.record(chunk: chunk, lines: lines)
    done.emptyRows.merge(emptyRows)
  }

  init(source: CSVChunkSource) {
    self.source = source
  }

  var error: InputError? {
    lock.lock()
    defer { lock.unlock() }
    return failure
  }

  func fail(_ error: InputError) {
    lock.lock()
    defer { lock.unlock() }
    if failure == nil { failure = error }
  }

  /// The next chunk with the column mapping; the first call reads the header from chunk 0. Nil once the file is
  /// done or another worker has failed.
  func next(file: String, columns: [TableColumn]) throws(InputError) -> (CSVChunkSource.Chunk, [Int?])? {
    lock.lock()
    defer { lock.unlock() }
    guard failure == nil, let chunk = try source.next(displayName: file) else {
      if failure == nil && mapping == nil {
        throw .malformed(file: file, line: 1, column: 1, reason: "the file is empty; expected a header row")
      }
      return nil
    }
    if let mapping { return (chunk, mapping) }
    let bytes = chunk.bytes
    try bytes.withUnsafeBufferPointer { (buffer) throws(InputError) in try TextEncoding.check(buffer, file: file) }
    var parser = CSVParser(bytes: bytes, file: file)
    var fields: [CSVField] = []
    guard try parser.nextRecord(into: &fields) else {
      throw .malformed(file: file, line: 1, column: 1, reason: "the file is empty; expected a header row")
    }
    var headers: [String] = []
    for (index, field) in fields.enumerated() { headers.append(try parser.string(field, column: index + 1)) }
    let found = try TableReader.map(columns: columns, headers: headers, file: file)
    try HeaderSpelling.check(
      columns: columns, headers: headers, mapping: found, repeats: TableReader.repeats(columns: columns, headers: headers),
      file: file)
    mapping = found
    width = headers.count
    return (chunk, found)
  }
}

/// Rows and bytes done so far over all workers, reported after each chunk.
private final class ProgressCounter: @unchecked Sendable {
  private let lock = NSLock()
  private let file: String
  private let fileBytes: Int
  private let handler: ReadProgress.Handler
  private var rows = 0
  private var bytes = 0

  init(file: String, fileBytes: Int, handler: @escaping ReadProgress.Handler) {
    self.file = file
    self.fileBytes = fileBytes
    self.handler = handler
  }

  /// The handler is called under the lock, so it sees one report at a time, in order.
  func add(rows newRows: Int, bytes newBytes: Int) {
    lock.lock()
    defer { lock.unlock() }
    rows += newRows
    bytes += newBytes
    handler(ReadProgress(file: file, rows: rows, bytesRead: bytes, fileBytes: fileBytes, isFinished: false))
  }

  func finish() {
    lock.lock()
    defer { lock.unlock() }
    handler(ReadProgress(file: file, rows: rows, bytesRead: fileBytes, fileBytes: fileBytes, isFinished: true))
  }
}
