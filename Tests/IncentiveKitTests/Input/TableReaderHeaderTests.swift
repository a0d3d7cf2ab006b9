import Testing

@testable import IncentiveKit

@Suite("TableReader: repeated headers and aliases")
struct TableReaderHeaderTests {
  static func rows(_ csv: String, _ columns: [TableColumn]) throws -> [[String]] {
    var rows: [[String]] = []
    try TableReader(file: "t.csv", format: .csv, bytes: Array(csv.utf8)).forEachRow(columns: columns) {
      (row: TableRow) throws(InputError) in
      var values: [String] = []
      for index in 0..<columns.count { values += try row.strings(index) }
      rows.append(values)
    }
    return rows
  }

  @Test("a multi-valued column collects every field with its header, empty ones skipped")
  func repeated() throws {
    let rows = try Self.rows("Key,Labels,Labels,Labels\nA,x,,y\nB,,,\n", [.required("key"), .repeated("labels")])
    #expect(rows == [["A", "x", "y"], ["B"]])
  }

  @Test("a repeated header is still an error for a single-valued column")
  func duplicateSingle() {
    #expect(throws: InputError.duplicateColumn(file: "t.csv", column: "labels")) {
      try Self.rows("labels,labels\na,b\n", [.optional("labels")])
    }
  }

  @Test("aliases are tried in order, the column's own name first")
  func aliases() throws {
    let column = TableColumn.required("created_on", aliases: ["created_at", "created"])
    #expect(try Self.rows("Created,x\n2026,1\n", [column]) == [["2026"]])
    #expect(try Self.rows("created,created_on\nlate,early\n", [column]) == [["early"]])
    #expect(throws: InputError.missingColumn(file: "t.csv", column: "created_on / created_at / created")) {
      try Self.rows("when\n1\n", [column])
    }
  }

  @Test("JSON rows match aliases and multi-valued arrays")
  func json() throws {
    var values: [[String]] = []
    let json = #"[{"Created": "2026", "labels": ["a", "b"]}]"#
    try TableReader(file: "t.json", format: .json, bytes: Array(json.utf8)).forEachRow(
      columns: [.required("created_on", aliases: ["Created"]), .repeated("labels")]
    ) { (row: TableRow) throws(InputError) in
      let created = try row.strings(0)
      values.append(created + (try row.strings(1)))
    }
    #expect(values == [["2026", "a", "b"]])
  }
}
