import Foundation
import Testing

@testable import IncentiveKit

@Suite("Ledger entries and the tool version")
struct LedgerVersionTests {
  @Test("an entry written before entries named the version still verifies and reads back without one")
  func olderEntry() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("incentive-ledger-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("ledger.jsonl").path
    // Written by hand in the format before issue 16; the hash is Python hashlib's SHA-256 of the line
    // without its hash member.
    let a = String(repeating: "a", count: 64)
    let d = String(repeating: "d", count: 64)
    let zero = String(repeating: "0", count: 64)
    let line =
      #"{"seq":1,"kind":"calculate","time":"2026-11-25T10:00:00Z","user":"ana","reason":null,"#
      + #""period":{"from":"2026-07-01","to":"2026-09-30"},"plan":{"path":"plan.json","sha256":"\#(a)"},"#
      + #""inputs":[],"output_sha256":"\#(d)","payouts":{"e1":"2800.00"},"changes":[],"prev":"\#(zero)","#
      + #""hash":"HASH"}"#
    try (line.replacingOccurrences(of: "HASH", with: Self.oldHash) + "\n").write(
      toFile: path, atomically: true, encoding: .utf8)
    let ledger = Ledger(path: path)
    #expect(try ledger.verify() == .intact(count: 1))
    #expect(try ledger.entries().first?.toolVersion == nil)
    // A new entry names this build.
    let appended = try ledger.append(
      LedgerEntry(
        kind: .calculate, time: "2026-11-26T10:00:00Z", user: "ana", reason: "rerun",
        period: .init(from: "2026-07-01", to: "2026-09-30"), plan: .init(path: "plan.json", sha256: a), inputs: [],
        outputSHA256: d, payouts: ["e1": "2800.00"]))
    #expect(appended.toolVersion == ToolVersion.current)
    #expect(try ledger.verify() == .intact(count: 2))
  }

  static let oldHash = "601c5a1192f6907350912ba28597609708003519edd497aefa8422dd8df7a962"
}
