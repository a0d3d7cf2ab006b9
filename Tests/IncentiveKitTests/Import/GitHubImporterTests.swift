import Testing

@testable import IncentiveKit

@Suite("gh pr list import")
struct GitHubImporterTests {
  static func result() throws -> ImportResult {
    try GitHubImporter.read(try ImportFixtures.files("github", ["prs.json"]), options: ImportOptions(team: "payments"))
  }

  @Test("each submitted review by someone else is a review; its body is the comment signal")
  func reviews() throws {
    let result = try Self.result()
    let reviews = try ImportFixtures.rows(result, "reviews")
    #expect(
      reviews.map { "\($0["pr_id"]!) \($0["reviewer_id"]!) \($0["state"]!)" } == [
        "812 bob CHANGES_REQUESTED", "812 bob APPROVED", "815 cruz APPROVED",
      ])
    // 95-character body: one comment, substantive (≥ 40); "LGTM": one comment, not substantive; "": none.
    #expect(reviews.map { $0["comments"]! } == ["1", "1", "0"])
    #expect(reviews.map { $0["substantive_comments"]! } == ["1", "0", "0"])
    #expect(reviews[0]["submitted_at"] == "2026-07-06T13:02:11Z")
    #expect(reviews[0]["author_id"] == "ana")
    // ana's review of her own PR and her pending review are skipped.
    #expect(result.skipped.count == 2)
  }

  @Test("each pull request is a change with its size")
  func changeSizes() throws {
    let changes = try ImportFixtures.rows(try Self.result(), "changes")
    // 120 + 30 and 4 + 2.
    #expect(changes.map { $0["change_lines"]! } == ["150", "6"])
    #expect(changes[0]["merged_at"] == "2026-07-07T16:45:00Z")
  }

  @Test("a review without an author login is an error at the review's position")
  func missingLogin() {
    let error = ImportFixtures.error {
      try GitHubImporter.read(
        [
          ImportFixtures.inline(
            "prs.json",
            "[{\"number\": 1, \"createdAt\": \"2026-07-01T00:00:00Z\",\n \"reviews\": [{\"state\": \"APPROVED\"}]}]")
        ],
        options: ImportOptions())
    }
    #expect(error == .missingValue(file: "prs.json", line: 2, column: 14, header: "author.login"))
  }

  @Test("an 18-digit additions count is an error at its position, not a trap when deletions are added to it")
  func hugeLineCount() {
    // 999,999,999,999,999,999 + 9,223,372,036,854,775,807 passed Int64 in `lineCount`.
    let error = ImportFixtures.error {
      try GitHubImporter.read(
        [
          ImportFixtures.inline(
            "prs.json",
            #"[{"number": 1, "createdAt": "2026-07-01T00:00:00Z", "author": {"login": "ana"}, "#
              + #""additions": 999999999999999999, "deletions": 9223372036854775807}]"#)
        ],
        options: ImportOptions())
    }
    #expect(
      error
        == .invalidValue(
          file: "prs.json", line: 1, column: 94, header: "additions", text: "999999999999999999",
          expected: "a whole number from 0 to 999999999"))
  }
}
