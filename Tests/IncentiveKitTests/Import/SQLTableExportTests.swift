import Testing

@testable import IncentiveKit

/// One table as different SQL clients write it: each case is the file text and the cells it must
/// read as (nil for an absent cell), worked out from the client's documented escaping.
@Suite("SQL client export shapes")
struct SQLTableExportTests {
  /// The `id`, `title` and `severity` cells of every row.
  static func cells(_ name: String, _ text: String) throws -> [[String?]] {
    let table = try SQLTableExport(ImportFixtures.inline(name, text))
    var rows: [[String?]] = []
    try table.forEachRow(columns: [.required("id"), .optional("title"), .optional("severity")]) {
      (row: TableRow) throws(InputError) in
      rows.append([try row.string(0), try row.string(1), try row.string(2)])
    }
    return rows
  }

  @Test(
    "NULL spellings are absent and escapes are undone, whichever client wrote the table",
    arguments: [
      // mysql --batch: tabs, NULL as the word, \t \n \\ escaped.
      ("t.tsv", "id\ttitle\tseverity\n1\ta\\tb\\nc\\\\d\tNULL\n", [["1", "a\tb\nc\\d", nil]]),
      // SELECT … INTO OUTFILE (default FIELDS): \N; a backslash before a real line end or tab inside a value.
      ("t.tsv", "id\ttitle\tseverity\n1\tline one\\\nline two\t\\N\n", [["1", "line one\nline two", nil]]),
      // INTO OUTFILE … FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '"': \" inside quotes, \N bare.
      ("t.csv", "id,title,severity\n1,\"say \\\"hi\\\", then go\",\\N\n", [["1", "say \"hi\", then go", nil]]),
      // psql \copy … CSV HEADER: RFC 4180, NULL empty, "" for a quote.
      ("t.csv", "id,title,severity\n1,\"say \"\"hi\"\", then go\",\n", [["1", "say \"hi\", then go", nil]]),
      // A SQL client that spells NULL in CSV.
      ("t.csv", "id,title,severity\n1,NULL,\\N\n", [["1", nil, nil]]),
      // CRLF line ends and a blank line at the end.
      ("t.tsv", "id\ttitle\tseverity\r\n1\tx\tSEV1\r\n\r\n", [["1", "x", "SEV1"]]),
    ] as [(String, String, [[String?]])])
  func shapes(name: String, text: String, expected: [[String?]]) throws {
    #expect(try Self.cells(name, text) == expected)
  }

  @Test("a cell's position is its line and field number, for messages")
  func positions() throws {
    let table = try SQLTableExport(
      ImportFixtures.inline("t.tsv", "id\tfinished_date\n1\t2026-09-01 10:00:00\n2\tlater\n"))
    let error = ImportFixtures.error {
      try table.forEachRow(columns: [.required("id"), .required("finished_date")]) {
        (row: TableRow) throws(InputError) in
        _ = try row.requiredTimestamp(1, TimestampReader())
      }
      return ImportResult()
    }
    #expect(error?.description.hasPrefix("t.tsv:3:2: finished_date: \"later\" is not a timestamp") == true)
  }

  @Test(
    "comma-separated rows that split in the wrong place are refused as a separator problem",
    arguments: [
      // A bare comma: 4 fields where the header has 3, reported at the first extra field.
      ("id,title,severity\n1,Cart, checkout,NULL\n", "t.csv:2:4: 4 fields where the header has 3."),
      // A bare quote (mysql --batch never quotes).
      ("id,title,severity\n1,Cart \"v2\",NULL\n", "t.csv:2:2: unexpected \" inside an unquoted field"),
    ])
  func tabsTurnedToCommas(text: String, prefix: String) {
    let error = ImportFixtures.error {
      _ = try Self.cells("t.csv", text)
      return ImportResult()
    }
    #expect(error?.description.hasPrefix(prefix) == true, "\(String(describing: error))")
    #expect(error?.description.contains("(mysql --batch … | tr '\\t' ',')") == true)
  }

  @Test("a ragged tab-separated row is an error naming its line")
  func raggedTabs() {
    let error = ImportFixtures.error {
      _ = try Self.cells("t.tsv", "id\ttitle\tseverity\n1\tx\n")
      return ImportResult()
    }
    #expect(error == .raggedRow(file: "t.tsv", line: 2, expected: 3, found: 2))
  }

  @Test("JSON rows read as they are, JSON null absent")
  func json() throws {
    #expect(try Self.cells("t.json", #"[{"id": 1, "title": null, "severity": "SEV2"}]"#) == [["1", nil, "SEV2"]])
  }

  @Test("any bytes give rows or an InputError, never a crash")
  func anyBytes() {
    // A fixed-seed linear congruential generator over the bytes that structure these formats.
    let alphabet = Array("ab,\t\\\"\n\rN L0".utf8)
    var state: UInt64 = 14
    for round in 0..<3000 {
      var bytes: [UInt8] = []
      for _ in 0..<(round % 60) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        bytes.append(alphabet[Int(state >> 33) % alphabet.count])
      }
      for name in ["t.csv", "t.tsv"] {
        guard let table = try? SQLTableExport(ImportFile(path: name, bytes: bytes)) else { continue }
        try? table.forEachRow(columns: [.optional("a"), .optional("b")]) { (row: TableRow) throws(InputError) in
          _ = try row.string(0)
          _ = try row.string(1)
        }
      }
    }
  }
}
