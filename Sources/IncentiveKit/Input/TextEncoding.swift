/// The encodings people's tools write instead of UTF-8, and the spreadsheet workbooks they save instead of CSV,
/// recognised up front so the message says what to do rather than pointing at an "invalid byte" in the first cell.
enum TextEncoding {
  /// Every check a text file gets before it is parsed: a workbook, then UTF-16 with or without a byte-order mark.
  static func check(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws(InputError) {
    if let kind = SpreadsheetWorkbook.kind(of: bytes) { throw .workbook(file: file, kind: kind) }
    try rejectUTF16(bytes, file: file)
  }

  /// Excel's "Unicode text", PowerShell's `Out-File` and Notepad's "Unicode" write UTF-16 with a
  /// byte-order mark (`FF FE` or `FE FF`); some tools write it without one, which shows as a zero byte beside each
  /// ASCII character.
  static func rejectUTF16(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws(InputError) {
    if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
      throw .malformed(
        file: file, line: 1, column: 1,
        reason: "the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8")
    }
    if let order = utf16WithoutMark(bytes) {
      throw .malformed(
        file: file, line: 1, column: 1,
        reason: "the file is UTF-16 (\(order), without a byte-order mark: a zero byte beside each letter); "
          + "save it as UTF-8 (in Excel: CSV UTF-8)")
    }
  }

  /// "little-endian" or "big-endian" when the first characters (up to 32 bytes) are ASCII letters written as
  /// UTF-16, each with a zero byte; nil otherwise. UTF-8 text never holds a zero byte.
  static func utf16WithoutMark(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    let count = min(bytes.count, 32) & ~1
    guard count >= 4 else { return nil }
    var lowZero = true
    var highZero = true
    for index in stride(from: 0, to: count, by: 2) {
      if !(bytes[index] != 0 && bytes[index + 1] == 0) { lowZero = false }
      if !(bytes[index] == 0 && bytes[index + 1] != 0) { highZero = false }
    }
    return lowZero ? "little-endian" : highZero ? "big-endian" : nil
  }
}
