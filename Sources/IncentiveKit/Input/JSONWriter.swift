/// Deterministic JSON text for reports, golden files and the ledger.
///
/// The output matches Python's `json.dumps(value, indent=2, ensure_ascii=False)` byte for byte, so fixtures made
/// with a Python one-liner compare equal and hashes over written files are stable. Members are written in their
/// stored order and numbers as their stored text; nothing is reformatted.
enum JSONWriter {
  /// Pretty text exactly like Python's `json.dumps(value, indent=2, ensure_ascii=False) + "\n"`.
  ///
  /// Two-space indent, a bare `,` at line ends, `": "` after keys, `[]` and `{}` for empty containers.
  static func pretty(_ value: JSONValue) -> String {
    var output: [UInt8] = []
    writePretty(value, indent: 0, into: &output)
    output.append(UInt8(ascii: "\n"))
    return String(decoding: output, as: UTF8.self)
  }

  /// One line of text like Python's `json.dumps(value, separators=(",", ":"), ensure_ascii=False)`, without a
  /// newline: the form a JSON Lines file (such as the ledger) holds.
  static func compact(_ value: JSONValue) -> String {
    var output: [UInt8] = []
    writeCompact(value, into: &output)
    return String(decoding: output, as: UTF8.self)
  }

  /// `text` as a JSON string literal with its quotes, escaped as Python escapes it.
  static func quoted(_ text: String) -> String {
    var output: [UInt8] = []
    writeString(text, into: &output)
    return String(decoding: output, as: UTF8.self)
  }

  // Both writers recurse once per nesting level; parsed values are at most `maxDepth` deep.

  static func writePretty(_ value: JSONValue, indent: Int, into output: inout some ByteOutput) {
    switch value.kind {
    case .array(let elements) where !elements.isEmpty:
      output.append(UInt8(ascii: "["))
      for (index, element) in elements.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        newline(indent: indent + 2, into: &output)
        writePretty(element, indent: indent + 2, into: &output)
      }
      newline(indent: indent, into: &output)
      output.append(UInt8(ascii: "]"))
    case .object(let members) where !members.isEmpty:
      output.append(UInt8(ascii: "{"))
      for (index, member) in members.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        newline(indent: indent + 2, into: &output)
        writeString(member.key, into: &output)
        output.append(UInt8(ascii: ":"))
        output.append(UInt8(ascii: " "))
        writePretty(member.value, indent: indent + 2, into: &output)
      }
      newline(indent: indent, into: &output)
      output.append(UInt8(ascii: "}"))
    default:
      writeCompact(value, into: &output)
    }
  }

  static func writeCompact(_ value: JSONValue, into output: inout some ByteOutput) {
    switch value.kind {
    case .null:
      output.append(utf8: "null")
    case .bool(let flag):
      output.append(utf8: flag ? "true" : "false")
    case .number(let text):
      output.append(utf8: text)
    case .string(let text):
      writeString(text, into: &output)
    case .array(let elements):
      output.append(UInt8(ascii: "["))
      for (index, element) in elements.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        writeCompact(element, into: &output)
      }
      output.append(UInt8(ascii: "]"))
    case .object(let members):
      output.append(UInt8(ascii: "{"))
      for (index, member) in members.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        writeString(member.key, into: &output)
        output.append(UInt8(ascii: ":"))
        writeCompact(member.value, into: &output)
      }
      output.append(UInt8(ascii: "}"))
    }
  }

  static func newline(indent: Int, into output: inout some ByteOutput) {
    if indent < lineBreak.utf8CodeUnitCount {
      output.append(bytes: UnsafeBufferPointer(start: lineBreak.utf8Start, count: indent + 1))
    } else {
      output.append(UInt8(ascii: "\n"))
      for _ in 0..<indent { output.append(UInt8(ascii: " ")) }
    }
  }

  /// A line feed and 63 spaces: a line break and its indentation are its first `indent + 1` bytes, copied in one
  /// go through a buffer pointer. A report writes one per member (60 per engineer of a payout report); copying an
  /// array per indentation, or from an `ArraySlice`, cost several times as much. A literal in the binary, so no
  /// lookup waits on a lazily built global.
  private static var lineBreak: StaticString {
    "\n                                                               "
  }

  /// Writes a quoted string. As Python with `ensure_ascii=False`: `"` and `\` are escaped, control characters
  /// U+0000–U+001F become `\b \f \n \r \t` or `\u00xx` (lowercase hex), and everything else, DEL and non-ASCII
  /// included, is written as its raw UTF-8.
  static func writeString(_ text: String, into output: inout some ByteOutput) {
    output.append(UInt8(ascii: "\""))
    // `withUTF8` reads a large string in place and a small one (up to 15 bytes, most ids and names) from a copy on
    // the stack, which `utf8.withContiguousStorageIfAvailable` refuses.
    var text = text
    text.withUTF8 { writeEscaped($0, into: &output) }
    output.append(UInt8(ascii: "\""))
  }

  /// The body of a string literal: `bytes` with Python's escapes.
  private static func writeEscaped(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout some ByteOutput) {
    // Copy runs of bytes that need no escape in one go; most strings are a single run.
    var runStart = 0
    var index = 0
    while index < bytes.count {
      // Eight bytes at a time while none of them needs an escape: a payout report's notes are most of its text.
      while index + 8 <= bytes.count,
        !mayNeedEscape(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
      {
        index += 8
      }
      guard index < bytes.count else { break }
      let byte = bytes[index]
      index += 1
      guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
      let escaped = index - 1
      output.append(bytes: UnsafeBufferPointer(rebasing: bytes[runStart..<escaped]))
      runStart = index
      output.append(UInt8(ascii: "\\"))
      switch byte {
      case 0x08: output.append(UInt8(ascii: "b"))
      case 0x09: output.append(UInt8(ascii: "t"))
      case 0x0A: output.append(UInt8(ascii: "n"))
      case 0x0C: output.append(UInt8(ascii: "f"))
      case 0x0D: output.append(UInt8(ascii: "r"))
      case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
      default:
        output.append(utf8: "u00")
        output.append(hexDigit(byte >> 4))
        output.append(hexDigit(byte & 0x0F))
      }
    }
    output.append(bytes: UnsafeBufferPointer(rebasing: bytes[runStart...]))
  }

  /// Whether any of the eight bytes in `word` may be a control character, `"` or `\`: never false when one is
  /// (the zero-byte tests of "Bit Twiddling Hacks"; a byte of 0x80 and above is never flagged itself), sometimes
  /// true when none is, so a flagged word is then looked at byte by byte.
  @inline(__always)
  static func mayNeedEscape(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
    let control = (word &- 0x20 &* ones) & ~word & highs != 0
    return control || hasZeroByte(word ^ (0x22 &* ones)) || hasZeroByte(word ^ (0x5C &* ones))
  }

  /// Lowercase, as Python writes `\u001f`.
  static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
  }
}
