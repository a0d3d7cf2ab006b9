import Foundation
import TestSupport
import Testing

@testable import IncentiveKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Files that used to hang the tool, grow its memory without end or crash it.
@Suite("Hostile files: FIFOs, devices, runaway records, huge files, 18-digit counts")
struct HostileFileTests {
  @Test("deployments.csv as a FIFO, a link to /dev/zero or a folder is refused with a clear error, not a hang")
  func nonRegularFiles() throws {
    for kind in ["fifo", "device", "directory"] {
      let dataset = try TemporaryDataset(copying: WorkflowFixtures.acme)
      let path = dataset.file("deployments.csv")
      unlink(path)
      switch kind {
      case "fifo": #expect(mkfifo(path, 0o600) == 0)
      case "device": try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero")
      default: try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
      }
      do {
        _ = try PayoutRun(datasetPath: dataset.path).payouts()
        Issue.record("\(kind): read")
      } catch let error as InputError {
        // Refused when the dataset folder is listed (before any reader opens it), or by the reader.
        let file: String
        let reason: String
        switch error {
        case .notRegularFile(let name, let what): (file, reason) = (name, "\(what), not a regular file")
        case .unreadable(let name, let why): (file, reason) = (name, why)
        default:
          Issue.record("\(kind): \(error)")
          continue
        }
        #expect(file.hasSuffix("deployments.csv"), "\(kind)")
        let expected = ["fifo": "a FIFO", "device": "a character device", "directory": "a directory"][kind]!
        #expect(reason.contains(expected) && reason.contains("not a regular file"), "\(kind): \(reason)")
        #expect("\(error)".contains("it is \(expected)"), "\(kind): \(error)")
      }
    }
  }

  @Test("a 1 GB roster (sparse) is refused by its size before a byte is read")
  func hugeRoster() throws {
    let dataset = try TemporaryDataset(copying: WorkflowFixtures.acme)
    let path = dataset.file("roster.csv")
    #expect(truncate(path, 1 << 30) == 0)
    #expect(
      throws: InputError.unreadable(
        file: path, reason: RegularFile.Refusal.tooLarge(size: 1 << 30, limit: InputFile.tableLimit).description)
    ) {
      _ = try PayoutRun(datasetPath: dataset.path)
    }
  }

  @Test("a plan over its 16 MB limit is refused by size")
  func hugePlan() throws {
    let dataset = try TemporaryDataset(copying: WorkflowFixtures.acme)
    #expect(truncate(dataset.file("plan.json"), off_t(InputFile.planLimit + 1)) == 0)
    #expect(throws: PlanError.self) { _ = try PayoutRun(datasetPath: dataset.path) }
  }

  @Test("a record that never ends (stray quote) stops at the record limit, naming its line")
  func runawayRecord() throws {
    // Line 3 opens a quote that is never closed; 64 KB of text follows, limit 4 KB, chunks of 512 B.
    let text = "h1,h2\na,b\n\"never closed," + String(repeating: "x\n", count: 32 << 10)
    let folder = try TemporaryDataset(["f.csv": text])
    var source = try CSVChunkSource(
      path: folder.file("f.csv"), displayName: "f.csv", chunkBytes: 512, maxRecordBytes: 4096)
    defer { source.close() }
    #expect(throws: InputError.recordTooLong(file: "f.csv", line: 3, limit: 4096)) {
      while try source.next(displayName: "f.csv") != nil {}
    }
  }

  @Test("a runaway record after many chunks is named at its line, counted again from the file", arguments: [0, 1, 300])
  func runawayRecordLater(rowsBefore: Int) throws {
    // A header, `rowsBefore` rows (over many 512-byte chunks, one with a quoted line break), then a stray quote.
    let rows = (0..<rowsBefore).map { $0 == 7 ? "\"two\nlines\",\($0)\n" : "row,\($0)\n" }.joined()
    let text = "h1,h2\n" + rows + "\"never closed," + String(repeating: "x\n", count: 32 << 10)
    let folder = try TemporaryDataset(["f.csv": text])
    var source = try CSVChunkSource(
      path: folder.file("f.csv"), displayName: "f.csv", chunkBytes: 512, maxRecordBytes: 4096)
    defer { source.close() }
    let line = 2 + rowsBefore + (rowsBefore > 7 ? 1 : 0)
    #expect(throws: InputError.recordTooLong(file: "f.csv", line: line, limit: 4096)) {
      while try source.next(displayName: "f.csv") != nil {}
    }
  }

  @Test("a resumed boundary search finds the same cut as a search from the start")
  func resumedScan() {
    let bytes = Array("a,\"b\nc\",d\ne,f".utf8)
    var scan = CSVChunkSource.Scan()
    // Offsets: a0 ,1 "2 b3 LF4 c5 "6 ,7 d8 LF9 e10. The first 6 bytes hold an open quote (the LF at 4 is inside
    // it): no boundary. The quote closes at 6, and the LF at 9 ends a record: cut after it, at 10.
    #expect(CSVChunkSource.lastRecordEnd(Array(bytes.prefix(6)), resuming: &scan) == nil)
    #expect(scan.inQuotes && scan.position == 6)
    #expect(CSVChunkSource.lastRecordEnd(bytes, resuming: &scan) == 10)
    #expect(CSVChunkSource.lastRecordEnd(bytes) == 10)
  }

  /// E1 on call for one week of the quarter with `pages` and `afterHours` pages, under `planExtras`.
  static func onCall(pages: String, afterHours: String, planExtras: String = "") -> PayoutScenario {
    typealias S = PayoutScenario
    return S(
      roster: [S.engineer("E1", team: "t1")], components: PlanFeatureTests.plainCostAndHealth, planExtras: planExtras,
      files: PlanFeatureTests.costAndHealthFiles.merging([
        "oncall.csv": """
        engineer_id,shift_start,shift_end,pages,after_hours_pages
        E1,2026-07-06T09:00:00Z,2026-07-13T09:00:00Z,\(pages),\(afterHours)
        """
      ]) { $1 })
  }

  @Test("a nine-digit after-hours page count times a premium rate near 10^11 is an error naming the values")
  func hugePageCount() throws {
    let scenario = Self.onCall(
      pages: "999999999", afterHours: "999999999", planExtras: #""premiums": {"after_hours_page_rate": 99999999999.99}"#)
    // 999,999,999 × 99,999,999,999.99 ≈ 10^20 dollars: past Int64's 92,233,720,368,547,758.07.
    do {
      _ = try scenario.report()
      Issue.record("paid")
    } catch let error as CalculationError {
      #expect(
        error
          == .amountOutOfRange(
            engineer: "E1", what: "on-call premium (999999999 after-hours pages × 99999999999.99)"))
      #expect(error.exitCode == 2)
    }
  }

  @Test("an 18-digit after-hours page count is refused at its cell (file, line, column), not summed")
  func eighteenDigitPageCount() throws {
    let scenario = Self.onCall(pages: "3", afterHours: "999999999999999999")
    do {
      _ = try scenario.report()
      Issue.record("paid")
    } catch let error as InputError {
      #expect(
        String(describing: error).hasSuffix(
          #"oncall.csv:2:5: after_hours_pages: "999999999999999999" is not a whole number from 0 to 999999999"#),
        "\(error)")
      #expect(error.exitCode == 2)
    }
  }
}

extension HostileFileTests {
  @Test("a 1 GB (sparse) deployments.jsonl is refused by its size: JSON event files are read whole")
  func hugeJSONLines() throws {
    let dataset = try TemporaryDataset(copying: WorkflowFixtures.acme)
    unlink(dataset.file("deployments.csv"))
    let path = dataset.file("deployments.jsonl")
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    #expect(truncate(path, 1 << 30) == 0)
    #expect(
      throws: InputError.unreadable(
        file: path,
        reason: RegularFile.Refusal.tooLarge(size: 1 << 30, limit: InputFile.jsonEventFileLimit).description)
    ) {
      _ = try PayoutRun(datasetPath: dataset.path).payouts()
    }
  }
}
