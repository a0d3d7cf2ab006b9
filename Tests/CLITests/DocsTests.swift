import Foundation
import Testing

/// What the docs say about the repository is true of it: they cite only files it holds, and the
/// sample org's headcount is explained.
@Suite("Docs that match the repository")
struct DocsTests {
  /// README.md and every page under docs/.
  static func pages() throws -> [(name: String, text: String)] {
    let docs = CLIRunner.root.appendingPathComponent("docs")
    let files = try FileManager.default.subpathsOfDirectory(atPath: docs.path).filter { $0.hasSuffix(".md") }
    var pages = [
      ("README.md", try String(contentsOf: CLIRunner.root.appendingPathComponent("README.md"), encoding: .utf8))
    ]
    for file in files.sorted() {
      pages.append(("docs/" + file, try String(contentsOf: docs.appendingPathComponent(file), encoding: .utf8)))
    }
    return pages
  }

  @Test("no page cites SPEC.md or a SPEC section, which the repository does not hold")
  func noSpecCitations() throws {
    #expect(!FileManager.default.fileExists(atPath: CLIRunner.root.appendingPathComponent("SPEC.md").path))
    for page in try Self.pages() {
      #expect(!page.text.contains("SPEC"), "\(page.name) cites SPEC")
    }
  }

  @Test("calculate's page says --reason without --ledger is refused, as the command does")
  func reasonNeedsLedger() throws {
    let page = try #require(try Self.pages().first { $0.name == "docs/commands/calculate.md" }).text
    #expect(!page.contains("accepted but recorded nowhere"))
    #expect(page.contains("`--reason` without `--ledger` is a usage error (exit 2)"))
    let run = try CLIRunner.run(["calculate", "Fixtures/acme", "--reason", "why"])
    #expect(run.status == 2)
  }

  @Test("the README explains why acme's 16 roster rows pay 15 people")
  func acmeHeadcount() throws {
    let readme = try #require(try Self.pages().first { $0.name == "README.md" }).text
    // roster.csv: a header and 16 rows; expected.json: 15 engineers (E16 left 2026-06-19, before 2026-Q3).
    let roster = try String(
      contentsOf: CLIRunner.root.appendingPathComponent("Fixtures/acme/roster.csv"), encoding: .utf8)
    #expect(roster.split(separator: "\n").count == 17)
    #expect(readme.contains("16 people on the roster, of whom 15 are paid: E16 left on\n2026-06-19"))
  }
}
