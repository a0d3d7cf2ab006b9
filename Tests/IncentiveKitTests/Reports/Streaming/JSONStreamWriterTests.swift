import Foundation
import Testing

@testable import IncentiveKit

@Suite("JSONStreamWriter")
struct JSONStreamWriterTests {
  /// Writes `value` through the streaming writer, opening every container explicitly, the way a
  /// report streams its arrays; scalars go through `value(_:)`.
  static func stream(_ value: JSONValue, into writer: inout JSONStreamWriter<ReportBytes>) throws {
    switch value.kind {
    case .object(let members):
      writer.beginObject()
      for member in members {
        writer.key(member.key)
        try stream(member.value, into: &writer)
      }
      writer.endObject()
    case .array(let elements):
      writer.beginArray()
      for element in elements { try stream(element, into: &writer) }
      writer.endArray()
    default:
      try writer.value(value)
    }
  }

  @Test(
    "streamed containers give Python's json.dumps(indent=2) text byte for byte",
    arguments: JSONWriterTests.cases)
  func streamed(_ testCase: WriterCase) throws {
    var writer = JSONStreamWriter(into: ReportBytes())
    try Self.stream(testCase.value, into: &writer)
    try writer.finish()
    // The expected texts are Python's, written down in JSONWriterTests.
    #expect(writer.sink.text == testCase.pretty)
  }

  @Test("subtrees written whole inside streamed containers are indented to their depth")
  func mixed() throws {
    var writer = JSONStreamWriter(into: ReportBytes())
    writer.beginObject()
    try writer.member("a", .array([]))
    writer.key("people")
    writer.beginArray()
    try writer.value(.object([("id", .string("E1")), ("notes", .array([.string("x")]))]))
    writer.endArray()
    writer.key("none")
    writer.beginArray()
    writer.endArray()
    writer.endObject()
    try writer.finish()
    // python3 -c 'import json; print(json.dumps({"a": [], "people": [{"id": "E1", "notes": ["x"]}],
    //   "none": []}, indent=2))'
    #expect(
      writer.sink.text == """
        {
          "a": [],
          "people": [
            {
              "id": "E1",
              "notes": [
                "x"
              ]
            }
          ],
          "none": []
        }

        """)
  }

  @Test("a run of members made once is their text as the first members of an object at its indent")
  func memberRuns() throws {
    let run = JSONMemberRun([(.id, "delivery"), (.metric, "deployment_\"frequency\""), (.scope, "team")], indent: 4)
    // Worked by hand: each member on a line of its own, four spaces in, commas between them and none before the first.
    let expected =
      "\n    \"id\": \"delivery\",\n    \"metric\": \"deployment_\\\"frequency\\\"\",\n    \"scope\": \"team\""
    #expect(String(decoding: run.text, as: UTF8.self) == expected)
    // What a writer puts in an object inside an array (its members four spaces in), member by member.
    var writer = JSONStreamWriter(into: ReportBytes())
    writer.beginArray()
    writer.beginObject()
    for member in run.members { writer.member(member.key, member.value) }
    writer.endObject()
    writer.endArray()
    try writer.finish()
    #expect(writer.sink.text == "[\n  {" + expected + "\n  }\n]\n")
  }
}

/// Elements rendered together elsewhere, each after the separator of an element that is not the first, go to the sink
/// as they are: the document is the one written element by element.
@Suite("JSON elements handed over in runs")
struct JSONElementRunTests {
  /// `elements` as runs of `counts` elements each (an empty run included), rendered as `"e0"`, `"e1"`, ….
  static func document(runs counts: [Int], elementFirst: Bool) throws -> (text: String, writes: Int) {
    var writer = JSONStreamWriter(into: JSONItemFlushTests.CountingSink())
    writer.beginObject()
    writer.key("engineers")
    writer.beginArray()
    var next = 0
    if elementFirst {
      writer.element(Array("\"e0\"".utf8))
      next = 1
    }
    for count in counts {
      var run: [UInt8] = []
      for _ in 0..<count {
        run += writer.elementSeparator + Array("\"e\(next)\"".utf8)
        next += 1
      }
      var failure: OutputError?
      run.withUnsafeBytes { bytes in
        do throws(OutputError) { try writer.elements(bytes, count: count) } catch { failure = error }
      }
      if let failure { throw failure }
    }
    writer.endArray()
    writer.key("after")
    try writer.value(.string("x"))
    writer.endObject()
    try writer.finish()
    return (String(decoding: writer.sink.written, as: UTF8.self), writer.sink.writes)
  }

  @Test("runs give the element-by-element document: the first element's comma left out, the count kept")
  func runs() throws {
    // Worked by hand: four elements four spaces in, then the member after the array.
    let expected = """
      {
        "engineers": [
          "e0",
          "e1",
          "e2",
          "e3"
        ],
        "after": "x"
      }

      """
    #expect(try Self.document(runs: [0, 3, 0, 1], elementFirst: false).text == expected)
    #expect(try Self.document(runs: [2, 1], elementFirst: true).text == expected)
    // No element at all: the empty array, as the tree writer prints it.
    let empty = try Self.document(runs: [0, 0], elementFirst: false).text
    #expect(empty == "{\n  \"engineers\": [],\n  \"after\": \"x\"\n}\n")
  }

  @Test("each run is handed over as it is, after what was buffered")
  func handedOverWhole() throws {
    // The opening (buffered) goes before the first run; each later run is one write of its own; the rest at finish.
    #expect(try Self.document(runs: [3, 1], elementFirst: false).writes == 4)
  }
}

/// A renderer that cannot throw hands its bytes over between items (`itemEnded`), 64 KB at a time; a sink that fails
/// there fails the document at `finish()`, and nothing more reaches it.
@Suite("JSON items handed over as they end")
struct JSONItemFlushTests {
  /// Keeps what it is given until `failAfter` writes, then refuses.
  struct CountingSink: ReportSink {
    var written: [UInt8] = []
    var writes = 0
    var failAfter = Int.max

    mutating func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
      writes += 1
      if writes > failAfter { throw .cannotWrite(path: "sink", reason: "full") }
      written.append(contentsOf: bytes)
    }
  }

  /// 3,000 objects of about 65 bytes each.
  static func render(into sink: CountingSink) -> (JSONStreamWriter<CountingSink>, String) {
    var writer = JSONStreamWriter(into: sink)
    var tree = JSONTreeBuilder()
    for index in 0..<2 {
      func emit<E: JSONEmitter>(_ json: inout E) {
        json.beginArray()
        for item in 0..<3000 {
          json.beginObject()
          json.member("id", "E\(item)")
          json.member("note", String(repeating: "x", count: 20))
          json.endObject()
          json.itemEnded()
        }
        json.endArray()
      }
      if index == 0 { emit(&writer) } else { emit(&tree) }
    }
    return (writer, JSONWriter.pretty(tree.value!))
  }

  @Test("the bytes are the tree's text, handed over in pieces before the end")
  func handedOver() throws {
    var (writer, expected) = Self.render(into: CountingSink())
    // About 190 KB of text: at least two 64 KB pieces before the end, none larger than 64 KB and one item.
    let before = writer.sink.writes
    #expect(before >= 2)
    #expect(writer.sink.written.count < before * (65536 + 100))
    try writer.finish()
    #expect(writer.sink.writes == before + 1)
    #expect(String(decoding: writer.sink.written, as: UTF8.self) == expected)
  }

  @Test("a sink that fails between items fails the document at finish, and gets nothing more")
  func failure() {
    var (writer, _) = Self.render(into: CountingSink(failAfter: 1))
    #expect(writer.sink.writes == 2)
    #expect(throws: OutputError.cannotWrite(path: "sink", reason: "full")) { try writer.finish() }
    #expect(writer.sink.writes == 2)
  }
}
