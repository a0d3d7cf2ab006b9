import Testing

@testable import IncentiveKit

@Suite("identities.csv links tool users to engineers")
struct IdentityMapTests {
  static func identities() throws -> IdentityMap {
    try IdentityMap(file: try ImportFixtures.files("org", ["identities.csv"])[0])
  }

  @Test("GitHub logins become engineer ids; an unknown login is kept and listed")
  func github() throws {
    var result = try GitHubImporter.read(try ImportFixtures.files("github", ["prs.json"]), options: ImportOptions())
    result.link(try Self.identities())
    let reviews = try ImportFixtures.rows(result, "reviews")
    // bob → E02 (twice); cruz has no identity row. Authors ana → E01, bob → E02.
    #expect(reviews.map { $0["reviewer_id"]! } == ["E02", "E02", "cruz"])
    #expect(reviews.map { $0["author_id"]! } == ["E01", "E01", "E02"])
    #expect(result.unlinked == ["cruz"])
    #expect(result.summary().contains("unlinked identities (kept as written; add them to identities.csv): cruz\n"))
  }

  @Test("DevLake account ids match the devlake column, or the login after the last colon")
  func devlakeAccounts() throws {
    let map = try Self.identities()
    #expect(map.engineer(for: "github:GithubAccount:1:bob") == "E02")
    #expect(map.engineer(for: "github:GithubAccount:1:ana") == "E01")
    #expect(map.engineer(for: "ANA@acme.test") == "E01")
    #expect(map.engineer(for: "github:GithubAccount:1:zed") == nil)
  }

  @Test("one spelling claimed by two engineers is an error at its cell")
  func conflict() {
    let file = ImportFixtures.inline("identities.csv", "engineer_id,github\nE01,ana\nE02,ana\n")
    #expect(
      throws: InputError.invalidValue(
        file: "identities.csv", line: 3, column: 2, header: "github", text: "ana",
        expected: "an identity of one engineer only (already E01)")
    ) {
      try IdentityMap(file: file)
    }
  }
}
