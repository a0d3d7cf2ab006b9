import Foundation
import Testing

/// Every case of Fixtures/malformed (see its README): the exact exit code and first error line.
@Suite("Malformed-input corpus")
struct MalformedCorpusTests {
  static let corpus = CLIRunner.root.appendingPathComponent("Fixtures/malformed")

  static let cases: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
    return names.filter { !$0.contains(".") }.sorted()
  }()

  /// Runs `calculate` on a copy of acme with `files` replaced; returns the exit code and the first stderr line that is
  /// not a warning (the data warnings worked out while people are paid are said before the error that stopped the
  /// run, since they may explain it).
  static func calculate(replacing files: [String: Data]) throws -> (status: Int32, firstLine: String) {
    let directory = try CLIRunner.copyFixture("acme")
    defer { try? FileManager.default.removeItem(at: directory) }
    for (name, data) in files { try data.write(to: directory.appendingPathComponent(name)) }
    let result = try CLIRunner.run(["calculate", directory.path])
    #expect(result.stdout.isEmpty, "no partial output on bad input")
    let first =
      result.stderr.split(separator: "\n", omittingEmptySubsequences: false).first { !$0.hasPrefix("warning: ") }
      .map(String.init) ?? ""
    return (result.status, first.replacingOccurrences(of: directory.path, with: "$DATASET"))
  }

  @Test("the corpus holds every kind of bad input the README lists")
  func complete() {
    #expect(Self.cases.count == 19)
  }

  @Test("each case gives its expected exit code and first error line", arguments: cases)
  func expected(name: String) throws {
    let folder = Self.corpus.appendingPathComponent(name)
    let expected = try String(contentsOf: folder.appendingPathComponent("expected.txt"), encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var files: [String: Data] = [:]
    for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file != "expected.txt" {
      files[file] = try Data(contentsOf: folder.appendingPathComponent(file))
    }
    let (status, firstLine) = try Self.calculate(replacing: files)
    #expect("exit \(status)" == expected[0])
    #expect(firstLine == expected[1])
  }

  @Test("a 50 MB quoted field is refused at the field limit, in linear time", .timeLimit(.minutes(1)))
  func hugeField() throws {
    var text = "subject,metric,value,period\nplatform,x,\""
    text += String(repeating: "a", count: 50_000_000)
    text += "\",2026-Q3\n"
    let (status, firstLine) = try Self.calculate(replacing: ["metrics.csv": Data(text.utf8)])
    #expect(status == 2)
    #expect(firstLine == "error: $DATASET/metrics.csv:2: field 3 is longer than 16777216 bytes, the most a CSV field may hold")
  }

  @Test("a header of 100,000 columns is refused at the field-count limit", .timeLimit(.minutes(1)))
  func manyColumns() throws {
    let header = (0..<100_000).map { "c\($0)" }.joined(separator: ",") + "\n"
    let (status, firstLine) = try Self.calculate(replacing: ["metrics.csv": Data(header.utf8)])
    #expect(status == 2)
    #expect(firstLine == "error: $DATASET/metrics.csv:1: record has more than 10000 fields, the most a CSV record may have")
  }
}
