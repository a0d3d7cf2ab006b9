#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading each event row straight from its CSV bytes into `EventTallies`, checking every cell exactly as the
/// record decoders do (so a row that would be an error there never counts here) and counting it exactly as
/// `tally` does. A row this cannot read as it is goes to its record decoder.
extension MetricsCalculator {
  private static let statuses: [StaticString] = ["success", "failed", "rolled_back"]
  private static let statusValues: [Deployment.Status] = [.success, .failed, .rolledBack]
  private static let kinds: [StaticString] = ["planned", "hotfix", "rollback"]
  private static let kindValues: [Deployment.Kind] = [.planned, .hotfix, .rollback]
  private static let causes: [StaticString] = [
    "testing", "code", "config", "infrastructure", "external_dependency", "unknown",
  ]
  private static let causeValues: [FailureCause] = [
    .testing, .code, .config, .infrastructure, .externalDependency, .unknown,
  ]

  func foldIncident(_ record: CSVRecordBytes, _ rows: CSVChunkRows, into state: inout EventTallies) throws(InputError) {
    do throws(FastPathMiss) {
      guard record.isPlainASCII(), !record.bytes(0).isEmpty, !record.bytes(1).isEmpty else { throw FastPathMiss() }
      let opened = try record.timestamp(4).required()
      let resolved = try record.timestamp(5).optional()
      let legacy = try record.bool(7).optional() ?? false
      let external = try record.bool(8).optional() ?? false
      if let resolved, resolved < opened { throw FastPathMiss() }
      if options.incidentMinSeverity != nil {
        let severity = record.bytes(3)
        guard options.countsIncident(severity: severity.isEmpty ? nil : String(decoding: severity, as: UTF8.self))
        else { return }
      }
      let caused = record.bytes(6)
      if !caused.isEmpty { state.causingDeployments.insert(String(decoding: caused, as: UTF8.self)) }
      guard period.contains(milliseconds: opened) else { return }
      let team = state.deliveryIndex(record.bytes(1))
      state.delivery[team].addIncident(
        openedAt: opened, resolvedAt: resolved, legacySystem: legacy, external: external, options: options)
    } catch {
      tally(try Incident(row: rows.row(record)), causing: &state.causingDeployments, delivery: &state.deliveryByTeam)
    }
  }

  func foldDeployment(
    _ record: CSVRecordBytes, _ rows: CSVChunkRows, causing: CausingDeployments, into state: inout EventTallies
  )
    throws(InputError)
  {
    do throws(FastPathMiss) {
      let id = record.bytes(0)
      guard record.isPlainASCII(), !id.isEmpty, !record.bytes(1).isEmpty else { throw FastPathMiss() }
      let environment = record.bytes(3)
      let isProduction = environment.isEmpty || CSVRecordBytes.equalsIgnoringCase(environment, "production")
      let finished = try record.timestamp(4).required()
      let status = Self.statusValues[try record.choice(5, Self.statuses).required()]
      let firstCommit = try record.timestamp(6).optional()
      let lines = try record.count(7).optional()
      let kind = try record.choice(8, Self.kinds).optional().map { Self.kindValues[$0] }
      let cause = try record.choice(9, Self.causes).optional().map { Self.causeValues[$0] }
      if let firstCommit, firstCommit > finished { throw FastPathMiss() }
      guard isProduction, period.contains(milliseconds: finished) else { return }
      let caused = causing.contains(id)
      let team = state.deliveryIndex(record.bytes(1))
      state.delivery[team].addDeployment(
        finishedAt: finished, status: status, firstCommitAt: firstCommit, changeLines: lines, kind: kind,
        failureCause: cause, causedIncident: caused, options: options)
    } catch {
      let deployment = try Deployment(row: rows.row(record))
      if counts(deployment) { tally(deployment, causing: causing.ids, delivery: &state.deliveryByTeam) }
    }
  }

  func foldReview(_ record: CSVRecordBytes, _ rows: CSVChunkRows, into state: inout EventTallies) throws(InputError) {
    do throws(FastPathMiss) {
      guard record.isPlainASCII(), !record.bytes(0).isEmpty, !record.bytes(1).isEmpty else { throw FastPathMiss() }
      let submitted = try record.timestamp(2).required()
      let comments = try record.count(5).optional()
      let substantive = try record.count(6).optional()
      if let substantive, substantive > (comments ?? 0) { throw FastPathMiss() }
      guard counts(reviewAt: submitted) else { return }
      let authorTeam = record.bytes(7)
      let reviewerTeam = record.bytes(8)
      // Without both teams the roster decides, by day: the record path does that.
      guard !authorTeam.isEmpty, !reviewerTeam.isEmpty else { throw FastPathMiss() }
      let crosses =
        authorTeam.count != reviewerTeam.count
        || memcmp(authorTeam.baseAddress!, reviewerTeam.baseAddress!, authorTeam.count) != 0
      let reviewer = state.reviewIndex(record.bytes(1))
      state.reviews[reviewer].add(comments: comments, substantiveComments: substantive, crossTeam: crosses)
    } catch {
      let review = try Review(row: rows.row(record))
      if counts(reviewAt: review.submittedAt) { tally(review, reviews: &state.reviewsByReviewer) }
    }
  }

  func foldShift(_ record: CSVRecordBytes, _ rows: CSVChunkRows, into state: inout EventTallies) throws(InputError) {
    do throws(FastPathMiss) {
      guard record.isPlainASCII(), !record.bytes(0).isEmpty else { throw FastPathMiss() }
      let start = try record.timestamp(1).required()
      let end = try record.timestamp(2).required()
      let pages = try record.count(3).optional()
      let afterHours = try record.count(4).optional()
      if end <= start { throw FastPathMiss() }
      if let pages, let afterHours, afterHours > pages { throw FastPathMiss() }
      guard counts(shiftFrom: start, to: end) else { return }
      let engineer = state.oncallIndex(record.bytes(0))
      state.oncall[engineer].add(afterHoursPages: afterHours)
    } catch {
      tally(try OncallShift(row: rows.row(record)), oncall: &state.oncallByEngineer)
    }
  }
}
