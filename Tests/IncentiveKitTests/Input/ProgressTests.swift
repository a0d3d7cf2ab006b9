import Foundation
@testable import IncentiveKit
import Testing

@Suite("Reading progress")
struct ProgressTests {
  @Test("the line shows rows, MB/s and the time left at the rate so far")
  func line() {
    // 50,000,000 of 200,000,000 bytes in 2 s: 25.0 MB/s; 150,000,000 bytes left / 25,000,000 per s = 6 s.
    let summary = ProgressSummary(
      file: "deployments.csv", rows: 1_234_567, bytes: 50_000_000, totalBytes: 200_000_000, elapsed: 2)
    #expect(summary.line == "reading deployments.csv · 1,234,567 rows · 25.0 MB/s · ETA 6s")
  }

  @Test("no ETA without a known total")
  func noTotal() {
    let summary = ProgressSummary(file: "a.csv", rows: 10, bytes: 1_500_000, totalBytes: 0, elapsed: 1)
    #expect(summary.line == "reading a.csv · 10 rows · 1.5 MB/s")
  }

  @Test("durations", arguments: [(0, "0s"), (59, "59s"), (185, "3m05s"), (3_720, "1h02m")])
  func duration(seconds: Int, text: String) {
    // 1 byte read of (1 + seconds) in 1 s leaves `seconds` seconds.
    let summary = ProgressSummary(file: "f", rows: 1, bytes: 1, totalBytes: 1 + seconds, elapsed: 1)
    #expect(summary.secondsLeft == seconds)
    #expect(summary.line.hasSuffix("ETA " + text))
  }

  /// Collects reports from the reading loop.
  final class Recorder: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [ReadProgress] = []
    var reports: [ReadProgress] { lock.withLock { storage } }
    func record(_ progress: ReadProgress) { lock.withLock { storage.append(progress) } }
  }

  @Test("a CSV reports every 16,384 rows and once at the end with the whole file read")
  func csvReports() throws {
    // 40,000 rows of "n\n": reports at rows 16,384 and 32,768, then the final one at 40,000.
    var text = "n\n"
    for index in 0..<40_000 { text += "\(index % 10)\n" }
    let bytes = Array(text.utf8)
    let reader = TableReader(file: "n.csv", format: .csv, bytes: bytes)
    let recorder = Recorder()
    var rows = 0
    try reader.forEachRow(columns: [.required("n")], progress: recorder.record) { _ in rows += 1 }
    let reports = recorder.reports
    #expect(rows == 40_000)
    #expect(reports.map(\.rows) == [16_384, 32_768, 40_000])
    // Header 2 bytes + 16,384 rows × 2 bytes = 32,770 consumed at the first report.
    #expect(reports[0].bytesRead == 32_770)
    #expect(
      reports.last
        == ReadProgress(file: "n.csv", rows: 40_000, bytesRead: bytes.count, fileBytes: bytes.count, isFinished: true))
  }
}
