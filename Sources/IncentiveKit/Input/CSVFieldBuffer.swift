/// Where `CSVParser` puts the fields of the record it scans: an `Array` for ordinary reads, a `CSVFieldBuffer` on
/// the streamed hot path.
///
/// A protocol so one scanner serves both: the scanner is specialised for each, and neither pays for the other.
protocol CSVFieldSink: ~Copyable {
  var count: Int { get }
  mutating func append(_ field: CSVField)
}

extension Array: CSVFieldSink where Element == CSVField {}

/// The fields of one record, written through a pointer and reused from record to record.
///
/// Appending to an `Array` checks its uniqueness and capacity for every field; on a 10-million-row export that was
/// half the cost of parsing a record. Noncopyable, so the storage has one owner and is freed once, and no copy can
/// see the next record's fields overwrite its own.
struct CSVFieldBuffer: ~Copyable, CSVFieldSink {
  private var base: UnsafeMutablePointer<CSVField>
  private var capacity: Int
  private(set) var count = 0

  init(capacity: Int = 32) {
    self.capacity = max(capacity, 1)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// The fields, valid until the buffer next changes (the next record).
  var fields: UnsafeBufferPointer<CSVField> { UnsafeBufferPointer(start: base, count: count) }

  mutating func removeAll() { count = 0 }

  @inline(__always)
  mutating func append(_ field: CSVField) {
    if count == capacity { grow() }
    (base + count).initialize(to: field)
    count += 1
  }

  /// Doubles the room; the parser's field limit bounds it.
  private mutating func grow() {
    let larger = UnsafeMutablePointer<CSVField>.allocate(capacity: capacity * 2)
    larger.moveInitialize(from: base, count: count)
    base.deallocate()
    base = larger
    capacity *= 2
  }
}
