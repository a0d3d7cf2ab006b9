/// A spreadsheet workbook saved where a CSV file belongs, recognised by its first bytes whatever its name:
/// `.xlsx` and `.ods` are zip archives, `.xls` an OLE compound file. Read as CSV they would be binary junk.
enum SpreadsheetWorkbook {
  /// "an Excel or OpenDocument workbook (a zip archive)" or "an Excel 97–2003 workbook", nil for anything else.
  static func kind(of bytes: UnsafeBufferPointer<UInt8>) -> String? {
    if starts(bytes, with: [0x50, 0x4B, 0x03, 0x04]) { return "an Excel or OpenDocument workbook (xlsx/ods)" }
    if starts(bytes, with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return "an Excel 97-2003 workbook (xls)" }
    return nil
  }

  /// The extensions of workbook files, recognised by name in a dataset folder.
  static let extensions = ["xlsx", "xls", "ods", "xlsm"]

  private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, with prefix: [UInt8]) -> Bool {
    guard bytes.count >= prefix.count else { return false }
    for (index, byte) in prefix.enumerated() where bytes[index] != byte { return false }
    return true
  }
}
