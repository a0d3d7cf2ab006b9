import Foundation
import Testing

@_spi(Synthetic) @testable import IncentiveKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A failure injected between two stages of an atomic write.
private struct InjectedFailure: Error {}

@Suite("AtomicFile")
struct AtomicFileTests {
  static let oldContents = Array("engineer_id,payout\ne1,2500.00\n".utf8)
  static let newContents = Array("engineer_id,payout\ne1,2800.00\ne2,1500.50\n".utf8)

  @Test("writes the contents with exactly the requested mode, whatever the umask")
  func writesContentsAndMode() throws {
    try GovernanceFixtures.withScratchDirectory { directory in
      let path = directory + "/report.csv"
      try AtomicFile.write(Self.newContents, to: path, mode: 0o600)
      #expect(try GovernanceFixtures.readBytes(path) == Self.newContents)
      #expect(GovernanceFixtures.mode(of: path) == 0o600)

      try AtomicFile.write(Self.oldContents, to: path, mode: 0o644)
      #expect(try GovernanceFixtures.readBytes(path) == Self.oldContents)
      #expect(GovernanceFixtures.mode(of: path) == 0o644)
      #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["report.csv"])
    }
  }

  @Test("a file larger than the writeback step is written whole, in pieces of every size")
  func writesALargeFileThroughTheWritebackHint() throws {
    try GovernanceFixtures.withScratchDirectory { directory in
      let path = directory + "/payouts.json"
      // 10 MB in pieces of 1 byte to 3 MB (the writer flushes at 1 MB and asks for writeback every 8 MB): each
      // byte is its offset's low byte times 7, so a piece lost, repeated or reordered changes the file.
      var expected: [UInt8] = []
      let writer = try AtomicFileWriter(path: path, mode: 0o600)
      var size = 1
      while expected.count < 10 << 20 {
        let piece = (expected.count..<expected.count + size).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        try writer.write(piece)
        expected += piece
        size = size >= 3 << 20 ? 1 : size * 5 + 3
        // Nothing is asked of the disk before 8 MB are handed over; from then on, what has been.
        #expect(writer.writebackStarted == 0 || writer.writebackStarted >= 8 << 20)
      }
      // The flushes passed 8 MB once: writeback was asked for everything handed over by then, and no more since.
      #expect(writer.writebackStarted >= 8 << 20 && writer.writebackStarted <= expected.count)
      try writer.commit()
      let written = try GovernanceFixtures.readBytes(path)
      #expect(written.count == expected.count)
      #expect(written == expected)
      #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["payouts.json"])
    }
  }

  @Test("replacing a world-readable file leaves it 0600")
  func replacesWithPrivateMode() throws {
    try GovernanceFixtures.withScratchDirectory { directory in
      let path = directory + "/statement.json"
      try GovernanceFixtures.writeBytes(Self.oldContents, to: path)
      chmod(path, 0o644)
      try AtomicFile.write(Self.newContents, to: path, mode: 0o600)
      #expect(try GovernanceFixtures.readBytes(path) == Self.newContents)
      #expect(GovernanceFixtures.mode(of: path) == 0o600)
    }
  }

  @Test("a missing directory is reported with the path and the OS reason")
  func missingDirectory() throws {
    try GovernanceFixtures.withScratchDirectory { directory in
      let path = directory + "/no-such-dir/report.csv"
      #expect(throws: OutputError.cannotCreate(path: path, reason: "No such file or directory")) {
        try AtomicFile.write(Self.newContents, to: path, mode: 0o600)
      }
    }
  }

  @Test("a named pipe or a device is refused before anything is written, and stays what it was")
  func specialFilesAreRefused() throws {
    try GovernanceFixtures.withScratchDirectory { directory in
      let pipe = directory + "/payouts.csv"
      #expect(mkfifo(pipe, 0o600) == 0)
      #expect(throws: OutputError.notRegularFile(path: pipe, kind: "a named pipe")) {
        try AtomicFile.write(Self.newContents, to: pipe, mode: 0o600)
      }
      #expect(throws: OutputError.notRegularFile(path: pipe, kind: "a named pipe")) {
        _ = try AtomicFileWriter(path: pipe, mode: 0o600)
      }
      var status = stat()
      #expect(stat(pipe, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
      let names = try FileManager.default.contentsOfDirectory(atPath: directory)
      #expect(names == ["payouts.csv"])
    }
    #expect(throws: OutputError.notRegularFile(path: "/dev/null", kind: "a device")) {
      _ = try AtomicFileWriter(path: "/dev/null", mode: 0o600)
    }
  }

  @Test("a failed rename (destination is a directory) removes the temporary file and leaves the destination")
  func failedRename() throws {
    try GovernanceFixtures.withScratchDirectory { directory in
      let path = directory + "/report.csv"
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
      #expect(throws: OutputError.cannotReplace(path: path, reason: "Is a directory")) {
        try AtomicFile.write(Self.newContents, to: path, mode: 0o600)
      }
      #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["report.csv"])
    }
  }

  @Test(
    "a failure at any stage before the rename leaves the old file intact and no temporary file",
    arguments: AtomicFile.Stage.allCases)
  func failureAtStage(_ stage: AtomicFile.Stage) throws {
    try GovernanceFixtures.withScratchDirectory { directory in
      let path = directory + "/report.csv"
      try GovernanceFixtures.writeBytes(Self.oldContents, to: path)
      #expect(throws: InjectedFailure.self) {
        try AtomicFile.write(Self.newContents, to: path, mode: 0o600) { reached in
          if reached == stage { throw InjectedFailure() }
        }
      }
      #expect(try GovernanceFixtures.readBytes(path) == Self.oldContents)
      #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["report.csv"])
    }
  }

  @Test("stale temporary files of dead writers are removed, those of live writers kept")
  func staleTemporaries() throws {
    try GovernanceFixtures.withScratchDirectory { directory in
      let path = directory + "/report.csv"
      let prefix = directory + "/" + AtomicFile.temporaryPrefix(for: path)
      let live = prefix + "\(getpid())-1a2b"
      let dead = prefix + "\(try Self.deadProcessID())-3c4d"
      let unrelated = directory + "/.other.csv.incentive-tmp-1-5e6f"
      for file in [live, dead, unrelated] { try GovernanceFixtures.writeBytes([0x78], to: file) }

      AtomicFile.removeStaleTemporaries(for: path)
      let remaining = Set(try FileManager.default.contentsOfDirectory(atPath: directory))
      #expect(remaining == [String(live.split(separator: "/").last!), ".other.csv.incentive-tmp-1-5e6f"])
    }
  }

  /// The id of a process that has certainly exited: a child that was started and waited for.
  static func deadProcessID() throws -> Int32 {
    let child = Process()
    child.executableURL = URL(fileURLWithPath: "/bin/sh")
    child.arguments = ["-c", "exit 0"]
    try child.run()
    child.waitUntilExit()
    return child.processIdentifier
  }
}
