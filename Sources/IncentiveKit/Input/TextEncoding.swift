/// The encodings people's tools write instead of UTF-8, recognised up front so the message says
/// what to do rather than pointing at an "invalid byte" in the first cell.
enum TextEncoding {
  /// Excel's "Unicode text", PowerShell's `Out-File` and Notepad's "Unicode" write UTF-16 with a
  /// byte-order mark (`FF FE` or `FE FF`).
  static func rejectUTF16(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws(InputError) {
    guard bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) else {
      return
    }
    throw .malformed(
      file: file, line: 1, column: 1, reason: "the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8")
  }
}
