import Testing

@testable import IncentiveKit

/// The whole-file reader offers each plain-ASCII CSV record to its record type's decoder on the bytes
/// (`PlainRecordCells`) before building a `TableRow`: the record must come out the same either way, a row the bytes
/// cannot read must reach the `TableRow` decoder and its exact error, and a record that is not plain is never offered.
@Suite("Plain record cells")
struct PlainRecordCellsTests {
  /// How each data line of `csv` was read: by the plain decoder (`plain`), or by the row decoder after the plain one
  /// declined (`declined`) or without being offered (`row`), with the records made and the first error thrown.
  struct Reading<R: DatasetRecord> {
    var records: [R] = []
    var ways: [String] = []
    var error: InputError?
  }

  static func read<R: DatasetRecord>(_ type: R.Type, _ csv: String) -> Reading<R> {
    var reading = Reading<R>()
    var declined = false
    do throws(InputError) {
      try TableReader(file: "\(R.fileName).csv", format: .csv, bytes: Array(csv.utf8)).forEachRow(
        columns: R.columns, progress: nil, errorLimit: 1, skipsEmptyRows: false, offersPlain: true,
        plain: { cells in
          guard let record = R(plain: cells) else {
            declined = true
            return false
          }
          #expect(cells.line == reading.ways.count + 2)
          reading.records.append(record)
          reading.ways.append("plain")
          return true
        }
      ) { (row: TableRow) throws(InputError) in
        reading.ways.append(declined ? "declined" : "row")
        declined = false
        reading.records.append(try R(row: row))
      }
    } catch {
      reading.error = error
    }
    return reading
  }

  static let rosterHeader =
    "engineer_id,name,team,role,level,region,timezone,manager_id,start_date,end_date,exit_reason,base_salary,"
    + "target_bonus_pct,currency\n"

  @Test("a roster row reads the same from its bytes as from its TableRow")
  func rosterRow() throws {
    let line = "E7,Ann Lee,core,Tech_Lead,L3,eu-west,America/Argentina/Buenos_Aires,E1,2025-01-31,2026-08-15,Voluntary,"
      + "123456.78,12.5,EUR\n"
    let csv = Self.rosterHeader + line
    let plain = Self.read(Engineer.self, csv)
    #expect(plain.ways == ["plain"])
    let person = try #require(plain.records.first)
    #expect(person.id == "E7")
    #expect(person.name == "Ann Lee")
    #expect(person.team == "core")
    #expect(person.role == "tech_lead")
    #expect(person.level == "L3")
    #expect(person.region == "eu-west")
    #expect(person.timezone == "America/Argentina/Buenos_Aires")
    #expect(person.managerID == "E1")
    #expect(person.startDate == CivilDate(year: 2025, month: 1, day: 31))
    #expect(person.endDate == CivilDate(year: 2026, month: 8, day: 15))
    #expect(person.exitReason == .voluntary)
    #expect(person.baseSalary == FixedDecimal(units: 12_345_678, scale: 2))
    #expect(person.targetBonusPercent == FixedDecimal(units: 125, scale: 1))
    #expect(person.currency == "EUR")
    #expect(person.line == 2)
    // The same row with a non-ASCII name is never offered, and reads the same but for the name.
    let accented = Self.read(Engineer.self, csv.replacingOccurrences(of: "Ann Lee", with: "Anné Lee"))
    #expect(accented.ways == ["row"])
    #expect(accented.records.first?.name == "Anné Lee")
    #expect(accented.records.first?.timezone == person.timezone)
    #expect(accented.records.first?.baseSalary == person.baseSalary)
  }

  @Test("empty optional cells are absent both ways")
  func emptyCells() throws {
    let csv = Self.rosterHeader + "E7,,core,ic,,,,,2025-01-31,,,90000,10,\n"
    let person = try #require(Self.read(Engineer.self, csv).records.first)
    #expect(person.name == nil && person.level == nil && person.managerID == nil && person.currency == nil)
    #expect(person.endDate == nil && person.exitReason == nil)
  }

  /// Each bad cell is declined by the bytes and reported by the row decoder with its line, column and header.
  @Test(
    "a cell the bytes cannot read goes to the row decoder, which names it",
    arguments: [
      ("E7,Ann,core,ic,L3,eu,UTC,,2025-02-30,,,90000,10,EUR", 9, "start_date"),
      ("E7,Ann,core,chief,L3,eu,UTC,,2025-01-01,,,90000,10,EUR", 4, "role"),
      ("E7,Ann,core,ic,L3,eu,UTC,,2025-01-01,,,-5,10,EUR", 12, "base_salary"),
      ("E7,Ann,core,ic,L3,eu,UTC,,2025-01-01,,,90000,1e400,EUR", 13, "target_bonus_pct"),
      ("E7,Ann,core,ic,L3,eu,UTC,E7,2025-01-01,,,90000,10,EUR", 8, "manager_id"),
      ("E7,Ann,,ic,L3,eu,UTC,,2025-01-01,,,90000,10,EUR", 3, "team"),
    ])
  func declinedCell(line: String, column: Int, header: String) {
    let reading = Self.read(Engineer.self, Self.rosterHeader + "E1,Bo,core,ic,,,,,2025-01-01,,,1,1,\n" + line + "\n")
    #expect(reading.ways == ["plain", "declined"])
    let message = reading.error?.description ?? ""
    #expect(message.contains("roster.csv:3:\(column)"), "\(message)")
    #expect(message.contains(header), "\(message)")
  }

  @Test("a coverage fraction above 1 is declined and reported; quoted cells without escapes are plain")
  func coverage() {
    let csv = "team,date,line_coverage,iac_coverage\n\"core\",2026-07-01,0.816,\ncore,2026-07-08,1.2,0.5\n"
    let reading = Self.read(CoverageSample.self, csv)
    #expect(reading.ways == ["plain", "declined"])
    #expect(reading.records.first?.team == "core")
    #expect(reading.records.first?.lineCoverage == FixedDecimal(units: 816, scale: 3))
    #expect(reading.records.first?.iacCoverage == nil)
    #expect(reading.error?.description.contains("coverage.csv:3:3") == true)
  }

  @Test("a requested cell with a \"\" escape is never offered; an unrequested one does not matter")
  func escapes() {
    let escaped = Self.read(CostEntry.self, "team,month,actual,budget\n\"co\"\"re\",2026-07,10,20\n")
    #expect(escaped.ways == ["row"])
    #expect(escaped.records.first?.team == "co\"re")
    let unrequested = Self.read(CostEntry.self, "team,month,actual,budget,note\ncore,2026-07,10,20,\"a \"\"b\"\"\"\n")
    #expect(unrequested.ways == ["plain"])
    #expect(unrequested.records.first?.actual == FixedDecimal(10))
  }
}
