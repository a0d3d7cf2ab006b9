extension PayoutSnapshot {
  /// The figures of a run paid one person at a time (`PayoutRun.paying`): each person's are taken from their JSON
  /// on the thread that paid them, and the payout is let go there, so a check or what-if of 100,000 people holds
  /// their figures, never their payouts. The same figures as the run's JSON gives (`init(json:file:)`).
  ///
  /// - Returns: the figures, or the first reason the run's report is not the JSON contract (an amount past what a
  ///   golden file may hold), for the caller to say where it said it when the payouts were kept; and `shell` with its
  ///   teams and totals (`PayoutReport.totalled(by:)`), its metrics let go.
  /// - Throws: the errors of paying.
  static func paid(_ paying: PayoutRun.Paying, shell: PayoutReport) throws -> (
    snapshot: Result<PayoutSnapshot, InputError>, report: PayoutReport
  ) {
    var decoder = PayoutSnapshotDecoder(file: PayoutSnapshotDecoder.calculatedReport, line: 0, column: 0)
    var failure: InputError?
    let currency = shell.currency
    let tail = try paying(
      render: { payout in
        Result { () throws(InputError) in
          try PayoutSnapshotDecoder.figures(ofPaid: shell.engineerJSON(payout), currency: currency)
        }
      },
      consume: { (figures: Result<EngineerFigures, InputError>) in
        guard failure == nil else { return }
        do throws(InputError) { try decoder.engineer(try figures.get()) } catch { failure = error }
      })
    // Without the metrics behind it: what a comparison reads besides each person's figures, kept while a second run
    // is paid.
    var report = shell.totalled(by: tail)
    report.metrics = ComputedMetrics(period: report.metrics.period)
    let snapshot = Result { () throws(InputError) -> PayoutSnapshot in
      if let failure { throw failure }
      for (key, value) in shell.headMembers { try decoder.member(key, value) }
      try decoder.member("engineers", JSONValue(.array([]), line: 0, column: 0))
      try decoder.member("teams", JSONValue(.array(tail.teams.map(report.teamJSON)), line: 0, column: 0))
      for (key, value) in report.tailMembers(tail) { try decoder.member(key, value) }
      return try decoder.snapshot()
    }
    return (snapshot, report)
  }

  /// `paid(_:shell:)` of `run`'s people, with what the data behind them hides said to `warn` once everyone is paid
  /// (worked out while they are); nil says nothing (a second run of the same data, in `diff`).
  static func paid(_ run: PayoutRun, strictConflicts: Bool, warn: NoticeHandler?) throws -> (
    snapshot: Result<PayoutSnapshot, InputError>, report: PayoutReport
  ) {
    let (shell, paying) = try run.paying(strictConflicts: strictConflicts)
    let warnings = warn.map { _ in run.dataWarningsInBackground(shell.metrics) }
    let paid = try paid(paying, shell: shell)
    if let warn, let warnings { warnings.wait().forEach(warn) }
    return paid
  }

  /// Reads `calculate --format json` output (SPEC section 6).
  ///
  /// - Parameters:
  ///   - json: the parsed document.
  ///   - file: the name errors give, e.g. the golden file's path.
  /// - Throws: `InputError.malformed` at the line and column of the first member that is missing or
  ///   not what the contract says (an amount with more decimals than the currency, a non-string).
  init(json: JSONValue, file: String) throws(InputError) {
    guard let members = json.objectMembers else {
      throw InputError.malformed(file: file, line: json.line, column: json.column, reason: "document is not an object")
    }
    var decoder = PayoutSnapshotDecoder(file: file, line: json.line, column: json.column)
    for member in members { try decoder.member(member.key, member.value) }
    self = try decoder.snapshot()
  }

  /// Reads a `calculate --format json` file as a stream: the engineers and teams one at a time as
  /// they come, so memory grows with the figures kept, not with the JSON tree (a 150,000-person
  /// golden is about 250 MB of JSON). Errors are those of `init(json:file:)`, at the same line and
  /// column; one inside an engineer is found when that engineer is read, before anything later in
  /// the file.
  ///
  /// - Parameters:
  ///   - limit: the largest file accepted, checked before a byte is read.
  ///   - chunkBytes: how much of the file is read at a time.
  /// - Throws: `InputError.unreadable` for a missing, non-regular or too large file;
  ///   `InputError.malformed` for bad JSON or a document that is not the contract.
  init(streamingFrom path: String, limit: Int, chunkBytes: Int = 1 << 20) throws(InputError) {
    let stream = try JSONStreamReader(path: path, limit: limit, chunkBytes: chunkBytes)
    try stream.beginDocument()
    guard try stream.nextValueStarts(with: "{") else {
      let value = try stream.readValue()
      try stream.endDocument()
      self = try PayoutSnapshot(json: value, file: path)
      return
    }
    let start = stream.position
    var decoder = PayoutSnapshotDecoder(file: path, line: start.line, column: start.column)
    if try stream.open() {
      repeat {
        let key = stream.key
        guard PayoutSnapshotDecoder.listKeys.contains(key), try stream.nextValueStarts(with: "[") else {
          try decoder.member(key, try stream.readValue())
          continue
        }
        let position = stream.position
        try decoder.member(key, JSONValue(.array([]), line: position.line, column: position.column))
        if try stream.open() {
          repeat {
            let element = try stream.readValue()
            if key == "engineers" { try decoder.engineer(element) } else { try decoder.team(element) }
          } while try stream.next()
        }
      } while try stream.next()
    }
    try stream.endDocument()
    self = try decoder.snapshot()
  }
}
