import Foundation
import TestSupport
import Testing

@testable import IncentiveKit

/// A header that holds an absent optional column's words and more (`currency_code` for `currency`) is another column
/// as often as the missing one, so it is said, not refused: without a word, every row would read the column as empty.
@Suite("Unread headers that may hold a column the file lacks")
struct UnreadColumnTests {
  @Test(
    "a header holds a column when it has all the column's words in one run, and more",
    arguments: [
      (["currency", "code"], ["currency"], true),
      (["pay", "currency"], ["currency"], true),
      (["end", "date", "time"], ["end", "date"], true),
      (["environment", "name"], ["environment"], true),
      (["currency"], ["currency"], false),
      (["end", "time"], ["end", "date"], false),
      (["date", "end", "x"], ["end", "date"], false),
      (["currencies"], ["currency"], false),
      ([], ["currency"], false),
    ])
  func holds(header: [String], column: [String], expected: Bool) {
    #expect(HeaderSpelling.contains(header, column) == expected)
  }

  @Test(
    "a roster whose currency header says more is paid in the plan currency with a warning naming the header",
    arguments: ["currency_code", "Pay Currency", "currencyISO"])
  func rosterCurrency(header: String) throws {
    let dataset = try TemporaryDataset(
      copying: WorkflowFixtures.acme,
      editing: ["roster.csv": { $0.replacingOccurrences(of: ",currency\n", with: ",\(header)\n") }])
    let run = try PayoutRun(datasetPath: dataset.path)
    let findings = run.dataFindings(try run.metrics()).filter {
      if case .unreadColumn = $0 { true } else { false }
    }
    #expect(findings.map(\.message) == [
      "\(dataset.file("roster.csv")): column \"\(header)\" is not read, and the file has no currency column, so "
        + "currency is empty in every row and takes its default (docs/formats.md); if \"\(header)\" holds it, name the "
        + "header currency"
    ])
    #expect(findings.filter(\.needsDecision).count == 1)
    let audit = try DataAudit(run)
    #expect(audit.findings.contains { $0.message == findings.first?.message })
  }

  @Test("nothing is said when the column is there too, or for the bundled org's files")
  func quietWhenRead() throws {
    let acme = try PayoutRun(datasetPath: WorkflowFixtures.acme)
    #expect(acme.dataset.unreadColumnFindings().isEmpty)
    let both = try TemporaryDataset(
      copying: WorkflowFixtures.acme,
      editing: ["roster.csv": { $0.replacingOccurrences(of: ",currency\n", with: ",currency,currency_code\n") }])
    // The header row alone is read; rows with one field more are not looked at.
    let dataset = try Dataset(directory: both.path)
    #expect(dataset.unreadColumnFindings().isEmpty)
  }
}
