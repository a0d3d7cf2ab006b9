import Foundation
import Testing

@testable import IncentiveKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Kills writers with SIGKILL mid-way and checks that the destination still holds complete contents.
///
/// Swift cannot `fork` safely, so the writers are separate processes: a shell script following the
/// temp-file-and-rename protocol, and this test bundle itself re-run with a filter that selects only
/// `crashChildWriter` (enabled by an environment variable), so the real `AtomicFile` code is killed.
///
/// Cleanup: a killed writer leaves `.<name>.incentive-tmp-<pid>-<random>` next to the destination (it
/// never gets to run its own cleanup). The tests check that it is so named, that the destination is
/// untouched, and that `AtomicFile.removeStaleTemporaries(for:)` (run by every later write) removes it.
@Suite("AtomicFile crash safety")
struct AtomicFileCrashTests {
  static let environment = ProcessInfo.processInfo.environment
  /// Set only in a child: where to write.
  static let childDestination = environment["INCENTIVE_CRASH_DESTINATION"]
  /// Set only in a child: a stage name to stop at, or "loop" to rewrite the file until killed.
  static let childPlan = environment["INCENTIVE_CRASH_PLAN"] ?? ""
  /// Set only in a child: the file to create once the child has reached the point to be killed at.
  static let childMarker = environment["INCENTIVE_CRASH_MARKER"] ?? ""

  /// Whether this process is a test bundle that can be started again (a `swift test` run on Linux).
  static let canRerunBundle =
    childDestination == nil && CommandLine.arguments[0].hasSuffix(".xctest")
    && FileManager.default.isExecutableFile(atPath: CommandLine.arguments[0])

  static let oldContents = Array("engineer_id,payout\ne1,2500.00\n".utf8)
  static let loopSize = 4 << 20

  @Test("a shell writer killed mid-write leaves the old file and only a clearly named temporary file")
  func killedShellWriter() throws {
    try GovernanceFixtures.withScratchDirectory { directory in
      let path = directory + "/report.csv"
      try GovernanceFixtures.writeBytes(Self.oldContents, to: path)
      // The same protocol as AtomicFile: write a temporary file named after destination and pid, slowly,
      // then rename it over the destination.
      let script = """
        tmp="$1/.report.csv.incentive-tmp-$$-5eed"
        printf 'engineer_id,payout\\n' > "$tmp"
        i=0
        while [ $i -lt 600 ]; do printf 'e%d,1000.00\\n' $i >> "$tmp"; i=$((i+1)); sleep 0.05; done
        mv "$tmp" "$1/report.csv"
        """
      let writer = Process()
      writer.executableURL = URL(fileURLWithPath: "/bin/sh")
      writer.arguments = ["-c", script, "writer", directory]
      try writer.run()
      let temporary = directory + "/" + AtomicFile.temporaryPrefix(for: path) + "\(writer.processIdentifier)-5eed"
      try Self.waitUntil("the writer has written part of its temporary file", process: writer) {
        ((try? GovernanceFixtures.readBytes(temporary))?.count ?? 0) > 60
      }
      kill(writer.processIdentifier, SIGKILL)
      writer.waitUntilExit()

      #expect(try GovernanceFixtures.readBytes(path) == Self.oldContents)
      #expect(FileManager.default.fileExists(atPath: temporary))
      AtomicFile.removeStaleTemporaries(for: path)
      #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["report.csv"])
    }
  }

  @Test(
    "AtomicFile killed at each stage of a write leaves the old file intact",
    .enabled(if: canRerunBundle, "needs to re-run the test bundle as a child process"),
    arguments: AtomicFile.Stage.allCases)
  func killedAtStage(_ stage: AtomicFile.Stage) throws {
    try GovernanceFixtures.withScratchDirectory { directory in
      let path = directory + "/report.csv"
      try GovernanceFixtures.writeBytes(Self.oldContents, to: path)
      let child = try Self.startChild(destination: path, plan: "\(stage)", markerDirectory: directory + "-marker")
      kill(child.processIdentifier, SIGKILL)
      child.waitUntilExit()

      #expect(try GovernanceFixtures.readBytes(path) == Self.oldContents)
      let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0 != "report.csv" }
      #expect(leftovers.count == 1)
      let prefix = AtomicFile.temporaryPrefix(for: path) + "\(child.processIdentifier)-"
      #expect(leftovers.allSatisfy { $0.hasPrefix(prefix) }, "temporary files: \(leftovers)")
      for leftover in leftovers { #expect(GovernanceFixtures.mode(of: directory + "/" + leftover) & 0o077 == 0) }

      let replacement = Array("engineer_id,payout\ne1,2600.00\n".utf8)
      try AtomicFile.write(replacement, to: path, mode: 0o600)
      #expect(try GovernanceFixtures.readBytes(path) == replacement)
      #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["report.csv"])
    }
  }

  @Test(
    "AtomicFile killed at random moments while rewriting a 4 MiB file never leaves a mixed or short file",
    .enabled(if: canRerunBundle, "needs to re-run the test bundle as a child process"))
  func killedAtRandomMoments() throws {
    try GovernanceFixtures.withScratchDirectory { directory in
      let path = directory + "/report.csv"
      for attempt in 0..<4 {
        let child = try Self.startChild(
          destination: path, plan: "loop", markerDirectory: directory + "-marker-\(attempt)")
        usleep(UInt32.random(in: 20_000...250_000))
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()

        let contents = try GovernanceFixtures.readBytes(path)
        #expect(contents.count == Self.loopSize)
        #expect(contents.allSatisfy { $0 == contents.first }, "the file mixes two versions")
        AtomicFile.removeStaleTemporaries(for: path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["report.csv"])
      }
    }
  }

  /// The writer run in the child process; does nothing in a normal test run.
  @Test(.enabled(if: childDestination != nil, "runs only as the child of a crash-safety test"))
  func crashChildWriter() throws {
    let destination = Self.childDestination!
    if Self.childPlan == "loop" {
      var round = 0
      while true {
        let fill = round % 2 == 0 ? UInt8(ascii: "A") : UInt8(ascii: "B")
        try AtomicFile.write([UInt8](repeating: fill, count: Self.loopSize), to: destination, mode: 0o600)
        if round == 0 { _ = FileManager.default.createFile(atPath: Self.childMarker, contents: nil) }
        round += 1
      }
    }
    let contents = Array("engineer_id,payout\ne1,9999.00\n".utf8)
    try AtomicFile.write(contents, to: destination, mode: 0o600) { stage in
      guard "\(stage)" == Self.childPlan else { return }
      _ = FileManager.default.createFile(atPath: Self.childMarker, contents: nil)
      sleep(120)
    }
  }

  /// Starts this test bundle again running only `crashChildWriter`, and returns once the child has
  /// reached the point to be killed at.
  static func startChild(destination: String, plan: String, markerDirectory: String) throws -> Process {
    try FileManager.default.createDirectory(atPath: markerDirectory, withIntermediateDirectories: true)
    let marker = markerDirectory + "/ready"
    let child = Process()
    child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    child.arguments = ["--testing-library", "swift-testing", "--filter", "crashChildWriter"]
    child.environment = environment.merging(
      [
        "INCENTIVE_CRASH_DESTINATION": destination, "INCENTIVE_CRASH_PLAN": plan,
        "INCENTIVE_CRASH_MARKER": marker,
      ],
      uniquingKeysWith: { $1 })
    child.standardOutput = FileHandle.nullDevice
    child.standardError = FileHandle.nullDevice
    try child.run()
    do {
      try waitUntil("the child writer reached \(plan)", process: child) {
        FileManager.default.fileExists(atPath: marker)
      }
    } catch {
      kill(child.processIdentifier, SIGKILL)
      child.waitUntilExit()
      throw error
    }
    try? FileManager.default.removeItem(atPath: markerDirectory)
    return child
  }

  /// Polls `condition` every 5 ms for up to 60 s; fails early when `process` exits first.
  static func waitUntil(_ what: String, process: Process, _ condition: () -> Bool) throws {
    let deadline = Date().addingTimeInterval(60)
    while !condition() {
      if !process.isRunning {
        throw ChildFailure(description: "\(what): the child exited with status \(process.terminationStatus)")
      }
      if Date() > deadline { throw ChildFailure(description: "\(what): timed out after 60 s") }
      usleep(5_000)
    }
  }
}

/// A child process did not reach the state a crash-safety test needs.
private struct ChildFailure: Error, CustomStringConvertible {
  let description: String
}
