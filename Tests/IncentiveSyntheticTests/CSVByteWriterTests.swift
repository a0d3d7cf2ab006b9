import Foundation
import TestSupport
import Testing

@testable import IncentiveKit
@testable import IncentiveSynthetic

@Suite("CSV byte writer")
struct CSVByteWriterTests {
  @Test("numbers, money and instants are formatted from integers")
  func formatting() throws {
    let folder = try TemporaryDataset([:])
    let path = folder.path + "/out.csv"
    var writer = try CSVByteWriter(path: path)
    writer.append(0)
    writer.append(byte: 0x2C)
    writer.append(-42)
    writer.append(byte: 0x2C)
    writer.append(7, width: 3)
    writer.append(byte: 0x2C)
    writer.append(hundredths: 12_345)  // 123.45
    writer.append(byte: 0x2C)
    writer.append(hundredths: 5)  // 0.05
    try writer.endRow()
    writer.append(timestamp: 0)
    writer.append(byte: 0x2C)
    writer.append(timestamp: 86_399)  // last second of the first day
    writer.append(byte: 0x2C)
    writer.append(timestamp: -1)  // the second before the epoch
    writer.append(byte: 0x2C)
    // 2026-07-01 is day 20,635 after 1970-01-01 (56 years of 365 days + 14 leap days + 181 days of 2026):
    // 20,635 × 86,400 = 1,782,864,000 s; plus 14:05:09 = 50,709 s.
    writer.append(timestamp: 1_782_914_709)
    try writer.endRow()
    try writer.close()
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(
      text
        == "0,-42,007,123.45,0.05\n1970-01-01T00:00:00Z,1970-01-01T23:59:59Z,1969-12-31T23:59:59Z,2026-07-01T14:05:09Z\n"
    )
  }

  @Test("a file in a missing folder is an OutputError naming it")
  func unwritable() {
    #expect(throws: OutputError.self) { try CSVByteWriter(path: "/nonexistent-incentive-dir/x.csv") }
  }
}
