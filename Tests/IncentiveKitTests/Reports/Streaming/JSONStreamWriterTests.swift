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
}
