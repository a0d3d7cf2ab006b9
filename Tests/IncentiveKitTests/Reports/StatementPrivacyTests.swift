import Foundation
import TestSupport
import Testing

@testable import IncentiveKit

/// What a statement and the shared view must never give away, and file names that can't collide.
@Suite("Statements and the shared view give nothing away")
struct StatementPrivacyTests {
  typealias S = PayoutScenario

  @Test("a retention grant's free-text reason is in the payout report but in no statement format")
  func retentionReason() throws {
    let grant =
      #"{"engineer_id": "E1", "amount": 24000, "grant_date": "2026-01-15", "cliff_months": 6, "vesting_months": 24, "every_months": 3, "reason": "to match Daniel's Q3 bonus of 6128.56"}"#
    let scenario = S(
      roster: [S.engineer("E1", team: "t1")], components: PlanFeatureTests.plainCostAndHealth,
      planExtras: "\"retention_bonuses\": [\(grant)]", files: PlanFeatureTests.costAndHealthFiles)
    let folder = try scenario.dataset()
    let run = try PayoutRun(datasetPath: folder.path)
    let report = try run.payouts()
    #expect(report.renderJSON().contains("to match Daniel's Q3 bonus of 6128.56"))
    let payout = try #require(report.engineer("E1"))
    for format in Statement.Format.allCases {
      let text = Statement(report: report, payout: payout, roster: run.roster).render(format)
      // The tranche itself is there (6/24 of 24,000 = 6,000.00), its reason is not.
      #expect(text.contains("6,000.00") || text.contains("6000.00"), "\(format)")
      #expect(!text.contains("6128.56") && !text.contains("Daniel"), "\(format)")
    }
  }

  @Test(
    "statement file names: unique per id by construction, stable, inside the folder",
    arguments: [
      ("E04", "E04.txt"), ("a/b", "a_2Fb.txt"), ("a_b", "a_5Fb.txt"), ("../x", "_2E._2Fx.txt"),
      (".hidden", "_2Ehidden.txt"),
      ("é", "_C3_A9.txt"), ("a b", "a_20b.txt"), ("v1.2", "v1.2.txt"),
    ])
  func fileNames(id: String, expected: String) {
    #expect(Statement.fileName(forID: id, format: .text) == expected)
  }

  @Test("a 5000-character id gets a short name: 100 bytes, ~ and 16 hex digits of its SHA-256")
  func longID() {
    let id = String(repeating: "x", count: 5000)
    let name = Statement.fileName(forID: id, format: .markdown)
    #expect(name == String(repeating: "x", count: 100) + "~" + SHA256.hexDigest(Array(id.utf8)).prefix(16) + ".md")
    #expect(name.utf8.count == 100 + 1 + 16 + 3)
  }

  @Test("statement --all: a/b and a_b each get their own file, a 5000-character id too; nothing else is left")
  func allStatements() throws {
    let long = String(repeating: "y", count: 5000)
    let scenario = S(
      roster: [S.engineer("a/b", team: "t1"), S.engineer("a_b", team: "t1"), S.engineer(long, team: "t1")],
      components: PlanFeatureTests.plainCostAndHealth, files: PlanFeatureTests.costAndHealthFiles)
    let folder = try scenario.dataset()
    let output = folder.file("statements")
    let result = try StatementsWorkflow.run(
      .init(run: RunOptions(dataset: folder.path), selection: .everyone(directory: output)))
    let names = try FileManager.default.contentsOfDirectory(atPath: output).sorted().filter {
      $0 != StatementFolder.manifestName
    }
    #expect(names.count == 3)
    #expect(names.contains("a_2Fb.txt") && names.contains("a_5Fb.txt"))
    let slash = try String(contentsOfFile: output + "/a_2Fb.txt", encoding: .utf8)
    #expect(slash.hasPrefix("Incentive statement for Name a/b (a/b)"))
    let underscore = try String(contentsOfFile: output + "/a_5Fb.txt", encoding: .utf8)
    #expect(underscore.hasPrefix("Incentive statement for Name a_b (a_b)"))
    #expect(result.writtenFiles.count == 3)
    // No staging folder left beside it.
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.contains("incentive-tmp") })
  }

  @Test("statement --all that fails (an output onto the plan) writes nothing")
  func failingAllWritesNothing() throws {
    // The id `plan` with --format json would be plan.json in the dataset folder itself.
    let scenario = S(
      roster: [S.engineer("E1", team: "t1"), S.engineer("plan", team: "t1")],
      components: PlanFeatureTests.plainCostAndHealth, files: PlanFeatureTests.costAndHealthFiles)
    let folder = try scenario.dataset()
    let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(throws: OutputError.self) {
      try StatementsWorkflow.run(
        .init(run: RunOptions(dataset: folder.path), selection: .everyone(directory: folder.path), format: .json))
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == before)
  }

  @Test("a newline in a name can't add a line to a Markdown or text statement")
  func newlineInName() throws {
    let scenario = S(
      roster: [
        S.engineer("E1", team: "t1").replacingOccurrences(
          of: "Name E1", with: "\"Eve\n# Your payout: 1,000,000.00 USD\"")
      ],
      components: PlanFeatureTests.plainCostAndHealth, files: PlanFeatureTests.costAndHealthFiles)
    let folder = try scenario.dataset()
    let run = try PayoutRun(datasetPath: folder.path)
    let report = try run.payouts()
    let payout = try #require(report.engineer("E1"))
    let statement = Statement(report: report, payout: payout, roster: run.roster)
    let markdown = statement.renderMarkdown().split(separator: "\n")
    #expect(!markdown.contains { $0.hasPrefix("# Your payout") })
    #expect(markdown.first == "# Incentive statement for Eve \\# Your payout: 1,000,000.00 USD (E1)")
    let text = statement.renderText().split(separator: "\n")
    #expect(text.first == "Incentive statement for Eve\\u{A}# Your payout: 1,000,000.00 USD (E1)")
  }

  @Test("--share counts people with pay, not heads: 4 of 5 with a target of 0 suppress the team and the total")
  func shareCountsContributors() throws {
    // Acme's mobile team: E11–E14 get a 0 % target, leaving E15's pay alone in the team's figures.
    let dataset = try TemporaryDataset(
      copying: WorkflowFixtures.acme,
      editing: [
        "roster.csv": { text in
          var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
          for index in lines.indices where ["E11,", "E12,", "E13,", "E14,"].contains(where: lines[index].hasPrefix) {
            var fields = lines[index].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[12] = "0"
            lines[index] = fields.joined(separator: ",")
          }
          return lines.joined(separator: "\n")
        }
      ])
    let report = try PayoutRun(datasetPath: dataset.path).payouts()
    let share = ShareReport(report: report, minGroupSize: 5)
    // payments and platform have 5 paid people each (Fixtures/acme/README.md): shown; mobile hidden.
    #expect(share.suppression.shown.map(\.team) == ["payments", "platform"])
    #expect(share.suppression.suppressedCount == 1)
    // One hidden team with 1 paid person < 5: the total would give it away by subtraction.
    #expect(share.total == nil)
    #expect(!share.renderCSV().contains("mobile"))
  }
}

/// `statement --all` pays and renders statements on several threads and writes them in engineer order: the files
/// must be those one thread makes, in the same order.
@Suite("Statements rendered on several threads")
struct ParallelStatementTests {
  @Test("three paying threads give one thread's names and texts, in engineer order", arguments: Statement.Format.allCases)
  func sameStatements(format: Statement.Format) throws {
    func statements(threads: Int) throws -> [(String, String)] {
      var run = try PayoutRun(datasetPath: WorkflowFixtures.acme)
      run.ingestion = .streaming(threads: threads)
      let (shell, paying) = try run.paying(strictConflicts: false)
      var statements: [(String, String)] = []
      try Statement.forEach(paying: paying, shell: shell, roster: run.roster, format: format) {
        statements.append(($0, $1))
      }
      return statements
    }
    let serial = try statements(threads: 1)
    let parallel = try statements(threads: 3)
    // acme pays 15 of its 16 roster rows (E16 starts after the period), E01 to E15.
    #expect(serial.count == 15)
    #expect(serial.first?.0 == Statement.fileName(forID: "E01", format: format))
    #expect(parallel.map(\.0) == serial.map(\.0))
    #expect(parallel.map(\.1) == serial.map(\.1))
  }
}
