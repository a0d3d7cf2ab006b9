import Foundation
import TestSupport
import Testing

@testable import IncentiveKit

@Suite("CSV output: spreadsheet formulas arrive as text")
struct CSVFormulaInjectionTests {
  @Test(
    "a text cell starting with a formula trigger gets a leading quote; numbers and plain text do not",
    arguments: [
      ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
      ("+1+2", "'+1+2"),
      ("-mobile", "'-mobile"),
      ("@SUM(A1)", "'@SUM(A1)"),
      ("\tpayments", "'\tpayments"),
      ("\rpayments", "'\rpayments"),
      ("-12.50", "-12.50"),
      ("-3", "-3"),
      ("12.5", "12.5"),
      ("-1.", "'-1."),
      ("-", "'-"),
      ("-1e5", "'-1e5"),
      ("Priya Raman", "Priya Raman"),
      ("a=b", "a=b"),
      ("", ""),
    ])
  func neutralised(text: String, expected: String) {
    #expect(CSVWriter.neutralised(text) == expected)
  }

  /// What the audit found: a trigger followed by a scalar that Swift joins to it in one `Character` (a combining
  /// mark, a joiner, a variation selector, a tag, a spacing mark) was not recognised, and LibreOffice evaluated
  /// the cell. A spreadsheet reads the first code point, so the first scalar decides.
  @Test(
    "a trigger followed by a combining or invisible scalar still gets the leading quote",
    arguments: [
      ("=\u{301}HYPERLINK(\"http://evil\",\"x\")", "'=\u{301}HYPERLINK(\"http://evil\",\"x\")"),
      ("=\u{200D}1+1", "'=\u{200D}1+1"),
      ("=\u{FE0F}1+1", "'=\u{FE0F}1+1"),
      ("+\u{34F}1", "'+\u{34F}1"),
      ("@\u{E0041}SUM(A1)", "'@\u{E0041}SUM(A1)"),
      ("-\u{903}2+3", "'-\u{903}2+3"),
      ("\r\n=1", "'\r\n=1"),
      // A combining mark first: the cell starts with no trigger, as a spreadsheet sees it.
      ("\u{301}=1", "\u{301}=1"),
      ("Tomás", "Tomás"),
    ])
  func neutralisedByScalar(text: String, expected: String) {
    #expect(CSVWriter.neutralised(text) == expected)
  }

  /// A comma, quote or line break followed by a combining mark is one `Character` equal to none of them: the cell
  /// went out unquoted (`Raman,\u{301} Priya` split into two payroll columns) or with its quote undoubled.
  @Test(
    "a comma, quote or line break joined to a combining mark still quotes the cell; every quote is doubled",
    arguments: [
      ("Raman,\u{301} Priya", "\"Raman,\u{301} Priya\""),
      ("\"\u{301}x", "\"\"\"\u{301}x\""),
      ("a\n\u{301}b", "\"a\n\u{301}b\""),
      ("a\r\u{301}", "\"a\r\u{301}\""),
      ("say \"hi\"", "\"say \"\"hi\"\"\""),
      ("Marcus Okafor, Jr.", "\"Marcus Okafor, Jr.\""),
      ("Tomás", "Tomás"),
      ("", ""),
    ])
  func quotedByByte(text: String, expected: String) {
    #expect(CSVWriter.quoted(text) == expected)
  }

  @Test("a quote joined to a combining mark can't end its cell early and let the next cell run as a formula")
  func quoteWithCombiningMarkReadsBack() throws {
    // The audit's payroll line: name `"\u{301}x`, earnings code `,=2+3,`. Unfixed, the name's quote was not
    // doubled, the quoted cell ran on to the code's first comma and `=2+3` became a cell of its own, showing 5.
    let line = CSVWriter.line(["E01", "\"\u{301}x", "USD", ",=2+3,"])
    #expect(line == "E01,\"\"\"\u{301}x\",USD,\",=2+3,\"\n")
    #expect(try Self.cells(line) == [["E01", "\"\u{301}x", "USD", ",=2+3,"]])
  }

  @Test("exactLine keeps dataset cells as they are, only quoted")
  func exactLine() {
    #expect(CSVWriter.exactLine(["-x", "a,b"]) == "-x,\"a,b\"\n")
    #expect(CSVWriter.line(["-x", "a,b"]) == "'-x,\"a,b\"\n")
  }

  /// acme with E07 named by a formula and the mobile team renamed `-mobile` in every file.
  static func hostileAcme() throws -> TemporaryDataset {
    var edits: [String: (String) -> String] = [:]
    for file in [
      "assignments.csv", "costs.csv", "coverage.csv", "deployments.csv", "incidents.csv", "reviews.csv",
      "surveys.csv", "plan.json",
    ] {
      edits[file] = { $0.replacingOccurrences(of: "mobile", with: "-mobile") }
    }
    edits["roster.csv"] = {
      $0.replacingOccurrences(of: "mobile", with: "-mobile")
        .replacingOccurrences(
          of: "E07,Linh Nguyen,", with: "E07,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",")
    }
    return try TemporaryDataset(copying: WorkflowFixtures.acme, editing: edits)
  }

  /// The cells of a CSV text, read back with the tool's own RFC 4180 parser.
  static func cells(_ text: String) throws -> [[String]] {
    var parser = CSVParser(bytes: Array(text.utf8), file: "out.csv")
    var fields: [CSVField] = []
    var rows: [[String]] = []
    while try parser.nextRecord(into: &fields) {
      rows.append(try fields.enumerated().map { try parser.string($1, column: $0 + 1) })
    }
    return rows
  }

  @Test("calculate --format csv: the formula name and the -mobile team read back as quoted text")
  func payrollCSV() throws {
    let dataset = try Self.hostileAcme()
    let result = try CalculateWorkflow.run(
      .init(run: RunOptions(dataset: dataset.path), format: .csv), notices: { _ in })
    let rows = try Self.cells(result.output)
    let e07 = try #require(rows.first { $0.first == "E07" })
    #expect(e07[1] == "'=HYPERLINK(\"http://evil.example\",\"x\")")
    // E07's numbers as in Fixtures/acme/expected.json: target 2429.81, payout 1670.49, untouched.
    #expect(e07[6] == "2429.81" && e07[8] == "1670.49")
    let e14 = try #require(rows.first { $0.first == "E14" })
    #expect(e14[2] == "'-mobile")
    // No cell anywhere starts with a trigger unless it is a plain number.
    for row in rows { for cell in row { #expect(CSVWriter.neutralised(cell) == cell, "\(cell)") } }
  }

  @Test("calculate --format csv and payroll: a name with a comma joined to a combining mark stays one cell")
  func combiningCommaName() throws {
    let dataset = try TemporaryDataset(
      copying: WorkflowFixtures.acme,
      editing: ["roster.csv": { $0.replacingOccurrences(of: "E01,Priya Raman,", with: "E01,\"Raman,\u{301} Priya\",") }]
    )
    for format in [OutputFormat.csv, .payroll] {
      let result = try CalculateWorkflow.run(
        .init(run: RunOptions(dataset: dataset.path), format: format), notices: { _ in })
      let rows = try Self.cells(result.output)
      let e01 = try #require(rows.first { $0.first == "E01" })
      #expect(e01[1] == "Raman,\u{301} Priya")
      #expect(e01.count == rows[0].count, "E01's row has as many cells as the header")
    }
  }

  @Test("calculate --share --format csv: the team cell is neutralised, its figures stay numbers")
  func shareCSV() throws {
    let dataset = try Self.hostileAcme()
    let result = try CalculateWorkflow.run(
      .init(run: RunOptions(dataset: dataset.path), share: true, format: .csv), notices: { _ in })
    let rows = try Self.cells(result.output)
    let mobile = try #require(rows.first { $0.first == "'-mobile" })
    // Fixtures/acme/README.md: mobile 17,087.97 (5 people).
    #expect(mobile[1] == "5" && mobile[3] == "17087.97")
  }
}
