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

  @Test("the roster's name, shown but never paid on, is no warning however many name columns an HR export has")
  func displayOnlyName() throws {
    let dataset = try TemporaryDataset(
      copying: WorkflowFixtures.acme,
      editing: [
        "roster.csv": { $0.replacingOccurrences(of: "engineer_id,name,", with: "engineer_id,first_name,") }
      ])
    let read = try Dataset(directory: dataset.path)
    #expect(read.columnFindings().isEmpty)
  }

  @Test(
    "a JSON or JSONL roster's first row is looked at too: its keys are its headers",
    arguments: [
      ("roster.json", "[\n  " + rosterRow + ",\n  " + rosterRow + "\n]\n"),
      ("roster.jsonl", rosterRow + "\n" + rosterRow + "\n"),
    ])
  func jsonKeys(file: String, text: String) throws {
    let dataset = try TemporaryDataset([file: text])
    let findings = try Dataset(directory: dataset.path).columnFindings()
    #expect(findings.map(\.message) == [
      "\(dataset.file(file)): column \"currency_code\" is not read, and the file has no currency column, so currency "
        + "is empty in every row and takes its default (docs/formats.md); if \"currency_code\" holds it, name the "
        + "header currency"
    ])
  }

  /// One roster row in JSON, paid in euros by a key the reader does not read.
  static let rosterRow =
    #"{"engineer_id": "E1", "team": "core", "role": "ic", "start_date": "2024-01-02", "base_salary": 90000, "#
    + #""target_bonus_pct": 10, "currency_code": "EUR"}"#

  @Test("several headers that may hold one missing column are one finding naming them all")
  func grouped() throws {
    let dataset = try TemporaryDataset([
      "roster.csv": "engineer_id,team,role,start_date,base_salary,target_bonus_pct,currency_code,pay_currency\n"
        + "E1,core,ic,2024-01-02,90000,10,EUR,EUR\n"
    ])
    let findings = try Dataset(directory: dataset.path).columnFindings()
    #expect(findings.map(\.message) == [
      "\(dataset.file("roster.csv")): columns \"currency_code\", \"pay_currency\" are not read, and the file has no "
        + "currency column, so currency is empty in every row and takes its default (docs/formats.md); if one of them "
        + "holds it, name the header currency"
    ])
  }

  /// The output audit found the JSON carried `\u{1B}` as six characters: a reader could not tell it from a header
  /// that says so. Text escapes for the terminal; JSON keeps the header as written, escaped by the JSON writer.
  @Test("audit data's text escapes a control character in a header, and its JSON keeps the header as written")
  func escapingByFormat() throws {
    let header = "currency\u{1B}[31m_code"
    let dataset = try TemporaryDataset(
      copying: WorkflowFixtures.acme,
      editing: ["roster.csv": { $0.replacingOccurrences(of: ",currency\n", with: ",\(header)\n") }])
    let audit = try DataAudit(PayoutRun(datasetPath: dataset.path))
    let text = audit.renderText()
    #expect(text.contains("column \"currency\\u{1B}[31m_code\" is not read"))
    #expect(!text.unicodeScalars.contains("\u{1B}"))
    let json = audit.renderJSON()
    #expect(json.contains(#"column \"currency\u001b[31m_code\" is not read"#))
    #expect(!json.contains(#"\\u{1B}"#))
  }

  @Test("nothing is said when the column is there too, or for the bundled org's files")
  func quietWhenRead() throws {
    let acme = try PayoutRun(datasetPath: WorkflowFixtures.acme)
    #expect(acme.dataset.columnFindings(paying: acme.plan).isEmpty)
    let both = try TemporaryDataset(
      copying: WorkflowFixtures.acme,
      editing: ["roster.csv": { $0.replacingOccurrences(of: ",currency\n", with: ",currency,currency_code\n") }])
    // The header row alone is read; rows with one field more are not looked at.
    let dataset = try Dataset(directory: both.path)
    #expect(dataset.columnFindings().isEmpty)
  }

  /// The reader takes a header of up to 10,000 fields; an HR export of 3,000 custom fields is 75 KB of header.
  @Test("a header longer than 64 KB is looked at too")
  func wideHeader() throws {
    let extra = (0..<3_000).map { "custom_field_\($0)_value" }.joined(separator: ",")
    let empties = String(repeating: ",", count: 3_000)
    let dataset = try TemporaryDataset(
      copying: WorkflowFixtures.acme,
      editing: [
        "roster.csv": { text in
          var lines = text.components(separatedBy: "\n")
          lines[0] = lines[0].replacingOccurrences(of: ",currency", with: ",currency_code") + "," + extra
          for index in 1..<lines.count where !lines[index].isEmpty { lines[index] += empties }
          return lines.joined(separator: "\n")
        }
      ])
    let findings = try Dataset(directory: dataset.path).columnFindings()
    #expect(findings == [.unreadColumn(file: dataset.file("roster.csv"), headers: ["currency_code"], column: "currency")])
  }

  /// acme with one column of `file` taken out of the header and every row.
  static func acme(withoutColumn column: String, in file: String) throws -> TemporaryDataset {
    try TemporaryDataset(
      copying: WorkflowFixtures.acme,
      editing: [
        file: { text in
          // CRLF made LF first (surveys.csv has CRLF): "\r\n" is one Character, which no "\n" split would cut.
          let lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n").map {
            $0.components(separatedBy: ",")
          }
          let index = lines[0].firstIndex { $0.trimmingCharacters(in: .whitespacesAndNewlines) == column }!
          return lines.map { fields in
            fields.count <= index ? fields.joined(separator: ",")
              : fields.enumerated().filter { $0.offset != index }.map(\.element).joined(separator: ",")
          }.joined(separator: "\n")
        }
      ])
  }

  /// The input audit's case: without `substantive_comments` every substantive review ratio read 0 (no substantive
  /// comment over the comments), so acme's reviews components paid nothing for everyone, without a word.
  @Test("a CSV without a column a paid metric reads is named, once, with the metrics that read it")
  func paidColumnAbsent() throws {
    let dataset = try Self.acme(withoutColumn: "substantive_comments", in: "reviews.csv")
    let run = try PayoutRun(datasetPath: dataset.path)
    let report = try run.payouts()
    let e03 = try #require(report.engineers.first { $0.engineer.id == "E03" })
    let reviews = try #require(e03.components.first { $0.component.id == "reviews" })
    #expect(reviews.value == FixedDecimal(0))
    let findings = run.dataFindings(report.metrics).filter {
      if case .paidColumnAbsent = $0 { true } else { false }
    }
    #expect(findings == [
      .paidColumnAbsent(file: dataset.file("reviews.csv"), column: "substantive_comments", metrics: ["substantive_review_ratio"])
    ])
    #expect(findings.allSatisfy { $0.needsDecision })
    #expect(findings.first?.message == dataset.file("reviews.csv") + ": no substantive_comments column, which "
      + "substantive_review_ratio reads for the plan, so every row reads substantive_comments as empty "
      + "(docs/formats.md says what that means); add the column if the export has it")
    let audit = try DataAudit(run)
    #expect(audit.findings.contains { $0 == findings.first })
  }

  /// After the review: columns a paid metric's sources list, but whose empty cell has a meaning of its own (or that
  /// only a `metric_options` setting reads), are no warning; nor is one no paid metric reads.
  @Test(
    "a missing column with a meaning when empty, or that no paid or gating metric reads, is no warning",
    arguments: [
      ("oncall.csv", "after_hours_pages"), ("incidents.csv", "legacy_system"), ("incidents.csv", "external"),
      ("incidents.csv", "severity"), ("reviews.csv", "author_team"), ("reviews.csv", "reviewer_team"),
      ("assignments.csv", "to"), ("surveys.csv", "responses"), ("deployments.csv", "environment"),
    ])
  func quietColumnAbsent(file: String, column: String) throws {
    let dataset = try Self.acme(withoutColumn: column, in: file)
    let run = try PayoutRun(datasetPath: dataset.path)
    #expect(run.dataset.columnFindings(paying: run.plan).isEmpty)
  }

  @Test("a missing column a paid metric needs is named: lead time without first_commit_at")
  func unpaidColumnAbsent() throws {
    let withoutTime = try Self.acme(withoutColumn: "first_commit_at", in: "deployments.csv")
    let paying = try PayoutRun(datasetPath: withoutTime.path)
    // lead_time_hours, paid by the tech leads' lead_time component, reads first_commit_at.
    #expect(paying.dataset.columnFindings(paying: paying.plan).map(\.message).map { $0.contains("lead_time_hours") } == [true])
  }
}
