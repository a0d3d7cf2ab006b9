/// A JSON value as read from a file or built in code, with the place it came from.
///
/// Numbers stay as their exact source text so that amounts like `0.15` or `2800.00` reach the money code without
/// ever passing through `Double`; the caller decides how to read them. Every value read from a file remembers the
/// line and column of its first character, so plan and dataset errors can point at the offending spot.
struct JSONValue: Sendable {
  /// What the value is. Equality is exact: strings and object keys compare by their UTF-8 bytes (not by Unicode
  /// canonical equivalence, as `String ==` does) and numbers by their text, so `1.0` and `1` differ.
  indirect enum Kind: Sendable, Equatable {
    case null
    case bool(Bool)
    /// The number's text exactly as written, e.g. `"-0"`, `"1e-3"`, `"12345678901234567890.123"`.
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in source order; the parser rejects duplicate keys, so keys are unique in parsed values.
    case object([JSONMember])

    static func == (lhs: Kind, rhs: Kind) -> Bool {
      switch (lhs, rhs) {
      case (.null, .null): return true
      case (.bool(let a), .bool(let b)): return a == b
      case (.number(let a), .number(let b)): return JSONValue.sameBytes(a, b)
      case (.string(let a), .string(let b)): return JSONValue.sameBytes(a, b)
      case (.array(let a), .array(let b)): return a == b
      case (.object(let a), .object(let b)): return a == b
      default: return false
      }
    }
  }

  var kind: Kind
  /// 1-based line of the value's first character in its source; 0 when the value was built in code.
  var line: Int
  /// 1-based column of the value's first character, counted in Unicode scalars from the start of its line (what an
  /// editor shows for text without tabs or combining marks); 0 when the value was built in code.
  var column: Int

  init(_ kind: Kind, line: Int = 0, column: Int = 0) {
    self.kind = kind
    self.line = line
    self.column = column
  }
}

/// One `"key": value` pair of an object, with the key's own position so "unknown key" errors can point at the key.
struct JSONMember: Sendable, Equatable {
  var key: String
  var value: JSONValue
  /// 1-based line of the key's opening quote; 0 when built in code.
  var keyLine: Int
  /// 1-based column (in Unicode scalars) of the key's opening quote; 0 when built in code.
  var keyColumn: Int

  init(key: String, value: JSONValue, keyLine: Int = 0, keyColumn: Int = 0) {
    self.key = key
    self.value = value
    self.keyLine = keyLine
    self.keyColumn = keyColumn
  }

  /// Compares key bytes and value content only, so a parsed object equals the same object built in code.
  static func == (lhs: JSONMember, rhs: JSONMember) -> Bool {
    JSONValue.sameBytes(lhs.key, rhs.key) && lhs.value == rhs.value
  }
}

extension JSONValue: Equatable {
  /// Compares content only (positions ignored), so a parsed value equals the same value built in code.
  static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    lhs.kind == rhs.kind
  }
}

// MARK: - Building values in code

extension JSONValue {
  static var null: JSONValue { JSONValue(.null) }

  static func bool(_ value: Bool) -> JSONValue { JSONValue(.bool(value)) }

  static func string(_ value: String) -> JSONValue { JSONValue(.string(value)) }

  /// A number written exactly as `text`, e.g. `"2800.00"` for an amount that must keep its two decimals.
  ///
  /// The text is written out verbatim, so it must follow the JSON number grammar (checked in debug builds only,
  /// because the report writers call this for every figure).
  static func number(_ text: String) -> JSONValue {
    assert(JSONParser.isNumberText(text), "not a JSON number: \(text)")
    return JSONValue(.number(text))
  }

  /// A whole number such as a headcount, written in decimal.
  static func number(_ value: some BinaryInteger) -> JSONValue { JSONValue(.number(String(value))) }

  static func array(_ elements: [JSONValue]) -> JSONValue { JSONValue(.array(elements)) }

  /// An object whose members keep the given order, which is the order the writers print them in.
  static func object(_ members: [(String, JSONValue)]) -> JSONValue {
    JSONValue(.object(members.map { JSONMember(key: $0.0, value: $0.1) }))
  }
}

// MARK: - Reading values

extension JSONValue {
  /// The value of the first member whose key has exactly these UTF-8 bytes; nil when absent or not an object.
  subscript(key: String) -> JSONValue? {
    guard case .object(let members) = kind else { return nil }
    return members.first { JSONValue.sameBytes($0.key, key) }?.value
  }

  var isNull: Bool { kind == .null }

  var stringValue: String? {
    if case .string(let value) = kind { return value }
    return nil
  }

  /// The number's source text; callers parse it into the exact type they need (Money, scaled integers, Int).
  var numberText: String? {
    if case .number(let text) = kind { return text }
    return nil
  }

  var boolValue: Bool? {
    if case .bool(let value) = kind { return value }
    return nil
  }

  var arrayValue: [JSONValue]? {
    if case .array(let elements) = kind { return elements }
    return nil
  }

  var objectMembers: [JSONMember]? {
    if case .object(let members) = kind { return members }
    return nil
  }
}

extension JSONValue: CustomStringConvertible {
  /// Compact JSON text, so failing test expectations and debug prints show the value as JSON.
  var description: String { JSONWriter.compact(self) }
}

extension JSONValue {
  /// Byte equality of two strings. `String ==` treats canonically equivalent text ("é" and "e" + U+0301) as equal,
  /// which would let two different JSON keys collide; JSON keys are distinct unless their code points are.
  @inline(__always)
  static func sameBytes(_ a: String, _ b: String) -> Bool {
    // Byte-equal strings are always `==`, and `==` is a fast memcmp for ASCII, so it filters first.
    a == b && a.utf8.elementsEqual(b.utf8)
  }
}
