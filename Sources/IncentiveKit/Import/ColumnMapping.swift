/// A `--map mapping.json` file: how an arbitrary CSV's columns (and value spellings) become
/// one canonical dataset file, for exports no importer knows.
///
/// ```json
/// {"file": "deployments",
///  "columns": {"deployment_id": "Deploy #", "finished_at": "Done", "status": "Outcome"},
///  "values": {"status": {"ok": "success", "error": "failed"}},
///  "constants": {"team": "payments"},
///  "date_format": "dd/MM/yyyy HH:mm"}
/// ```
/// A canonical column not listed under `columns` is read from a source column of the same
/// name when there is one. Errors name the mapping file's line and column, or the required
/// canonical column nobody mapped.
struct ColumnMapping: Sendable {
  /// The canonical file the CSV becomes.
  var record: any DatasetRecord.Type
  /// Canonical column → source header.
  var columns: [String: String] = [:]
  /// Canonical column → (source spelling, lowercased → canonical spelling).
  var values: [String: [String: String]] = [:]
  /// Canonical column → a value for every row.
  var constants: [String: String] = [:]
  var dateFormat: DateFormat?
  /// The mapping file's name, for messages.
  var file = "mapping.json"

  /// The canonical files a mapping may produce.
  static let records: [any DatasetRecord.Type] = [
    Deployment.self, Incident.self, Review.self, Change.self, OncallShift.self,
  ]

  init(file: ImportFile) throws(InputError) {
    self.file = file.path
    let root = JSONObject(file: file.path, value: try file.json())
    guard let members = root.value.objectMembers else {
      throw .malformed(file: file.path, line: root.value.line, column: root.value.column, reason: "expected an object")
    }
    for member in members where !["file", "columns", "values", "constants", "date_format"].contains(member.key) {
      throw .malformed(
        file: file.path, line: member.keyLine, column: member.keyColumn,
        reason: "unknown key \"\(member.key)\"; expected file, columns, values, constants, date_format")
    }
    let name = try root.requiredString("file")
    guard let known = Self.columnNames(of: name) else {
      throw root.invalid("file", root.value(at: "file")!, name, "one of \(Self.fileNames.joined(separator: ", "))")
    }
    record = Self.record(named: name)
    func entries(_ key: String) throws(InputError) -> [(JSONMember, String)] {
      guard let node = root.value(at: key) else { return [] }
      guard let members = node.objectMembers else { throw root.invalid(key, node, "…", "an object") }
      var pairs: [(JSONMember, String)] = []
      for member in members {
        guard known.contains(member.key) else {
          throw .invalidValue(
            file: file.path, line: member.keyLine, column: member.keyColumn, header: key, text: member.key,
            expected: "a column of \(name).csv (\(known.joined(separator: ", ")))")
        }
        pairs.append((member, member.value.stringValue ?? ""))
      }
      return pairs
    }
    for (member, header) in try entries("columns") {
      guard !header.isEmpty else {
        throw .invalidValue(
          file: file.path, line: member.value.line, column: member.value.column, header: "columns.\(member.key)",
          text: JSONWriter.compact(member.value), expected: "the source CSV's header text")
      }
      columns[member.key] = header
    }
    for (member, _) in try entries("constants") {
      let object = JSONObject(file: file.path, value: .object([(member.key, member.value)]))
      constants[member.key] = try object.requiredString(member.key)
    }
    for (member, _) in try entries("values") {
      guard let spellings = member.value.objectMembers else {
        throw root.invalid(
          "values.\(member.key)", member.value, "…", "an object of source spelling → canonical spelling")
      }
      var map: [String: String] = [:]
      for spelling in spellings {
        guard let target = spelling.value.stringValue else {
          throw root.invalid("values.\(member.key).\(spelling.key)", spelling.value, "…", "a string")
        }
        map[spelling.key.lowercased()] = target
      }
      values[member.key] = map
    }
    if let pattern = try root.string("date_format") {
      guard let format = DateFormat(pattern) else {
        throw root.invalid(
          "date_format", root.value(at: "date_format")!, pattern, "a date pattern such as dd/MM/yyyy HH:mm")
      }
      dateFormat = format
    }
  }

  static var fileNames: [String] { records.map { $0.fileName } }

  static func columnNames(of fileName: String) -> [String]? {
    guard let index = fileNames.firstIndex(of: fileName) else { return nil }
    return records[index].columns.map(\.name)
  }

  static func record(named fileName: String) -> any DatasetRecord.Type {
    records[fileNames.firstIndex(of: fileName)!]
  }

  /// Whether a canonical column holds a time, converted to ISO 8601 on the way.
  static func isTime(_ column: String) -> Bool {
    column.hasSuffix("_at") || column == "shift_start" || column == "shift_end"
  }
}
