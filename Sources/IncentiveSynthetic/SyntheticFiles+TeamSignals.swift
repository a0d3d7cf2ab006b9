@_spi(Synthetic) import IncentiveKit

/// The per-team files (surveys, coverage, costs) and mentorship: rows grow with teams and months, not events.
extension SyntheticFiles {
  /// The calendar months the period covers, as (year, month).
  private var months: [(Int, Int)] {
    var result: [(Int, Int)] = []
    var (year, month, _) = period.from.components
    let (lastYear, lastMonth, _) = period.to.components
    while (year, month) <= (lastYear, lastMonth) {
      result.append((year, month))
      (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
    }
    return result
  }

  private func appendMonth(_ out: inout CSVByteWriter, _ month: (Int, Int)) {
    out.append(month.0, width: 4)
    out.append(byte: 0x2D)
    out.append(month.1, width: 2)
  }

  func writeSurveys(_ generator: SeededGenerator) throws(OutputError) -> Int {
    var random = generator
    return try writeFile("surveys.csv", header: "team,period,health_score,responses") {
      (out: inout CSVByteWriter) throws(OutputError) in
      for (team, name) in org.teams.enumerated() {
        for month in months {
          out.append(name)
          out.append(byte: 0x2C)
          appendMonth(&out, month)
          out.append(byte: 0x2C)
          // Health 50.0 to 90.0, one decimal.
          let score = random.int(500...900)
          out.append(score / 10)
          out.append(byte: 0x2E)
          out.append(score % 10)
          out.append(byte: 0x2C)
          out.append(random.int(1...max(org.members[team].count, 1)))
          try out.endRow()
        }
      }
      return org.teams.count * months.count
    }
  }

  /// Weekly samples from the day before the period, line coverage drifting a little each week.
  func writeCoverage(_ generator: SeededGenerator) throws(OutputError) -> Int {
    var random = generator
    let weeks = (period.days + 6) / 7 + 1
    return try writeFile("coverage.csv", header: "team,date,line_coverage,iac_coverage") {
      (out: inout CSVByteWriter) throws(OutputError) in
      for name in org.teams {
        var line = random.int(550...900)
        var iac = random.int(20...80)
        for week in 0..<weeks {
          out.append(name)
          out.append(byte: 0x2C)
          out.append(date: period.from.advanced(by: week * 7 - 1))
          out.append(",0.")
          out.append(line, width: 3)
          out.append(",0.")
          out.append(iac, width: 2)
          try out.endRow()
          line = min(max(line + random.int(-15...18), 300), 990)
          iac = min(max(iac + random.int(-2...3), 5), 99)
        }
      }
      return org.teams.count * weeks
    }
  }

  func writeCosts(_ generator: SeededGenerator) throws(OutputError) -> Int {
    var random = generator
    return try writeFile("costs.csv", header: "team,month,actual,budget") {
      (out: inout CSVByteWriter) throws(OutputError) in
      for name in org.teams {
        let budget = random.int(20_000...200_000) * 100
        for month in months {
          out.append(name)
          out.append(byte: 0x2C)
          appendMonth(&out, month)
          out.append(byte: 0x2C)
          // Spend between 85 % and 115 % of budget, to the cent.
          out.append(hundredths: budget / 100 * random.int(8_500...11_500) / 100)
          out.append(byte: 0x2C)
          out.append(hundredths: budget)
          try out.endRow()
        }
      }
      return org.teams.count * months.count
    }
  }

  /// A third of tech leads see one of their team's engineers level up or get promoted in the period.
  func writeMentorship(_ generator: SeededGenerator) throws(OutputError) -> Int {
    var random = generator
    return try writeFile("mentorship.csv", header: "mentor_id,mentee_id,event,date") {
      (out: inout CSVByteWriter) throws(OutputError) in
      var rows = 0
      for members in org.members {
        let engineers = members.filter { org.people[$0].role == .ic }
        guard let lead = members.first(where: { org.people[$0].role == .techLead }), !engineers.isEmpty,
          random.chance(33)
        else { continue }
        let mentee = engineers[random.int(0...(engineers.count - 1))]
        out.append(org.people[lead].id)
        out.append(byte: 0x2C)
        out.append(org.people[mentee].id)
        out.append(random.chance(50) ? ",level_up," : ",promoted,")
        out.append(date: period.from.advanced(by: random.int(0...(period.days - 1))))
        try out.endRow()
        rows += 1
      }
      return rows
    }
  }

  /// The one metric the plan reads from `metrics.csv`: internal customer satisfaction (3.0 to 5.0) per team.
  func writeExternalMetrics(_ generator: SeededGenerator) throws(OutputError) -> Int {
    var random = generator
    return try writeFile("metrics.csv", header: "subject,metric,value,period,source") {
      (out: inout CSVByteWriter) throws(OutputError) in
      for name in org.teams {
        out.append(name)
        out.append(",internal_customer_satisfaction,")
        let score = random.int(30...50)
        out.append(score / 10)
        out.append(byte: 0x2E)
        out.append(score % 10)
        out.append(",2026-Q3,\"internal survey, synthetic\"")
        try out.endRow()
      }
      return org.teams.count
    }
  }
}
