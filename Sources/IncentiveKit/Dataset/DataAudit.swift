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
    inputs = try calculator.compute(run.dataset).inputs
    let strays = StrayFile.find(in: run.dataset.directory)
    findings =
      strays.map { .strayFile($0, directory: run.dataset.directory) } + inputs.findings
      + RosterPlausibility(roster: run.roster).findings
      + TeamCoverage.findings(plan: run.plan, roster: run.roster, inputs: inputs) + (try Self.repeatedIDs(run.dataset))
  }

  /// Deployment and incident ids on more than one row.
  static func repeatedIDs(_ dataset: Dataset) throws(InputError) -> [DataFinding] {
    var findings: [DataFinding] = []
    func scan<R: DatasetRecord>(_ type: R.Type, _ id: (R) -> String) throws(InputError) {
      // Each id as the "value" of its rows: the accounting keeps their count and first lines.
      var byID = InputAccounting()
      try dataset.account(type, countedLineLimit: RowSample.limit, into: &byID) { (record: R) throws(InputError) -> RowFate in .counted(rosterValue: id(record)) }
      guard let file = byID.files.first else { return }
      let repeated = file.countedByValue.filter { $0.value.rows > 1 }
      for (key, sample) in repeated.sorted(by: { $0.value.firstLine ?? 0 < $1.value.firstLine ?? 0 }) {
        findings.append(.repeatedID(file: file.file, id: key, lines: sample.firstLines, rows: sample.rows))
      }
    }
    try scan(Deployment.self) { $0.id }
    try scan(Incident.self) { $0.id }
    return findings
  }
}
