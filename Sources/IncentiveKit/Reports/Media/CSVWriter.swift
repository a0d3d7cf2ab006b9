import Foundation

/// RFC 4180 output: a field is quoted when it holds a comma, quote or line break, with
/// quotes doubled; lines end in LF, which every spreadsheet and payroll import reads.
enum CSVWriter {
  static func field(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  static func line(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\n"
  }
}
