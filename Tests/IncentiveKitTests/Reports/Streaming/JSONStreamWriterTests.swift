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

  static let run = JSONMemberRun([(.id, "delivery"), (.metric, "deployment_\"frequency\""), (.scope, "team")], indent: 4)

  /// An object inside an array, as a component sits in a payout: `members` first or after another member.
  static func component(_ writeMembers: (inout JSONStreamWriter<ReportBytes>) -> Void) throws -> String {
    var writer = JSONStreamWriter(into: ReportBytes())
    writer.beginArray()
    writer.beginObject()
    writeMembers(&writer)
    writer.member(.weight, decimal: FixedDecimal(units: 3, scale: 1))
    writer.endObject()
    writer.endArray()
    try writer.finish()
    return writer.sink.text
  }

  @Test("a run of members made once is written as its members are, at its indent and at any other")
  func memberRuns() throws {
    // Worked by hand: [ at 0, the object at 2, its members at 4.
    let expected = """
      [
        {
          "id": "delivery",
          "metric": "deployment_\\"frequency\\"",
          "scope": "team",
          "weight": "0.3"
        }
      ]

      """
    #expect(try Self.component { $0.members(Self.run) } == expected)
    // Made for another indent: written member by member, the same text.
    let elsewhere = JSONMemberRun(Self.run.members, indent: 8)
    #expect(try Self.component { $0.members(elsewhere) } == expected)
    // After a member of the object: a comma before the run.
    let after = try Self.component { writer in
      writer.member(.role, "ic")
      writer.members(Self.run)
    }
    #expect(after == expected.replacingOccurrences(of: "{\n", with: "{\n    \"role\": \"ic\",\n"))
    // The tree builder gets the same members.
    var tree = JSONTreeBuilder()
    tree.beginObject()
    tree.members(Self.run)
    tree.endObject()
    #expect(
      tree.value
        == .object([
          ("id", .string("delivery")), ("metric", .string("deployment_\"frequency\"")), ("scope", .string("team")),
        ]))
  }
}
