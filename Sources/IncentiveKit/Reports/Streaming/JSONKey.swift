/// A member name known when the program is written, with its JSON text made once: `"engineer_id": `.
///
/// A payout report writes 45 such names per engineer; escaping each one again, byte by byte, for 100,000 people
/// was a fifth of the time spent writing the JSON. `JSONStreamWriter` copies `text` in one go; `JSONTreeBuilder`
/// uses `name`.
struct JSONKey: Sendable {
  let name: String
  /// The quoted, escaped name, a colon and a space, as `JSONWriter.pretty` writes a member's start.
  let text: [UInt8]

  init(_ name: String) {
    self.name = name
    var text: [UInt8] = []
    JSONWriter.writeString(name, into: &text)
    text.append(contentsOf: ": ".utf8)
    self.text = text
  }
}

/// The member names of an engineer in the payout report (`PayoutReport.emitEngineer`).
extension JSONKey {
  static let engineerID = JSONKey("engineer_id")
  static let name = JSONKey("name")
  static let team = JSONKey("team")
  static let role = JSONKey("role")
  static let currency = JSONKey("currency")
  static let proration = JSONKey("proration")
  static let target = JSONKey("target")
  static let multiplier = JSONKey("multiplier")
  static let payout = JSONKey("payout")
  static let components = JSONKey("components")
  static let id = JSONKey("id")
  static let metric = JSONKey("metric")
  static let scope = JSONKey("scope")
  static let value = JSONKey("value")
  static let weight = JSONKey("weight")
  static let amount = JSONKey("amount")
  static let notes = JSONKey("notes")
  static let extras = JSONKey("extras")
}
