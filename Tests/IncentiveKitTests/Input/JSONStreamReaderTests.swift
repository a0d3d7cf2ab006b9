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
}
