/// Where `CSVParser` puts the fields of the record it scans: an `Array` for ordinary reads, a `CSVFieldBuffer` on
/// the streamed hot path.
///
/// A protocol so one scanner serves both: the scanner is specialised for each, and neither pays for the other.
protocol CSVFieldSink: ~Copyable {
  var count: Int { get }
  mutating func append(_ field: CSVField)
}

extension Array: CSVFieldSink where Element == CSVField {}

/// The fields of one record, reused from record to record on the streamed path (see `PointerBuffer`).
typealias CSVFieldBuffer = PointerBuffer<CSVField>

extension PointerBuffer: CSVFieldSink where Element == CSVField {
  init() { self.init(capacity: 32) }

  /// The fields, valid until the buffer next changes (the next record).
  var fields: UnsafeBufferPointer<CSVField> { elements }
}
