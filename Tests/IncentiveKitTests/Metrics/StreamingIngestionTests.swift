import Foundation
import IncentiveSynthetic
import TestSupport
import Testing

@testable import IncentiveKit

/// The streamed, multi-threaded reading of event files must give exactly the metrics and payouts of the whole-file
/// reference path: the full `calculate --format json` output is compared, on the fixtures and on generated data,
/// with chunks small enough that records (and quoted line breaks) straddle chunk boundaries.
@Suite("Streaming ingestion equals the whole-file path")
struct StreamingIngestionTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// Chunk sizes: tiny (a few records each, many boundaries), odd, and the default.
  static let ingestions: [MetricsCalculator.Ingestion] = [
    .streaming(threads: 2, chunkBytes: 64), .streaming(threads: 2, chunkBytes: 1021), .streaming(threads: 1),
    .streaming(threads: 2),
  ]

  /// The JSON report when metrics come from the streamed path itself (never its whole-file fallback).
  static func streamedJSON(_ run: PayoutRun, _ ingestion: MetricsCalculator.Ingestion) throws -> String {
    guard case .streaming(let threads, let chunkBytes) = ingestion else { return "" }
    let metrics = try run.calculator().computeStreaming(run.dataset, threads: threads, chunkBytes: chunkBytes)
    let streamed = try #require(metrics, "the streamed path declined a CSV dataset")
    return try run.engine().calculate(roster: run.roster, metrics: streamed).renderJSON()
  }

  static func wholeFileJSON(_ path: String) throws -> String {
    var run = try PayoutRun(datasetPath: path)
    run.ingestion = .wholeFiles
    return try run.payouts().renderJSON()
  }

  @Test("Fixtures/acme: same JSON as the whole-file path and as expected.json", arguments: ingestions)
  func acme(ingestion: MetricsCalculator.Ingestion) throws {
    let path = Self.root.appendingPathComponent("Fixtures/acme").path
    let expected = try String(contentsOfFile: path + "/expected.json", encoding: .utf8)
    let whole = try Self.wholeFileJSON(path)
    #expect(whole == expected)
    #expect(try Self.streamedJSON(PayoutRun(datasetPath: path), ingestion) == whole)
  }

  @Test("Fixtures/acme-aliases: aliases resolve alike on both paths, the accounting (mapped) included", arguments: ingestions)
  func aliases(ingestion: MetricsCalculator.Ingestion) throws {
    let path = Self.root.appendingPathComponent("Fixtures/acme-aliases").path
    let whole = try Self.wholeFileJSON(path)
    // deployments.csv's Mobile and `mobile ` rows, reviews.csv's e10 row (Fixtures/acme-aliases/README.md).
    #expect(whole.contains("\"mobile \": {\n          \"to\": \"mobile\",\n          \"rows\": 1"))
    #expect(try Self.streamedJSON(PayoutRun(datasetPath: path), ingestion) == whole)
  }

  @Test("the team signal files read while the roster is serve the run's own period, alias spellings included, and no other")
  func earlySignals() throws {
    let path = Self.root.appendingPathComponent("Fixtures/acme-aliases").path
    let run = try PayoutRun(datasetPath: path)
    #expect(run.calculator().signalReader == run.earlySignals.reader)
    #expect(run.earlySignals.reader.teamAliases == ["Mobile": "mobile", "mobile ": "mobile", "Platform": "platform"])
    // The early read and the calculator's own give the same teams and the same accounting; a second wait the same.
    var inputs = InputAccounting()
    let own = try run.calculator().teamSignals(run.dataset, into: &inputs)
    for _ in 0..<2 {
      let early = try run.earlySignals.work.wait()
      #expect(early.inputs == inputs)
      #expect(early.signals.tallies.keys.sorted() == own.tallies.keys.sorted())
      #expect(early.signals.tallies.mapValues(\.coverageRows) == own.tallies.mapValues(\.coverageRows))
    }
    // Another period's calculator reads the files itself: its streamed metrics are the whole-file path's for July,
    // whose coverage differs from the quarter's the early read holds.
    let july = Period(from: CivilDate(year: 2026, month: 7, day: 1)!, to: CivilDate(year: 2026, month: 7, day: 31)!)
    #expect(run.calculator(period: july).signalReader != run.earlySignals.reader)
    let julyStreamed = try run.calculator(period: july).compute(run.dataset)
    var wholeCalculator = run.calculator(period: july)
    wholeCalculator.ingestion = .wholeFiles
    let julyWhole = try wholeCalculator.compute(run.dataset)
    #expect(julyStreamed.teams == julyWhole.teams)
    let quarter = try run.calculator().compute(run.dataset)
    #expect(julyStreamed.teams.mapValues { $0[.coverageDelta] } != quarter.teams.mapValues { $0[.coverageDelta] })
    // The paying path, early read included, pays what the whole-file reference path pays.
    #expect(try run.payouts().renderJSON() == Self.wholeFileJSON(path))
  }

  @Test("a generated dataset (quoted line breaks, joiners, leavers, moves): same JSON", arguments: ingestions)
  func generated(ingestion: MetricsCalculator.Ingestion) throws {
    let folder = try TemporaryDataset([:])
    try SyntheticDataset(engineers: 90, events: 6000, seed: 21).write(to: folder.path)
    let whole = try Self.wholeFileJSON(folder.path)
    #expect(try Self.streamedJSON(PayoutRun(datasetPath: folder.path), ingestion) == whole)
  }

  /// Rows the byte reader must hand to the record decoders: non-ASCII team names, `""` escapes in a read column,
  /// mixed-case spellings, reviews without teams (the roster decides), zone offsets, a BOM.
  static let awkwardFiles: [String: String] = {
    var files = MetricsCalculatorTests.files
    files["deployments.csv"] =
      "\u{FEFF}" + files["deployments.csv"]! + """

        f1,équipe,production,2026-07-03T00:00:00Z,SUCCESS,2026-07-01T00:00:00Z,3,Planned,
        f2,équipe,PRODUCTION,2026-07-04T00:00:00Z,Rolled_Back,,,ROLLBACK,Testing
        "a""b",alpha,production,2026-07-05T00:00:00Z,success,,12,,

        """
    files["reviews.csv"] =
      files["reviews.csv"]! + """

        r9,a1,2026-07-09T00:00:00Z,b1,2,1,"équipe",alpha
        r10,b1,2026-07-10T00:00:00+01:00,a1,3,3,,

        """
    return files
  }()

  /// The metrics of `files` for 2026-Q3 read whole, and streamed on two threads in chunks of `chunkBytes`.
  static func wholeAndStreamed(
    _ files: [String: String], chunkBytes: Int
  ) throws -> (whole: ComputedMetrics, streamed: ComputedMetrics) {
    let folder = try TemporaryDataset(files)
    let dataset = try Dataset(directory: folder.path)
    let roster = try Roster(engineers: try dataset.load(Engineer.self), assignments: [])
    var calculator = MetricsCalculator(roster: roster, period: Period(parsing: "2026-Q3")!)
    calculator.ingestion = .wholeFiles
    let whole = try calculator.compute(dataset)
    return (whole, try #require(try calculator.computeStreaming(dataset, threads: 2, chunkBytes: chunkBytes)))
  }

  @Test("rows off the fast path (non-ASCII, escapes, missing teams) count exactly as on the whole-file path")
  func awkwardRows() throws {
    let (whole, streamed) = try Self.wholeAndStreamed(Self.awkwardFiles, chunkBytes: 48)
    #expect(streamed.teams == whole.teams)
    #expect(streamed.engineers == whole.engineers)
    // équipe: f1 succeeded, f2 was rolled back for testing → change failure rate 1/2.
    #expect(streamed.team("équipe")["change_failure_rate"]?.formatted(decimals: 2) == "0.50")
  }

  /// What `eventReading` decides for `MetricsCalculatorTests.files` with `change` applied.
  static func reading(
    files change: (inout [String: String]) -> Void = { _ in }, options: MetricOptions = MetricOptions(),
    rewrite: EventRewrite? = nil
  ) throws -> (MetricsCalculator.EventReading, folder: String) {
    var files = MetricsCalculatorTests.files
    change(&files)
    let folder = try TemporaryDataset(files)
    let dataset = try Dataset(directory: folder.path)
    let roster = try Roster(engineers: try dataset.load(Engineer.self), assignments: [])
    var calculator = MetricsCalculator(roster: roster, period: Period(parsing: "2026-Q3")!, options: options)
    calculator.rewrite = rewrite
    return (calculator.eventReading(dataset), folder.path)
  }

  @Test("CSV event files under SPEC's DORA are streamed, from the paths found")
  func streamedReading() throws {
    // Without oncall.csv: a missing event file is simply not read.
    let (reading, folder) = try Self.reading { files in files["oncall.csv"] = nil }
    let expected = ["incidents", "deployments", "reviews"].map { ($0, folder + "/" + $0 + ".csv") }
    #expect(reading == .streamed(Dictionary(uniqueKeysWithValues: expected)))
  }

  @Test("each reason to read whole is named before any file is read")
  func wholeFileReasons() throws {
    var devlake = MetricOptions()
    devlake.doraDefinition = .devlake
    #expect(try Self.reading(options: devlake).0 == .whole(.toolDefinition(.devlake)))
    #expect(try Self.reading(rewrite: EventRewrite(review: { [$0] })).0 == .whole(.rewrite))

    let (json, folder) = try Self.reading { files in
      files["reviews.csv"] = nil
      files["reviews.json"] = "[]"
    }
    #expect(json == .whole(.notCSV(path: folder + "/reviews.json")))

    // Two formats of one file: the whole-file path reports it where it reads that file.
    let (twice, other) = try Self.reading { files in files["deployments.json"] = "[]" }
    let error = InputError.unreadable(
      file: other + "/deployments.csv", reason: "also found \(other)/deployments.json; keep one format per file")
    #expect(twice == .whole(.unresolvedFile(error)))
  }

  @Test(
    "under a minimum severity, a severity without a number is an error at its cell on both paths; empty still counts",
    arguments: [MetricsCalculator.Ingestion.wholeFiles, .streaming(threads: 2, chunkBytes: 64)])
  func unrankedSeverity(ingestion: MetricsCalculator.Ingestion) throws {
    var files = MetricsCalculatorTests.files
    files["incidents.csv"] = files["incidents.csv"]! + "\ni5,alpha,,2026-07-07T00:00:00Z,,,,\ni6,alpha,minor,2026-07-08T00:00:00Z,,,,\n"
    let folder = try TemporaryDataset(files)
    let dataset = try Dataset(directory: folder.path)
    let roster = try Roster(engineers: try dataset.load(Engineer.self), assignments: [])
    var calculator = MetricsCalculator(roster: roster, period: Period(parsing: "2026-Q3")!)
    calculator.ingestion = ingestion
    // Without a minimum, every severity counts and nothing is asked of it.
    #expect(throws: Never.self) { try calculator.compute(dataset) }
    var options = MetricOptions()
    options.incidentMinSeverity = 2
    calculator = MetricsCalculator(roster: roster, period: Period(parsing: "2026-Q3")!, options: options)
    calculator.ingestion = ingestion
    // The header is line 1, i1–i4 lines 2–5, i5 line 6 (empty: counts), i6 line 7; severity is the 3rd field.
    let expected = InputError.invalidValue(
      file: folder.path + "/incidents.csv", line: 7, column: 3, header: "severity", text: "minor",
      expected: "a severity with a number (SEV2, P2 or 2) to rank against metric_options.incident_min_severity SEV2; "
        + "write the export's severities that way, or remove the minimum from the plan")
    #expect(throws: expected) { try calculator.compute(dataset) }
  }

  @Test(
    "an author_id asked of the roster for a team, in another case than the roster's, is an error on both paths",
    arguments: [MetricsCalculator.Ingestion.wholeFiles, .streaming(threads: 2, chunkBytes: 64)])
  func authorIDNearMatch(ingestion: MetricsCalculator.Ingestion) throws {
    var files = MetricsCalculatorTests.files
    // Line 6: B1 is b1 (beta) in another case. Read as written the author had no team, so a1's review of beta's
    // work counted as same-team.
    files["reviews.csv"] = files["reviews.csv"]! + "\nr5,a1,2026-07-05T00:00:00Z,B1,2,1,,\n"
    let folder = try TemporaryDataset(files)
    let dataset = try Dataset(directory: folder.path)
    let roster = try Roster(engineers: try dataset.load(Engineer.self), assignments: [])
    var calculator = MetricsCalculator(roster: roster, period: Period(parsing: "2026-Q3")!)
    calculator.ingestion = ingestion
    let expected = InputError.nearMatch(
      file: folder.path + "/reviews.csv", line: 6, column: 4, header: "author_id", value: "B1", rosterValue: "b1",
      isTeam: false)
    #expect(throws: expected) { try calculator.compute(dataset) }
  }

  @Test("a bad cell gives the whole-file path's exact error, line and column included")
  func sameError() throws {
    var files = MetricsCalculatorTests.files
    files["deployments.csv"] = files["deployments.csv"]! + "\nz1,alpha,production,2026-07-03T00:00:00Z,shipped,,,,\n"
    let folder = try TemporaryDataset(files)
    let dataset = try Dataset(directory: folder.path)
    let roster = try Roster(engineers: try dataset.load(Engineer.self), assignments: [])
    var calculator = MetricsCalculator(roster: roster, period: Period(parsing: "2026-Q3")!)
    calculator.ingestion = .streaming(threads: 2, chunkBytes: 64)
    // The header is line 1 and d1…e1 lines 2–10, so z1 is line 11; status is the 5th field.
    let expected = InputError.invalidValue(
      file: folder.path + "/deployments.csv", line: 11, column: 5, header: "status", text: "shipped",
      expected: "one of success, failed, rolled_back")
    #expect(throws: expected) { try calculator.compute(dataset) }
  }
}
