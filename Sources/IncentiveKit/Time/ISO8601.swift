/// Parsers for the dates and timestamps of SPEC section 3, on bytes, without Foundation's
/// formatters (slow, locale-sensitive, and lenient in ways that hide bad exports).
enum ISO8601 {
  /// `YYYY-MM-DD`.
  static func parseDate(_ bytes: UnsafeBufferPointer<UInt8>) -> CivilDate? {
    guard bytes.count == 10, bytes[4] == dash, bytes[7] == dash,
      let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2)
    else { return nil }
    return CivilDate(year: year, month: month, day: day)
  }

  /// `YYYY-MM-DDTHH:MM[:SS[.fff…]](Z|±HH:MM|±HHMM|±HH)` → milliseconds since the epoch, UTC.
  /// A timestamp without a zone is rejected: guessing a zone silently moves events across
  /// period boundaries. A space instead of `T` is accepted (SQL exports write it).
  static func parseTimestamp(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
    if let canonical = parseCanonicalTimestamp(bytes) { return canonical }
    return parseAnyTimestamp(bytes)
  }

  /// The canonical `YYYY-MM-DDTHH:MM:SSZ` (20 bytes), the shape nearly every export writes, with its digits and
  /// separators checked a word at a time; nil for any other shape or an impossible value, which
  /// `parseAnyTimestamp` then reads (or rejects) exactly as it would have. Event files hold millions of
  /// timestamps, and the byte-by-byte reading of every optional part cost about 180 instructions each.
  ///
  /// A byte is a digit when its high nibble is 3 and adding 6 leaves it 3 (0x30…0x39). The words overlap (bytes
  /// 0–7, 8–15, 12–19); on little-endian hardware byte `i` of a word is bits `8i…8i+7`.
  @inline(__always)
  static func parseCanonicalTimestamp(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
    #if _endian(little)
      guard bytes.count == 20, let base = bytes.baseAddress else { return nil }
      let raw = UnsafeRawPointer(base)
      // "YYYY-MM-": digits in bytes 0-3, 5, 6; '-' in 4 and 7.
      let head = raw.loadUnaligned(as: UInt64.self)
      // "DDTHH:MM": digits in 0, 1, 3, 4, 6, 7; 'T' in 2, ':' in 5.
      let middle = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
      // "H:MM:SSZ": digits in 0, 2, 3, 5, 6; ':' in 1 and 4, 'Z' in 7.
      let tail = raw.loadUnaligned(fromByteOffset: 12, as: UInt64.self)
      guard head & 0xFF00_00FF_0000_0000 == 0x2D00_002D_0000_0000,
        middle & 0x0000_FF00_00FF_0000 == 0x0000_3A00_0054_0000,
        tail & 0xFF00_00FF_0000_FF00 == 0x5A00_003A_0000_3A00,
        allDigits(head, 0x00FF_FF00_FFFF_FFFF), allDigits(middle, 0xFFFF_00FF_FF00_FFFF),
        allDigits(tail, 0x00FF_FF00_FFFF_00FF)
      else { return nil }
      @inline(__always) func digit(_ index: Int) -> Int { Int(bytes[index] &- 48) }
      let year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)
      let hour = digit(11) * 10 + digit(12)
      let minute = digit(14) * 10 + digit(15)
      let second = digit(17) * 10 + digit(18)
      guard hour <= 23, minute <= 59, second <= 60,
        let date = CivilDate(year: year, month: digit(5) * 10 + digit(6), day: digit(8) * 10 + digit(9))
      else { return nil }
      // A leap second is held at :59, as `parseAnyTimestamp` holds it.
      return (Int64(date.dayNumber) * 86_400 + Int64(hour * 3600 + minute * 60 + min(second, 59))) * 1000
    #else
      return nil
    #endif
  }

  /// Whether every byte of `word` under `mask` (0xFF per byte to check) is an ASCII digit.
  @inline(__always)
  private static func allDigits(_ word: UInt64, _ mask: UInt64) -> Bool {
    let highNibbles = mask & 0xF0F0_F0F0_F0F0_F0F0
    let threes = mask & 0x3030_3030_3030_3030
    // The first test leaves only 0x30…0x3F under the mask, so adding 6 there cannot carry into the next byte.
    return word & highNibbles == threes && (word &+ (mask & 0x0606_0606_0606_0606)) & highNibbles == threes
  }

  /// Every shape `parseTimestamp` accepts, read part by part.
  static func parseAnyTimestamp(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
    guard bytes.count >= 17, let date = parseDate(UnsafeBufferPointer(rebasing: bytes[0..<10])),
      bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t") || bytes[10] == UInt8(ascii: " "),
      let hour = number(bytes, 11, 2), bytes[13] == colon, let minute = number(bytes, 14, 2),
      hour <= 23, minute <= 59
    else { return nil }
    var index = 16
    var second = 0
    var millis = 0
    if index < bytes.count && bytes[index] == colon {
      guard let s = number(bytes, index + 1, 2), s <= 60 else { return nil }
      second = min(s, 59)  // a leap second is held at :59
      index += 3
      if index < bytes.count && (bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",")) {
        index += 1
        var digits = 0
        while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
          if digits < 3 { millis = millis * 10 + Int(bytes[index] - 48) }
          digits += 1
          index += 1
        }
        guard digits > 0 else { return nil }
        for _ in digits..<max(digits, 3) { millis *= 10 }
      }
    }
    guard index < bytes.count else { return nil }
    var offsetMinutes = 0
    let zone = bytes[index]
    if zone == UInt8(ascii: "Z") || zone == UInt8(ascii: "z") {
      guard index + 1 == bytes.count else { return nil }
    } else if zone == UInt8(ascii: "+") || zone == UInt8(ascii: "-") {
      let rest = bytes.count - index - 1
      guard let oh = number(bytes, index + 1, 2), oh <= 23 else { return nil }
      var om = 0
      if rest == 5 {
        guard bytes[index + 3] == colon, let m = number(bytes, index + 4, 2) else { return nil }
        om = m
      } else if rest == 4 {
        guard let m = number(bytes, index + 3, 2) else { return nil }
        om = m
      } else if rest != 2 {
        return nil
      }
      guard om <= 59 else { return nil }
      offsetMinutes = (oh * 60 + om) * (zone == UInt8(ascii: "-") ? -1 : 1)
    } else {
      return nil
    }
    let seconds = Int64(date.dayNumber) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
      - Int64(offsetMinutes * 60)
    return seconds * 1000 + Int64(millis)
  }

  /// String conveniences for non-hot paths (plan values, command-line options).
  static func parseDate(_ text: String) -> CivilDate? {
    var utf8 = Array(text.utf8)
    return utf8.withUnsafeMutableBufferPointer { parseDate(UnsafeBufferPointer($0)) }
  }

  static func parseTimestamp(_ text: String) -> Int64? {
    var utf8 = Array(text.utf8)
    return utf8.withUnsafeMutableBufferPointer { parseTimestamp(UnsafeBufferPointer($0)) }
  }

  /// `2026-07-03T14:05:00Z` for milliseconds since the epoch (fraction dropped when zero).
  static func format(milliseconds: Int64) -> String {
    let seconds = milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000
    let millis = Int(milliseconds - seconds * 1000)
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let secondOfDay = Int(seconds - days * 86_400)
    let date = CivilDate(dayNumber: Int(days))
    var text = date.description + "T" + pad(secondOfDay / 3600, 2) + ":" + pad(secondOfDay / 60 % 60, 2) + ":"
      + pad(secondOfDay % 60, 2)
    if millis != 0 { text += "." + pad(millis, 3) }
    return text + "Z"
  }

  private static let dash = UInt8(ascii: "-")
  private static let colon = UInt8(ascii: ":")

  @inline(__always)
  private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> Int? {
    guard start + length <= bytes.count else { return nil }
    var value = 0
    for index in start..<(start + length) {
      let byte = bytes[index]
      guard byte >= 48 && byte <= 57 else { return nil }
      value = value * 10 + Int(byte - 48)
    }
    return value
  }
}
