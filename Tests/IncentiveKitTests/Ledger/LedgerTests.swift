import Foundation
@testable import IncentiveKit
import Testing

@Suite("Ledger")
struct LedgerTests {
  typealias Fixtures = GovernanceFixtures

  @Test("an entry is written as one compact JSON line in the documented key order, hash included")
  func goldenLine() throws {
    try Fixtures.withScratchDirectory { directory in
      let ledger = Ledger(path: directory + "/ledger.jsonl")
      let entry = LedgerEntry(
        kind: .calculate, time: "2026-11-25T10:00:00Z", user: "ana", reason: "rerun after \"fix\"\n\u{1} ✓",
        period: Fixtures.periodQ3, plan: .init(path: "plan.json", sha256: String(repeating: "a", count: 64)),
        inputs: [
          .init(path: "data/b.csv", sha256: String(repeating: "b", count: 64)),
          .init(path: "data/a.csv", sha256: String(repeating: "c", count: 64)),
        ],
        outputSHA256: String(repeating: "d", count: 64), payouts: ["e2": "1500.50", "e1": "2800.00"])
      let written = try ledger.append(entry)

      // Written out by hand; the hash was computed over this text without the hash member by Python's hashlib.
      let expected =
        #"{"seq":1,"kind":"calculate","time":"2026-11-25T10:00:00Z","user":"ana","#
        + #""reason":"rerun after \"fix\"\n\u0001 ✓","period":{"from":"2026-07-01","to":"2026-09-30"},"#
        + #""plan":{"path":"plan.json","sha256":"\#(String(repeating: "a", count: 64))"},"#
        + #""inputs":[{"path":"data/a.csv","sha256":"\#(String(repeating: "c", count: 64))"},"#
        + #"{"path":"data/b.csv","sha256":"\#(String(repeating: "b", count: 64))"}],"#
        + #""output_sha256":"\#(String(repeating: "d", count: 64))","#
        + #""payouts":{"e1":"2800.00","e2":"1500.50"},"changes":[],"#
        + #""prev":"\#(String(repeating: "0", count: 64))","#
        + #""hash":"99d70d8bbad8c403a5799bfb94f9fc8eafacbeb305b0def7043c22d00b216f42"}"#
        + "\n"
      #expect(String(decoding: try Fixtures.readBytes(ledger.path), as: UTF8.self) == expected)
      #expect(written.seq == 1)
      #expect(written.hash == "99d70d8bbad8c403a5799bfb94f9fc8eafacbeb305b0def7043c22d00b216f42")
      #expect(written.inputs.map(\.path) == ["data/a.csv", "data/b.csv"])
      #expect(try ledger.entries() == [written])
      #expect(Fixtures.mode(of: ledger.path) == 0o600)
    }
  }

  @Test("three appends chain by prev and verify intact; entries read back equal what was written")
  func threeAppends() throws {
    try Fixtures.withScratchDirectory { directory in
      let ledger = Ledger(path: directory + "/ledger.jsonl")
      var written: [LedgerEntry] = []
      for minute in 0..<3 {
        written.append(try ledger.append(Fixtures.entry(minute: minute)))
      }
      #expect(try ledger.verify() == .intact(count: 3))
      #expect(written.map(\.seq) == [1, 2, 3])
      #expect(try ledger.entries() == written)

      let lines = try Fixtures.readBytes(ledger.path).split(separator: 0x0A).map(Array.init)
      #expect(lines.count == 3)
      #expect(written[0].prev == String(repeating: "0", count: 64))
      #expect(written[1].prev == SHA256.hexDigest(lines[0]))
      #expect(written[2].prev == SHA256.hexDigest(lines[1]))
    }
  }

  @Test("a ledger that does not exist has no entries, but verifying it is an error")
  func missingLedger() throws {
    try Fixtures.withScratchDirectory { directory in
      let ledger = Ledger(path: directory + "/ledger.jsonl")
      let entries = try ledger.entries()
      let closing = try ledger.closingEntry(for: Fixtures.periodQ3)
      #expect(entries.isEmpty)
      #expect(closing == nil)
      #expect(throws: LedgerError.unreadable(path: ledger.path, reason: "No such file or directory")) {
        try ledger.verify()
      }
    }
  }

  @Test("an empty ledger file verifies as intact with no entries")
  func emptyLedger() throws {
    try Fixtures.withScratchDirectory { directory in
      let ledger = Ledger(path: directory + "/ledger.jsonl")
      try Fixtures.writeBytes([], to: ledger.path)
      #expect(try ledger.verify() == .intact(count: 0))
    }
  }

  @Test("after close, recalculating the period needs a reason and records the payouts that changed")
  func closedPeriod() throws {
    try Fixtures.withScratchDirectory { directory in
      let ledger = Ledger(path: directory + "/ledger.jsonl")
      try ledger.append(Fixtures.entry(minute: 0))
      let closing = try ledger.append(
        Fixtures.entry(.close, minute: 1, payouts: ["e1": "2800.00", "e2": "1500.50", "e4": "900.00"]))
      #expect(closing.changes.isEmpty)
      #expect(try ledger.closingEntry(for: Fixtures.periodQ3) == closing)
      #expect(try ledger.closingEntry(for: Fixtures.periodQ4) == nil)

      let rerun = ["e1": "2950.00", "e2": "1500.50", "e3": "700.00"]
      for reason in [nil, "", "  \n"] as [String?] {
        #expect(throws: LedgerError.reasonRequired(path: ledger.path, period: Fixtures.periodQ3.description, closedAtLine: 2)) {
          try ledger.append(Fixtures.entry(minute: 2, reason: reason, payouts: rerun))
        }
      }
      #expect(try ledger.entries().count == 2, "a refused run must not be recorded")

      let recalculated = try ledger.append(Fixtures.entry(minute: 2, reason: "late incident data", payouts: rerun))
      #expect(
        recalculated.changes == [
          .init(engineerID: "e1", before: "2800.00", after: "2950.00"),
          .init(engineerID: "e3", before: nil, after: "700.00"),
          .init(engineerID: "e4", before: "900.00", after: nil),
        ])
      let stored = try ledger.entries()
      #expect(stored.last == recalculated)
      #expect(stored.last?.reason == "late incident data")

      // Another period is not affected by the close.
      let otherPeriod = try ledger.append(Fixtures.entry(period: Fixtures.periodQ4, minute: 3))
      #expect(otherPeriod.changes.isEmpty)
      #expect(try ledger.history(period: Fixtures.periodQ3).map(\.seq) == [1, 2, 3])
      #expect(try ledger.history().count == 4)
      #expect(try ledger.verify() == .intact(count: 4))
    }
  }

  @Test("changes are compared against the latest close of the period")
  func latestClose() throws {
    try Fixtures.withScratchDirectory { directory in
      let ledger = Ledger(path: directory + "/ledger.jsonl")
      try ledger.append(Fixtures.entry(.close, minute: 0, payouts: ["e1": "100.00"]))
      let reclose = try ledger.append(
        Fixtures.entry(.close, minute: 1, reason: "correction", payouts: ["e1": "120.00"]))
      #expect(reclose.changes == [.init(engineerID: "e1", before: "100.00", after: "120.00")])
      let rerun = try ledger.append(Fixtures.entry(minute: 2, reason: "check", payouts: ["e1": "120.00"]))
      #expect(rerun.changes.isEmpty)
      #expect(try ledger.closingEntry(for: Fixtures.periodQ3)?.seq == 2)
    }
  }

  @Test("entries with a malformed time or digest are refused before anything is written")
  func invalidEntries() throws {
    try Fixtures.withScratchDirectory { directory in
      let ledger = Ledger(path: directory + "/ledger.jsonl")
      var badTime = Fixtures.entry()
      badTime.time = "2026-11-25 10:00"
      #expect(
        throws: LedgerError.invalidEntry(
          field: "time", value: "2026-11-25 10:00", expected: "UTC time like 2026-11-25T10:00:00Z")
      ) {
        try ledger.append(badTime)
      }
      var badDigest = Fixtures.entry()
      badDigest.plan.sha256 = String(repeating: "A", count: 64)
      #expect(throws: LedgerError.self) { try ledger.append(badDigest) }
      #expect(!FileManager.default.fileExists(atPath: ledger.path))
    }
  }

  @Test("two threads appending 50 entries each at once give 100 intact lines")
  func concurrentAppends() throws {
    try Fixtures.withScratchDirectory { directory in
      let path = directory + "/ledger.jsonl"
      let failures = FailureLog()
      DispatchQueue.concurrentPerform(iterations: 2) { writer in
        let ledger = Ledger(path: path)  // each append opens its own descriptor, as a second process would
        for index in 0..<50 {
          do {
            try ledger.append(Fixtures.entry(minute: index, payouts: ["writer\(writer)": "\(index).00"]))
          } catch {
            failures.record("\(error)")
          }
        }
      }
      #expect(failures.messages.first == nil)
      let ledger = Ledger(path: path)
      #expect(try ledger.verify() == .intact(count: 100))
      let entries = try ledger.entries()
      #expect(entries.map(\.seq) == Array(1...100))
      for writer in 0..<2 {
        let payouts = entries.compactMap { $0.payouts["writer\(writer)"] }
        #expect(payouts == (0..<50).map { "\($0).00" })
      }
    }
  }

  @Test("the user comes from USER, then LOGNAME, then the account database")
  func currentUser() {
    #expect(Ledger.currentUser(environment: ["USER": "ana", "LOGNAME": "bob"]) == "ana")
    #expect(Ledger.currentUser(environment: ["USER": "", "LOGNAME": "bob"]) == "bob")
    #expect(!Ledger.currentUser(environment: [:]).isEmpty)
  }

  @Test("timestamps are ISO 8601 UTC to the second")
  func timestamps() {
    #expect(LedgerEntry.timestamp(for: Date(timeIntervalSince1970: 1_795_600_800)) == "2026-11-25T10:00:00Z")
    #expect(LedgerEntry.timestamp(for: Date(timeIntervalSince1970: 915_246_245.75)) == "1999-01-02T03:04:05Z")
  }
}

/// Errors raised on worker threads, collected for the test to check.
private final class FailureLog: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [String] = []

  func record(_ message: String) { lock.withLock { stored.append(message) } }
  var messages: [String] { lock.withLock { stored } }
}
