import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One line of the ledger: a record that a run computed (or closed) a period's payouts from exactly
/// these files, by this person, for this reason.
///
/// On disk it is one compact JSON object with keys in this order: `seq`, `kind`, `time`, `user`,
/// `reason`, `period`, `plan`, `inputs`, `output_sha256`, `payouts`, `changes`, `prev`, `hash`.
/// `payouts` is kept so a later run can say which payouts moved against the closing run.
struct LedgerEntry: Equatable, Sendable {
  /// What the run did.
  enum Kind: String, Equatable, Sendable {
    /// `incentive calculate ... --ledger FILE`: payouts were computed.
    case calculate
    /// `incentive close ... --ledger FILE`: the payouts were computed and the period declared final.
    case close
    /// `incentive ledger repair FILE`: an incomplete final line (an append cut short) was removed;
    /// `removed` says what. The run fields (period, plan, inputs, output, payouts) are empty.
    case repair
  }

  /// What a `repair` entry removed: the torn last line's place, size and SHA-256, and where its bytes
  /// were saved, so the repair can be checked against the saved file later.
  struct RemovedLine: Equatable, Sendable {
    /// The line number the incomplete line had (the repair entry takes its place).
    var line: Int
    /// Bytes removed.
    var bytes: Int
    /// Lower-case hex SHA-256 of the removed bytes.
    var sha256: String
    /// The file the removed bytes were saved to (`FILE.incomplete-LINE-HASH`).
    var savedAs: String

    init(line: Int, bytes: Int, sha256: String, savedAs: String) {
      self.line = line
      self.bytes = bytes
      self.sha256 = sha256
      self.savedAs = savedAs
    }
  }

  /// How an entry's own digest is made: a plain SHA-256 (`"hash"`), which anyone can recompute, or
  /// an HMAC-SHA-256 under the ledger's key (`"hmac"`), which needs the key.
  enum Seal: String, Equatable, Sendable {
    case sha256 = "hash"
    case hmacSHA256 = "hmac"
  }

  /// The inclusive date range of the run, as the dates appear in the JSON output (`2026-07-01`).
  struct Period: Hashable, Sendable, CustomStringConvertible {
    var from: String
    var to: String

    init(from: String, to: String) {
      self.from = from
      self.to = to
    }

    var description: String { "\(from)..\(to)" }
  }

  /// A file the run read or wrote, identified by its SHA-256 so a later change to it shows.
  struct FileDigest: Equatable, Sendable {
    var path: String
    /// Lower-case hex, 64 characters.
    var sha256: String

    init(path: String, sha256: String) {
      self.path = path
      self.sha256 = sha256
    }
  }

  /// One engineer whose payout differs from the closing run's; `nil` means the engineer had no payout
  /// in that run (added or dropped since).
  struct PayoutChange: Equatable, Sendable {
    /// `E04 6128.56 → 6164.40`, `—` for a side where the person was not paid.
    var summary: String { "\(engineerID) \(before ?? "—") → \(after ?? "—")" }

    var engineerID: String
    var before: String?
    var after: String?

    init(engineerID: String, before: String?, after: String?) {
      self.engineerID = engineerID
      self.before = before
      self.after = after
    }
  }

  /// 1-based position in the ledger; equal to the line number. Filled by `Ledger.append`.
  var seq: Int
  var kind: Kind
  /// UTC, seconds precision: `2026-11-25T10:00:00Z` (see `timestamp(for:)`).
  var time: String
  /// The `incentive` version that made the entry (`ToolVersion.current`); nil in entries written
  /// by builds before the ledger recorded it.
  var toolVersion: String?
  var user: String
  /// Why the run was made; required once the period is closed.
  var reason: String?
  var period: Period
  var plan: FileDigest
  /// Written sorted by path (UTF-8 byte order), so the same set of inputs gives the same line.
  var inputs: [FileDigest]
  /// SHA-256 of the JSON output of the run (the machine contract of section 6).
  var outputSHA256: String
  /// Engineer id → payout as a decimal string (`"2800.00"`); compared as text against the closing run.
  var payouts: [String: String]
  /// Payouts that differ from the period's closing run. Filled by `Ledger.append`.
  var changes: [PayoutChange]
  /// Hex SHA-256 of the previous line's bytes (64 zeros for the first). Filled by `Ledger.append`.
  var prev: String
  /// Hex SHA-256 (or, sealed with a key, HMAC-SHA-256) of this entry's line without its last member.
  /// Filled by `Ledger.append`; the last entry's is the ledger's head (`incentive ledger head`).
  var hash: String
  /// Which digest `hash` is, written as the last member's name. Filled by `Ledger.append`.
  var seal: Seal = .sha256
  /// What a `repair` entry removed; nil for every other kind.
  var removed: RemovedLine? = nil

  /// An entry ready for `Ledger.append`, which fills `seq`, `changes`, `prev` and `hash`.
  init(
    kind: Kind, time: String, user: String, reason: String?, period: Period, plan: FileDigest,
    inputs: [FileDigest], outputSHA256: String, payouts: [String: String]
  ) {
    self.seq = 0
    self.kind = kind
    self.time = time
    self.toolVersion = ToolVersion.current
    self.user = user
    self.reason = reason
    self.period = period
    self.plan = plan
    self.inputs = inputs
    self.outputSHA256 = outputSHA256
    self.payouts = payouts
    self.changes = []
    self.prev = ""
    self.hash = ""
  }

  /// A `repair` entry, ready for `Ledger.append`: it records `removed`, with no run fields.
  init(repairing removed: RemovedLine, time: String, user: String) {
    self.init(
      kind: .repair, time: time, user: user, reason: nil, period: Period(from: "", to: ""),
      plan: FileDigest(path: "", sha256: ""), inputs: [], outputSHA256: "", payouts: [:])
    self.removed = removed
  }

  /// The payouts in `after` that differ from `before`, including engineers present in only one of
  /// them, sorted by engineer id. Payouts are compared as text, so callers must format them the same
  /// way every run (the JSON output's decimal strings do).
  static func payoutChanges(before: [String: String], after: [String: String]) -> [PayoutChange] {
    var changes: [PayoutChange] = []
    for engineerID in Set(before.keys).union(after.keys) where before[engineerID] != after[engineerID] {
      changes.append(PayoutChange(engineerID: engineerID, before: before[engineerID], after: after[engineerID]))
    }
    return changes.sortedInByteOrder(of: \.engineerID)
  }

  /// The ledger's time format for `date`: ISO 8601 in UTC to the second, e.g. `2026-11-25T10:00:00Z`.
  static func timestamp(for date: Date) -> String {
    var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
    var parts = tm()
    gmtime_r(&seconds, &parts)
    func pad(_ value: Int32, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return pad(parts.tm_year + 1900, 4) + "-" + pad(parts.tm_mon + 1, 2) + "-" + pad(parts.tm_mday, 2) + "T"
      + pad(parts.tm_hour, 2) + ":" + pad(parts.tm_min, 2) + ":" + pad(parts.tm_sec, 2) + "Z"
  }
}
