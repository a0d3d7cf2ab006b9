/// Values written one after another into a record (`ByteSpool`, or bytes handed from a paying thread to the writer)
/// and read back in the same order: whole numbers, text and decimals. No names, no tags: writer and reader agree on
/// the order, and both live next to each other in the type that owns the record.
struct SpoolWriter {
  private(set) var bytes: [UInt8] = []

  init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

  /// Seven bits a byte, low first, the top bit set on every byte but the last (LEB128), the sign folded into the
  /// lowest bit: a width or a length, nearly every number a record holds, takes one byte.
  mutating func int(_ value: Int) {
    var rest = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  mutating func string(_ text: String) {
    var text = text
    text.withUTF8 { utf8 in
      int(utf8.count)
      bytes.append(contentsOf: utf8)
    }
  }

  mutating func decimal(_ value: FixedDecimal) {
    int(Int(truncatingIfNeeded: value.units))
    int(Int(truncatingIfNeeded: value.units >> 64))
    int(value.scale)
  }

  /// Bytes written elsewhere, preceded by their count: `SpoolReader.bytes()` hands them back as they are.
  mutating func bytes(_ other: [UInt8]) {
    int(other.count)
    bytes.append(contentsOf: other)
  }
}

/// Reads what a `SpoolWriter` wrote, in the order it wrote it. The bytes must outlive the reader.
struct SpoolReader {
  private let buffer: UnsafeRawBufferPointer
  private var offset = 0

  init(_ buffer: UnsafeRawBufferPointer) { self.buffer = buffer }

  var isAtEnd: Bool { offset >= buffer.count }

  mutating func int() -> Int {
    var folded: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      precondition(offset < buffer.count && shift < 64, "a spooled record read past its end")
      let byte = buffer[offset]
      offset += 1
      folded |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { break }
      shift += 7
    }
    return Int(Int64(bitPattern: folded >> 1) ^ -Int64(bitPattern: folded & 1))
  }

  mutating func string() -> String {
    String(decoding: bytes(), as: UTF8.self)
  }

  mutating func decimal() -> FixedDecimal {
    let low = UInt64(bitPattern: Int64(int()))
    let high = Int64(int())
    return FixedDecimal(units: Int128(high) << 64 | Int128(low), scale: int())
  }

  /// What `SpoolWriter.bytes(_:)` wrote, where it lies.
  mutating func bytes() -> UnsafeRawBufferPointer {
    let count = int()
    precondition(count >= 0 && offset + count <= buffer.count, "a spooled record read past its end")
    defer { offset += count }
    return UnsafeRawBufferPointer(rebasing: buffer[offset..<(offset + count)])
  }
}
