@_spi(Synthetic) import IncentiveKit

/// Writes the files of a `SyntheticDataset` for one org, one method per file, each returning its data rows.
///
/// Kept apart from `SyntheticDataset` so the public type holds only the parameters and the file list.
struct SyntheticFiles {
  let org: SyntheticOrg
  let period: Period
  let counts: (deployments: Int, reviews: Int, oncall: Int, incidents: Int)
  let directory: String

  /// Events start two weeks before the period and end two weeks after it, so filtering by period matters.
  var windowStart: Int64 { Int64(period.from.advanced(by: -14).dayNumber) * 86_400 }
  var windowSeconds: Int { (period.days + 28) * 86_400 }

  func path(_ name: String) -> String { Dataset.join(name, in: directory) }

  /// Opens `name`, writes `header` and a line end, and hands the writer to `body`, closing it afterwards.
  func writeFile(
    _ name: String, header: StaticString, _ body: (inout CSVByteWriter) throws(OutputError) -> Int
  ) throws(OutputError) -> Int {
    var writer = try CSVByteWriter(path: path(name))
    writer.append(header)
    try writer.endRow()
    let rows = try body(&writer)
    try writer.close()
    return rows
  }

  /// A random instant in the event window, whole seconds since the epoch.
  func instant(_ random: inout SeededGenerator) -> Int64 {
    windowStart + Int64(random.uniform(below: UInt64(windowSeconds)))
  }

  func writeRoster(_ generator: SeededGenerator) throws(OutputError) -> Int {
    var random = generator
    let places: [(StaticString, StaticString)] = [
      ("us-west", "America/Los_Angeles"), ("us-east", "America/New_York"), ("eu-west", "Europe/Dublin"),
      ("apac", "Asia/Singapore"),
    ]
    let header: StaticString =
      "engineer_id,name,team,role,level,region,timezone,manager_id,start_date,end_date,exit_reason,base_salary,target_bonus_pct,currency"
    return try writeFile("roster.csv", header: header) { (out: inout CSVByteWriter) throws(OutputError) in
      for (index, person) in org.people.enumerated() {
        out.append(person.id)
        // One name in twenty has a comma, so the roster needs quoting like real HR exports.
        if random.chance(5) {
          out.append(",\"Doe, Sam ")
          out.append(index)
          out.append("\",")
        } else {
          out.append(",Engineer ")
          out.append(index)
          out.append(byte: 0x2C)
        }
        out.append(org.teams[person.team])
        out.append(byte: 0x2C)
        out.append(person.role.spelling)
        out.append(byte: 0x2C)
        out.append(person.role.level)
        let (region, zone) = places[random.int(0...(places.count - 1))]
        out.append(byte: 0x2C)
        out.append(region)
        out.append(byte: 0x2C)
        out.append(zone)
        out.append(byte: 0x2C)
        if let manager = person.managerIndex { out.append(org.people[manager].id) }
        out.append(byte: 0x2C)
        out.append(date: person.start)
        out.append(byte: 0x2C)
        if let end = person.end {
          out.append(date: end)
          out.append(random.chance(70) ? ",voluntary," : ",involuntary,")
        } else {
          out.append(",,")
        }
        let base =
          person.role == .director
          ? 250_000 : person.role == .manager ? random.int(150_000...210_000) : random.int(90_000...190_000)
        // Some salaries carry cents, as payroll exports do.
        out.append(hundredths: base * 100 + (random.chance(20) ? random.int(1...99) : 0))
        out.append(byte: 0x2C)
        out.append(person.role == .director ? "20" : random.chance(25) ? "12.5" : random.chance(50) ? "10" : "15")
        out.append(",USD")
        try out.endRow()
      }
      return org.people.count
    }
  }

  /// One row per person who moved team inside the quarter: the old team up to the day before, the new one since.
  func writeAssignments() throws(OutputError) -> Int {
    try writeFile("assignments.csv", header: "engineer_id,team,from,to") {
      (out: inout CSVByteWriter) throws(OutputError) in
      var rows = 0
      for person in org.people {
        guard let move = person.move else { continue }
        for (team, from, to) in [
          (move.from, person.start, Optional(move.on.advanced(by: -1))), (person.team, move.on, nil),
        ] {
          out.append(person.id)
          out.append(byte: 0x2C)
          out.append(org.teams[team])
          out.append(byte: 0x2C)
          out.append(date: from)
          out.append(byte: 0x2C)
          if let to { out.append(date: to) }
          try out.endRow()
          rows += 1
        }
      }
      return rows
    }
  }
}
