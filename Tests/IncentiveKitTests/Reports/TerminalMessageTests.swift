import Testing

@testable import IncentiveKit

/// A value that would act on a terminal three ways: a line feed (forging a line of its own), an
/// `ESC[2J` (clearing the screen) and U+202E (reversing what follows).
enum Hostile {
  static let value = "x\n\u{1B}[2J\u{202E}y"
  /// `value` as a terminal must show it, worked out by hand from TerminalText's rule.
  static let shown = "x\\u{A}\\u{1B}[2J\\u{202E}y"
}

private let h = Hostile.value
private let s = Hostile.shown

/// Messages for standard error quote the values they carry escaped, each where it is built: a line
/// feed in a cell, a path or an option's value can't start a forged `error:` line, while a message
/// made of several lines by design keeps its lines.
@Suite("Messages escape the values they quote")
struct TerminalMessageTests {

  @Test(
    "each error domain's message shows quoted values escaped",
    arguments: [
      (
        InputError.invalidValue(file: h, line: 2, column: 9, header: h, text: h, expected: "a date (YYYY-MM-DD)")
          .description,
        "\(s):2:9: \(s): \"\(s)\" is not a date (YYYY-MM-DD)"
      ),
      (InputError.unreadable(file: h, reason: h).description, "\(s): cannot read: \(s)"),
      (InputError.inconsistent(file: h, line: 3, reason: h).description, "\(s):3: \(s)"),
      (InputError.missingColumn(file: h, column: h).description, "\(s):1: missing required column \"\(s)\""),
      (
        PlanError.invalid(file: h, path: "tracks.ic.components[\(h)]", reason: h).description,
        "\(s): tracks.ic.components[\(s)]: \(s)"
      ),
      (
        CalculationError.missingMetric(engineer: h, component: h, reason: "no value for reviews", subject: h)
          .description,
        "\(s): component \(s): no value for reviews (for \(s) in the period); add the data, or set \"on_missing\" "
          + "to \"zero\" or \"target\" for this component"
      ),
      (
        CalculationError.unknownEngineer(id: h, source: "adjustments.csv:2").description,
        "adjustments.csv:2: engineer_id \"\(s)\" is not in the roster"
      ),
      (
        SensitivityError.unknownTeam(team: h, known: ["platform", h]).description,
        "no one is paid on team \"\(s)\" in this period; teams: platform, \(s)"
      ),
      (LedgerError.unreadable(path: h, reason: "gone").description, "\(s): cannot read the ledger: gone"),
      (
        OutputError.folderNotEmpty(path: h).description,
        "\(s): the folder exists and is not empty; choose a new folder (nothing in it was changed)"
      ),
      (
        OptionError.malformedValue(option: "--tolerance", value: h, expected: "an amount").description,
        "--tolerance: \"\(s)\" is not an amount"
      ),
      (
        PayoutLookupError.notInRoster(id: h, suggestion: h).description,
        "no engineer \"\(s)\" in the roster; did you mean \(s)?"
      ),
    ])
  func errorMessage(description: String, expected: String) {
    #expect(description == expected)
  }

  @Test("several bad rows stay one line each, with each row's values escaped")
  func rowErrors() {
    let error = InputError.rowErrors(
      file: h,
      errors: [
        .invalidValue(file: h, line: 2, column: 9, header: "start_date", text: h, expected: "a date (YYYY-MM-DD)"),
        .missingValue(file: h, line: 3, column: 1, header: "engineer_id"),
      ], more: 1)
    #expect(
      error.description == """
        \(s):2:9: start_date: "\(s)" is not a date (YYYY-MM-DD)
        \(s):3:1: engineer_id: a value is required
        \(s): and 1 more bad row
        """)
  }

  @Test("a data warning escapes the file path and the component id it names")
  func dataWarning() {
    let lines = DataFinding.warnings([
      .teamWithoutRows(file: h, team: h, component: h, metric: "deployment_frequency")
    ])
    #expect(
      lines == [
        "warning: \(s): no counted row for team \"\(s)\", whose component \(s) pays on deployment_frequency, "
          + "while other teams have rows; check how the export spells the team\n"
      ])
  }

  @Test("the progress line shows the file being read escaped")
  func progressLine() {
    let summary = ProgressSummary(file: h, rows: 1234, bytes: 0, totalBytes: 0, elapsed: 0)
    #expect(summary.line == "reading \(s) · 1,234 rows · 0.0 MB/s")
  }

  @Test("the import summary escapes file names, identities and skipped rows' reasons from the export")
  func importSummary() {
    var result = ImportResult()
    result.ignoredFiles = [h, "b.csv"]
    result.notes = [h]
    result.unlinked = [h]
    result.skip(SourcePosition(file: h, line: 4, column: 0), "review by \"\(h)\" of their own pull request")
    #expect(
      result.summary() == """
        \(s)
        ignored 2 files (tables this import does not read): \(s), b.csv
        unlinked identities (kept as written; add them to identities.csv): \(s)
        skipped 1 rows:
          \(s):4: review by "\(s)" of their own pull request

        """)
  }

  @Test("a cell whose column is not known has none in its message, never a column 0")
  func noColumnZero() {
    #expect(
      InputError.invalidValue(file: "f.csv", line: 2, column: 0, header: "h", text: "x", expected: "y").description
        == "f.csv:2: h: \"x\" is not y")
    #expect(InputError.missingValue(file: "f.csv", line: 2, column: 0, header: "h").description == "f.csv:2: h: a value is required")
    #expect(
      InputError.invalidValue(file: "f.csv", line: 2, column: 3, header: "h", text: "x", expected: "y").description
        == "f.csv:2:3: h: \"x\" is not y")
  }
}
