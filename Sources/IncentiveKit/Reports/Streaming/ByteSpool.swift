#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation

/// Records set aside while a report is produced and read back once, in order, when the part of the report that
/// needs them is written: a table's lines can only be laid out once every line's width is known.
///
/// Held in memory up to `memoryLimit` bytes, then in a temporary file unlinked as soon as it is opened (no name to
/// leave behind, mode 0600, gone with the descriptor), so the memory a report needs does not grow with the people in
/// it. When no temporary file can be made, the records stay in memory.
final class ByteSpool {
  /// Records not yet in the file, each a 4-byte length (little-endian) and its bytes.
  private var pending: [UInt8] = []
  private var descriptor: Int32 = -1
  private let memoryLimit: Int
  /// Where the temporary file is made, for an error that names it.
  private let directory: String
  private(set) var count = 0

  init(memoryLimit: Int = 4 << 20, directory: String = NSTemporaryDirectory()) {
    self.memoryLimit = memoryLimit
    self.directory = directory
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
  }

  /// Whether the records went to a temporary file.
  var isOnDisk: Bool { descriptor >= 0 }

  /// Sets `record` aside after those before it.
  func append(_ record: some Collection<UInt8>) throws(OutputError) {
    precondition(record.count <= Int(UInt32.max), "a spooled record of \(record.count) bytes")
    var length = UInt32(record.count).littleEndian
    withUnsafeBytes(of: &length) { pending.append(contentsOf: $0) }
    pending.append(contentsOf: record)
    count += 1
    if pending.count >= memoryLimit { try spill() }
  }

  /// Calls `body` with each record, in the order appended. Reads the file from its start, so it may be called again.
  func forEachRecord(_ body: (UnsafeRawBufferPointer) throws(OutputError) -> Void) throws(OutputError) {
    if descriptor >= 0 {
      try spill()
      try readFile(body)
    } else {
      try Self.records(in: pending, body)
    }
  }

  /// Moves the records in memory to the end of the file, making the file first.
  private func spill() throws(OutputError) {
    if descriptor < 0 {
      var template = Array((directory.hasSuffix("/") ? directory : directory + "/").utf8CString.dropLast())
      template.append(contentsOf: "incentive-spool-XXXXXX".utf8CString)
      let made = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
      // No temporary file: the records stay in memory, which is what a run without a spool did.
      guard made >= 0 else { return }
      template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
      descriptor = made
    }
    guard !pending.isEmpty else { return }
    do throws(POSIXFailure) {
      _ = lseek(descriptor, 0, SEEK_END)
      try POSIXIO.writeAll(descriptor, pending)
    } catch {
      throw .cannotWrite(path: "a temporary file in \(directory)", reason: error.text)
    }
    pending.removeAll(keepingCapacity: true)
  }

  /// Reads the file a megabyte at a time, handing over the records each block completes.
  private func readFile(_ body: (UnsafeRawBufferPointer) throws(OutputError) -> Void) throws(OutputError) {
    var block: [UInt8] = []
    var offset: off_t = 0
    var ended = false
    while !ended {
      let start = block.count
      block.append(contentsOf: repeatElement(0, count: 1 << 20))
      var filled = start
      while filled < block.count {
        let read = block.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + filled, $0.count - filled, offset) }
        if read < 0 {
          if errno == EINTR { continue }
          throw .cannotWrite(path: "a temporary file in \(directory)", reason: POSIXFailure.current().text)
        }
        if read == 0 {
          ended = true
          break
        }
        filled += read
        offset += off_t(read)
      }
      block.removeSubrange(filled...)
      let used = try Self.records(in: block, body)
      block.removeSubrange(..<used)
    }
    guard block.isEmpty else {
      throw .cannotWrite(path: "a temporary file in \(directory)", reason: "it ended inside a record")
    }
  }

  /// Hands over each whole record at the start of `bytes`; returns how many bytes they took.
  @discardableResult
  private static func records(
    in bytes: [UInt8], _ body: (UnsafeRawBufferPointer) throws(OutputError) -> Void
  ) throws(OutputError) -> Int {
    var failure: OutputError?
    let used = bytes.withUnsafeBytes { buffer -> Int in
      var offset = 0
      while offset + 4 <= buffer.count {
        let length = Int(UInt32(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
        guard offset + 4 + length <= buffer.count else { break }
        do throws(OutputError) {
          try body(UnsafeRawBufferPointer(rebasing: buffer[(offset + 4)..<(offset + 4 + length)]))
        } catch {
          failure = error
          return offset
        }
        offset += 4 + length
      }
      return offset
    }
    if let failure { throw failure }
    return used
  }
}
