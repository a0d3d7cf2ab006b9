import Foundation
import Testing

@Suite("incentive calculate --format payroll")
struct PayrollCommandTests {
  /// The hand-derived golden (Fixtures/acme/derive.py, independent of the Swift code).
  static func expected() throws -> [String: Any] {
    try JSONSerialization.jsonObject(
      with: Data(contentsOf: CLIRunner.root.appendingPathComponent("Fixtures/acme/expected.json"))) as! [String: Any]
  }

  /// Every non-zero component amount of expected.json: one payroll line each (acme has no pay
  /// outside the bonus).
  static func expectedLines() throws -> [(id: String, component: String, amount: String)] {
    try (expected()["engineers"] as! [[String: Any]]).flatMap { engineer in
      (engineer["components"] as! [[String: Any]]).compactMap { component in
        let amount = component["amount"] as! String
        return amount == "0.00" ? nil : (engineer["engineer_id"] as! String, component["id"] as! String, amount)
      }
    }
  }

  static func payroll(_ extra: [String] = [], dataset: String = "Fixtures/acme") throws -> (CLIResult, URL) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("incentive-payroll-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let file = directory.appendingPathComponent("payroll.csv")
    let result = try CLIRunner.run(["calculate", dataset, "--format", "payroll", "--output", file.path] + extra)
    return (result, file)
  }

  @Test("one line per person and non-zero component, with the period, currency, code and amount of expected.json")
  func lines() throws {
    let (result, file) = try Self.payroll()
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(!text.hasPrefix("\u{FEFF}"))
    #expect(!text.contains("\r"))
    let rows = LibreOffice.parse(text)
    #expect(rows.first == ["engineer_id", "name", "period_from", "period_to", "currency", "earnings_code", "pay_line", "amount"])
    let expected = try Self.expectedLines()
    #expect(rows.count - 1 == expected.count)
    for (row, line) in zip(rows.dropFirst(), expected) {
      #expect(row[0] == line.id && row[6] == line.component && row[7] == line.amount)
      // Acme is 2026-Q3 in USD; without earnings_codes every bonus line is BONUS.
      #expect(row[2] == "2026-07-01" && row[3] == "2026-09-30" && row[4] == "USD" && row[5] == "BONUS")
    }
    // The name with a comma stays one cell.
    #expect(rows.contains { $0[0] == "E02" && $0[1] == "Marcus Okafor, Jr." })
  }

  @Test("control totals: the trailer file and stderr give the line count and the payout total 87,757.48")
  func controlTotals() throws {
    let (result, file) = try Self.payroll()
    let lines = try Self.expectedLines().count
    let control = file.deletingLastPathComponent().appendingPathComponent("payroll.control.csv")
    let rows = LibreOffice.parse(try String(contentsOf: control, encoding: .utf8))
    // The total is expected.json's: Σ of every payout, 87,757.48 USD.
    #expect(rows == [
      ["currency", "line_count", "amount_total", "period_from", "period_to"],
      ["USD", String(lines), "87757.48", "2026-07-01", "2026-09-30"],
    ])
    #expect(result.stderr.contains("payroll control: USD \(lines) lines, total 87757.48"))
  }

  @Test("--excel writes a byte-order mark and CRLF line ends")
  func excel() throws {
    let (result, file) = try Self.payroll(["--excel"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let bytes = [UInt8](try Data(contentsOf: file))
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    #expect(text.hasPrefix("engineer_id,name,period_from,period_to,currency,earnings_code,pay_line,amount\r\n"))
    // Every line ends in CRLF: as many CR as LF.
    #expect(bytes.filter { $0 == 0x0D }.count == bytes.filter { $0 == 0x0A }.count)
  }

  @Test("--excel with a format that is not CSV is a usage error")
  func excelNeedsCSV() throws {
    let result = try CLIRunner.run(["calculate", "Fixtures/acme", "--format", "json", "--excel"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("--excel"))
  }

  @Test("earnings_codes map a component, then the bonus kind")
  func earningsCodes() throws {
    let directory = try CLIRunner.copyFixture("acme", editing: "plan.json") {
      $0.replacingOccurrences(
        of: #""cooling_off_days": 30,"#,
        with: #""cooling_off_days": 30, "earnings_codes": {"bonus": "B100", "delivery": "B110"},"#)
    }
    let (result, file) = try Self.payroll(dataset: directory.path)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let rows = LibreOffice.parse(try String(contentsOf: file, encoding: .utf8)).dropFirst()
    #expect(rows.allSatisfy { $0[5] == ($0[6] == "delivery" ? "B110" : "B100") })
    #expect(rows.contains { $0[6] == "delivery" })
  }

  @Test("a misspelt earnings_codes key is a plan error naming it")
  func unknownCodeKey() throws {
    let directory = try CLIRunner.copyFixture("acme", editing: "plan.json") {
      $0.replacingOccurrences(
        of: #""cooling_off_days": 30,"#, with: #""cooling_off_days": 30, "earnings_codes": {"delivry": "B110"},"#)
    }
    let result = try CLIRunner.run(["calculate", directory.path, "--format", "payroll"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("earnings_codes.delivry"))
  }

  @Test(
    "LibreOffice opens the --excel file with every accent and amount intact",
    .enabled(if: LibreOffice.isInstalled, "LibreOffice (soffice) is not installed; .ci/run installs it"))
  func libreOffice() throws {
    let (result, file) = try Self.payroll(["--excel"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let cells = try LibreOffice.cells(ofCSV: file)
    // The byte-order mark does not leak into the first cell.
    #expect(cells.first?.first == "engineer_id")
    let expected = try Self.expectedLines()
    #expect(cells.count - 1 == expected.count)
    #expect(cells.contains { $0[0] == "E06" && $0[1] == "Tomás Herrera" })
    #expect(cells.contains { $0[0] == "E02" && $0[1] == "Marcus Okafor, Jr." })
    // Calc shows numbers without trailing zeros (1250.00 → 1250), so amounts compare as cents.
    func cents(_ text: String) -> Int? {
      let parts = text.split(separator: ".", omittingEmptySubsequences: false)
      guard let whole = Int(parts[0]) else { return nil }
      let fraction = parts.count > 1 ? String(parts[1]).padding(toLength: 2, withPad: "0", startingAt: 0) : "00"
      return whole * 100 + (Int(fraction) ?? 0)
    }
    for (row, line) in zip(cells.dropFirst(), expected) {
      #expect(row[0] == line.id && cents(row[7]) == cents(line.amount))
    }
    // Σ of the cells is the control total, 87,757.48.
    #expect(cells.dropFirst().compactMap { cents($0[7]) }.reduce(0, +) == 8_775_748)
  }
}
