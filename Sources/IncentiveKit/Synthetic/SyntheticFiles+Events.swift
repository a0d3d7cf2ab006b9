/// The event files, the ones that grow with `events`: every row is formatted straight into the writer's buffer.
extension SyntheticFiles {
  func writeDeployments(_ generator: SeededGenerator) throws(OutputError) -> Int {
    var random = generator
    let header: StaticString =
      "deployment_id,team,service,environment,finished_at,status,first_commit_at,change_lines,kind,failure_cause"
    return try writeFile("deployments.csv", header: header) { (out: inout CSVByteWriter) throws(OutputError) in
      for index in 0..<counts.deployments {
        // Teams deploy in proportion to their size: pick a person, use their team.
        let team = org.people[random.int(0...(org.people.count - 1))].team
        out.append("d")
        out.append(index)
        out.append(byte: 0x2C)
        out.append(org.teams[team])
        out.append(byte: 0x2C)
        out.append(org.teams[team])
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
            cause == 0 ? "testing" : cause == 1 ? "code" : cause == 2 ? "config" : cause == 3 ? "infrastructure"
              : cause == 4 ? "external_dependency" : "unknown")
        }
        try out.endRow()
      }
      return counts.deployments
    }
  }

  func writeIncidents(_ generator: SeededGenerator) throws(OutputError) -> Int {
    var random = generator
    let header: StaticString =
      "incident_id,team,service,severity,opened_at,resolved_at,caused_by_deployment,legacy_system,external,responders,summary"
    return try writeFile("incidents.csv", header: header) { (out: inout CSVByteWriter) throws(OutputError) in
      for index in 0..<counts.incidents {
        let team = org.people[random.int(0...(org.people.count - 1))].team
        out.append("INC-")
        out.append(index)
        out.append(byte: 0x2C)
        out.append(org.teams[team])
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
          summary < 6 ? ",\"Latency spike, p99 over budget\"" : summary < 9 ? ",Queue backlog"
            : ",\"Job \"\"nightly-sync\"\" stuck\nafter deploy\"")
        try out.endRow()
      }
      return counts.incidents
    }
  }

  func writeReviews(_ generator: SeededGenerator) throws(OutputError) -> Int {
    var random = generator
    let header: StaticString =
      "pr_id,reviewer_id,submitted_at,author_id,state,comments,substantive_comments,author_team,reviewer_team"
    return try writeFile("reviews.csv", header: header) { (out: inout CSVByteWriter) throws(OutputError) in
      let last = org.people.count - 1
      for index in 0..<counts.reviews {
        let reviewer = org.people[random.int(0...last)]
        // Three reviews in four are of a teammate's change.
        let teammates = org.members[reviewer.team]
        let author = org.people[random.chance(75) ? teammates[random.int(0...(teammates.count - 1))] : random.int(0...last)]
        out.append("PR-")
        out.append(index / 2)
        out.append(byte: 0x2C)
        out.append(reviewer.id)
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
        try out.endRow()
      }
      return counts.reviews
    }
  }

  func writeOncall(_ generator: SeededGenerator) throws(OutputError) -> Int {
    var random = generator
    return try writeFile("oncall.csv", header: "engineer_id,shift_start,shift_end,pages,after_hours_pages") {
      (out: inout CSVByteWriter) throws(OutputError) in
      for _ in 0..<counts.oncall {
        out.append(org.people[random.int(0...(org.people.count - 1))].id)
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
        try out.endRow()
      }
      return counts.oncall
    }
  }
}
