import Foundation
import Testing

@Suite("demographics.csv never reaches any other command")
struct DemographicsIsolationTests {
  static let commands: [[String]] = [
    ["calculate"], ["calculate", "--format", "json"], ["calculate", "--format", "csv"], ["calculate", "--share"],
    ["calculate", "--share", "--format", "json"], ["explain", "--engineer", "E04"],
    ["statement", "--engineer", "E04"], ["statement", "--engineer", "E02", "--format", "json"],
    ["statement", "--engineer", "E07", "--format", "html"], ["statement", "--engineer", "E10", "--format", "markdown"],
    ["metrics"],
  ]

  static func outputs(of directory: URL) throws -> [CLIResult] {
    try commands.map { command in
      try CLIRunner.run([command[0], directory.path] + command.dropFirst())
    }
  }

  @Test("outputs are byte-identical with demographics.csv, without it, and with it unreadable garbage")
  func identical() throws {
    let directory = try CLIRunner.copyFixture("acme")
    defer { try? FileManager.default.removeItem(at: directory) }
    let demographics = directory.appendingPathComponent("demographics.csv")
    #expect(FileManager.default.fileExists(atPath: demographics.path))
    let with = try Self.outputs(of: directory)
    try FileManager.default.removeItem(at: demographics)
    let without = try Self.outputs(of: directory)
    // A file no reader could parse: any command that opened it would fail.
    try "engineer_id,gender\n\"unterminated\n".write(to: demographics, atomically: true, encoding: .utf8)
    let broken = try Self.outputs(of: directory)
    for (index, command) in Self.commands.enumerated() {
      #expect(with[index].status == 0, "\(command): \(with[index].stderr)")
      #expect(with[index].stdout == without[index].stdout, "\(command) differs without demographics.csv")
      #expect(with[index].stdout == broken[index].stdout, "\(command) differs with a broken demographics.csv")
      // calculate warns about acme's staging deployments; the broken file adds nothing to that.
      #expect(broken[index].status == 0 && broken[index].stderr == with[index].stderr, "\(command) read demographics.csv")
    }
    // And no demographic value appears: acme's gender, region_group and age_band values.
    for output in with {
      for value in ["female", "male", "americas", "emea", "apac", "20-29", "30-39", "40-49"] {
        #expect(!output.stdout.contains(value))
      }
    }
    // The broken file does stop the one command that reads it.
    let audit = try CLIRunner.run(["audit", "bias", directory.path, "--attribute", "gender"])
    #expect(audit.status == 2)
  }
}
