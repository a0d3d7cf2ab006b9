import Foundation
import Testing

/// Issue 13, item 6, for every command that pays: the plan's policy findings (here a missing rationale) are a
/// warning on stderr and the command still pays; `--strict` refuses it (exit 2) before any output. All of them go
/// through one library function (`RunOptions.loadForPaying`).
@Suite("Every paying command warns about the plan's policy, and stops on it only with --strict")
struct PayingCommandsPolicyTests {
  /// Each paying command on the dataset `$D` (acme without its rationale), `$P` standing for its plan.
  static let commands: [[String]] = [
    ["calculate", "$D"],
    ["explain", "$D", "--engineer", "E07"],
    ["statement", "$D", "--engineer", "E07"],
    ["check", "$D", "--expected", "$D/expected.json"],
    ["diff", "$D", "--against", "$P"],
    ["close", "$D", "--ledger", "$D/ledger.jsonl"],
    ["sensitivity", "$D", "--engineer", "E07"],
    ["audit", "bias", "$D", "--attribute", "gender"],
  ]

  static func acmeWithoutRationale() throws -> URL {
    let folder = try CLIRunner.copyFixture("acme")
    let url = folder.appendingPathComponent("plan.json")
    let text = try String(contentsOf: url, encoding: .utf8)
    try text.components(separatedBy: "\n").filter { !$0.hasPrefix("  \"rationale\": ") }.joined(separator: "\n")
      .write(to: url, atomically: true, encoding: .utf8)
    return folder
  }

  static func arguments(_ command: [String], _ folder: URL) -> [String] {
    command.map {
      $0.replacingOccurrences(of: "$P", with: folder.path + "/plan.json").replacingOccurrences(
        of: "$D", with: folder.path)
    }
  }

  @Test("a policy finding is a warning, and the command pays", arguments: commands)
  func warns(_ command: [String]) throws {
    let folder = try Self.acmeWithoutRationale()
    let result = try CLIRunner.run(Self.arguments(command, folder))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stdout.isEmpty || command[0] == "close")
    #expect(
      result.stderr.hasPrefix(
        "warning: \(folder.path)/plan.json: rationale: missing: write why this plan pays what it pays (and why each "
          + "change since the last version), so the plan can be defended if challenged\n"), "\(result.stderr)")
  }

  /// A roster header that holds `currency` and more (`currency_code`) with no `currency` column pays everyone in the
  /// plan currency: every paying command says so, `sensitivity` too (it warns only before paying).
  @Test("a header that may hold a column the file lacks is a warning on every paying command", arguments: commands)
  func unreadColumn(_ command: [String]) throws {
    let folder = try CLIRunner.copyFixture("acme")
    let url = folder.appendingPathComponent("roster.csv")
    let text = try String(contentsOf: url, encoding: .utf8)
    try text.replacingOccurrences(of: ",currency\n", with: ",currency_code\n")
      .write(to: url, atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(Self.arguments(command, folder))
    #expect(result.status == 0, "\(result.stderr)")
    // Once: diff --against reads one dataset twice.
    #expect(
      result.stderr.components(
        separatedBy: "warning: \(folder.path)/roster.csv: column \"currency_code\" is not read, and the file has no "
          + "currency column"
      ).count == 2, "\(result.stderr)")
  }

  @Test("under --strict the same finding refuses the command before any output", arguments: commands)
  func strict(_ command: [String]) throws {
    let folder = try Self.acmeWithoutRationale()
    let result = try CLIRunner.run(Self.arguments(command, folder) + ["--strict"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "error: \(folder.path)/plan.json: rationale: missing: write why this plan pays what it pays (and why each "
        + "change since the last version), so the plan can be defended if challenged (--strict)\n")
    #expect(!FileManager.default.fileExists(atPath: folder.path + "/ledger.jsonl"))
  }
}
