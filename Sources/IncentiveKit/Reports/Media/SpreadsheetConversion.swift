/// Text a spreadsheet turns into something else when it opens a CSV file: `00123` into the number 123,
/// `1e5` into 100000, `2026-01-02` or `12/13` into a date, `12:30` into a time, `TRUE` into a boolean, `50%` into 0.5,
/// `(12)` into −12, a long run of digits into a rounded number. LibreOffice Calc and Excel both do, with or without
/// the byte-order mark of `--excel`. An id or an earnings code so changed is another key in the payroll system it is
/// copied into, so a run writing a file for a spreadsheet says which of its values would change (the outputs keep
/// their bytes: a payroll import reads them as written).
enum SpreadsheetConversion {
  /// How many digits a spreadsheet keeps exactly (Excel and Calc show 15 significant digits).
  static let exactDigits = 15

  /// Whether a spreadsheet opening a CSV file shows `text` as something other than what it is.
  static func changes(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard let first = bytes.first else { return false }
    if let last = bytes.last, first == UInt8(ascii: "("), last == UInt8(ascii: ")"), bytes.count > 2 {
      return isNumber(bytes[1..<(bytes.count - 1)])
    }
    if let last = bytes.last, last == UInt8(ascii: "%"), bytes.count > 1 { return isNumber(bytes.dropLast()) }
    // Case-mapped only at a boolean's length: this runs for every id and name of a large org's file.
    if bytes.count == 4 || bytes.count == 5, ["true", "false"].contains(text.lowercased()) { return true }
    return isChangedNumber(bytes[...]) || isExponent(bytes[...]) || isDateOrTime(bytes[...])
  }

  /// Plain digits (a sign allowed) a spreadsheet would show differently: with a leading zero, or too many to keep.
  private static func isChangedNumber(_ bytes: ArraySlice<UInt8>) -> Bool {
    let digits =
      bytes.first.map { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") } == true ? bytes.dropFirst() : bytes
    guard !digits.isEmpty, digits.allSatisfy(isDigit) else { return false }
    return (digits.count > 1 && digits.first == UInt8(ascii: "0")) || digits.count > exactDigits
      || bytes.first == UInt8(ascii: "+")
  }

  /// `1e5`, `2.5E-3`: a number with an exponent.
  private static func isExponent(_ bytes: ArraySlice<UInt8>) -> Bool {
    guard let mark = bytes.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }),
      mark > bytes.startIndex
    else { return false }
    var exponent = bytes[(mark + 1)...]
    if let sign = exponent.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
      exponent = exponent.dropFirst()
    }
    return isNumber(bytes[..<mark]) && !exponent.isEmpty && exponent.allSatisfy(isDigit)
  }

  /// Two or three runs of up to four digits joined by `-`, `/` or `.` (`2026-01-02`, `12/13/2026`, `1/2`, `3-4`,
  /// `13.12.2026`), or two or three runs of one or two digits joined by `:` (`12:30`, `9:05:00`).
  private static func isDateOrTime(_ bytes: ArraySlice<UInt8>) -> Bool {
    for separators in [[UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ".")], [UInt8(ascii: ":")]] {
      let parts = bytes.split(omittingEmptySubsequences: false, whereSeparator: { separators.contains($0) })
      let longest = separators == [UInt8(ascii: ":")] ? 2 : 4
      guard (2...3).contains(parts.count),
        parts.allSatisfy({ !$0.isEmpty && $0.count <= longest && $0.allSatisfy(isDigit) })
      else { continue }
      // One separator kind only: `1.5` is a number, not a date, and shows as itself.
      let used = Set(bytes.filter { separators.contains($0) })
      if used.count == 1 && !(used == [UInt8(ascii: ".")] && parts.count == 2) { return true }
    }
    return false
  }

  /// Digits with at most one decimal point and an optional leading sign.
  private static func isNumber<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
    var body = Array(bytes)
    if let sign = body.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { body.removeFirst() }
    let parts = body.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
    return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(isDigit) }
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  /// The warning for a file written for a spreadsheet whose `values` (ids, names, teams, codes, by what they are)
  /// include ones a spreadsheet changes; nil when none does.
  static func warning(file: String, values: [(what: String, value: String)]) -> String? {
    var changed: [(what: String, value: String)] = []
    var seen = Set<String>()
    for entry in values where changes(entry.value) && seen.insert(entry.value).inserted { changed.append(entry) }
    guard !changed.isEmpty else { return nil }
    let shown = changed.prefix(3).map { "\($0.what) \(TerminalText.escaped($0.value))" }.joined(separator: ", ")
    let more = changed.count > 3 ? " and \(changed.count - 3) more" : ""
    return "\(file): \(shown)\(more) would show as numbers, dates or times when a spreadsheet opens the file; open "
      + "it with the import dialog (Excel: Data > From Text/CSV; LibreOffice: Text Import) and set those columns to "
      + "Text (the file keeps them as written, for a payroll import)"
  }
}
