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
/// it. When no temporary file can be made, or the disk it is on fills up, the records (from then on) stay in memory,
/// as they did before there was a spool: a full temporary folder never fails a run.
final class ByteSpool {
  /// Records not yet in the file, each a 4-byte length (little-endian) and its bytes; they come after the file's.
  private var pending: [UInt8] = []
  private var descriptor: Int32 = -1
  /// Whether records still go to disk: false once a temporary file could not be made or written.
  private var spills = true
  /// The file's size: what its records take.
  private var fileSize: off_t = 0
  private let memoryLimit: Int
  /// Where the temporary file is made, for an error that names it.
  private let directory: String
  private(set) var count = 0

  /// How records reach the file: `POSIXIO.writeAll`, or in tests a disk that fills up.
  typealias FileWriter = (_ descriptor: Int32, _ bytes: [UInt8]) throws(POSIXFailure) -> Void
  private let writeFile: FileWriter

  init(
    memoryLimit: Int = 4 << 20, directory: String = NSTemporaryDirectory(),
    writeFile: @escaping FileWriter = { (descriptor, bytes) throws(POSIXFailure) in
      try POSIXIO.writeAll(descriptor, bytes)
    }
  ) {
    self.memoryLimit = memoryLimit
    self.directory = directory
    self.writeFile = writeFile
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
    if spills, pending.count >= memoryLimit { spill() }
  }

  /// Calls `body` with each record, in the order appended. Reads the file from its start, so it may be called again.
  func forEachRecord(_ body: (UnsafeRawBufferPointer) throws(OutputError) -> Void) throws(OutputError) {
    if descriptor >= 0 {
      if spills { spill() }
      try readFile(body)
    }
    try Self.records(in: pending, body)
  }

  /// Moves the records in memory to the end of the file, making the file first. When the file cannot be made, or
  /// not written in full (a full disk), it keeps only the records written before, and later records stay in memory.
  private func spill() {
    if descriptor < 0 {
      var template = Array((directory.hasSuffix("/") ? directory : directory + "/").utf8CString.dropLast())
      template.append(contentsOf: "incentive-spool-XXXXXX".utf8CString)
      let made = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
      guard made >= 0 else {
        spills = false
        return
      }
      template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
      descriptor = made
    }
    guard !pending.isEmpty else { return }
    do throws(POSIXFailure) {
      guard lseek(descriptor, fileSize, SEEK_SET) == fileSize else { throw POSIXFailure.current() }
      try writeFile(descriptor, pending)
    } catch {
      // What part of the records did land is cut off again: the file holds whole records only.
      _ = ftruncate(descriptor, fileSize)
      spills = false
      return
    }
    fileSize += off_t(pending.count)
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
        let wanted = min(block.count - filled, Int(fileSize - offset))
        let read = block.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + filled, wanted, offset) }
        if read < 0 {
          if errno == EINTR { continue }
          throw .cannotWrite(
            path: "a temporary file in \(directory)", reason: "reading it back: " + POSIXFailure.current().text)
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

/// Bytes written to a spool are one record each: a report set aside whole, to be copied out once it may be
/// (standard output once the run has succeeded, a golden file once its checks have passed).
extension ByteSpool: ReportSink {
  func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
    if !bytes.isEmpty { try append(bytes) }
  }
}
