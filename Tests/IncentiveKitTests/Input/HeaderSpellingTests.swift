import Testing

@testable import IncentiveKit

@Suite("HeaderSpelling: a misspelt optional column is refused, not read as empty")
struct HeaderSpellingTests {
  static let roster: [TableColumn] = [
    .required("engineer_id"), .required("team"), .optional("end_date"), .optional("currency"), .optional("kind"),
  ]

  /// Reads `csv` as a dataset file does; the error it throws, or nil.
  static func error(_ csv: String, checks: Bool = true) -> InputError? {
    var reader = TableReader(file: "roster.csv", format: .csv, bytes: Array(csv.utf8))
    reader.checksHeaderSpelling = checks
    do throws(InputError) {
      try reader.forEachRow(columns: roster) { _ in }
      return nil
    } catch {
      return error
    }
  }

  static func misspelt(_ header: String, at column: Int, for expected: String) -> InputError {
    .misspeltColumn(file: "roster.csv", line: 1, column: column, header: header, expected: expected)
  }

  @Test(
    "near spellings of an absent optional column are refused, naming the header's column and the column meant",
    arguments: [
      // Case and separators aside; one edit from a name of five or more letters; one word written short.
      ("curency", "currency"), ("currenyc", "currency"), ("End Date", "end_date"), ("end-date", "end_date"),
      ("ENDDATE", "end_date"), ("endDate", "end_date"), ("enddat", "end_date"), ("end_dt", "end_date"),
      // A word added, dropped or replaced is another column; a short name one letter from another word likewise.
      ("Currency Code", nil), ("currency_id", nil), ("end", nil), ("end_at", nil), ("kinds", nil), ("kid", nil),
      ("currencies", nil), ("region", nil), ("", nil),
    ] as [(String, String?)])
  func nearSpellings(header: String, expected: String?) {
    let error = Self.error("engineer_id,team,\(header)\nE1,t,x\n")
    #expect(error == expected.map { Self.misspelt(header, at: 3, for: $0) })
  }

  @Test(
    "real exports' other columns are read past: a word added or replaced, or a different word, is no slip",
    arguments: [
      ("external_id", "external"), ("commits", "comments"), ("reported_at", "reported_by"), ("service_id", "service"),
      ("severity_id", "severity"), ("resolved_by", "resolved_at"), ("merged_by", "merged_at"), ("merged", "merged_at"),
      ("pagerduty_id", "pagerduty"), ("internal", "external"), ("manager", "manager_id"), ("author", "author_id"),
      // One word alone is not taken as written short: these are other words.
      ("time", "timezone"), ("event", "environment"), ("set", "severity"), ("sec", "service"),
    ])
  func otherColumns(header: String, column: String) {
    #expect(!HeaderSpelling.isNear(HeaderSpelling.words(header), HeaderSpelling.words(column)))
  }

  @Test("a column present under its own name is never second-guessed, nor is a header another column reads")
  func presentColumns() {
    #expect(Self.error("engineer_id,team,currency,curency\nE1,t,USD,x\n") == nil)
    // `Team` is the required column itself, case aside.
    #expect(Self.error("Engineer_ID,Team,End_Date\nE1,t,\n") == nil)
  }

  @Test("readers of other tools' exports don't check: their columns are not ours")
  func importsDoNotCheck() {
    #expect(Self.error("engineer_id,team,curency\nE1,t,x\n", checks: false) == nil)
  }

  @Test("JSON keys are matched exactly, so a key in another case is refused too, with the row's position")
  func jsonKeys() {
    func error(_ json: String) -> InputError? {
      var reader = TableReader(file: "roster.json", format: .json, bytes: Array(json.utf8))
      reader.checksHeaderSpelling = true
      do throws(InputError) {
        try reader.forEachRow(columns: Self.roster) { _ in }
        return nil
      } catch {
        return error
      }
    }
    #expect(
      error(#"[{"engineer_id": "E1", "team": "t", "currency": "EUR"},"# + "\n" + #" {"engineer_id": "E2", "team": "t", "Currency": "EUR"}]"#)
        == .misspeltColumn(file: "roster.json", line: 2, column: 2, header: "Currency", expected: "currency"))
    #expect(error(#"[{"engineer_id": "E1", "team": "t", "note": "x"}]"#) == nil)
  }

  @Test("the message names file, line, column, both spellings and what to do")
  func message() {
    #expect(
      Self.misspelt("curency", at: 9, for: "currency").description
        == "roster.csv:1:9: header \"curency\" is not a column of this file but looks like \"currency\", which the file "
        + "lacks; unread, every row would be taken as having no currency. Rename the header to currency, or, if it is "
        + "another column, to a name further from it")
  }
}
