@_spi(Synthetic) import IncentiveKit

/// The event files, the ones that grow with `events`: every row is formatted straight into the writer's buffer.
extension SyntheticFiles {
  /// Writes `rows` rows of `name`, each by `row` (given the writer, the file's random stream and the row number).
  private func writeEvents(
    _ name: String, header: StaticString, rows: Int, _ generator: SeededGenerator,
    _ row: (inout CSVByteWriter, inout SeededGenerator, Int) -> Void
  ) throws(OutputError) -> Int {
    var random = generator
    return try writeFile(name, header: header) { (out: inout CSVByteWriter) throws(OutputError) in
      for index in 0..<rows {
        row(&out, &random, index)
        try out.endRow()
      }
      return rows
    }
  }

  /// Rows that start with `idPrefix` and the row number, then the team of a random person (so bigger teams have
  /// more events); `row` writes the rest, given the team's index.
  private func writeTeamEvents(
    _ name: String, header: StaticString, rows: Int, idPrefix: StaticString, _ generator: SeededGenerator,
    _ row: (inout CSVByteWriter, inout SeededGenerator, Int) -> Void
  ) throws(OutputError) -> Int {
    try writeEvents(name, header: header, rows: rows, generator) { out, random, index in
      let team = anyone(&random).team
      out.append(id: idPrefix, index)
      out.appendCell(org.teams[team])
      row(&out, &random, team)
    }
  }

  /// A random person; teams come from people, so bigger teams have more events.
  private func anyone(_ random: inout SeededGenerator) -> SyntheticOrg.Person {
    org.people[random.int(0...(org.people.count - 1))]
  }

  func writeDeployments(_ generator: SeededGenerator) throws(OutputError) -> Int {
    let header: StaticString =
      "deployment_id,team,service,environment,finished_at,status,first_commit_at,change_lines,kind,failure_cause"
    return try writeTeamEvents(
      "deployments.csv", header: header, rows: counts.deployments, idPrefix: "d", generator
    ) { out, random, team in
      out.appendCell(org.teams[team])
      out.append("-svc")
      out.append(random.int(0...2))
      out.append(random.chance(93) ? ",production," : random.chance(50) ? ",staging," : ",Production,")
      let finished = instant(&random)
      out.append(timestamp: finished)
      let roll = random.int(0...99)
      let failed = roll >= 88
      out.append(roll < 88 ? ",success," : roll < 95 ? ",failed," : ",rolled_back,")
      if random.chance(90) {
        // Lead time: median about 20 hours, tail out to weeks.
        out.append(timestamp: finished - Int64(random.heavyTailed(median: 72_000)))
      }
      out.append(byte: 0x2C)
      out.append(random.heavyTailed(median: 60, maxDoublings: 6))
      let kind = random.int(0...99)
      out.append(kind < 85 ? ",planned," : kind < 95 ? ",hotfix," : ",rollback,")
      if failed {
        let cause = random.int(0...5)
        out.append(
          cause == 0
            ? "testing"
            : cause == 1
              ? "code"
              : cause == 2
                ? "config"
                : cause == 3
                  ? "infrastructure"
                  : cause == 4 ? "external_dependency" : "unknown")
      }
    }
  }

  func writeIncidents(_ generator: SeededGenerator) throws(OutputError) -> Int {
    let header: StaticString =
      "incident_id,team,service,severity,opened_at,resolved_at,caused_by_deployment,legacy_system,external,responders,summary"
    return try writeTeamEvents(
      "incidents.csv", header: header, rows: counts.incidents, idPrefix: "INC-", generator
    ) { out, random, team in
      out.append(",api,sev")
      out.append(random.int(1...4))
      out.append(byte: 0x2C)
      let opened = instant(&random)
      out.append(timestamp: opened)
      out.append(byte: 0x2C)
      // Restore time: median about 2 hours; one in twenty still open.
      if random.chance(95) { out.append(timestamp: opened + Int64(random.heavyTailed(median: 7_200))) }
      out.append(byte: 0x2C)
      if counts.deployments > 0, random.chance(35) {
        out.append("d")
        out.append(random.int(0...(counts.deployments - 1)))
      }
      out.append(random.chance(10) ? ",true" : ",false")
      out.append(random.chance(5) ? ",true," : ",false,")
      let members = org.members[team]
      out.append(org.people[members[random.int(0...(members.count - 1))]].id)
      out.append(byte: 0x3B)
      out.append(org.people[members[random.int(0...(members.count - 1))]].id)
      let summary = random.int(0...9)
      out.append(
        summary < 6
          ? ",\"Latency spike, p99 over budget\""
          : summary < 9
            ? ",Queue backlog"
            : ",\"Job \"\"nightly-sync\"\" stuck\nafter deploy\"")
    }
  }

  func writeReviews(_ generator: SeededGenerator) throws(OutputError) -> Int {
    let header: StaticString =
      "pr_id,reviewer_id,submitted_at,author_id,state,comments,substantive_comments,author_team,reviewer_team"
    return try writeEvents("reviews.csv", header: header, rows: counts.reviews, generator) {
      out, random, index in
      let reviewer = anyone(&random)
      // Three reviews in four are of a teammate's change.
      let teammates = org.members[reviewer.team]
      let author = random.chance(75) ? org.people[teammates[random.int(0...(teammates.count - 1))]] : anyone(&random)
      // Two reviews per pull request on average.
      out.append(id: "PR-", index / 2)
      out.appendCell(reviewer.id)
      out.append(byte: 0x2C)
      out.append(timestamp: instant(&random))
      out.append(byte: 0x2C)
      out.append(author.id)
      let state = random.int(0...9)
      out.append(state < 6 ? ",approved," : state < 9 ? ",commented," : ",changes_requested,")
      let comments = random.chance(30) ? 0 : random.heavyTailed(median: 3, maxDoublings: 5)
      out.append(comments)
      out.append(byte: 0x2C)
      out.append(random.int(0...comments))
      out.append(byte: 0x2C)
      out.append(org.teams[author.team])
      out.append(byte: 0x2C)
      out.append(org.teams[reviewer.team])
    }
  }

  func writeOncall(_ generator: SeededGenerator) throws(OutputError) -> Int {
    let header: StaticString = "engineer_id,shift_start,shift_end,pages,after_hours_pages"
    return try writeEvents("oncall.csv", header: header, rows: counts.oncall, generator) { out, random, _ in
      out.append(anyone(&random).id)
      out.append(byte: 0x2C)
      // Shifts start on the hour and last half a day, a day or a week.
      let start = instant(&random) / 3600 * 3600
      let hours = random.chance(60) ? 168 : random.chance(50) ? 24 : 12
      out.append(timestamp: start)
      out.append(byte: 0x2C)
      out.append(timestamp: start + Int64(hours) * 3600)
      out.append(byte: 0x2C)
      let pages = random.chance(25) ? 0 : random.heavyTailed(median: 3, maxDoublings: 4)
      out.append(pages)
      out.append(byte: 0x2C)
      out.append(random.int(0...pages))
    }
  }
}
