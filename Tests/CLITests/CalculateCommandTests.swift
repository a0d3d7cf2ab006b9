import Foundation
import Testing

@Suite("incentive calculate, end to end")
struct CalculateCommandTests {
  @Test("JSON output equals the hand-derived Fixtures/acme/expected.json byte for byte")
  func matchesExpected() throws {
    let result = try CLIRunner.run(["calculate", "Fixtures/acme", "--format", "json"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let expected = try String(contentsOf: CLIRunner.root.appendingPathComponent("Fixtures/acme/expected.json"), encoding: .utf8)
    #expect(result.stdout == expected)
  }

  @Test("the same input gives byte-identical JSON twice")
  func stable() throws {
    let first = try CLIRunner.run(["calculate", "Fixtures/acme", "--format", "json"])
    let second = try CLIRunner.run(["calculate", "Fixtures/acme", "--format", "json"])
    #expect(first.stdout == second.stdout)
    #expect(!first.stdout.isEmpty)
  }

  @Test("the table lists every engineer and the total from expected.json")
  func table() throws {
    let result = try CLIRunner.run(["calculate", "Fixtures/acme"])
    #expect(result.status == 0)
    let expected = try JSONSerialization.jsonObject(
      with: Data(contentsOf: CLIRunner.root.appendingPathComponent("Fixtures/acme/expected.json"))) as! [String: Any]
    for engineer in expected["engineers"] as! [[String: Any]] {
      #expect(result.stdout.contains(engineer["engineer_id"] as! String))
    }
    let total = expected["total"] as! String
    let grouped = AcmeExpected.grouped(total)
    #expect(result.stdout.contains("TOTAL") && result.stdout.contains(grouped), "total \(grouped) missing")
  }

  @Test("the table's multiplier column shows every line with the same decimals, exactly")
  func multiplierColumn() throws {
    let result = try CLIRunner.run(["calculate", "Fixtures/acme", "--no-thousands"])
    #expect(result.status == 0)
    // expected.json's most precise multiplier is E04's 1.137515 (6 decimals), so every line shows 6:
    // E01 1.22056 → 1.220560, E02 0.63873 → 0.638730, and E01's health component 1.2933 → 1.293300.
    let lines = result.stdout.split(separator: "\n").map(String.init)
    func line(_ prefix: String) -> String { lines.first { $0.hasPrefix(prefix) } ?? "" }
    #expect(line("E01 ").contains(" 1.220560 "))
    #expect(line("E02 ").contains(" 0.638730 "))
    #expect(line("E04 ").contains(" 1.137515 "))
    #expect(lines.contains { $0.contains(" health ") && $0.contains(" 1.293300 ") })
    // Every value in the column has 6 decimals: the header's right edge is where each ends.
    let header = line("ENGINEER")
    let end = try #require(header.range(of: "MULTIPLIER")).upperBound.utf16Offset(in: header)
    let body = lines.filter { $0.range(of: #"^(E[0-9]{2} |   )"#, options: .regularExpression) != nil }
    #expect(body.count > 15)
    for row in body {
      let cell = String(Array(row)[..<end].reversed().prefix { $0 != " " }.reversed())
      #expect(cell.split(separator: ".").last?.count == 6, "\(row)")
    }
  }

  @Test("CSV output has the documented columns and one row per engineer")
  func csv() throws {
    let result = try CLIRunner.run(["calculate", "Fixtures/acme", "--format", "csv"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(
      lines.first
        == "engineer_id,name,team,role,currency,proration,target,multiplier,payout,component_amounts,extras,total_pay")
    let expected = try JSONSerialization.jsonObject(
      with: Data(contentsOf: CLIRunner.root.appendingPathComponent("Fixtures/acme/expected.json"))) as! [String: Any]
    #expect(lines.count == 1 + (expected["engineers"] as! [Any]).count)
  }

  @Test("a CSV row has plain decimal amounts, quotes a name holding a comma, and splits components")
  func csvRow() throws {
    let result = try CLIRunner.run(["calculate", "Fixtures/acme", "--format", "csv"])
    // expected.json E02: proration 1.0000, target 7486.03, multiplier 0.63873, payout 4781.55; components
    // retention 698.78 + health 1430.39 + cost 1005.45 + delivery 898.33 + internal_customers 748.60 = 4781.55.
    #expect(
      result.stdout.contains(
        "\nE02,\"Marcus Okafor, Jr.\",payments,manager,USD,1.0000,7486.03,0.63873,4781.55,"
          + "retention=698.78;health=1430.39;cost=1005.45;delivery=898.33;internal_customers=748.60,0.00,4781.55\n"))
  }

  @Test("payroll CSV carries pay outside the bonus: extras and total_pay")
  func csvExtras() throws {
    let directory = try CLIRunner.copyFixture("acme", editing: "plan.json") {
      $0.replacingOccurrences(of: #""cooling_off_days": 30,"#, with: #""cooling_off_days": 30, "premiums": {"per_shift": 150},"#)
    }
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try CLIRunner.run(["calculate", directory.path, "--format", "csv"])
    // E06 had 3 on-call shifts in 2026-Q3: 3 × 150.00 = 450.00 on top of the 2,853.23 bonus (expected.json).
    let row = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("E06,") })
    #expect(row.hasSuffix(",450.00,3303.23"), "\(row)")
    #expect(row.contains(",2853.23,"))
  }

  @Test("--output writes the file with mode 0600 and prints nothing")
  func output() throws {
    let directory = try CLIRunner.copyFixture("acme")
    defer { try? FileManager.default.removeItem(at: directory) }
    let target = directory.appendingPathComponent("out.json").path
    let result = try CLIRunner.run(["calculate", directory.path, "--format", "json", "--output", target])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    let attributes = try FileManager.default.attributesOfItem(atPath: target)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
  }
}
