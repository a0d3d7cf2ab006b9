import Foundation
import Testing

@testable import IncentiveKit

@Suite("JSONStreamReader")
struct JSONStreamReaderTests {
  @Test("members and elements come one at a time, in order, whatever the piece size", arguments: [1, 3, 4096])
  func walk(chunkBytes: Int) throws {
    let text = "{\"a\": [1, \"two\", {\"three\": [3]}],\n \"b\": {\"c\": true}, \"d\": []}"
    try GoldenStreamTests.withFile(text) { path in
      let stream = try JSONStreamReader(path: path, limit: 1 << 10, chunkBytes: chunkBytes)
      try stream.beginDocument()
      #expect(try stream.nextValueStarts(with: "{"))
      #expect(try stream.open())
      #expect(stream.key == "a")
      #expect(try stream.nextValueStarts(with: "["))
      #expect(try stream.open())
      var elements: [JSONValue] = []
      repeat { elements.append(try stream.readValue()) } while try stream.next()
      #expect(elements == [.number("1"), .string("two"), .object([("three", .array([.number("3")]))])])
      // Positions: `{"three"` starts at line 1, column 18.
      #expect(elements[2].line == 1 && elements[2].column == 18)
      #expect(try stream.next())
      #expect(stream.key == "b")
      let b = try stream.readValue()
      #expect(b == .object([("c", .bool(true))]))
      #expect(b.line == 2 && b.column == 7)
      #expect(try stream.next())
      #expect(stream.key == "d")
      #expect(try stream.open() == false, "an empty array is closed at once")
      #expect(try stream.next() == false)
      try stream.endDocument()
    }
  }

  @Test("a key repeated in an opened object is refused at the repeat")
  func duplicateKey() throws {
    try GoldenStreamTests.withFile("{\"a\": [], \"a\": 1}") { path in
      let stream = try JSONStreamReader(path: path, limit: 1 << 10, chunkBytes: 2)
      try stream.beginDocument()
      #expect(try stream.open())
      #expect(try stream.open() == false)
      #expect(throws: InputError.malformed(file: path, line: 1, column: 11, reason: "duplicate key \"a\"")) {
        try stream.next()
      }
    }
  }

  /// 2,000 elements of about 60 bytes each in an array under an object: about 120 KB, read 256 bytes at a time.
  @Test("opening the document and a large array keeps a window the size of an element, not of the file")
  func boundedWindow() throws {
    let elements = (0..<2_000).map { "{\"engineer_id\": \"E\($0)\", \"payout\": \"1234.56\", \"notes\": []}" }
    let text = "{\"plan\": {}, \"engineers\": [\n" + elements.joined(separator: ",\n") + "\n], \"total\": \"0.00\"}\n"
    #expect(text.utf8.count > 100_000)
    try GoldenStreamTests.withFile(text) { path in
      let stream = try JSONStreamReader(path: path, limit: 1 << 20, chunkBytes: 256)
      try stream.beginDocument()
      #expect(try stream.open())
      #expect(stream.key == "plan")
      #expect(try stream.open() == false)
      #expect(try stream.next())
      #expect(stream.key == "engineers")
      #expect(try stream.open())
      var count = 0
      repeat {
        let element = try stream.readValue()
        #expect(element.objectMembers?.first?.value == .string("E\(count)"))
        count += 1
      } while try stream.next()
      #expect(count == 2_000)
      #expect(try stream.next())
      #expect(stream.key == "total")
      #expect(try stream.readValue() == .string("0.00"))
      #expect(try stream.next() == false)
      try stream.endDocument()
      // Two chunks of 256 bytes (the window starts there), not the 120 KB file: opening the document's `{` once
      // scanned the whole object into the window.
      #expect(stream.windowCapacity == 512)
    }
  }
}
