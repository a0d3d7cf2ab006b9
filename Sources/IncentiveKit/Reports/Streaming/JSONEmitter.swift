/// Where a JSON document is produced a member at a time: into a tree (`JSONTreeBuilder`, for
/// `jsonValue()`) or straight into bytes (`JSONStreamWriter`, for a report file). A renderer
/// written once against this gives both, so the tree and the streamed text cannot drift apart.
protocol JSONEmitter {
  mutating func beginObject()
  mutating func endObject()
  mutating func beginArray()
  mutating func endArray()
  /// The key of the next member of the open object.
  mutating func key(_ name: String)
  /// `key(_:)` for a name whose text was made once.
  mutating func key(_ key: JSONKey)
  /// A whole value at the current place.
  mutating func insert(_ value: JSONValue)
  mutating func string(_ text: String)
  /// A decimal as a JSON string of its exact text at its scale (`"12.50"`).
  mutating func decimal(_ value: FixedDecimal)
  /// Between two items of a long list (a team, an engineer): a writer hands over what it holds once it is 64 KB, so a
  /// report of 100,000 people's values is never held whole.
  mutating func itemEnded()
}

extension JSONEmitter {
  /// A tree holds everything anyway.
  mutating func itemEnded() {}

  /// A member whose value is a string, or `null` when there is none.
  mutating func member(_ name: String, _ text: String?) {
    key(name)
    value(text)
  }

  /// A member whose value is a decimal string, or `null` when there is none.
  mutating func member(_ name: String, decimal value: FixedDecimal?) {
    key(name)
    self.value(decimal: value)
  }

  /// `member(_:_:)` with a key made once.
  mutating func member(_ key: JSONKey, _ text: String?) {
    self.key(key)
    value(text)
  }

  /// `member(_:decimal:)` with a key made once.
  mutating func member(_ key: JSONKey, decimal value: FixedDecimal?) {
    self.key(key)
    self.value(decimal: value)
  }

  /// A string, or `null`.
  private mutating func value(_ text: String?) {
    if let text { string(text) } else { insert(.null) }
  }

  /// A decimal string, or `null`.
  private mutating func value(decimal value: FixedDecimal?) {
    if let value { decimal(value) } else { insert(.null) }
  }
}

/// Builds the `JSONValue` tree of what is emitted.
struct JSONTreeBuilder: JSONEmitter {
  private enum Frame {
    case object([(String, JSONValue)])
    case array([JSONValue])
  }

  private var frames: [Frame] = []
  private var keys: [String] = []
  /// The finished top-level value.
  private(set) var value: JSONValue?

  mutating func beginObject() { frames.append(.object([])) }
  mutating func beginArray() { frames.append(.array([])) }

  mutating func endObject() {
    guard case .object(let members) = frames.removeLast() else { preconditionFailure("endObject closes an array") }
    insert(.object(members))
  }

  mutating func endArray() {
    guard case .array(let elements) = frames.removeLast() else { preconditionFailure("endArray closes an object") }
    insert(.array(elements))
  }

  mutating func key(_ name: String) { keys.append(name) }
  mutating func key(_ key: JSONKey) { keys.append(key.name) }

  mutating func insert(_ value: JSONValue) {
    switch frames.popLast() {
    case nil: self.value = value
    case .object(var members)?:
      members.append((keys.removeLast(), value))
      frames.append(.object(members))
    case .array(var elements)?:
      elements.append(value)
      frames.append(.array(elements))
    }
  }

  mutating func string(_ text: String) { insert(.string(text)) }

  mutating func decimal(_ value: FixedDecimal) { insert(.string(value.text)) }
}
