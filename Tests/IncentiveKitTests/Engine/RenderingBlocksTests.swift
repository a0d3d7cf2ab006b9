import Foundation
import IncentiveSynthetic
import TestSupport
import Testing

@testable import IncentiveKit

/// `calculate --format json` pays and renders a block of 256 people into one buffer on two threads
/// (`PayoutRun.Paying.renderingBlocks`): the document, the totals and the errors must be those of writing each
/// person as they are paid (`writeJSON(to:payouts:runs:)`).
@Suite("People paid and rendered a block at a time")
struct RenderingBlocksTests {
  /// A generated org of 700 people (blocks of 256, 256 and 188 in id order E000000…E000699), its roster's lines
  /// changed by `edit`, paid on two threads.
  static func run(_ folder: TemporaryDataset, editing edit: (String) -> String = { $0 }) throws -> PayoutRun {
    try SyntheticDataset(engineers: 700, events: 4000, seed: 7).write(to: folder.path)
    let roster = folder.path + "/roster.csv"
    let lines = try String(contentsOfFile: roster, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false)
    try lines.map { edit(String($0)) }.joined(separator: "\n").write(toFile: roster, atomically: true, encoding: .utf8)
    var run = try PayoutRun(datasetPath: folder.path)
    run.ingestion = .streaming(threads: 2, chunkBytes: 1 << 16)
    return run
  }

  /// A writer's document and team totals, or its error's text.
  enum Written: Equatable {
    case document(String)
    case failure(String)

    var document: String? { if case .document(let text) = self { text } else { nil } }
  }

  /// Both writers' documents and totals, or their errors' text.
  static func documents(_ run: PayoutRun) throws -> (blocks: Written, people: Written) {
    let (shell, paying) = try run.paying(strictConflicts: false)
    func written(_ write: (inout ReportBytes) throws -> PayoutReport.Tail) -> Written {
      var sink = ReportBytes()
      do {
        let tail = try write(&sink)
        let teams = tail.teams.map { "\($0.team) \($0.headcount) \($0.payout.minorUnits)" }.joined(separator: ";")
        return .document(sink.text + teams)
      } catch {
        return .failure("\(error)")
      }
    }
    let runs = ComponentMemberRuns(plan: run.plan)
    return (
      written { try shell.writeJSON(to: &$0, paying: paying, runs: runs) },
      written { try shell.writeJSON(to: &$0, payouts: paying.payouts, runs: runs) }
    )
  }

  @Test("three blocks on two threads give the document and totals written person by person")
  func sameDocument() throws {
    let folder = try TemporaryDataset([:])
    let (blocks, people) = try Self.documents(try Self.run(folder))
    #expect(blocks == people)
    let document = try #require(blocks.document)
    #expect(document.components(separatedBy: "\"engineer_id\": ").count > 600)
  }

  @Test("a block in which nobody is paid leaves no trace in the document")
  func emptyBlock() throws {
    let folder = try TemporaryDataset([:])
    // Everyone of the second block (E000256…E000511) left before the period.
    let run = try Self.run(folder) { line in
      guard let number = Int(line.prefix(7).dropFirst()), line.hasPrefix("E"), (256...511).contains(number) else {
        return line
      }
      return line.replacingOccurrences(
        of: #",\d{4}-\d{2}-\d{2},[^,]*,[^,]*,([^,]*,[^,]*,[^,]*)$"#, with: ",2020-01-01,2020-06-30,,$1",
        options: .regularExpression)
    }
    let (blocks, people) = try Self.documents(run)
    #expect(blocks == people)
    let document = try #require(blocks.document)
    #expect(!document.contains("\"E000300\"") && document.contains("\"E000255\"") && document.contains("\"E000512\""))
  }

  @Test("a person the engine refuses in the second block: the same first error, in engineer-id order")
  func sameError() throws {
    let folder = try TemporaryDataset([:])
    // Paid in a currency that is no ISO 4217 code, found while paying: E000400 first, E000650 after.
    let run = try Self.run(folder) { line in
      line.hasPrefix("E000400,") || line.hasPrefix("E000650,") ? String(line.dropLast(3)) + "ZZZ" : line
    }
    let (blocks, people) = try Self.documents(run)
    guard case .failure(let blockError) = blocks, case .failure(let personError) = people else {
      Issue.record("both writers should fail")
      return
    }
    #expect(blockError == personError)
    #expect(blockError.contains("E000400") && blockError.contains("ZZZ"))
  }
}
