import Foundation
import Testing

/// `incentive init`: from nothing to a paid team. Every template validates and calculates on its
/// own skeleton, and the product-team payouts are worked out by hand below.
///
/// The skeleton for 2026-Q3 (92 days; example dates at 91 × p / 100 days after 2026-07-01):
///   E1 base 120,000, E2 base 110,000, both 10 % for the whole period:
///   targets 120,000 × 0.10 × 92/365 = 3,024.657… → 3,024.66 and 110,000 × 0.10 × 92/365 = 2,772.602… → 2,772.60.
@Suite("incentive init, end to end")
struct InitCommandTests {
  static let templates = ["product-team", "platform-team", "sre-oncall", "engineering-manager", "director"]

  static func scratch() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("incentive-init-" + UUID().uuidString)
  }

  static func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test(
    "each template validates with no finding and pays both example people on its own skeleton", arguments: templates)
  func template(name: String) throws {
    let directory = Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let created = try CLIRunner.run(["init", directory.path, "--template", name, "--period", "2026-Q3"])
    #expect(created.status == 0, "\(created.stderr)")
    #expect(
      created.stdout.hasPrefix("init: wrote 17 files to \(directory.path) (template \(name), period 2026-Q3, USD)"))
    let plan = directory.appendingPathComponent("plan.json").path
    let validated = try CLIRunner.run(["validate", plan, directory.path])
    #expect(validated.status == 0)
    #expect(validated.stdout == "\(plan): 0 error(s), 0 warning(s)\n", "\(validated.stdout)")
    // Every example row is counted or left out for a routine reason: audit data has nothing to decide.
    let audited = try CLIRunner.run(["audit", "data", directory.path])
    #expect(audited.status == 0, "\(audited.stdout)")
    #expect(audited.stdout.hasSuffix("No findings: every row is counted or left out for a routine reason.\n"))
    let calculated = try CLIRunner.run(["calculate", directory.path, "--format", "json"])
    #expect(calculated.status == 0, "\(calculated.stderr)")
    #expect(calculated.stderr.isEmpty, "\(calculated.stderr)")
    let engineers = try #require(try Self.json(calculated.stdout)["engineers"] as? [[String: Any]])
    #expect(engineers.map { $0["engineer_id"] as? String } == ["E1", "E2"])
    #expect(engineers.map { $0["target"] as? String } == ["3024.66", "2772.60"])
    // The rationale names the curriculum decisions and every component id it pays.
    let rationale = try #require(try Self.json(String(contentsOfFile: plan, encoding: .utf8))["rationale"] as? String)
    #expect(rationale.contains("docs/curriculum.md") && rationale.contains("Decision 47"))
    for engineer in engineers {
      let components = try #require(engineer["components"] as? [[String: Any]], "\(name)")
      #expect(!components.isEmpty, "\(name)")
      for component in components {
        #expect(
          rationale.contains(component["id"] as? String ?? "?"), "\(name): rationale misses \(component["id"] ?? "")")
      }
    }
  }

  /// product-team on the skeleton:
  ///   delivery: 2 deployments / (92/7) = 0.152174/week; curve 0.1→0.5, 1→1.0: 0.5 + 0.052174/0.9 × 0.5 = 0.5290
  ///     (change failure 0 ≤ 0.15 and coverage 0.74 − 0.72 = +0.02 ≥ 0: no guard fires);
  ///   lead_time: both deployments 24 h after their first commit: 1.3 (the curve's first point);
  ///   quality: change failure 0 ≤ 0.05: 1.3; E1 reviews 2/4 = 0.5: 1.0 + 0.2/0.3 × 0.3 = 1.2; E2 2/3 ≥ 0.6: 1.3;
  ///   E2 (tech lead) mentoring: one level_up of E1: 1.0.
  ///   E1 = 0.3 × 0.529 + 0.2 × 1.3 + 0.25 × 1.3 + 0.25 × 1.2 = 1.0437; 3,024.66 × 1.0437 = 3,156.837… → 3,156.84.
  ///   E2 = 0.3 × 0.529 + 0.2 × 1.3 + 0.25 × 1.0 + 0.25 × 1.3 = 0.9937; 2,772.60 × 0.9937 = 2,755.132… → 2,755.13.
  ///   Edited: E1's base 120,000 → 150,000 and E2's pct 10 → 12 (the two numbers a new user changes first):
  ///   E1 target 150,000 × 0.10 × 92/365 = 3,780.821… → 3,780.82, × 1.0437 = 3,946.041… → 3,946.04;
  ///   E2 target 110,000 × 0.12 × 92/365 = 3,327.123… → 3,327.12, × 0.9937 = 3,306.159… → 3,306.16; total 7,252.20.
  @Test("a new user inits, edits two numbers and pays their own team: amounts worked by hand")
  func productTeamByHand() throws {
    let directory = Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(try CLIRunner.run(["init", directory.path, "--period", "2026-Q3"]).status == 0)
    let first = try Self.json(try CLIRunner.run(["calculate", directory.path, "--format", "json"]).stdout)
    let engineers = try #require(first["engineers"] as? [[String: Any]])
    #expect(engineers.map { $0["multiplier"] as? String } == ["1.0437", "0.9937"])
    #expect(engineers.map { $0["payout"] as? String } == ["3156.84", "2755.13"])
    #expect(first["total"] as? String == "5911.97")
    let roster = directory.appendingPathComponent("roster.csv")
    let text = try String(contentsOf: roster, encoding: .utf8)
    let edited = text.replacingOccurrences(of: ",120000,10,", with: ",150000,10,")
      .replacingOccurrences(of: ",110000,10,", with: ",110000,12,")
    #expect(edited != text)
    try edited.write(to: roster, atomically: true, encoding: .utf8)
    let second = try Self.json(try CLIRunner.run(["calculate", directory.path, "--format", "json"]).stdout)
    #expect((second["engineers"] as? [[String: Any]])?.map { $0["payout"] as? String } == ["3946.04", "3306.16"])
    #expect(second["total"] as? String == "7252.20")
  }

  @Test(
    "a period of a few days still gives an on-call shift that ends after it starts, and a dataset that pays",
    arguments: [
      // E1's shift starts at 09:00 on the day at 28 % of the period (days − 1 = n: from + n × 28 / 100, rounded
      // down) and ends at 09:00 on the day at 35 %, or a day after the start where that is the same day.
      ("2026-07-01..2026-07-01", "E1,2026-07-01T09:00:00Z,2026-07-02T09:00:00Z"),  // n 0: 0 and 0
      ("2026-07-01..2026-07-05", "E1,2026-07-02T09:00:00Z,2026-07-03T09:00:00Z"),  // n 4: 1 and 1
      ("2026-07-01..2026-07-10", "E1,2026-07-03T09:00:00Z,2026-07-04T09:00:00Z"),  // n 9: 2 and 3
      ("2026-07-01..2026-07-12", "E1,2026-07-04T09:00:00Z,2026-07-05T09:00:00Z"),  // n 11: 3 and 3
    ])
  func shortPeriod(period: String, shift: String) throws {
    let folder = Self.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(try CLIRunner.run(["init", folder.path, "--period", period]).status == 0)
    let oncall = try String(contentsOf: folder.appendingPathComponent("oncall.csv"), encoding: .utf8)
    #expect(oncall.contains("\n" + shift + ","), "\(oncall)")
    let result = try CLIRunner.run(["calculate", folder.path])
    #expect(result.status == 0, "\(period): \(result.stderr)")
  }

  @Test("--list names every template with its curriculum decisions")
  func list() throws {
    let result = try CLIRunner.run(["init", "--list"])
    #expect(result.status == 0)
    for name in Self.templates { #expect(result.stdout.contains("\n  \(name)")) }
    #expect(result.stdout.contains("  product-team (default)\n"))
    #expect(result.stdout.contains("    curriculum decisions: #8, #10, #22, #36, #27, #47\n"))
  }

  @Test("a folder that holds files is never overwritten; no folder and no --list is a usage error")
  func refusals() throws {
    let directory = Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try "keep me".write(to: directory.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
    let refused = try CLIRunner.run(["init", directory.path])
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("the folder exists and is not empty"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["notes.txt"])
    let missing = try CLIRunner.run(["init"])
    #expect(missing.status == 2)
    let badPeriod = try CLIRunner.run(["init", Self.scratch().path, "--period", "2026-Q5"])
    #expect(badPeriod.status == 2 && badPeriod.stderr.contains("--period: \"2026-Q5\" is not a period"))
  }

  @Test("the roster, which will hold salaries, is written with mode 0600")
  func rosterMode() throws {
    let directory = Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(try CLIRunner.run(["init", directory.path, "--period", "2026-Q3"]).status == 0)
    let attributes = try FileManager.default.attributesOfItem(
      atPath: directory.appendingPathComponent("roster.csv").path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
  }
}
