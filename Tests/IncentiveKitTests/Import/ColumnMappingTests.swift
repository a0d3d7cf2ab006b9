import Testing

@testable import IncentiveKit

@Suite("--map mapping files")
struct ColumnMappingTests {
  static func mapped(_ mapping: String, _ csv: String? = nil) throws -> ImportResult {
    var options = ImportOptions()
    options.mapping = try ColumnMapping(file: ImportFixtures.inline("mapping.json", mapping))
    let source =
      try csv.map { ImportFixtures.inline("deploys.csv", $0) } ?? ImportFixtures.files("custom", ["deploys.csv"])[0]
    return try MappedImporter.read([source], options: options)
  }

  @Test("columns, value spellings and the date format map an arbitrary CSV onto deployments")
  func fixture() throws {
    var options = ImportOptions()
    options.mapping = try ColumnMapping(file: try ImportFixtures.files("custom", ["mapping.json"])[0])
    let rows = try ImportFixtures.rows(
      try MappedImporter.read(try ImportFixtures.files("custom", ["deploys.csv"]), options: options), "deployments")
    #expect(rows.map { $0["deployment_id"]! } == ["1042", "1043", "1044"])
    // ok → success, error → failed; prod → production, qa kept as written.
    #expect(rows.map { $0["status"]! } == ["success", "failed", "success"])
    #expect(rows.map { $0["environment"]! } == ["production", "production", "qa"])
    // "03/07/2026 14:05" in dd/MM/yyyy HH:mm.
    #expect(rows[0]["finished_at"] == "2026-07-03T14:05:00Z")
    #expect(rows[1]["change_lines"] == "40")
  }

  @Test("a required canonical column nobody mapped is named, with the fix")
  func unmappedRequired() {
    let error = ImportFixtures.error {
      try Self.mapped(#"{"file": "deployments", "columns": {"deployment_id": "Build", "team": "Squad"}}"#)
    }
    guard case .unmappedColumn(_, let column, let file, let mapping) = error else {
      Issue.record("expected unmappedColumn, got \(String(describing: error))")
      return
    }
    #expect(column == "finished_at")
    #expect(file == "deployments")
    #expect(mapping == "mapping.json")
  }

  @Test("mapping-file mistakes name the mapping file's line and column")
  func badMappings() {
    let cases: [(String, String)] = [
      (
        #"{"file": "deploys"}"#,
        "mapping.json:1:10: file: \"deploys\" is not one of deployments, incidents, reviews, changes, oncall"
      ),
      (
        "{\"file\": \"deployments\",\n \"columns\": {\"finish\": \"Done\"}}",
        "mapping.json:2:14: columns: \"finish\" is not a column of deployments.csv"
      ),
      (#"{"file": "deployments", "colums": {}}"#, "mapping.json:1:25: unknown key \"colums\""),
      (
        #"{"file": "deployments", "date_format": "YYYY"}"#,
        "mapping.json:1:40: date_format: \"YYYY\" is not a date pattern"
      ),
    ]
    for (mapping, expected) in cases {
      let error = ImportFixtures.error { try Self.mapped(mapping) }
      #expect(error?.description.hasPrefix(expected) == true, "\(String(describing: error))")
    }
  }

  @Test("a mapped value the canonical file rejects is reported at the source cell")
  func badValue() {
    // The canonical check runs when the file is rendered, before anything is written.
    let error = ImportFixtures.error {
      let result = try Self.mapped(
        #"{"file": "deployments", "columns": {"deployment_id": "Build", "team": "Squad", "finished_at": "Done", "status": "Outcome"}}"#,
        "Build,Squad,Done,Outcome\n7,payments,2026-07-01T00:00:00Z,maybe\n")
      _ = try ImportFixtures.rows(result, "deployments")
      return result
    }
    #expect(
      error
        == .invalidValue(
          file: "deploys.csv", line: 2, column: 4, header: "status", text: "maybe",
          expected: "one of success, failed, rolled_back"))
  }
}
