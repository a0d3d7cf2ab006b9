import Testing

@testable import IncentiveKit

/// The second audit opened `calculate --format payroll --excel` in LibreOffice Calc: `00123` became 123, `1e5`
/// 100000, `2026-01-02` a date, `12:30` a time, `TRUE` a boolean, `50%` 0.5, `(12)` −12, and an 18-digit id a rounded
/// number. A run writing a file for a spreadsheet now says which of its values would change.
@Suite("Values a spreadsheet changes when it opens a CSV file")
struct SpreadsheetConversionTests {
  @Test(
    arguments: [
      ("00123", true), ("007", true), ("0", false), ("123", false), ("-12", false), ("+5", true),
      ("123456789012345", false), ("1234567890123456", true), ("1e5", true), ("2.5E-3", true), ("e5", false),
      ("1e", false), ("2026-01-02", true), ("12/13/2026", true), ("1/2", true), ("3-4", true), ("13.12.2026", true),
      ("1.5", false), ("12:30", true), ("9:05:00", true), ("123:45", false), ("TRUE", true), ("false", true),
      ("50%", true), ("%", false), ("(12)", true), ("()", false), ("E04", false), ("Priya Raman", false),
      ("team-0001", false), ("2026-Q3", false), ("BONUS", false), ("Marcus Okafor, Jr.", false), ("", false),
    ])
  func changes(text: String, changed: Bool) {
    #expect(SpreadsheetConversion.changes(text) == changed)
  }

  @Test("the warning names the first three values once each, counts the rest, and is nil when none changes")
  func warning() {
    let values: [(what: String, value: String)] = [
      ("engineer_id", "E01"), ("engineer_id", "00123"), ("name", "1e5"), ("engineer_id", "00123"),
      ("earnings_code", "007"), ("pay_line", "12:30"),
    ]
    #expect(
      SpreadsheetConversion.warning(file: "payroll.csv", values: values)
        == "payroll.csv: engineer_id 00123, name 1e5, earnings_code 007 and 1 more would show as numbers, dates or "
        + "times when a spreadsheet opens the file; open it with the import dialog (Excel: Data > From Text/CSV; "
        + "LibreOffice: Text Import) and set those columns to Text (the file keeps them as written, for a payroll "
        + "import)")
    #expect(SpreadsheetConversion.warning(file: "payroll.csv", values: [("engineer_id", "E01")]) == nil)
  }
}
