/// Members with the same keys and string values in many objects (a component's `id`, `metric` and `scope`, in every
/// person's payout): their pretty text at one indent is made once, and `EngineerJSONText` copies it instead of
/// writing them member by member (a fifth of rendering a payout was these three members).
struct JSONMemberRun: Sendable {
  let members: [(key: JSONKey, value: String)]
  /// The indent `text` is made for: where the members start their lines.
  let indent: Int
  /// The members as a writer at `indent` writes them first in their object: each on a line of its own, with the
  /// commas between them and none before the first.
  let text: [UInt8]

  init(_ members: [(key: JSONKey, value: String)], indent: Int) {
    self.members = members
    self.indent = indent
    var text: [UInt8] = []
    for (index, member) in members.enumerated() {
      if index > 0 { text.append(UInt8(ascii: ",")) }
      JSONWriter.newline(indent: indent, into: &text)
      text.append(contentsOf: member.key.text)
      JSONWriter.writeString(member.value, into: &text)
    }
    self.text = text
  }
}
