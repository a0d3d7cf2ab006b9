/// Strings: escapes, surrogate pairs and UTF-8 validation.
///
/// Strings are the only place multi-byte characters may appear, so this is also where the reader keeps
/// `continuationBytes` up to date for column numbers.
extension JSONReader {
  /// Reads a string whose opening quote is at `pos` and returns its decoded text.
  ///
  /// Strings without escapes (nearly all of them) become a `String` straight from the input bytes.
  mutating func readString() throws(InputError) -> String {
    let quoteColumn = column(at: pos)
    pos += 1
    let start = pos
    while pos < end {
      let byte = bytes[pos]
      if byte == UInt8(ascii: "\"") {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
        pos += 1
        return text
      }
      if byte == UInt8(ascii: "\\") {
        return try readEscapedString(from: start, quoteColumn: quoteColumn)
      }
      try skipCharacter(byte)
    }
    throw unterminatedString(quoteColumn: quoteColumn)
  }

  /// Finishes a string that has an escape at `pos`, decoding into `scratch` from the string's first byte `start`.
  mutating func readEscapedString(from start: Int, quoteColumn: Int) throws(InputError) -> String {
    scratch.removeAll(keepingCapacity: true)
    var runStart = start
    while pos < end {
      let byte = bytes[pos]
      if byte == UInt8(ascii: "\"") {
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<pos]))
        pos += 1
        return String(decoding: scratch, as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") {
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<pos]))
        try readEscape(quoteColumn: quoteColumn)
        runStart = pos
      } else {
        try skipCharacter(byte)
      }
    }
    throw unterminatedString(quoteColumn: quoteColumn)
  }

  /// Moves past one unescaped character of a string (`byte` is its first byte), rejecting control characters and
  /// invalid UTF-8.
  @inline(__always)
  mutating func skipCharacter(_ byte: UInt8) throws(InputError) {
    if byte >= 0x20 && byte < 0x80 {
      pos += 1
    } else if byte < 0x20 {
      throw malformed(
        at: pos, "control character \(describe(Unicode.Scalar(byte))) in string must be escaped as \(escapeHint(byte))")
    } else {
      guard let length = scalarLength(at: pos) else { throw invalidUTF8(at: pos) }
      pos += length
      continuationBytes += length - 1
    }
  }

  /// Decodes the escape whose backslash is at `pos` into `scratch`.
  mutating func readEscape(quoteColumn: Int) throws(InputError) {
    let backslash = pos
    guard pos + 1 < end else { throw unterminatedString(quoteColumn: quoteColumn) }
    let letter = bytes[pos + 1]
    let simple: UInt8
    switch letter {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): simple = letter
    case UInt8(ascii: "b"): simple = 0x08
    case UInt8(ascii: "f"): simple = 0x0C
    case UInt8(ascii: "n"): simple = 0x0A
    case UInt8(ascii: "r"): simple = 0x0D
    case UInt8(ascii: "t"): simple = 0x09
    case UInt8(ascii: "u"):
      try readUnicodeEscape(quoteColumn: quoteColumn)
      return
    default:
      if letter > 0x20 && letter < 0x7F {
        throw malformed(at: backslash, "invalid escape \\\(Unicode.Scalar(letter))")
      }
      if letter >= 0x80 {
        guard let (scalar, _) = decodeScalar(at: pos + 1) else { throw invalidUTF8(at: pos + 1) }
        throw malformed(at: backslash, "invalid escape: '\\' followed by \(describe(scalar))")
      }
      throw malformed(at: backslash, "invalid escape: '\\' followed by \(describe(Unicode.Scalar(letter)))")
    }
    scratch.append(simple)
    pos += 2
  }

  /// Decodes `\uXXXX` at `pos`, joining a high surrogate with the `\uXXXX` low surrogate that must follow it.
  mutating func readUnicodeEscape(quoteColumn: Int) throws(InputError) {
    let backslash = pos
    let unit = try hexUnit(at: pos, quoteColumn: quoteColumn)
    pos += 6
    var scalarValue = unit
    switch unit {
    case 0xD800...0xDBFF:
      let low: UInt32? =
        pos + 6 <= end && bytes[pos] == UInt8(ascii: "\\") && bytes[pos + 1] == UInt8(ascii: "u")
        ? try? hexUnit(at: pos, quoteColumn: quoteColumn) : nil
      guard let low, (0xDC00...0xDFFF).contains(low) else {
        throw malformed(at: backslash, "unpaired surrogate \(sourceText(backslash, 6)) in string")
      }
      scalarValue = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
      pos += 6
    case 0xDC00...0xDFFF:
      throw malformed(at: backslash, "unpaired surrogate \(sourceText(backslash, 6)) in string")
    default:
      break
    }
    // Not a surrogate, so always a valid scalar.
    scratch.append(contentsOf: Unicode.UTF8.encode(Unicode.Scalar(scalarValue)!)!)
  }

  /// The 16-bit value of the four hex digits after `\u` at `index`.
  func hexUnit(at index: Int, quoteColumn: Int) throws(InputError) -> UInt32 {
    var unit: UInt32 = 0
    for offset in 2..<6 {
      guard index + offset < end else { throw unterminatedString(quoteColumn: quoteColumn) }
      let byte = bytes[index + offset]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw malformed(at: index, "invalid \\u escape: expected 4 hex digits after \\u")
      }
      unit = unit << 4 | UInt32(digit)
    }
    return unit
  }

  /// The length (2 to 4) of the well-formed UTF-8 sequence starting with the non-ASCII byte at `index`, or nil.
  ///
  /// Follows Unicode's table of well-formed sequences, so overlong forms, surrogates and values past U+10FFFF are
  /// rejected, not only bad continuation bytes.
  @inline(__always)
  func scalarLength(at index: Int) -> Int? {
    @inline(__always) func byte(_ offset: Int, in range: ClosedRange<UInt8>) -> Bool {
      index + offset < end && range.contains(bytes[index + offset])
    }
    let tail: ClosedRange<UInt8> = 0x80...0xBF
    switch bytes[index] {
    case 0xC2...0xDF: return byte(1, in: tail) ? 2 : nil
    case 0xE0: return byte(1, in: 0xA0...0xBF) && byte(2, in: tail) ? 3 : nil
    case 0xE1...0xEC, 0xEE...0xEF: return byte(1, in: tail) && byte(2, in: tail) ? 3 : nil
    case 0xED: return byte(1, in: 0x80...0x9F) && byte(2, in: tail) ? 3 : nil
    case 0xF0: return byte(1, in: 0x90...0xBF) && byte(2, in: tail) && byte(3, in: tail) ? 4 : nil
    case 0xF1...0xF3: return byte(1, in: tail) && byte(2, in: tail) && byte(3, in: tail) ? 4 : nil
    case 0xF4: return byte(1, in: 0x80...0x8F) && byte(2, in: tail) && byte(3, in: tail) ? 4 : nil
    default: return nil
    }
  }

  /// The scalar whose UTF-8 starts at `index` and its length in bytes, for naming it in an error message.
  func decodeScalar(at index: Int) -> (Unicode.Scalar, Int)? {
    guard let length = scalarLength(at: index) else { return nil }
    var value = UInt32(bytes[index]) & (0x7F >> length)
    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
    return Unicode.Scalar(value).map { ($0, length) }
  }

  func invalidUTF8(at index: Int) -> InputError {
    let hex = String(bytes[index], radix: 16, uppercase: true)
    return malformed(
      at: index,
      "invalid UTF-8 byte sequence starting with 0x\(hex.count == 1 ? "0" : "")\(hex); save the file as UTF-8")
  }

  func unterminatedString(quoteColumn: Int) -> InputError {
    .malformed(file: file, line: line, column: quoteColumn, reason: "unterminated string")
  }

  /// How to write a control character inside a JSON string.
  func escapeHint(_ byte: UInt8) -> String {
    switch byte {
    case 0x08: return "\\b"
    case 0x09: return "\\t"
    case 0x0A: return "\\n"
    case 0x0C: return "\\f"
    case 0x0D: return "\\r"
    default:
      let hex = String(byte, radix: 16, uppercase: true)
      return "\\u00" + (hex.count == 1 ? "0" : "") + hex
    }
  }

  /// `count` bytes of ASCII source text from `index`, for quoting an escape in a message.
  func sourceText(_ index: Int, _ count: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<min(index + count, end)]), as: UTF8.self)
  }
}
