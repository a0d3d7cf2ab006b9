/// The state machine behind `JSONParser`: reads one JSON value from a byte range, keeping the position of every
/// value and key for error messages.
///
/// It is iterative, not recursive: open arrays and objects are `Frame`s on a heap stack that collect their finished
/// children. So `[[[[…` a million deep costs memory (and is refused at `maxDepth`), never the thread's stack; and
/// every byte is looked at a bounded number of times.
struct JSONReader {
  /// One array or object that has been opened and not yet closed.
  struct Frame {
    var isObject: Bool
    var line: Int
    var column: Int
    /// The children read so far; each container owns its own array so closing it moves the array into the value
    /// instead of copying (and retaining) every child.
    var elements: [JSONValue] = []
    var members: [JSONMember] = []
    /// The key whose value is being read (objects only).
    var key = ""
    var keyLine = 0
    var keyColumn = 0
    /// Keys seen so far, built only once an object is large enough that comparing with each member gets slow.
    var keySet: Set<ExactKey>? = nil
  }

  /// A line and column remembered for an error found later.
  struct Position {
    var line: Int
    var column: Int
  }

  /// A string hashed and compared by its exact UTF-8 bytes, for duplicate key detection.
  struct ExactKey: Hashable {
    var text: String
    // Byte-equal strings are `==` too, so hashing with String's own (coarser) hash stays consistent.
    func hash(into hasher: inout Hasher) { hasher.combine(text) }
    static func == (a: ExactKey, b: ExactKey) -> Bool { JSONValue.sameBytes(a.text, b.text) }
  }

  /// Objects up to this many members check for duplicate keys by scanning; larger ones use `Frame.keySet`.
  static let keyScanLimit = 32

  /// The bytes being read; `JSONStreamReader` points it at its window again after each refill.
  var bytes: UnsafeBufferPointer<UInt8>
  let file: String
  let maxDepth: Int
  /// The error text for running out of input, which differs between a whole document and one JSON Lines line.
  let endOfInput: String
  /// Index of the next byte to read.
  var pos = 0
  /// One past the last byte of the range being read.
  var end = 0
  var line = 1
  /// Index of the first byte of the current line.
  var lineStart = 0
  /// UTF-8 continuation bytes (those that do not start a scalar) between `lineStart` and `pos`. Multi-byte
  /// characters only occur inside strings, where they are validated one by one, so this is cheap to keep and
  /// makes a column `pos - lineStart - continuationBytes + 1` without rescanning the line.
  var continuationBytes = 0
  var frames: [Frame] = []
  /// Reused buffer for strings that contain escapes.
  var scratch: [UInt8] = []

  init(_ bytes: UnsafeBufferPointer<UInt8>, file: String, maxDepth: Int, endOfInput: String) {
    self.bytes = bytes
    self.file = file
    self.maxDepth = maxDepth
    self.endOfInput = endOfInput
  }

  /// Points the reader at `bytes[start..<end]`, whose first byte is at the start of line `line`.
  mutating func reset(start: Int, end: Int, line: Int) {
    pos = start
    self.end = end
    self.line = line
    lineStart = start
    continuationBytes = 0
    frames.removeAll(keepingCapacity: true)
  }

  /// True when the range holds only whitespace.
  mutating func isBlank() -> Bool {
    skipWhitespace()
    return pos == end
  }

  /// Reads the range as exactly one value surrounded by optional whitespace.
  mutating func readDocument() throws(InputError) -> JSONValue {
    try beginDocument()
    let value = try readValue()
    try endDocument()
    return value
  }

  /// Skips the whitespace before the document's value, refusing a document that has none.
  mutating func beginDocument() throws(InputError) {
    skipWhitespace()
    if pos == end { throw malformed(at: pos, "empty document: expected a JSON value") }
  }

  /// Skips the whitespace after the document's value, refusing anything else.
  mutating func endDocument() throws(InputError) {
    skipWhitespace()
    if pos < end { throw malformed(at: pos, "unexpected text after the JSON value") }
  }

  // MARK: - Values and containers

  /// Reads one value starting at `pos` (whitespace already skipped), including everything nested in it.
  ///
  /// The outer loop (`descend`) reads a value or opens a container; the inner one (`ascend`) hands a finished value
  /// to the innermost open container and decides, from the separator that follows, whether to read the next child
  /// or close that container too. Containers already open when it is called (those `JSONStreamReader` opened) are
  /// left alone: the value is returned when it is complete.
  mutating func readValue() throws(InputError) -> JSONValue {
    let base = frames.count
    var value: JSONValue
    descend: while true {
      guard pos < end else { throw malformed(at: pos, endOfInput) }
      let valueLine = line
      let valueColumn = column(at: pos)
      switch bytes[pos] {
      case UInt8(ascii: "\""):
        value = JSONValue(.string(try readString()), line: valueLine, column: valueColumn)
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        value = JSONValue(.number(try readNumber()), line: valueLine, column: valueColumn)
      case UInt8(ascii: "t"):
        try readLiteral("true")
        value = JSONValue(.bool(true), line: valueLine, column: valueColumn)
      case UInt8(ascii: "f"):
        try readLiteral("false")
        value = JSONValue(.bool(false), line: valueLine, column: valueColumn)
      case UInt8(ascii: "n"):
        try readLiteral("null")
        value = JSONValue(.null, line: valueLine, column: valueColumn)
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        let isObject = bytes[pos] == UInt8(ascii: "{")
        if try openContainer() { continue descend }
        value = JSONValue(isObject ? .object([]) : .array([]), line: valueLine, column: valueColumn)
      default:
        throw unexpectedValueStart()
      }

      ascend: while true {
        if frames.count == base { return value }
        let top = frames.count - 1
        if frames[top].isObject {
          frames[top].members.append(
            JSONMember(
              key: frames[top].key, value: value, keyLine: frames[top].keyLine, keyColumn: frames[top].keyColumn))
          if try readSeparator() { continue descend }
          let frame = frames.removeLast()
          value = JSONValue(.object(frame.members), line: frame.line, column: frame.column)
        } else {
          frames[top].elements.append(value)
          if try readSeparator() { continue descend }
          let frame = frames.removeLast()
          value = JSONValue(.array(frame.elements), line: frame.line, column: frame.column)
        }
      }
    }
  }

  /// Opens the array or object whose bracket is at `pos`.
  ///
  /// - Returns: false, past its closing bracket, when it is empty; else true, with its frame pushed and, for an
  ///   object, its first key read (the next value read is that member's).
  mutating func openContainer() throws(InputError) -> Bool {
    let isObject = bytes[pos] == UInt8(ascii: "{")
    let frame = Frame(isObject: isObject, line: line, column: column(at: pos))
    try checkDepth()
    pos += 1
    skipWhitespace()
    if pos < end && bytes[pos] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
      pos += 1
      return false
    }
    frames.append(frame)
    if isObject { try readKey(afterComma: nil) }
    return true
  }

  /// Reads what follows a child of the innermost open container: a ',' (then, in an object, the next key), or the
  /// closing bracket, which the caller pops.
  ///
  /// - Returns: true when another child follows, false when the container closed.
  mutating func readSeparator() throws(InputError) -> Bool {
    let isObject = frames[frames.count - 1].isObject
    skipWhitespace()
    guard pos < end else { throw malformed(at: pos, endOfInput) }
    let separator = bytes[pos]
    if separator == UInt8(ascii: ",") {
      let comma = Position(line: line, column: column(at: pos))
      pos += 1
      skipWhitespace()
      if isObject {
        try readKey(afterComma: comma)
      } else if pos < end && bytes[pos] == UInt8(ascii: "]") {
        throw malformed(at: comma, "trailing comma before ']'")
      }
      return true
    }
    guard separator == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) else {
      throw malformed(
        at: pos, isObject ? "expected ',' or '}' after object member" : "expected ',' or ']' after array element")
    }
    pos += 1
    return false
  }

  /// Refuses to open another container when `maxDepth` are already open.
  func checkDepth() throws(InputError) {
    if frames.count >= maxDepth {
      throw InputError.limitExceeded(
        file: file, line: line, reason: "JSON nesting deeper than \(maxDepth) arrays and objects")
    }
  }

  /// Reads `"key":` and the whitespace after it into the innermost frame, rejecting a key already in the object.
  ///
  /// - Parameter comma: where the comma before this key is, so a trailing comma is reported at the comma (the
  ///   character to delete) even when whitespace and newlines follow it; nil for the first key after `{`.
  mutating func readKey(afterComma comma: Position?) throws(InputError) {
    guard pos < end else { throw malformed(at: pos, endOfInput) }
    let first = bytes[pos]
    guard first == UInt8(ascii: "\"") else {
      if first == UInt8(ascii: "}"), let comma {
        throw malformed(at: comma, "trailing comma before '}'")
      }
      if first == UInt8(ascii: "'") {
        throw malformed(at: pos, "object keys must be in double quotes, not single quotes")
      }
      if isIdentifierStart(first) {
        throw malformed(at: pos, "object keys must be strings in double quotes")
      }
      throw malformed(
        at: pos, comma == nil ? "expected a string key or '}' after '{'" : "expected a string key after ','")
    }
    let keyLine = line
    let keyColumn = column(at: pos)
    let key = try readString()
    try checkUnique(key, line: keyLine, column: keyColumn)
    skipWhitespace()
    guard pos < end else { throw malformed(at: pos, endOfInput) }
    guard bytes[pos] == UInt8(ascii: ":") else { throw malformed(at: pos, "expected ':' after object key") }
    pos += 1
    skipWhitespace()
    let top = frames.count - 1
    frames[top].key = key
    frames[top].keyLine = keyLine
    frames[top].keyColumn = keyColumn
  }

  /// Throws when the innermost object already has `key`: a later duplicate silently winning (as in most readers)
  /// would let a plan say two things about one setting.
  mutating func checkUnique(_ key: String, line: Int, column: Int) throws(InputError) {
    let top = frames.count - 1
    var duplicate = false
    if frames[top].members.count <= JSONReader.keyScanLimit {
      duplicate = frames[top].members.contains { JSONValue.sameBytes($0.key, key) }
    } else {
      if frames[top].keySet == nil {
        frames[top].keySet = Set(frames[top].members.map { ExactKey(text: $0.key) })
      }
      duplicate = !frames[top].keySet!.insert(ExactKey(text: key)).inserted
    }
    if duplicate {
      throw InputError.malformed(
        file: file, line: line, column: column, reason: "duplicate key \(JSONWriter.quoted(key))")
    }
  }

  // MARK: - Scalars

  /// Reads a number (at `pos`, a '-' or digit) and returns its exact text after checking it against the grammar.
  mutating func readNumber() throws(InputError) -> String {
    let start = pos
    if bytes[pos] == UInt8(ascii: "-") {
      pos += 1
      guard pos < end else { throw malformed(at: pos, endOfInput) }
      if bytes[pos] == UInt8(ascii: "I") && hasPrefix("Infinity") {
        throw malformed(at: start, "-Infinity is not allowed in JSON (write null or a string)")
      }
      guard isDigit(bytes[pos]) else { throw malformed(at: pos, "expected a digit after '-'") }
    }
    if bytes[pos] == UInt8(ascii: "0") {
      pos += 1
      if pos < end && isDigit(bytes[pos]) {
        throw malformed(at: pos - 1, "number has a leading zero (write 7, not 07)")
      }
    } else {
      skipDigits()
    }
    if pos < end && bytes[pos] == UInt8(ascii: ".") {
      pos += 1
      guard pos < end else { throw malformed(at: pos, endOfInput) }
      guard isDigit(bytes[pos]) else { throw malformed(at: pos, "expected a digit after '.' in number") }
      skipDigits()
    }
    if pos < end && (bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E")) {
      pos += 1
      if pos < end && (bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-")) { pos += 1 }
      guard pos < end else { throw malformed(at: pos, endOfInput) }
      guard isDigit(bytes[pos]) else { throw malformed(at: pos, "expected a digit in the exponent of number") }
      skipDigits()
    }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
  }

  /// Reads `true`, `false` or `null` (whose first letter is at `pos`).
  mutating func readLiteral(_ literal: StaticString) throws(InputError) {
    let length = literal.utf8CodeUnitCount
    let expected = UnsafeBufferPointer(start: literal.utf8Start, count: length)
    for offset in 0..<length {
      guard pos + offset < end else { throw malformed(at: end, endOfInput) }
      guard bytes[pos + offset] == expected[offset] else {
        throw malformed(at: pos, "invalid literal (expected true, false or null)")
      }
    }
    pos += length
    if pos < end && isIdentifierStart(bytes[pos]) {
      throw malformed(at: pos - length, "invalid literal (expected true, false or null)")
    }
  }

  /// The error for a byte that cannot start a value, naming the likely mistake when there is a common one.
  func unexpectedValueStart() -> InputError {
    let byte = bytes[pos]
    switch byte {
    case UInt8(ascii: "'"):
      return malformed(at: pos, "strings must be in double quotes, not single quotes")
    case UInt8(ascii: "/"), UInt8(ascii: "#"):
      return malformed(at: pos, "comments are not allowed in JSON")
    case UInt8(ascii: "+"):
      return malformed(at: pos, "a number cannot start with '+'")
    case UInt8(ascii: "."):
      return malformed(at: pos, "a number needs a digit before '.' (write 0.5, not .5)")
    case UInt8(ascii: "N") where hasPrefix("NaN"):
      return malformed(at: pos, "NaN is not allowed in JSON (write null or a string)")
    case UInt8(ascii: "I") where hasPrefix("Infinity"):
      return malformed(at: pos, "Infinity is not allowed in JSON (write null or a string)")
    case _ where isIdentifierStart(byte):
      return malformed(at: pos, "invalid literal (expected true, false or null; strings need double quotes)")
    case 0x80...:
      guard let (scalar, _) = decodeScalar(at: pos) else { return invalidUTF8(at: pos) }
      return malformed(at: pos, "expected a JSON value, found \(describe(scalar))")
    default:
      return malformed(at: pos, "expected a JSON value, found \(describe(Unicode.Scalar(byte)))")
    }
  }

  // MARK: - Positions and small helpers

  /// Skips JSON whitespace (space, tab, CR, LF), counting lines at each LF.
  @inline(__always)
  mutating func skipWhitespace() {
    while pos < end {
      switch bytes[pos] {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
        pos += 1
      case UInt8(ascii: "\n"):
        pos += 1
        line += 1
        lineStart = pos
        continuationBytes = 0
      default:
        return
      }
    }
  }

  @inline(__always)
  mutating func skipDigits() {
    while pos < end && isDigit(bytes[pos]) { pos += 1 }
  }

  /// The 1-based column, in Unicode scalars, of byte `index` on the current line; valid for any index at or after
  /// the last multi-byte character read.
  @inline(__always)
  func column(at index: Int) -> Int {
    index - lineStart - continuationBytes + 1
  }

  /// The error for byte `index` on the current line.
  func malformed(at index: Int, _ reason: String) -> InputError {
    .malformed(file: file, line: line, column: column(at: index), reason: reason)
  }

  /// The error for a place remembered earlier, possibly on an earlier line.
  func malformed(at position: Position, _ reason: String) -> InputError {
    .malformed(file: file, line: position.line, column: position.column, reason: reason)
  }

  func hasPrefix(_ text: StaticString) -> Bool {
    let length = text.utf8CodeUnitCount
    guard end - pos >= length else { return false }
    return UnsafeBufferPointer(start: text.utf8Start, count: length).elementsEqual(
      UnsafeBufferPointer(rebasing: bytes[pos..<pos + length]))
  }

  /// A character as an error message shows it: quoted when printable, as U+XXXX when not.
  func describe(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    if scalar.value > 0x20 && scalar.value < 0x7F { return "'\(scalar)'" }
    let category = scalar.properties.generalCategory
    if scalar.isASCII || category == .control || category == .format || scalar.properties.isWhitespace {
      return code
    }
    return "'\(scalar)' (\(code))"
  }

  @inline(__always)
  func isDigit(_ byte: UInt8) -> Bool {
    byte &- UInt8(ascii: "0") < 10
  }

  /// ASCII letters and `_` and `$`: what an unquoted key or a misspelled literal starts with.
  @inline(__always)
  func isIdentifierStart(_ byte: UInt8) -> Bool {
    (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$")
  }
}
