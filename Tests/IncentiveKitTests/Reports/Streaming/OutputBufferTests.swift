import Testing

@testable import IncentiveKit

/// The pointer-written buffer the JSON report is rendered into must hold exactly what an array would, through any
/// number of doublings, and give its bytes to a sink whole.
@Suite("OutputBuffer")
struct OutputBufferTests {
  @Test("bytes and runs appended through many doublings equal the same appends to an array", arguments: [1, 16, 100])
  func growth(capacity: Int) {
    var buffer = OutputBuffer(capacity: capacity)
    var expected: [UInt8] = []
    // 1,000 rounds of one byte then a run of 0 to 36 bytes: the room (at least 16) doubles about eight times.
    for round in 0..<1_000 {
      let byte = UInt8(round % 251)
      buffer.append(byte)
      expected.append(byte)
      let run = (0..<(round % 37)).map { UInt8(truncatingIfNeeded: round &+ $0) }
      run.withUnsafeBufferPointer { buffer.append(bytes: $0) }
      expected += run
    }
    #expect(buffer.count == expected.count)
    #expect(buffer.count == 1_000 + (0..<1_000).reduce(0) { $0 + $1 % 37 })
    #expect(buffer.bytes == expected)
  }

  @Test("a sink gets the bytes whole; after removeAll the buffer starts again, room kept")
  func handOver() throws {
    var buffer = OutputBuffer(capacity: 4)
    buffer.append(utf8: "{\"a\": 1}")
    var sink = ReportBytes()
    try buffer.withBytes { bytes throws(OutputError) in try sink.write(bytes) }
    #expect(sink.text == "{\"a\": 1}")
    buffer.removeAll()
    #expect(buffer.count == 0)
    buffer.append(UInt8(ascii: "x"))
    #expect(buffer.bytes == [UInt8(ascii: "x")])
  }

  @Test("JSON strings and decimals written into it equal those written into an array")
  func writers() {
    var buffer = OutputBuffer(capacity: 16)
    var array: [UInt8] = []
    for text in ["plain", "quote \" and \\ backslash", "tab\tline\nbell\u{07}", "é ü 漢字", ""] {
      JSONWriter.writeString(text, into: &buffer)
      JSONWriter.writeString(text, into: &array)
    }
    FixedDecimal.write(units: -12_345, scale: 2, into: &buffer)
    FixedDecimal.write(units: -12_345, scale: 2, into: &array)
    JSONWriter.newline(indent: 70, into: &buffer)
    JSONWriter.newline(indent: 70, into: &array)
    #expect(buffer.bytes == array)
    // The array's own text, checked by hand: escapes as Python writes them, the decimal, 70 spaces.
    let text = String(decoding: array, as: UTF8.self)
    #expect(text.hasPrefix(#""plain""quote \" and \\ backslash""tab\tline\nbell\u0007""é ü 漢字""""#))
    #expect(text.hasSuffix("-123.45\n" + String(repeating: " ", count: 70)))
  }
}
