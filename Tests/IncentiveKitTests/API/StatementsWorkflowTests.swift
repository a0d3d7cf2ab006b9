import Foundation
@testable import IncentiveKit
import Testing

/// `statement`: one person's statement, or everyone's, one private file each.
@Suite("Statements workflow")
struct StatementsWorkflowTests {
  static func options(_ selection: StatementsWorkflow.Selection, format: Statement.Format = .text)
    -> StatementsWorkflow.Options
  {
    StatementsWorkflow.Options(run: WorkflowFixtures.run, selection: selection, format: format)
  }

  @Test("everyone: one file per paid person, mode 0600, in a new folder of mode 0700")
  func everyone() throws {
    try GovernanceFixtures.withScratchDirectory { scratch in
      let directory = scratch + "/statements"
      let result = try StatementsWorkflow.run(Self.options(.everyone(directory: directory), format: .markdown))
      let expectedNames = WorkflowFixtures.paid.map { $0 + ".md" }
      #expect(result.output == "wrote 15 statements to \(directory)\n")
      #expect(result.writtenFiles == expectedNames.map { directory + "/" + $0 })
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
          == [StatementFolder.manifestName] + expectedNames)
      #expect(GovernanceFixtures.mode(of: directory) == 0o700)
      for path in result.writtenFiles { #expect(GovernanceFixtures.mode(of: path) == 0o600, "\(path)") }
      let single = try StatementsWorkflow.run(Self.options(.engineer(id: "E04", output: nil), format: .markdown))
      #expect(try WorkflowFixtures.text(directory + "/E04.md") == single.output)
    }
  }

  @Test("a folder given with a trailing slash is joined without doubling it")
  func trailingSlash() throws {
    try GovernanceFixtures.withScratchDirectory { scratch in
      let result = try StatementsWorkflow.run(Self.options(.everyone(directory: scratch + "/out/")))
      #expect(result.writtenFiles.first == scratch + "/out/E01.txt")
    }
  }

  @Test("a folder that cannot be created is an output error naming it")
  func folderRefused() throws {
    try GovernanceFixtures.withScratchDirectory { scratch in
      let file = scratch + "/plain-file"
      try GovernanceFixtures.writeBytes(Array("x".utf8), to: file)
      do {
        _ = try StatementsWorkflow.run(Self.options(.everyone(directory: file + "/statements")))
        Issue.record("no error")
      } catch let error as OutputError {
        guard case .cannotCreate(let path, _) = error else { throw error }
        #expect(path == file + "/statements")
      }
    }
  }

  @Test("one engineer to a file: mode 0600, nothing printed")
  func oneToFile() throws {
    try GovernanceFixtures.withScratchDirectory { scratch in
      let path = scratch + "/E04.html"
      let result = try StatementsWorkflow.run(Self.options(.engineer(id: "E04", output: path), format: .html))
      #expect(result.output == "")
      #expect(result.writtenFiles == [path])
      #expect(GovernanceFixtures.mode(of: path) == 0o600)
      #expect(try WorkflowFixtures.text(path).hasPrefix("<!DOCTYPE html>"))
    }
  }

  @Test(
    "someone not paid: not on the roster, or not employed in the period",
    arguments: [
      // E99 is one edit from E09 (and further from every other acme id): the suggestion.
      ("E99", PayoutLookupError.notInRoster(id: "E99", suggestion: "E09")),
      ("E16", .notEmployed(id: "E16", period: Period(parsing: "2026-Q3")!)),
    ])
  func notPaid(id: String, error: PayoutLookupError) {
    #expect(throws: error) { try StatementsWorkflow.run(Self.options(.engineer(id: id, output: nil))) }
    #expect(throws: error) { try ExplainWorkflow.run(WorkflowFixtures.run, engineer: id) }
  }

  /// The demographics file is one of the run's inputs a statement may never replace; two formats of it make the set of
  /// protected files unknowable, which refuses a statement for standard output too, as it did when every payout was
  /// kept.
  @Test("one person's statement on standard output still needs the run's protected files known")
  func protectedFilesUnknown() throws {
    try GovernanceFixtures.withScratchDirectory { scratch in
      let dataset = scratch + "/acme"
      try FileManager.default.copyItem(atPath: WorkflowFixtures.acme, toPath: dataset)
      try FileManager.default.copyItem(atPath: dataset + "/demographics.csv", toPath: dataset + "/demographics.json")
      var options = Self.options(.engineer(id: "E03", output: nil))
      options.run = RunOptions(dataset: dataset)
      #expect {
        try StatementsWorkflow.run(options)
      } throws: { error in
        "\(error)".contains("demographics")
      }
      // Without the second format, the same statement is printed.
      try FileManager.default.removeItem(atPath: dataset + "/demographics.json")
      #expect(try StatementsWorkflow.run(options).output.contains("E03"))
    }
  }
}
