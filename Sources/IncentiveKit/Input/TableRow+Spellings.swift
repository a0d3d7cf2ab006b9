/// Choices read from the same lists of ASCII spellings that the byte-level reader (`CSVRecordBytes.choice`)
/// matches, so both paths accept exactly the same cells.
extension TableRow {
  /// The value whose spelling the cell equals, ignoring ASCII case; nil when absent.
  func choice<T>(_ column: Int, _ spellings: [StaticString], _ values: [T]) throws(InputError) -> T? {
    guard var text = try string(column) else { return nil }
    let number = text.withUTF8 { bytes in
      spellings.firstIndex { CSVRecordBytes.equalsIgnoringCase(bytes, $0) }
    }
    if let number { return values[number] }
    throw invalid(column, text, "one of \(spellings.map(\.description).joined(separator: ", "))")
  }
}
