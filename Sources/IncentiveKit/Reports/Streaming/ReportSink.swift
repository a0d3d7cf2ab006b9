/// Where a report's bytes go as they are produced: a report file (`AtomicFileWriter`), a digest
/// (`SHA256`, for the ledger's `output_sha256`) or memory (`ReportBytes`, for standard output
/// and tests). Renderers write a person at a time into one of these, so the memory a report
/// needs does not grow with the number of people in it.
///
/// A new format (payroll, say) writes through `ReportSink` and gets all three destinations.
protocol ReportSink {
  /// Appends `bytes`; they stay valid only for the call.
  mutating func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError)
}

extension ReportSink {
  // `withUnsafeBytes` and `withUTF8` rethrow untyped errors, so the failure is carried out by hand.
  mutating func write(_ bytes: [UInt8]) throws(OutputError) {
    var failure: OutputError?
    bytes.withUnsafeBytes { buffer in
      do throws(OutputError) { try write(buffer) } catch { failure = error }
    }
    if let failure { throw failure }
  }

  mutating func write(_ text: String) throws(OutputError) {
    var text = text
    var failure: OutputError?
    text.withUTF8 { buffer in
      do throws(OutputError) { try write(UnsafeRawBufferPointer(buffer)) } catch { failure = error }
    }
    if let failure { throw failure }
  }
}

/// A report kept in memory: for standard output, whose text the command line prints, and for
/// the `render…()` functions that return a `String`.
struct ReportBytes: ReportSink {
  var bytes: [UInt8] = []

  mutating func write(_ bytes: UnsafeRawBufferPointer) {
    self.bytes.append(contentsOf: bytes)
  }

  var text: String { String(decoding: bytes, as: UTF8.self) }
}

extension SHA256: ReportSink {
  mutating func write(_ bytes: UnsafeRawBufferPointer) {
    update(bytes)
  }
}

extension AtomicFileWriter: ReportSink {}

extension ReportBytes {
  /// The bytes `render` writes, as text: how the whole-report `render…()` functions reuse the
  /// streaming renderers. Writing to memory cannot fail.
  static func collect(_ render: (inout ReportBytes) throws -> Void) -> String {
    var sink = ReportBytes()
    do {
      try render(&sink)
    } catch {
      preconditionFailure("writing to memory failed: \(error)")
    }
    return sink.text
  }
}

extension ReportSink {
  /// Hands `buffer` over and empties it once it holds 64 KB or more: how line-at-a-time
  /// renderers batch their writes.
  mutating func flush(_ buffer: inout String, atLeast threshold: Int = 1 << 16) throws(OutputError) {
    guard buffer.utf8.count >= threshold else { return }
    try write(buffer)
    buffer = ""
  }
}
