import Foundation

/// One export file given to `incentive import`, read whole (exports are small next to the
/// datasets `calculate` streams), with its name as the user gave it for messages.
struct ImportFile: Sendable {
  let path: String
  let bytes: [UInt8]

  init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }

  init(path: String) throws(InputError) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(
        file: path, reason: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
    }
    self.init(path: path, bytes: [UInt8](data))
  }

  /// The extensions of export files: CSV, the tab-separated text SQL clients write, JSON.
  static let exportExtensions = [".csv", ".tsv", ".txt", ".json", ".jsonl"]

  /// The files at `paths`, a folder standing for its export files in name order (a whole DevLake
  /// dump folder, say); other files of a folder come back as `ignored`, to be listed.
  ///
  /// - Throws: `InputError.unreadable` for a path that cannot be read, or a folder with no export file.
  static func exportFiles(at paths: [String]) throws(InputError) -> (files: [ImportFile], ignored: [String]) {
    var files: [ImportFile] = []
    var ignored: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
        files.append(try ImportFile(path: path))
        continue
      }
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
        throw .unreadable(file: path, reason: "not a folder of export files")
      }
      let visible = names.filter { !$0.hasPrefix(".") }.sorted()
      let exports = visible.filter { name in exportExtensions.contains { name.lowercased().hasSuffix($0) } }
      guard !exports.isEmpty else {
        throw .unreadable(file: path, reason: "holds no .csv, .tsv, .txt, .json or .jsonl export files")
      }
      for name in exports { files.append(try ImportFile(path: Dataset.join(name, in: path))) }
      ignored += visible.filter { !exports.contains($0) }.map { Dataset.join($0, in: path) }
    }
    return (files, ignored)
  }

  /// The file name without folder and extension, lowercased (`cicd_deployment_commits`),
  /// which tells a multi-table export which table a file holds.
  var stem: String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let base = name.split(separator: ".", maxSplits: 1).first.map(String.init) ?? name
    return base.lowercased()
  }

  var isJSON: Bool { path.hasSuffix(".json") || path.hasSuffix(".jsonl") }

  /// The file as a table (CSV, a JSON array of objects, or JSON Lines).
  var table: TableReader {
    let format: TableReader.Format = path.hasSuffix(".jsonl") ? .jsonl : path.hasSuffix(".json") ? .json : .csv
    return TableReader(file: path, format: format, bytes: bytes)
  }

  /// Files of a multi-table export by their table name (`stem`), each name one of `tables`.
  ///
  /// - Parameter tool: the export's name for the message (`DevLake table`, `Four Keys view`).
  static func byTable(_ files: [ImportFile], _ tables: [String], tool: String) throws(InputError) -> [String:
    ImportFile]
  {
    var byTable: [String: ImportFile] = [:]
    for file in files {
      guard tables.contains(file.stem) else {
        throw .unreadable(
          file: file.path,
          reason: "not a \(tool) this import reads; name the file after it: \(tables.joined(separator: ", "))")
      }
      byTable[file.stem] = file
    }
    return byTable
  }

  /// The file as one JSON document; JSON Lines come back as an array of their values.
  func json() throws(InputError) -> JSONValue {
    if path.hasSuffix(".jsonl") { return .array(try JSONParser.parseLines(bytes, file: path)) }
    return try JSONParser.parse(bytes, file: path)
  }

  /// The objects of a JSON export: the top-level array, the array under one of `keys`
  /// (PagerDuty's `{"incidents": […]}`, Opsgenie's `{"data": […]}`), or a lone object.
  func jsonObjects(under keys: [String] = []) throws(InputError) -> [JSONObject] {
    let document = try json()
    var items = document.arrayValue
    for key in keys where items == nil { items = document[key]?.arrayValue }
    if items == nil, document.objectMembers != nil { items = [document] }
    guard let items else {
      throw .malformed(
        file: path, line: document.line, column: document.column,
        reason: "expected an array of objects"
          + (keys.isEmpty ? "" : " (or an object with \(keys.joined(separator: "/")))"))
    }
    var objects: [JSONObject] = []
    for item in items {
      guard item.objectMembers != nil else {
        throw .malformed(file: path, line: item.line, column: item.column, reason: "expected an object")
      }
      objects.append(JSONObject(file: path, value: item))
    }
    return objects
  }
}
