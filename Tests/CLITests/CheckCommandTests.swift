import Foundation
import Testing

/// `incentive check` against Fixtures/acme/expected.json, and against it after a deliberate edit whose
/// effect is worked out by hand below.
///
/// The edit: E04's base_salary 171,000 → 172,000 (proration 1.0000, 12.5 %, 92 of 365 days).
///   old target = 171,000 × 0.125 × 92/365 = 5,387.671… → 5,387.67 (expected.json agrees)
///   new target = 172,000 × 0.125 × 92/365 = 1,978,000/365 = 5,419.178… → 5,419.18 (+31.51)
///   multiplier 1.137515 does not depend on salary, so
///   new payout = 5,419.18 × 1.137515 = 6,164.3985… → 6,164.40; old 6,128.56; delta +35.84.
///   Platform and the total move by the same +35.84: 87,757.48 → 87,793.32.
@Suite("incentive check, end to end")
struct CheckCommandTests {
  static let golden = "Fixtures/acme/expected.json"

  static func editedCopy() throws -> URL {
    let directory = try CLIRunner.copyFixture("acme")
    try CLIRunner.edit(directory, "roster.csv", replacing: ",171000,12.5,", with: ",172000,12.5,")
    return directory
  }

  @Test("the fixture passes against its golden file: exit 0 and a single summary line")
  func passes() throws {
    let result = try CLIRunner.run(["check", "Fixtures/acme", "--expected", Self.golden])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(
      result.stdout
        == "check passed: 15 engineers, 3 teams and the total 87,757.48 USD match \(Self.golden) (tolerance 0.00)\n")
    // Like every paying command, check names the data behind the payouts that may hide a mistake: acme's staging
    // and dev deployments (lines 71-73, 107 and 108, Fixtures/acme/WORKED.md section 10).
    #expect(
      result.stderr
        == "warning: Fixtures/acme/deployments.csv: 5 of 107 rows left out, not a production environment "
        + "(\"staging\" 4, \"dev\" 1); first on lines 71, 72, 73, 107, 108\n")
  }

  @Test("--format markdown is a PR comment naming nobody: one person moved, so counts alone; --detail has the deltas")
  func markdown() throws {
    let directory = try Self.editedCopy()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try CLIRunner.run(["check", directory.path, "--expected", Self.golden, "--format", "markdown"])
    #expect(result.status == 1)
    let text = result.stdout
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.first == "### incentive check failed: \(Self.golden.replacingOccurrences(of: "_", with: "\\_"))")
    // Only E04 moved: the total's, platform's and every component's delta are E04's own change, so none is shown.
    #expect(
      lines.contains(
        "**1 of 15 engineers** and **1 of 3 teams** moved; totals withheld: with the teams shown they would give "
          + "away the pay, or the change, of fewer than 5 people."))
    #expect(
      lines.contains("| 1 team(s) with the pay or change of fewer than 5 people | — | withheld | withheld | withheld |"))
    #expect(lines.contains("| Total |  | withheld | withheld | withheld |"))
    // E04's five components moved one person each: counted, in byte order at equal counts.
    let drivers = lines.drop { $0 != "| Component | People moved |" }.dropFirst(2).prefix(5)
    #expect(
      Array(drivers) == [
        "| collaboration | 1 |", "| delivery | 1 |", "| quality | 1 |", "| recovery | 1 |", "| reviews | 1 |",
      ])
    // No one's name, id, pay or change.
    for secret in ["E04", "Daniel", "Cho", "6,128.56", "6,164.40", "5,387.67", "35.84", "11.81", "9.04", "2.76"] {
      #expect(!text.contains(secret), "the comment shows \(secret)")
    }
    #expect(text.utf8.count < 65_536)
    // For a private channel: E04's component amounts at target 5,387.67 and 5,419.18 (× weight × multiplier from
    // expected.json, split by largest remainder to the payouts 6,128.56 and 6,164.40): reviews 2,020.38 → 2,032.19
    // (+11.81), delivery 1,544.86 → 1,553.90 (+9.04), recovery +6.56, quality +5.67, collaboration +2.76; Σ = +35.84.
    let detail = try CLIRunner.run(
      ["check", directory.path, "--expected", Self.golden, "--format", "markdown", "--detail"]).stdout
    #expect(detail.contains("total 87,757.48 → 87,793.32 (**+35.84 USD**)."))
    #expect(detail.contains("| platform | 5 | 48,336.81 | 48,372.65 | +35.84 |"))
    #expect(detail.contains("| reviews | 1 | +11.81 |"))
    #expect(detail.contains("| delivery | 1 | +9.04 |"))
    #expect(detail.contains("| collaboration | 1 | +2.76 |"))
  }

  @Test("a golden file paying in several currencies is refused for Markdown and JSON, as a run in several is")
  func severalCurrencyGolden() throws {
    // E15 in EUR in the golden only: its teams are per currency (`mobile (EUR)`, one person), which the run's people,
    // all in USD, do not fill, so that row was E15's pay.
    let directory = try CLIRunner.copyFixture("acme")
    defer { try? FileManager.default.removeItem(at: directory) }
    try CLIRunner.edit(directory, "roster.csv", replacing: ",2026-08-17,,,112000,10,USD", with: ",2026-08-17,,,112000,10,EUR")
    let golden = directory.appendingPathComponent("golden.json").path
    #expect(try CLIRunner.run(["calculate", directory.path, "--format", "json", "--output", golden]).status == 0)
    for format in ["markdown", "json"] {
      let result = try CLIRunner.run(["check", "Fixtures/acme", "--expected", golden, "--format", format])
      #expect(result.status == 2, "\(format)")
      #expect(
        result.stderr.contains(
          "error: check --format \(format) compares payouts in one currency, and this run pays in EUR, USD"),
        "\(result.stderr)")
      #expect(result.stdout.isEmpty)
    }
  }

  @Test("--detail adds the named rows; --previous-plan adds the plan change; both need --format markdown")
  func markdownDetailAndPlan() throws {
    let directory = try Self.editedCopy()
    defer { try? FileManager.default.removeItem(at: directory) }
    let named = try CLIRunner.run([
      "check", directory.path, "--expected", Self.golden, "--format", "markdown", "--detail",
    ])
    #expect(named.stdout.contains("| E04 | Daniel Cho | platform | 6,128.56 | 6,164.40 | +35.84 | target |"))
    // The golden file was made with acme's plan; this copy's plan raises the cap from 1.5 to 1.6.
    try CLIRunner.edit(directory, "plan.json", replacing: #""payout_cap": 1.5"#, with: #""payout_cap": 1.6"#)
    let changed = try CLIRunner.run([
      "check", directory.path, "--expected", Self.golden, "--format", "markdown",
      "--previous-plan", "Fixtures/acme/plan.json",
    ])
    #expect(changed.status == 1, "\(changed.stderr)")
    #expect(changed.stdout.contains("#### Plan change\n\n| Plan key | Old | New |\n| --- | --- | --- |\n| payout\\_cap | 1.5 | 1.6 |\n"))
    #expect(!changed.stdout.contains("E04"))
    let refused = try CLIRunner.run(["check", "Fixtures/acme", "--expected", Self.golden, "--detail"])
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("--format: \"text with --detail\" is not one of markdown"))
  }

  @Test("a salary edit fails the check with E04's old, new and delta, the target as what moved, and the total")
  func failsAfterEdit() throws {
    let directory = try Self.editedCopy()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try CLIRunner.run(["check", directory.path, "--expected", Self.golden])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true) }
    #expect(lines.contains(["E04", "Daniel", "Cho", "platform", "6,128.56", "6,164.40", "+35.84", "target"]))
    #expect(lines.contains(["target", "5,387.67", "5,419.18", "+31.51"]))
    #expect(lines.contains(["platform", "5", "48,336.81", "48,372.65", "+35.84"]))
    #expect(lines.contains(["TOTAL", "87,757.48", "87,793.32", "+35.84"]))
    #expect(!result.stdout.contains("E05"), "unchanged engineers are not listed")
    #expect(
      result.stdout.hasSuffix(
        "check failed: 1 of 15 engineers, 1 of 3 teams differ from \(Self.golden); total 87,757.48 → 87,793.32 "
          + "(+35.84 USD, tolerance 0.00)\n"))
  }

  @Test("tolerance boundary: a 35.84 move fails at 35.83 and passes at 35.84", arguments: [("35.83", 1), ("35.84", 0)])
  func toleranceBoundary(tolerance: String, status: Int32) throws {
    let directory = try Self.editedCopy()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try CLIRunner.run(["check", directory.path, "--expected", Self.golden, "--tolerance", tolerance])
    #expect(result.status == status, "\(result.stdout)")
  }

  @Test("--format json gives the differing engineer with decimal-string amounts")
  func json() throws {
    let directory = try Self.editedCopy()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try CLIRunner.run(["check", directory.path, "--expected", Self.golden, "--format", "json"])
    #expect(result.status == 1)
    let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(document["differs"] as? Bool == true)
    #expect(document["expected"] as? String == Self.golden)
    let engineers = try #require(document["engineers"] as? [[String: Any]])
    #expect(engineers.count == 1)
    #expect(engineers.first?["engineer_id"] as? String == "E04")
    #expect(engineers.first?["status"] as? String == "changed")
    #expect(engineers.first?["before"] as? String == "6128.56")
    #expect(engineers.first?["after"] as? String == "6164.40")
    #expect(engineers.first?["delta"] as? String == "35.84")
    #expect(engineers.first?["target_after"] as? String == "5419.18")
    let total = try #require(document["total"] as? [String: Any])
    #expect(total["delta"] as? String == "35.84")
  }

  @Test("--update rewrites the golden file (mode 0600) so the next check passes and it equals calculate's JSON")
  func updateRoundTrip() throws {
    let directory = try Self.editedCopy()
    defer { try? FileManager.default.removeItem(at: directory) }
    let golden = directory.appendingPathComponent("golden.json").path
    try FileManager.default.copyItem(atPath: CLIRunner.root.appendingPathComponent(Self.golden).path, toPath: golden)
    #expect(try CLIRunner.run(["check", directory.path, "--expected", golden]).status == 1)

    let update = try CLIRunner.run(["check", directory.path, "--expected", golden, "--update"])
    #expect(update.status == 0)
    #expect(update.stdout == "check: wrote \(golden) (15 engineers, total 87793.32 USD)\n")
    #expect(try CLIRunner.mode(of: golden) == 0o600)

    #expect(try CLIRunner.run(["check", directory.path, "--expected", golden]).status == 0)
    let calculated = try CLIRunner.run(["calculate", directory.path, "--format", "json"])
    #expect(try String(contentsOfFile: golden, encoding: .utf8) == calculated.stdout)
  }

  @Test("a missing golden file, a broken one and a bad tolerance are bad input (exit 2)")
  func badInput() throws {
    let directory = try CLIRunner.copyFixture("acme")
    defer { try? FileManager.default.removeItem(at: directory) }
    let missing = directory.appendingPathComponent("none.json").path
    let absent = try CLIRunner.run(["check", directory.path, "--expected", missing])
    #expect(absent.status == 2)
    #expect(absent.stderr.contains("\(missing): cannot read: no such golden file"), "\(absent.stderr)")

    let broken = directory.appendingPathComponent("broken.json").path
    try #"{"plan": {"name": "x", "version": "1", "sha256": "a"}, "currency": "USD","#.appending("\n  \"period\": 7}")
      .write(toFile: broken, atomically: true, encoding: .utf8)
    let malformed = try CLIRunner.run(["check", directory.path, "--expected", broken])
    #expect(malformed.status == 2)
    // "period" is the value 7 on line 2, column 13, which is not an object.
    #expect(malformed.stderr.contains("broken.json:2:13: period is not an object"), "\(malformed.stderr)")
    #expect(malformed.stdout.isEmpty)

    for tolerance in ["-1", "0.001", "abc"] {
      let result = try CLIRunner.run(["check", directory.path, "--expected", Self.golden, "--tolerance", tolerance])
      #expect(result.status == 2, "tolerance \(tolerance)")
    }
  }
}

/// Findings of the review: money outside the bonus, doctored golden files, and closed periods
/// recalculated under another span must all be caught.
@Suite("check and close: nothing moves money silently")
struct SilentMoneyTests {
  /// acme with an on-call premium of `perShift` per shift.
  static func acme(perShift: String) throws -> URL {
    try CLIRunner.copyFixture("acme", editing: "plan.json") {
      $0.replacingOccurrences(of: #""cooling_off_days": 30,"#, with: #""cooling_off_days": 30, "premiums": {"per_shift": \#(perShift)},"#)
    }
  }

  @Test("a changed premium fails check: pay outside the bonus is money too")
  func premiums() throws {
    let before = try Self.acme(perShift: "100")
    let after = try Self.acme(perShift: "150")
    defer { for folder in [before, after] { try? FileManager.default.removeItem(at: folder) } }
    let golden = before.appendingPathComponent("golden.json").path
    #expect(try CLIRunner.run(["check", before.path, "--expected", golden, "--update"]).status == 0)
    let result = try CLIRunner.run(["check", after.path, "--expected", golden])
    #expect(result.status == 1, "\(result.stdout)")
    // oncall.csv: 21 shifts overlap 2026-Q3 (E04, E06 and E10 have 3 each; E12's shift ends at
    // 2026-07-01T00:00Z, the period's first instant, so it does not overlap): 21 × 100 = 2,100.00
    // becomes 21 × 150 = 3,150.00; E06 goes from 300.00 to 450.00. The bonus total is unchanged.
    let lines = result.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
    #expect(lines.contains("OUTSIDE BONUS 2,100.00 3,150.00 +1,050.00"), "\(result.stdout)")
    #expect(lines.contains("extra oncall_premium 300.00 450.00 +150.00 outside the bonus"), "\(result.stdout)")
    #expect(lines.contains("TOTAL 87,757.48 87,757.48 0.00"))
  }

  @Test(
    "a golden file repeating an engineer, team or component is refused, not half-read",
    arguments: [
      ("\"engineer_id\": \"E04\"", "engineer_id \"E04\" appears more than once"),
      ("\"team\": \"mobile\",\n      \"headcount\"", "team \"mobile\" appears more than once"),
    ])
  func repeatedEntries(anchor: String, message: String) throws {
    let folder = try CLIRunner.copyFixture("acme")
    defer { try? FileManager.default.removeItem(at: folder) }
    let golden = folder.appendingPathComponent("golden.json")
    let text = try String(contentsOf: CLIRunner.root.appendingPathComponent(CheckCommandTests.golden), encoding: .utf8)
    // Duplicate the whole object that holds `anchor` (an engineer, or a team) right after itself.
    let anchorRange = try #require(text.range(of: anchor))
    let start = try #require(text[..<anchorRange.lowerBound].range(of: "{", options: .backwards)).lowerBound
    var depth = 0
    var end = start
    for index in text[start...].indices {
      if text[index] == "{" { depth += 1 }
      if text[index] == "}" { depth -= 1 }
      if depth == 0 { end = text.index(after: index); break }
    }
    let object = String(text[start..<end])
    try (String(text[..<end]) + ",\n" + object + String(text[end...])).write(to: golden, atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["check", "Fixtures/acme", "--expected", golden.path])
    #expect(result.status == 2, "\(result.stdout)")
    #expect(result.stderr.contains(message), "\(result.stderr)")
  }

  @Test("an absurd amount in a golden file is bad input, not an overflow")
  func absurdAmounts() throws {
    let folder = try CLIRunner.copyFixture("acme")
    defer { try? FileManager.default.removeItem(at: folder) }
    let golden = folder.appendingPathComponent("golden.json")
    let text = try String(contentsOf: CLIRunner.root.appendingPathComponent(CheckCommandTests.golden), encoding: .utf8)
    try text.replacingOccurrences(of: "\"total\": \"87757.48\"", with: "\"total\": \"-92233720368547758.08\"")
      .replacingOccurrences(of: "\"multiplier\": \"1.22056\"", with: "\"multiplier\": \"1e35\"")
      .write(to: golden, atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["check", "Fixtures/acme", "--expected", golden.path])
    #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
    #expect(result.stderr.contains("total: \"-92233720368547758.08\" is not an amount in USD"), "\(result.stderr)")
  }

  @Test("after close, recalculating a span inside the closed period needs --reason too")
  func overlappingPeriod() throws {
    let folder = try CLIRunner.copyFixture("acme")
    defer { try? FileManager.default.removeItem(at: folder) }
    let ledger = folder.appendingPathComponent("ledger.jsonl").path
    #expect(try CLIRunner.run(["close", folder.path, "--ledger", ledger]).status == 0)
    let result = try CLIRunner.run([
      "calculate", folder.path, "--ledger", ledger, "--period", "2026-07-01..2026-09-29", "--format", "json",
    ])
    #expect(result.status == 2, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    // The close is ledger line 1, for 2026-Q3; 07-01..09-29 lies inside it.
    #expect(
      result.stderr.contains(
        "error: period 2026-07-01..2026-09-30 was closed (\(ledger):1); a recalculation must give --reason"),
      "\(result.stderr)")
    let explained = try CLIRunner.run([
      "calculate", folder.path, "--ledger", ledger, "--period", "2026-07-01..2026-09-29", "--format", "json",
      "--reason", "late incident data",
    ])
    #expect(explained.status == 0, "\(explained.stderr)")
  }
}
