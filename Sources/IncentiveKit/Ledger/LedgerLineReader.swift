/// The JSON values a ledger line can hold. Objects keep their members in order (and duplicates), so the
/// canonical re-encoding check sees exactly what was written.
enum LedgerLineValue {
  case object([(String, LedgerLineValue)])
  case array([LedgerLineValue])
  case string(String)
  case integer(Int)
  case boolean(Bool)
  case null
}

/// A small strict JSON reader (RFC 8259, integers only) over one line's bytes.
struct LedgerLineReader {
  let bytes: [UInt8]
  var position = 0

  init(bytes: [UInt8]) { self.bytes = bytes }

  mutating func document() throws(LedgerLineProblem) -> LedgerLineValue {
    let value = try self.value(depth: 0)
    skipWhitespace()
    if position < bytes.count { throw problem("unexpected text after the JSON object") }
    return value
  }

  private func problem(_ what: String) -> LedgerLineProblem {
    LedgerLineProblem(reason: "not valid JSON at column \(position + 1): \(what)")
  }

  private mutating func skipWhitespace() {
    while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
  }

  private mutating func expect(_ literal: String) throws(LedgerLineProblem) {
    for byte in literal.utf8 {
      guard position < bytes.count, bytes[position] == byte else { throw problem("expected \"\(literal)\"") }
      position += 1
    }
  }

  private mutating func value(depth: Int) throws(LedgerLineProblem) -> LedgerLineValue {
    guard depth < 16 else { throw problem("nested too deeply") }
    skipWhitespace()
    guard position < bytes.count else { throw problem("the line ends where a value should be") }
    switch bytes[position] {
    case UInt8(ascii: "{"):
      position += 1
      var members: [(String, LedgerLineValue)] = []
      skipWhitespace()
      if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
        position += 1
        return .object(members)
      }
      while true {
        skipWhitespace()
        let key = try string()
        skipWhitespace()
        try expect(":")
        members.append((key, try value(depth: depth + 1)))
        skipWhitespace()
        guard position < bytes.count else { throw problem("the line ends inside an object") }
        position += 1
        if bytes[position - 1] == UInt8(ascii: "}") { return .object(members) }
        guard bytes[position - 1] == UInt8(ascii: ",") else { position -= 1; throw problem("expected , or }") }
      }
    case UInt8(ascii: "["):
      position += 1
      var elements: [LedgerLineValue] = []
      skipWhitespace()
      if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
        position += 1
        return .array(elements)
      }
      while true {
        elements.append(try value(depth: depth + 1))
        skipWhitespace()
        guard position < bytes.count else { throw problem("the line ends inside an array") }
        position += 1
        if bytes[position - 1] == UInt8(ascii: "]") { return .array(elements) }
        guard bytes[position - 1] == UInt8(ascii: ",") else { position -= 1; throw problem("expected , or ]") }
      }
    case UInt8(ascii: "\""):
      return .string(try string())
    case UInt8(ascii: "n"):
      try expect("null")
      return .null
    case UInt8(ascii: "t"):
      try expect("true")
      return .boolean(true)
    case UInt8(ascii: "f"):
      try expect("false")
      return .boolean(false)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return .integer(try integer())
    default:
      throw problem("unexpected character")
    }
  }

  private mutating func integer() throws(LedgerLineProblem) -> Int {
    let negative = bytes[position] == UInt8(ascii: "-")
    if negative { position += 1 }
    let start = position
    var magnitude = 0
    while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
      let (times10, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = times10.addingReportingOverflow(Int(bytes[position] - UInt8(ascii: "0")))
      guard !overflow1, !overflow2 else { throw problem("integer too large") }
      magnitude = sum
      position += 1
    }
    guard position > start else { throw problem("expected digits") }
    if position - start > 1, bytes[start] == UInt8(ascii: "0") { throw problem("leading zero") }
    if position < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[position]) {
      throw problem("ledger entries hold only integer numbers")
    }
    return negative ? -magnitude : magnitude
  }

  private mutating func string() throws(LedgerLineProblem) -> String {
    guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw problem("expected a string") }
    position += 1
    var utf8: [UInt8] = []
    while true {
      guard position < bytes.count else { throw problem("the line ends inside a string") }
      let byte = bytes[position]
      position += 1
      switch byte {
      case UInt8(ascii: "\""):
        guard let text = String(validating: utf8, as: UTF8.self) else { throw problem("string is not valid UTF-8") }
        return text
      case UInt8(ascii: "\\"):
        guard position < bytes.count else { throw problem("the line ends inside an escape") }
        let escape = bytes[position]
        position += 1
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
        case UInt8(ascii: "b"): utf8.append(0x08)
        case UInt8(ascii: "f"): utf8.append(0x0C)
        case UInt8(ascii: "n"): utf8.append(0x0A)
        case UInt8(ascii: "r"): utf8.append(0x0D)
        case UInt8(ascii: "t"): utf8.append(0x09)
        case UInt8(ascii: "u"): try unicodeEscape(into: &utf8)
        default: throw problem("unknown escape")
        }
      case 0x00..<0x20:
        throw problem("control character inside a string")
      default:
        utf8.append(byte)
      }
    }
  }

  /// Decodes `\uXXXX` (the `\u` already consumed), joining a surrogate pair, and appends the UTF-8.
  private mutating func unicodeEscape(into utf8: inout [UInt8]) throws(LedgerLineProblem) {
    var scalarValue = try hex4()
    if (0xD800..<0xDC00).contains(scalarValue) {
      try expect("\\u")
      let low = try hex4()
      guard (0xDC00..<0xE000).contains(low) else { throw problem("unpaired surrogate") }
      scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
    }
    guard let scalar = Unicode.Scalar(scalarValue) else { throw problem("invalid \\u escape") }
    utf8.append(contentsOf: String(Character(scalar)).utf8)
  }

  private mutating func hex4() throws(LedgerLineProblem) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard position < bytes.count, let digit = hexValue(bytes[position]) else {
        throw problem("expected 4 hex digits")
      }
      value = value << 4 | digit
      position += 1
    }
    return value
  }

  private func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }
}
