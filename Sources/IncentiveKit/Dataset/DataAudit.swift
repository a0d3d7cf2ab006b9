/// `audit data`: the whole row accounting of a dataset for a plan's period, every finding about the data, and
/// whether any needs a person's decision before the payout runs (docs/commands/audit-data.md).
struct DataAudit: Sendable {
  var directory: String
  var period: Period
  var inputs: InputAccounting
  var findings: [DataFinding]

  /// Findings a person must decide about.
  var decisions: Int { findings.filter(\.needsDecision).count }

  /// Reads `run`'s dataset as `calculate` would, then looks for repeated event ids (memory grows with the events,
  /// which `calculate` may not afford) and at every file nothing reads.
  init(_ run: PayoutRun) throws {
    directory = run.dataset.directory
    period = run.period
    var calculator = run.calculator()
    calculator.ingestion = .wholeFiles
    let metrics = try calculator.compute(run.dataset)
    // The input errors `calculate` stops at before any metric (an adjustment of a component the person's track
    // lacks or of someone not paid, an unknown currency, a salary with more decimals than it, a role with no track)
    // stop the audit too: it counted such rows and passed a dataset the payout then refused. A metric missing under
    // `on_missing: error` is not one: the audit names the data behind it as a finding.
    let engine = try run.engine()
    _ = try engine.checkedAdjustments(roster: run.roster, period: run.period)
    for engineer in run.roster.engineers where engineer.employment(in: run.period) != nil {
      _ = try engine.basics(of: engineer, in: run.roster)
    }
    inputs = metrics.inputs
    let strays = StrayFile.find(in: run.dataset.directory)
    // What every paying command warns with, then what only this reads the files again for.
    findings =
      strays.map { .strayFile($0, directory: run.dataset.directory) } + run.dataFindings(metrics)
      + (try Self.repeatedIDs(run.dataset))
      + (try Self.repeatedRows(run.dataset, period: run.period))
      + (try Self.overlappingShifts(run.dataset, period: run.period)) + (try Self.unmatchedCauses(run.dataset))
      + (try Self.outsideEmployment(run.dataset, roster: run.roster, aliases: run.aliases, period: run.period))
    try run.checkInputsUnchanged()
  }

  /// Reviews and on-call shifts of the period written twice: the same reviewer's review of one pull request at one
  /// instant, the same person's shift from one start to one end. Each copy counts again (a shift premium paid twice),
  /// and an export run twice into one file looks exactly like this. Rows outside the period count toward nothing.
  static func repeatedRows(_ dataset: Dataset, period: Period) throws(InputError) -> [DataFinding] {
    try repeats(Review.self, in: dataset) { review in
      guard period.contains(milliseconds: review.submittedAt) else { return nil }
      return (
        "\u{0}" + review.prID + "\u{0}" + review.reviewerID + "\u{0}\(review.submittedAt)",
        "review of \(review.prID) by \(review.reviewerID) at \(ISO8601.format(milliseconds: review.submittedAt))"
      )
    }
      + (try repeats(OncallShift.self, in: dataset) { shift in
        guard shift.start < period.endMilliseconds && shift.end > period.startMilliseconds else { return nil }
        return (
          "\u{0}" + shift.engineerID + "\u{0}\(shift.start)\u{0}\(shift.end)",
          "on-call shift of \(shift.engineerID) from \(ISO8601.format(milliseconds: shift.start)) to "
            + ISO8601.format(milliseconds: shift.end)
        )
      })
      + (try repeatedTeamSignals(dataset, period: period))
  }

  /// Promotions of the period written twice (one mentee, mentor and day), cost and survey rows copied whole, and two
  /// coverage readings of one team and day with different values. Each copy of the first three counts again (a
  /// promotion twice toward mentee_promotions, a month twice in cost_vs_budget, a survey twice in team_health's
  /// weighted mean), and a second reading of a day is read instead of the first when it is the later row, so row order
  /// decided coverage_delta. None of these was named before: an export appended twice moved pay without a word.
  static func repeatedTeamSignals(_ dataset: Dataset, period: Period) throws(InputError) -> [DataFinding] {
    // A promotion and a level-up of one mentee on one day are one advancement, counted twice.
    try repeats(MentorshipEvent.self, in: dataset) { event in
      guard period.contains(event.date), event.kind != .milestone else { return nil }
      return (
        "\u{0}" + event.mentorID + "\u{0}" + event.menteeID + "\u{0}\(event.date)",
        "advancement of \(event.menteeID) (mentor \(event.mentorID)) on \(event.date)"
      )
    }
      + (try repeats(CostEntry.self, in: dataset) { cost in
        guard cost.month.overlaps(period) else { return nil }
        let month = cost.monthText
        // The whole row: two cost centres of one team may each report the month with their own amounts.
        return (
          "\u{0}" + cost.team + "\u{0}" + month + "\u{0}\(cost.actual)\u{0}\(cost.budget)",
          "cost month \(month) of \(cost.team)"
        )
      })
      + (try repeats(SurveyResult.self, in: dataset) { survey in
        guard survey.period.overlaps(period) else { return nil }
        // The whole row: two waves of one period, with their own scores and responses, are two surveys.
        let responses = survey.responses.map(String.init) ?? ""
        return (
          "\u{0}" + survey.team + "\u{0}\(survey.period)\u{0}\(survey.healthScore)\u{0}" + responses,
          "survey of \(survey.team) for \(survey.period)"
        )
      })
      + (try conflictingCoverage(dataset, period: period))
  }

  /// Coverage rows of one team and day whose line or IaC coverage differ (the same values twice move nothing), then,
  /// in the same pass over the file, a team's last line-coverage reading of the period at 0 after nonzero ones
  /// (`ZeroCoverage`).
  private static func conflictingCoverage(_ dataset: Dataset, period: Period) throws(InputError) -> [DataFinding] {
    var line: [String: Set<String>] = [:]
    var iac: [String: Set<String>] = [:]
    var readings: [String: ZeroCoverage] = [:]
    func key(_ sample: CoverageSample) -> String { "\u{0}" + sample.team + "\u{0}\(sample.date)" }
    try dataset.forEach(CoverageSample.self) { (sample: CoverageSample) throws(InputError) in
      guard period.contains(sample.date) else { return }
      if let value = sample.lineCoverage {
        line[key(sample), default: []].insert(value.description)
        readings[sample.team, default: ZeroCoverage()].add(sample, value: value)
      }
      if let value = sample.iacCoverage { iac[key(sample), default: []].insert(value.description) }
    }
    let zeros = try dataset.path(forFile: CoverageSample.fileName).map { file in
      readings.sorted { $0.key < $1.key }.compactMap { $0.value.finding(file: file, team: $0.key) }
    }
    let conflicting = Set(line.filter { $0.value.count > 1 }.keys).union(iac.filter { $0.value.count > 1 }.keys)
    guard !conflicting.isEmpty else { return zeros ?? [] }
    return try repeats(CoverageSample.self, in: dataset) { sample in
      guard period.contains(sample.date), conflicting.contains(key(sample)) else { return nil }
      return (key(sample), "coverage reading of \(sample.team) on \(sample.date)")
    }.map {
      guard case .repeatedRow(let file, let what, let lines, let rows, _) = $0 else { return $0 }
      return .repeatedRow(
        file: file, what: what, lines: lines, rows: rows,
        effect: " with different values; only the last row of a day is read, so the order of the rows decides "
          + "coverage_delta")
    } + (zeros ?? [])
  }

  /// One team's line-coverage readings of the period, for a last reading of 0 after nonzero ones: an empty cell
  /// exported as 0 (platform's last reading of the quarter, 0.83 exported as 0, took coverage_delta from 0.02 to
  /// −0.81 and capped the team's delivery pay, unwarned in the input audit). coverage_delta reads the first and the
  /// last reading, and coverage does not vanish in a quarter; a 0 in between moves nothing, and a team that starts
  /// at 0 and builds its tests up is the data.
  private struct ZeroCoverage {
    /// The period's last reading so far: latest date, later row on a tie, as coverage_delta takes it.
    var last: CoverageSample?
    var lowest: FixedDecimal?
    var highest: FixedDecimal?

    mutating func add(_ sample: CoverageSample, value: FixedDecimal) {
      if last.map({ sample.date >= $0.date }) ?? true { last = sample }
      guard !value.isZero else { return }
      lowest = min(lowest ?? value, value)
      highest = max(highest ?? value, value)
    }

    func finding(file: String, team: String) -> DataFinding? {
      guard let last, last.lineCoverage?.isZero == true, let lowest, let highest else { return nil }
      return .coverageZero(
        file: file, line: last.line, team: team, date: last.date.description, lowest: lowest, highest: highest)
    }
  }

  /// The rows of `type` whose `key` repeats (rows without one are not compared), each described once, in the order
  /// of their first line.
  private static func repeats<R: DatasetRecord>(
    _ type: R.Type, in dataset: Dataset, _ key: (R) -> (key: String, value: String)?
  ) throws(InputError) -> [DataFinding] {
    guard let (file, groups) = try dataset.groups(type, lineLimit: RowSample.limit, key) else { return [] }
    return groups.filter { $0.rows.rows > 1 }.map {
      .repeatedRow(file: file, what: $0.value, lines: $0.rows.firstLines, rows: $0.rows.rows)
    }
  }

  /// Incidents whose `caused_by_deployment` names no deployment but differs from one only in case or spaces: the
  /// failure then counts toward no deployment, so change failure rate reads lower than the incidents say (`DEP-3`
  /// for `dep-3` took a team's rate from 0.2 to 0 and lifted its pay, silently). An id that resembles none is not
  /// listed: an export of one quarter's deployments lacks those an earlier incident names, as it should.
  static func unmatchedCauses(_ dataset: Dataset) throws(InputError) -> [DataFinding] {
    guard try dataset.path(forFile: Deployment.fileName) != nil else { return [] }
    var ids = Set<String>()
    try dataset.forEach(Deployment.self) { (deployment: Deployment) throws(InputError) in ids.insert(deployment.id) }
    var folded: [String: String] = [:]
    for id in ids.sortedInByteOrder() where folded[Self.fold(id)] == nil {
      folded[Self.fold(id)] = id
    }
    var byCause = InputAccounting()
    try dataset.account(Incident.self, countedLineLimit: RowSample.limit, into: &byCause) {
      (incident: Incident) throws(InputError) -> RowFate in
      guard let cause = incident.causedByDeployment, !ids.contains(cause), folded[Self.fold(cause)] != nil else {
        return .leftOut(.emptyRow)
      }
      return .counted(rosterValue: cause)
    }
    guard let file = byCause.files.first else { return [] }
    return file.countedByValue.sorted(by: RowSample.inFirstLineOrder).compactMap { cause in
      folded[Self.fold(cause.key)].map {
        .unmatchedCause(
          file: file.file, id: cause.key, lines: cause.value.firstLines, rows: cause.value.rows, meant: $0)
      }
    }
  }

  /// An id with case and surrounding spaces set aside. An id already folded (no capital, no space at either end:
  /// most ids of a large export) is returned as it is, without Foundation's trimming and lowercasing, which had doubled
  /// the time of the repeated-id scan over 1.5 M deployments.
  private static func fold(_ id: String) -> String {
    let bytes = id.utf8
    let plain =
      bytes.first.map { $0 != 0x20 && $0 != 0x09 } ?? true && bytes.last.map { $0 != 0x20 && $0 != 0x09 } ?? true
      && !bytes.contains { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 }
    return plain ? id : id.trimmingCharacters(in: .whitespaces).lowercased()
  }

  /// Deployment and incident ids on more than one row, case and surrounding spaces set aside: a copy of a row whose
  /// id an export wrote `MOB-004` the second time counts again as surely as an exact copy (the input audit's case
  /// moved five payouts).
  static func repeatedIDs(_ dataset: Dataset) throws(InputError) -> [DataFinding] {
    var findings: [DataFinding] = []
    func scan<R: DatasetRecord>(_ type: R.Type, _ id: (R) -> String) throws(InputError) {
      // Each folded id as the "value" of its rows: the accounting keeps their count and first lines.
      var byID = InputAccounting()
      // Each id's first spelling, and the rare other ones apart: no array per id of a large export.
      var firstSpelling: [String: String] = [:]
      var otherSpellings: [String: [String]] = [:]
      try dataset.account(type, countedLineLimit: RowSample.limit, into: &byID) {
        (record: R) throws(InputError) -> RowFate in
        let written = id(record)
        let key = fold(written)
        if let first = firstSpelling[key] {
          if first != written && !(otherSpellings[key]?.contains(written) ?? false) {
            otherSpellings[key, default: []].append(written)
          }
        } else {
          firstSpelling[key] = written
        }
        return .counted(rosterValue: key)
      }
      guard let file = byID.files.first else { return }
      let repeated = file.countedByValue.filter { $0.value.rows > 1 }
      for (key, sample) in repeated.sorted(by: RowSample.inFirstLineOrder) {
        let forms = [firstSpelling[key] ?? key] + (otherSpellings[key] ?? [])
        findings.append(
          .repeatedID(
            file: file.file, id: forms[0], lines: sample.firstLines, rows: sample.rows,
            spellings: forms.count > 1 ? forms : []))
      }
    }
    try scan(Deployment.self) { $0.id }
    try scan(Incident.self) { $0.id }
    return findings
  }
}
