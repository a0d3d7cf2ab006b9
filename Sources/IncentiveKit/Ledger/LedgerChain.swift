#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A walk over a ledger file's bytes that checks, line by line, everything that links an entry to its
/// place: a newline at the end, its own `hash`, the canonical form, `seq` equal to the line number and
/// `prev` equal to the SHA-256 of the line before. It stops at the first line that fails.
///
/// Each check is worked from the exact bytes on disk, so any edited byte changes a hash somewhere.
/// A chain without a secret cannot catch someone who rewrites every line from the edit to the end, or
/// who removes whole lines at the end; comparing the last entry's `hash` with a copy kept elsewhere does.
struct LedgerChain {
  /// The entries of the lines that passed, in order.
  private(set) var entries: [LedgerEntry] = []
  /// The hex SHA-256 of the last good line: the `prev` the next entry must carry.
  private(set) var head = LedgerChain.genesis
  /// The first bad line and why, or `nil` when the whole file is intact.
  private(set) var failure: (line: Int, reason: String)?

  /// The `prev` of the first entry.
  static let genesis = String(repeating: "0", count: 64)

  /// `,"hash":"` + 64 hex digits + `"}`: how every line written by `Ledger.append` ends.
  private static let hashSuffixLength = 9 + 64 + 2

  init(bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { buffer in
      var start = 0
      var lineNumber = 0
      while start < buffer.count {
        lineNumber += 1
        let searched = buffer.count - start
        guard let newline = memchr(buffer.baseAddress! + start, 0x0A, searched) else {
          failure = (
            lineNumber,
            "the last line has no newline at its end: it was cut short (the file was truncated or a write "
              + "was interrupted); "
              + (lineNumber == 2
                ? "the entry before it is intact" : "the \(lineNumber - 1) entries before it are intact")
          )
          return
        }
        let end = start + (UnsafeRawPointer(newline) - UnsafeRawPointer(buffer.baseAddress! + start))
        let line = UnsafeBufferPointer(rebasing: buffer[start..<end])
        if let reason = check(line, number: lineNumber) {
          failure = (lineNumber, reason)
          return
        }
        var hasher = SHA256()
        hasher.update(UnsafeRawBufferPointer(line))
        head = SHA256.hex(hasher.finalize())
        start = end + 1
      }
    }
  }

  /// Checks one line (without its newline); returns why it is bad, or appends its entry and returns nil.
  private mutating func check(_ line: UnsafeBufferPointer<UInt8>, number: Int) -> String? {
    if line.isEmpty {
      return "empty line: the ledger never writes one, so the file was edited here"
    }
    guard let recorded = Self.recordedHash(line) else {
      return "the line does not end with a \"hash\" member as every ledger entry does: it is not a complete "
        + "entry (edited, or a line from another file)"
    }
    var hasher = SHA256()
    hasher.update(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: line[..<(line.count - Self.hashSuffixLength)])))
    hasher.update("}")
    let computed = SHA256.hex(hasher.finalize())
    guard computed == recorded else {
      return "the entry's SHA-256 is \(computed.prefix(12))… but its \"hash\" says \(recorded.prefix(12))…: "
        + "the line was edited after it was written"
    }

    let entry: LedgerEntry
    do {
      entry = try LedgerEntry(jsonLine: line)
    } catch {
      return "the hash matches but the line is not a ledger entry: \(error.reason)"
    }
    guard entry.jsonLine(includingHash: true).elementsEqual(line) else {
      return "the hash matches but the line is not in the form the ledger writes (key order, spacing or "
        + "escapes differ): it was rewritten by hand or by another tool"
    }
    if entry.seq != number {
      let cause = entry.seq > number ? "removed or reordered" : "inserted, duplicated or reordered"
      return "the entry says seq \(entry.seq) but it is line \(number): entries before it were \(cause)"
    }
    if entry.prev != head {
      if number == 1 {
        return "the first entry's \"prev\" is not 64 zeros: lines before it were removed"
      }
      return "\"prev\" does not match the SHA-256 of line \(number - 1): line \(number - 1) was changed or "
        + "replaced, or entries were removed, inserted or reordered here"
    }
    entries.append(entry)
    return nil
  }

  /// The 64 hex digits of the trailing `"hash"` member, if the line ends in one.
  private static func recordedHash(_ line: UnsafeBufferPointer<UInt8>) -> String? {
    guard line.count > hashSuffixLength + 1 else { return nil }
    let suffix = line[(line.count - hashSuffixLength)...]
    guard suffix.prefix(9).elementsEqual(",\"hash\":\"".utf8), suffix.suffix(2).elementsEqual("\"}".utf8) else {
      return nil
    }
    let digits = suffix.dropFirst(9).dropLast(2)
    guard digits.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else { return nil }
    return String(decoding: digits, as: UTF8.self)
  }
}
