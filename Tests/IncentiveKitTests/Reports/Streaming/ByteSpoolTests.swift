#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Testing

@testable import IncentiveKit

/// Records set aside while a report is produced come back whole and in order, from memory or, past the memory
/// limit, from an unlinked temporary file.
@Suite("Byte spool")
struct ByteSpoolTests {
  /// Records of every length from 0 to 2,999 bytes, each filled with its index's low byte.
  static let records: [[UInt8]] = (0..<3000).map { [UInt8](repeating: UInt8(truncatingIfNeeded: $0), count: $0) }

  static func readBack(_ spool: ByteSpool) throws -> [[UInt8]] {
    var read: [[UInt8]] = []
    try spool.forEachRecord { (record) throws(OutputError) in read.append(Array(record)) }
    return read
  }

  /// 4.5 MB in all: with a 4 KB limit the file is read in several 1 MB blocks, records straddling them.
  @Test("records come back whole and in order", arguments: [64 << 20, 4096])
  func roundTrip(memoryLimit: Int) throws {
    let spool = ByteSpool(memoryLimit: memoryLimit)
    for record in Self.records { try spool.append(record) }
    #expect(spool.count == 3000)
    #expect(spool.isOnDisk == (memoryLimit == 4096))
    #expect(try Self.readBack(spool) == Self.records)
    // Read again: the file is read from its start.
    #expect(try Self.readBack(spool) == Self.records)
  }

  @Test("with no temporary file to be had, the records stay in memory")
  func noTemporaryFile() throws {
    let spool = ByteSpool(memoryLimit: 16, directory: "/nonexistent-incentive-folder")
    for record in Self.records.prefix(50) { try spool.append(record) }
    #expect(!spool.isOnDisk)
    #expect(try Self.readBack(spool) == Array(Self.records.prefix(50)))
  }

  /// The disk fills up on the third spill, after half of it landed: the file keeps the first two spills' records,
  /// whole, and every record from the third on stays in memory.
  @Test("a disk that fills up keeps the records written and the rest in memory, in order")
  func fullDisk() throws {
    var spills = 0
    let spool = ByteSpool(memoryLimit: 4096) { (descriptor, bytes) throws(POSIXFailure) in
      spills += 1
      guard spills < 3 else {
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress!, $0.count / 2) }
        throw POSIXFailure(code: ENOSPC)
      }
      try POSIXIO.writeAll(descriptor, bytes)
    }
    for record in Self.records.prefix(400) { try spool.append(record) }
    #expect(spool.isOnDisk)
    #expect(spills == 3)
    #expect(try Self.readBack(spool) == Array(Self.records.prefix(400)))
    #expect(try Self.readBack(spool) == Array(Self.records.prefix(400)))
  }

  @Test("an empty spool has no record")
  func empty() throws {
    #expect(try Self.readBack(ByteSpool()).isEmpty)
  }
}

/// What a paying thread writes into a record, the table's writer reads back: numbers, text and decimals.
@Suite("Spooled fields")
struct SpoolFieldsTests {
  @Test(
    "whole numbers round-trip, one byte below 64 either way",
    arguments: [
      (0, 1), (1, 1), (-1, 1), (63, 1), (-64, 1), (64, 2), (300, 2), (Int.max, 10), (Int.min, 10),
    ])
  func ints(value: Int, bytes: Int) {
    var writer = SpoolWriter()
    writer.int(value)
    #expect(writer.bytes.count == bytes)
    writer.bytes.withUnsafeBytes { buffer in
      var reader = SpoolReader(buffer)
      #expect(reader.int() == value)
      #expect(reader.isAtEnd)
    }
  }

  @Test("text and decimals round-trip, Int128 units past 64 bits and negative included")
  func textAndDecimals() {
    let decimals = [
      FixedDecimal(units: 0, scale: 0), FixedDecimal(units: -15, scale: 2),
      FixedDecimal(units: Int128("-123456789012345678901234567890123456")!, scale: 30),
      FixedDecimal(units: Int128(UInt64.max) + 1, scale: 4),
    ]
    let texts = ["", "Zoë", "山田", "a\u{1B}b", String(repeating: "x", count: 300)]
    var writer = SpoolWriter()
    for (text, decimal) in zip(texts, decimals + [.one]) {
      writer.string(text)
      writer.decimal(decimal)
    }
    writer.bytes([1, 2, 3])
    writer.bytes.withUnsafeBytes { buffer in
      var reader = SpoolReader(buffer)
      for (text, decimal) in zip(texts, decimals + [.one]) {
        #expect(reader.string() == text)
        let read = reader.decimal()
        #expect(read.units == decimal.units && read.scale == decimal.scale)
      }
      #expect(Array(reader.bytes()) == [1, 2, 3])
      #expect(reader.isAtEnd)
    }
  }
}
