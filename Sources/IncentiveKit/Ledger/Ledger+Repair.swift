import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Ledger {
  /// What `repair()` did.
  enum Repair: Equatable, Sendable {
    /// The incomplete last line was removed (what, and where its bytes were saved, in `removed`) and
    /// the repair recorded as `entry`, a `repair` entry with the same `removed`.
    case removedIncompleteLine(LedgerEntry.RemovedLine, entry: LedgerEntry)
    /// The last line was a complete entry that had only lost its newline: the newline was added.
    case completedLine(line: Int)
  }

  /// Repairs the one kind of damage a crash can cause: an incomplete final line (an append cut short).
  /// The removed bytes are first saved beside the ledger (`FILE.incomplete-<seq>-<sha256 prefix>`, mode
  /// 0600), so nothing is lost, and the repair is appended as a `repair` entry (chained, and sealed
  /// with the key of a keyed ledger) naming the bytes removed, their SHA-256, where they were saved and
  /// the account that ran it; a final line that is in fact a complete,
  /// correctly chained entry only gets its newline back. Any other damage is refused: it may be
  /// tampering, which only a person may judge.
  ///
  /// - Throws: `LedgerError.notRepairable` for an intact ledger or other damage, `.unreadable` /
  ///   `.cannotAppend` for I/O failures.
  func repair() throws -> Repair {
    try rejectSpecialFile()
    let descriptor = open(path, O_RDWR | O_CLOEXEC)
    guard descriptor >= 0 else { throw LedgerError.unreadable(path: path, reason: POSIXFailure.current().text) }
    defer { close(descriptor) }
    let bytes: [UInt8]
    do {
      try POSIXIO.lock(descriptor, exclusive: true)
      bytes = try POSIXIO.readAll(descriptor)
    } catch {
      throw LedgerError.unreadable(path: path, reason: error.text)
    }
    var chain = LedgerChain(bytes: bytes, key: key)
    if let failure = chain.failure, failure.kind == .keyRequired {
      throw LedgerError.keyRequired(path: path, line: failure.line)
    }
    guard let failure = chain.failure else {
      throw LedgerError.notRepairable(path: path, reason: "the ledger is intact (\(chain.entries.count) entries)")
    }
    guard failure.kind == .incompleteFinalLine else {
      throw LedgerError.notRepairable(
        path: path,
        reason: "line \(failure.line) is damaged by more than an interrupted append (\(failure.reason)); "
          + "only an incomplete final line is repaired")
    }
    let tail = Array(bytes[chain.intactLength...])
    if chain.acceptsFinal(tail) {
      do throws(POSIXFailure) {
        guard lseek(descriptor, 0, SEEK_END) >= 0 else { throw POSIXFailure.current() }
        try POSIXIO.writeAll(descriptor, [0x0A])
        guard fsync(descriptor) == 0 else { throw POSIXFailure.current() }
      } catch {
        throw LedgerError.cannotAppend(path: path, reason: error.text)
      }
      return .completedLine(line: failure.line)
    }
    let digest = SHA256.hexDigest(tail)
    let saved = "\(path).incomplete-\(failure.line)-\(digest.prefix(12))"
    try AtomicFile.write(tail, to: saved, mode: 0o600)
    let removed = LedgerEntry.RemovedLine(line: failure.line, bytes: tail.count, sha256: digest, savedAs: saved)
    let record = LedgerEntry(repairing: removed, time: LedgerEntry.timestamp(for: Date()), user: Self.currentUser())
    try Self.validate(record)
    guard ftruncate(descriptor, off_t(chain.intactLength)) == 0 else {
      throw LedgerError.cannotAppend(path: path, reason: POSIXFailure.current().text)
    }
    return .removedIncompleteLine(
      removed, entry: try write(record, after: chain, to: descriptor, length: chain.intactLength))
  }

  /// Takes back `entry`, the last line, after the run it records failed to write its output: a run
  /// that fails leaves no ledger line. Only an exact match of the last line is removed, under the lock,
  /// so an entry appended after it by another run is never touched.
  ///
  /// - Returns: whether the line was removed.
  @discardableResult
  func retract(_ entry: LedgerEntry) -> Bool {
    let descriptor = open(path, O_RDWR | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    guard (try? POSIXIO.lock(descriptor, exclusive: true)) != nil,
      let bytes = try? POSIXIO.readAll(descriptor)
    else { return false }
    let line = entry.jsonLine(includingHash: true) + [0x0A]
    guard bytes.count >= line.count, bytes[(bytes.count - line.count)...].elementsEqual(line) else { return false }
    return ftruncate(descriptor, off_t(bytes.count - line.count)) == 0 && fsync(descriptor) == 0
  }
}
