#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A walk over a ledger file's bytes that checks, line by line, everything that links an entry to its
/// place: a newline at the end, its own `hash` (or, in a keyed ledger, its `hmac`), the canonical form,
/// `seq` equal to the line number and `prev` equal to the SHA-256 of the line before. It stops at the
/// first line that fails.
///
/// Each check is worked from the exact bytes on disk, so any edited byte changes a digest somewhere.
/// A chain without a key cannot catch someone who rewrites every line from the edit to the end, or
/// who removes whole lines at the end; a key (`HMACSHA256`) stops the first, and comparing the last
/// entry's digest with a copy kept elsewhere (`ledger verify --head`) stops both.
struct LedgerChain {
  /// Why the walk stopped early.
  struct Failure: Equatable {
    enum Kind: Equatable {
      /// A line was edited, removed, inserted or reordered.
      case tampered
      /// The last line has no newline: an append was cut short (a crash, a full disk). `ledger repair`
      /// removes it; the entries before it are intact.
      case incompleteFinalLine
      /// Keyed entries can't be checked without the key.
      case keyRequired
    }

    var line: Int
    var reason: String
    var kind: Kind
  }

  /// The entries of the lines that passed, in order.
  private(set) var entries: [LedgerEntry] = []
  /// The hex SHA-256 of the last good line: the `prev` the next entry must carry.
  private(set) var head = LedgerChain.genesis
  /// Byte length of the intact lines (each with its newline): where a repair cuts the file.
  private(set) var intactLength = 0
  /// The first bad line and why, or `nil` when the whole file is intact.
  private(set) var failure: Failure?

  /// The `prev` of the first entry.
  static let genesis = String(repeating: "0", count: 64)

  /// `,"hash":"` (or `,"hmac":"`) + 64 hex digits + `"}`: how every line written by `Ledger.append` ends.
  private static let digestSuffixLength = 9 + 64 + 2

  private let key: LedgerKey?

  /// - Parameter key: the ledger's key; nil for an unkeyed ledger. A ledger is keyed from its first
  ///   entry or not at all, so with a key every entry must carry an `hmac`, and without one none may.
  init(bytes: [UInt8], key: LedgerKey? = nil) {
    self.key = key
    bytes.withUnsafeBufferPointer { buffer in
      var start = 0
      var lineNumber = 0
      while start < buffer.count {
        lineNumber += 1
        let searched = buffer.count - start
        guard let newline = memchr(buffer.baseAddress! + start, 0x0A, searched) else {
          failure = Failure(
            line: lineNumber,
            reason: "the last line has no newline at its end: it is an incomplete final entry (an append was "
              + "interrupted or the file was truncated), not an edit; "
              + (lineNumber == 2
                ? "the entry before it is intact" : "the \(lineNumber - 1) entries before it are intact")
              + "; `incentive ledger repair` removes it",
            kind: .incompleteFinalLine)
          return
        }
        let end = start + (UnsafeRawPointer(newline) - UnsafeRawPointer(buffer.baseAddress! + start))
        let line = UnsafeBufferPointer(rebasing: buffer[start..<end])
        if let failure = check(line, number: lineNumber) {
          self.failure = failure
          return
        }
        head = Self.sha256(line)
        start = end + 1
        intactLength = start
      }
    }
  }

  /// Whether `line` (without its newline) is a complete, correctly chained next entry: an interrupted
  /// append that only lost its newline, which a repair completes instead of removing.
  mutating func acceptsFinal(_ line: [UInt8]) -> Bool {
    line.withUnsafeBufferPointer { check($0, number: entries.count + 1) == nil }
  }

  private static func sha256(_ line: UnsafeBufferPointer<UInt8>) -> String {
    var hasher = SHA256()
    hasher.update(UnsafeRawBufferPointer(line))
    return SHA256.hex(hasher.finalize())
  }

  /// Checks one line (without its newline); returns why it is bad, or appends its entry and returns nil.
  private mutating func check(_ line: UnsafeBufferPointer<UInt8>, number: Int) -> Failure? {
    func tampered(_ reason: String) -> Failure { Failure(line: number, reason: reason, kind: .tampered) }
    if line.isEmpty {
      return tampered("empty line: the ledger never writes one, so the file was edited here")
    }
    guard let (seal, recorded) = Self.recordedDigest(line) else {
      return tampered(
        "the line does not end with a \"hash\" or \"hmac\" member as every ledger entry does: it is not a "
          + "complete entry (edited, or a line from another file)")
    }
    let body = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: line[..<(line.count - Self.digestSuffixLength)]))
    let computed: String
    switch (seal, key) {
    case (.sha256, nil):
      var hasher = SHA256()
      hasher.update(body)
      hasher.update("}")
      computed = SHA256.hex(hasher.finalize())
    case (.hmacSHA256, let key?):
      var mac = HMACSHA256(key: key.bytes)
      mac.update(body)
      mac.update(Array("}".utf8))
      computed = SHA256.hex(mac.finalize())
    case (.hmacSHA256, nil):
      return Failure(
        line: number,
        reason: "the entry is keyed (\"hmac\"): give the ledger key with --key-file FILE or "
          + "\(LedgerKey.environmentVariable) to check it",
        kind: .keyRequired)
    case (.sha256, .some):
      return tampered(
        "the entry has no \"hmac\" although a key was given: a keyed ledger is keyed from its first entry, so "
          + "this line was written without the key (rewritten, or this is not the keyed ledger)")
    }
    guard computed == recorded else {
      return tampered(
        seal == .hmacSHA256
          ? "the entry's HMAC-SHA-256 is \(computed.prefix(12))… but its \"hmac\" says \(recorded.prefix(12))…: "
            + "the line was edited after it was written, or the key is not the one it was written with"
          : "the entry's SHA-256 is \(computed.prefix(12))… but its \"hash\" says \(recorded.prefix(12))…: "
            + "the line was edited after it was written")
    }

    let entry: LedgerEntry
    do {
      entry = try LedgerEntry(jsonLine: line)
    } catch {
      return tampered("the digest matches but the line is not a ledger entry: \(error.reason)")
    }
    guard entry.jsonLine(includingHash: true).elementsEqual(line) else {
      return tampered(
        "the digest matches but the line is not in the form the ledger writes (key order, spacing or "
          + "escapes differ): it was rewritten by hand or by another tool")
    }
    if entry.seq != number {
      let cause = entry.seq > number ? "removed or reordered" : "inserted, duplicated or reordered"
      return tampered("the entry says seq \(entry.seq) but it is line \(number): entries before it were \(cause)")
    }
    if entry.prev != head {
      if number == 1 {
        return tampered("the first entry's \"prev\" is not 64 zeros: lines before it were removed")
      }
      return tampered(
        "\"prev\" does not match the SHA-256 of line \(number - 1): line \(number - 1) was changed or "
          + "replaced, or entries were removed, inserted or reordered here")
    }
    entries.append(entry)
    return nil
  }

  /// The seal and 64 hex digits of the trailing `"hash"` or `"hmac"` member, if the line ends in one.
  private static func recordedDigest(_ line: UnsafeBufferPointer<UInt8>) -> (LedgerEntry.Seal, String)? {
    guard line.count > digestSuffixLength + 1 else { return nil }
    let suffix = line[(line.count - digestSuffixLength)...]
    guard suffix.suffix(2).elementsEqual("\"}".utf8) else { return nil }
    let seal: LedgerEntry.Seal
    if suffix.prefix(9).elementsEqual(",\"hash\":\"".utf8) {
      seal = .sha256
    } else if suffix.prefix(9).elementsEqual(",\"hmac\":\"".utf8) {
      seal = .hmacSHA256
    } else {
      return nil
    }
    let digits = suffix.dropFirst(9).dropLast(2)
    guard digits.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else { return nil }
    return (seal, String(decoding: digits, as: UTF8.self))
  }
}
