import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The audit trail of payout runs: an append-only JSON Lines file in which every entry carries the
/// SHA-256 of the line before it, so an edited, removed, inserted or reordered entry shows (section 7).
///
/// Appends take an exclusive `flock` on the file, verify the whole chain, and add the new line with one
/// `write` followed by `fsync`; readers take a shared lock. Two runs appending at once therefore queue
/// instead of interleaving, and a run that fails mid-way cuts its partial line off again. The file is
/// created with mode 0600 because entries list every engineer's payout.
///
/// Closing: once a `close` entry exists for a period, every later entry for that period must carry a
/// reason, and records in `changes` which payouts differ from the latest closing run.
struct Ledger: Sendable {
  /// The ledger file.
  let path: String

  init(path: String) {
    self.path = path
  }

  /// Appends `entry` and returns it as written.
  ///
  /// `seq`, `prev`, `hash` and `changes` are filled here, under the lock, from the entries already in
  /// the file (whatever the caller put in them is replaced); `inputs` are sorted by path.
  ///
  /// - Throws: `LedgerError.invalidEntry` for a malformed time or digest, `.broken` when the existing
  ///   chain fails verification (nothing is added to a damaged ledger), `.reasonRequired` when the
  ///   period is closed and `reason` is missing or blank, `.cannotAppend` / `.unreadable` for I/O failures.
  @discardableResult
  func append(_ entry: LedgerEntry) throws -> LedgerEntry {
    try Self.validate(entry)
    let descriptor = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw LedgerError.cannotAppend(path: path, reason: POSIXFailure.current().text) }
    defer { close(descriptor) }

    let existing: [UInt8]
    do {
      try POSIXIO.lock(descriptor, exclusive: true)
      existing = try POSIXIO.readAll(descriptor)
    } catch {
      throw LedgerError.unreadable(path: path, reason: error.text)
    }
    let chain = LedgerChain(bytes: existing)
    if let failure = chain.failure {
      throw LedgerError.broken(path: path, line: failure.line, reason: failure.reason)
    }

    var written = entry
    written.seq = chain.entries.count + 1
    written.prev = chain.head
    written.inputs.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    written.changes = []
    if let closing = Self.closingEntry(for: entry.period, in: chain.entries) {
      guard let reason = entry.reason, !reason.allSatisfy(\.isWhitespace) else {
        throw LedgerError.reasonRequired(path: path, period: closing.period.description, closedAtLine: closing.seq)
      }
      written.changes = LedgerEntry.payoutChanges(before: closing.payouts, after: entry.payouts)
    }
    written.hash = SHA256.hexDigest(written.jsonLine(includingHash: false))
    let line = written.jsonLine(includingHash: true) + [0x0A]

    do throws(POSIXFailure) {
      try POSIXIO.writeAll(descriptor, line)
      guard fsync(descriptor) == 0 else { throw POSIXFailure.current() }
    } catch {
      // Leave no partial line behind: the lock is still ours, so the old length is still the end.
      _ = ftruncate(descriptor, off_t(existing.count))
      throw LedgerError.cannotAppend(path: path, reason: error.text)
    }
    if existing.isEmpty {
      // A new ledger's directory entry must reach the disk too; failing that only risks durability.
      try? POSIXIO.syncDirectory(POSIXIO.directory(of: path))
    }
    return written
  }

  /// Checks the whole chain and names the first bad line.
  ///
  /// - Throws: `LedgerError.unreadable` when the file does not exist or cannot be read: verifying a
  ///   ledger that is not there is a mistake in the command, not an intact ledger.
  func verify() throws -> LedgerVerification {
    guard let bytes = try read(missingIsEmpty: false) else { return .intact(count: 0) }
    let chain = LedgerChain(bytes: bytes)
    if let failure = chain.failure { return .broken(line: failure.line, reason: failure.reason) }
    return .intact(count: chain.entries.count)
  }

  /// All entries, oldest first; none when the file does not exist yet (the first append creates it).
  ///
  /// - Throws: `LedgerError.broken` when verification fails, since entries of a damaged ledger cannot be
  ///   trusted to decide whether a period is closed.
  func entries() throws -> [LedgerEntry] {
    guard let bytes = try read(missingIsEmpty: true) else { return [] }
    let chain = LedgerChain(bytes: bytes)
    if let failure = chain.failure {
      throw LedgerError.broken(path: path, line: failure.line, reason: failure.reason)
    }
    return chain.entries
  }

  /// The runs recorded for `period` (all runs when `nil`), oldest first, for `incentive ledger history`.
  func history(period: LedgerEntry.Period? = nil) throws -> [LedgerEntry] {
    let all = try entries()
    guard let period else { return all }
    return all.filter { $0.period == period }
  }

  /// The latest `close` entry for `period`, or `nil` when the period is open.
  func closingEntry(for period: LedgerEntry.Period) throws -> LedgerEntry? {
    Self.closingEntry(for: period, in: try entries())
  }

  /// The latest `close` entry among `entries` whose period overlaps `period`: recalculating any
  /// day of a closed period (`2026-07-01..2026-09-29` after closing 2026-Q3) is a recalculation of
  /// it, and needs a reason just the same.
  static func closingEntry(for period: LedgerEntry.Period, in entries: [LedgerEntry]) -> LedgerEntry? {
    // ISO dates order as text.
    entries.last { $0.kind == .close && $0.period.from <= period.to && period.from <= $0.period.to }
  }

  /// Who is running the tool, for the `user` field: `$USER`, else `$LOGNAME`, else the account name of
  /// the effective user id, else `uid N`.
  static func currentUser(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    for key in ["USER", "LOGNAME"] {
      if let name = environment[key], !name.isEmpty { return name }
    }
    if let account = getpwuid(geteuid()), let name = account.pointee.pw_name {
      let text = String(cString: name)
      if !text.isEmpty { return text }
    }
    return "uid \(geteuid())"
  }

  /// The file's bytes under a shared lock, or `nil` when it does not exist and that is allowed.
  private func read(missingIsEmpty: Bool) throws -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      let failure = POSIXFailure.current()
      if failure.code == ENOENT && missingIsEmpty { return nil }
      throw LedgerError.unreadable(path: path, reason: failure.text)
    }
    defer { close(descriptor) }
    do {
      try POSIXIO.lock(descriptor, exclusive: false)
      return try POSIXIO.readAll(descriptor)
    } catch {
      throw LedgerError.unreadable(path: path, reason: error.text)
    }
  }

  /// Rejects fields that would make an entry ambiguous later: times not in the one ledger format,
  /// digests that are not 64 lower-case hex digits, an empty user or period.
  private static func validate(_ entry: LedgerEntry) throws {
    if !isTimestamp(entry.time) {
      throw LedgerError.invalidEntry(field: "time", value: entry.time, expected: "UTC time like 2026-11-25T10:00:00Z")
    }
    if entry.user.isEmpty {
      throw LedgerError.invalidEntry(field: "user", value: entry.user, expected: "a user name")
    }
    for (field, value) in [("period.from", entry.period.from), ("period.to", entry.period.to)] where value.isEmpty {
      throw LedgerError.invalidEntry(field: field, value: value, expected: "a date")
    }
    let digests =
      [("plan.sha256", entry.plan.sha256), ("output_sha256", entry.outputSHA256)]
      + entry.inputs.map { ("inputs[\($0.path)].sha256", $0.sha256) }
    for (field, value) in digests where !isHexDigest(value) {
      throw LedgerError.invalidEntry(field: field, value: value, expected: "a SHA-256 in 64 lower-case hex digits")
    }
  }

  private static func isHexDigest(_ text: String) -> Bool {
    text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
  }

  /// `YYYY-MM-DDTHH:MM:SSZ`, checked by shape (digits and separators) only.
  private static func isTimestamp(_ text: String) -> Bool {
    let pattern = Array("dddd-dd-ddTdd:dd:ddZ".utf8)
    let bytes = Array(text.utf8)
    guard bytes.count == pattern.count else { return false }
    return zip(bytes, pattern).allSatisfy { byte, expected in
      expected == UInt8(ascii: "d") ? (0x30...0x39).contains(byte) : byte == expected
    }
  }
}
