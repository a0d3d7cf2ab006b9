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
  /// The key that seals entries with HMAC-SHA-256; nil for a plain SHA-256 chain.
  let key: LedgerKey?

  init(path: String, key: LedgerKey? = nil) {
    self.path = path
    self.key = key
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
    let chain = try checked(existing)
    let written = try write(entry, after: chain, to: descriptor, length: existing.count)
    if existing.isEmpty {
      // A new ledger's directory entry must reach the disk too; failing that only risks durability.
      try? POSIXIO.syncDirectory(POSIXIO.directory(of: path))
    }
    return written
  }

  /// Seals `entry` as the line after `chain` and writes it at the end of the file, which the caller
  /// has open as `descriptor` under the exclusive lock and which is `length` bytes long (the chain's).
  ///
  /// - Throws: `LedgerError.reasonRequired` for a run of a closed period without a reason,
  ///   `.cannotAppend` when the write fails (the file is cut back to `length`).
  func write(_ entry: LedgerEntry, after chain: LedgerChain, to descriptor: Int32, length: Int) throws -> LedgerEntry {
    var written = entry
    written.seq = chain.entries.count + 1
    written.prev = chain.head
    written.inputs.sort { $0.path.precedesInByteOrder($1.path) }
    written.changes = []
    if entry.kind != .repair, let closing = Self.closingEntry(for: entry.period, in: chain.entries) {
      guard let reason = entry.reason, !reason.allSatisfy(\.isWhitespace) else {
        throw LedgerError.reasonRequired(path: path, period: closing.period.description, closedAtLine: closing.seq)
      }
      written.changes = LedgerEntry.payoutChanges(before: closing.payouts, after: entry.payouts)
    }
    written.seal = key == nil ? .sha256 : .hmacSHA256
    let body = written.jsonLine(includingHash: false)
    written.hash = key.map { HMACSHA256.hexDigest(key: $0.bytes, body) } ?? SHA256.hexDigest(body)
    let line = written.jsonLine(includingHash: true) + [0x0A]

    do throws(POSIXFailure) {
      guard lseek(descriptor, 0, SEEK_END) >= 0 else { throw POSIXFailure.current() }
      try POSIXIO.writeAll(descriptor, line)
      guard fsync(descriptor) == 0 else { throw POSIXFailure.current() }
    } catch {
      // Leave no partial line behind: the lock is still ours, so the old length is still the end.
      _ = ftruncate(descriptor, off_t(length))
      throw LedgerError.cannotAppend(path: path, reason: error.text)
    }
    return written
  }

  /// Checks the whole chain and names the first bad line.
  ///
  /// - Throws: `LedgerError.unreadable` when the file does not exist or cannot be read: verifying a
  ///   ledger that is not there is a mistake in the command, not an intact ledger.
  func verify() throws -> LedgerVerification {
    guard let bytes = try read(missingIsEmpty: false) else { return .intact(count: 0) }
    let chain = LedgerChain(bytes: bytes, key: key)
    guard let failure = chain.failure else { return .intact(count: chain.entries.count) }
    switch failure.kind {
    case .tampered: return .broken(line: failure.line, reason: failure.reason)
    case .incompleteFinalLine: return .incomplete(line: failure.line, intact: chain.entries.count)
    case .keyRequired: throw LedgerError.keyRequired(path: path, line: failure.line)
    }
  }

  /// The last entry's `hash` (or `hmac`): 64 hex digits that pin the whole chain, for the user to keep
  /// somewhere the ledger's editors can't reach. Nil for an empty ledger.
  ///
  /// - Throws: `LedgerError.broken` for a damaged chain (its head means nothing).
  func head() throws -> String? {
    try entries().last?.hash
  }

  /// All entries, oldest first; none when the file does not exist yet (the first append creates it).
  ///
  /// - Throws: `LedgerError.broken` when verification fails, since entries of a damaged ledger cannot be
  ///   trusted to decide whether a period is closed.
  /// - Parameter missingIsEmpty: false where a missing file is an error (`ledger head`).
  func entries(missingIsEmpty: Bool = true) throws -> [LedgerEntry] {
    guard let bytes = try read(missingIsEmpty: missingIsEmpty) else { return [] }
    return try checked(bytes).entries
  }

  /// The chain of `bytes`, or the error that stops reading from or adding to it.
  private func checked(_ bytes: [UInt8]) throws(LedgerError) -> LedgerChain {
    let chain = LedgerChain(bytes: bytes, key: key)
    guard let failure = chain.failure else { return chain }
    if failure.kind == .keyRequired { throw .keyRequired(path: path, line: failure.line) }
    throw .broken(path: path, line: failure.line, reason: failure.reason)
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

  /// Who is running the tool, for the `user` field: the operating-system account of the effective
  /// user id (`alice`, or `uid 1000` when it has no name), which a user can't change by setting a
  /// variable. When `$USER` (else `$LOGNAME`) names someone else, it is kept beside the account as a
  /// claim only: `alice (USER=bob)`. What the field can't prove: a shared account, or root, records
  /// the account, not the person (docs/security.md).
  static func currentUser(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    let uid = geteuid()
    var account = "uid \(uid)"
    if let entry = getpwuid(uid), let name = entry.pointee.pw_name {
      let text = String(cString: name)
      if !text.isEmpty { account = text }
    }
    guard let claim = ["USER", "LOGNAME"].lazy.compactMap({ environment[$0] }).first(where: { !$0.isEmpty }),
      claim != account
    else { return account }
    return "\(account) (USER=\(claim))"
  }

  /// Refuses a ledger path that is a named pipe, a device or a directory: opened and read, a pipe without a writer
  /// made `ledger verify`, `head` and `history` wait for ever. Nothing when the path does not exist.
  func rejectSpecialFile() throws {
    do throws(InputError) {
      try RegularFile.check(path)
    } catch {
      guard case .notRegularFile(_, let kind) = error else { throw error }
      throw LedgerError.unreadable(path: path, reason: "it is \(kind), not a regular file; a ledger is a file")
    }
  }

  /// The file's bytes under a shared lock, or `nil` when it does not exist and that is allowed.
  private func read(missingIsEmpty: Bool) throws -> [UInt8]? {
    try rejectSpecialFile()
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
  static func validate(_ entry: LedgerEntry) throws {
    if !isTimestamp(entry.time) {
      throw LedgerError.invalidEntry(field: "time", value: entry.time, expected: "UTC time like 2026-11-25T10:00:00Z")
    }
    if entry.user.isEmpty {
      throw LedgerError.invalidEntry(field: "user", value: entry.user, expected: "a user name")
    }
    if let removed = entry.removed {
      guard isHexDigest(removed.sha256) else {
        throw LedgerError.invalidEntry(
          field: "removed.sha256", value: removed.sha256, expected: "a SHA-256 in 64 lower-case hex digits")
      }
      return
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
