import Foundation
@testable import IncentiveKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Shared scaffolding for the Governance tests: scratch directories, raw file access and sample entries.
enum GovernanceFixtures {
  /// Runs `body` with a new empty directory that is removed afterwards, whatever happens.
  static func withScratchDirectory(_ body: (String) throws -> Void) throws {
    let base = NSTemporaryDirectory().hasSuffix("/") ? NSTemporaryDirectory() : NSTemporaryDirectory() + "/"
    var template = Array((base + "incentive-governance-XXXXXX").utf8CString)
    guard let created = mkdtemp(&template) else { throw POSIXError(.EIO) }
    let directory = String(cString: created)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try body(directory)
  }

  static func readBytes(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  static func writeBytes(_ bytes: [UInt8], to path: String) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }

  /// The permission bits of a file (e.g. 0o600).
  static func mode(of path: String) -> mode_t {
    var status = stat()
    guard stat(path, &status) == 0 else { return 0 }
    return status.st_mode & 0o7777
  }

  static let periodQ3 = LedgerEntry.Period(from: "2026-07-01", to: "2026-09-30")
  static let periodQ4 = LedgerEntry.Period(from: "2026-10-01", to: "2026-12-31")

  /// A digest-shaped value that differs per `seed`, standing in for a real file's SHA-256.
  static func digest(_ seed: String) -> String {
    SHA256.hexDigest(Array(seed.utf8))
  }

  /// An entry as the `calculate` command would build it, before `Ledger.append` fills in the chain.
  static func entry(
    _ kind: LedgerEntry.Kind = .calculate, period: LedgerEntry.Period = periodQ3, minute: Int = 0,
    reason: String? = nil, payouts: [String: String] = ["e1": "2800.00", "e2": "1500.50"]
  ) -> LedgerEntry {
    let minuteText = minute < 10 ? "0\(minute)" : "\(minute)"
    return LedgerEntry(
      kind: kind, time: "2026-11-25T10:\(minuteText):00Z", user: "ana", reason: reason, period: period,
      plan: .init(path: "plan.json", sha256: digest("plan")),
      inputs: [
        .init(path: "data/incidents.csv", sha256: digest("incidents")),
        .init(path: "data/deployments.csv", sha256: digest("deployments")),
      ],
      outputSHA256: digest("output \(minute)"), payouts: payouts)
  }
}
