#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading each event row straight from its CSV bytes into `EventTallies`, checking every cell exactly as the
/// record decoders do (so a row that would be an error there never counts here) and counting it exactly as
/// `tally` does. A row this cannot read as it is goes to its record decoder.
///
/// Counted deployments, reviews and shifts reach their tallies a batch at a time (`RowBatch`), in the order read; a
/// row sent to its record decoder adds the batches first (`EventTallies.addBatches`).
extension MetricsCalculator {
  func foldIncident(_ record: CSVRecordBytes, _ rows: CSVChunkRows, into state: inout EventTallies) throws(InputError) {
    typealias Column = Incident.Column
    do throws(FastPathMiss) {
      guard record.isPlainASCII, !record.bytes(Column.id.index).isEmpty, !record.bytes(Column.team.index).isEmpty
      else { throw FastPathMiss() }
      let opened = try record.timestamp(Column.openedAt.index).required()
      let resolved = try record.timestamp(Column.resolvedAt.index).optional()
      let legacy = try record.bool(Column.legacySystem.index).optional() ?? false
      let external = try record.bool(Column.external.index).optional() ?? false
      guard Incident.isConsistent(openedAt: opened, resolvedAt: resolved) else { throw FastPathMiss() }
      var severityCounts = true
      if options.incidentMinSeverity != nil {
        let bytes = record.bytes(Column.severity.index)
        // The record path refuses a severity that can't be ranked (`SeverityCheck`).
        guard
          let counts = options.countsIncident(
            rankedSeverity: bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self))
        else { throw FastPathMiss() }
        severityCounts = counts
      }
      if severityCounts {
        let caused = record.bytes(Column.causedByDeployment.index)
        if !caused.isEmpty { state.causingDeployments.insert(String(decoding: caused, as: UTF8.self)) }
      }
      if let reason = leftOut(incidentOpenedAt: opened, severityCounts: severityCounts) {
        return state.incidentRows.leaveOut(reason, line: rows.line(record))
      }
      let team = state.deliveryIndex(record.bytes(Column.team.index))
      state.incidentRows.count(team, record, rows, column: Column.team.index)
      state.delivery[team].addIncident(
        openedAt: opened, resolvedAt: resolved, legacySystem: legacy, external: external, options: options)
    } catch {
      let row = rows.row(record)
      let incident = try Incident(row: row)
      if let problem = SeverityCheck.problem(incident.severity, options: options) {
        throw row.invalid(Column.severity.index, incident.severity ?? "", problem)
      }
      tally(incident, causing: &state.causingDeployments, delivery: &state.deliveryByTeam)
      state.incidentRows.record(fate(of: incident), record, rows, column: Column.team.index)
    }
  }

  func foldDeployment(
    _ record: CSVRecordBytes, _ rows: CSVChunkRows, causing: CausingDeployments, into state: inout EventTallies
  )
    throws(InputError)
  {
    typealias Column = Deployment.Column
    do throws(FastPathMiss) {
      let id = record.bytes(Column.id.index)
      guard record.isPlainASCII, !id.isEmpty, !record.bytes(Column.team.index).isEmpty else { throw FastPathMiss() }
      // Asked first, though only counted rows need it: the lookup's likely cache miss then overlaps the cell parsing.
      let caused = causing.contains(id)
      let environment = record.bytes(Column.environment.index)
      let finished = try record.timestamp(Column.finishedAt.index).required()
      let status = Deployment.statusValues[
        try record.choice(Column.status.index, Deployment.statusSpellings).required()]
      let firstCommit = try record.timestamp(Column.firstCommitAt.index).optional()
      let lines = try record.count(Column.changeLines.index).optional()
      let kind = try record.choice(Column.kind.index, Deployment.kindSpellings).optional().map {
        Deployment.kindValues[$0]
      }
      let cause = try record.choice(Column.failureCause.index, FailureCause.spellings).optional().map {
        FailureCause.values[$0]
      }
      guard Deployment.isConsistent(finishedAt: finished, firstCommitAt: firstCommit) else { throw FastPathMiss() }
      switch leftOut(deploymentFinishedAt: finished, isProduction: options.isProduction(environment)) {
      case nil: break
      case .notProduction?: return state.deploymentRows.leaveOut(environment: environment, line: rows.line(record))
      case let reason?: return state.deploymentRows.leaveOut(reason, line: rows.line(record))
      }
      let effect = DeliveryTally.effect(
        finishedAt: finished, status: status, firstCommitAt: firstCommit, changeLines: lines, kind: kind,
        failureCause: cause, causedIncident: caused, options: options)
      if state.deploymentBatch.append(
        key: record.bytes(Column.team.index), line: rows.line(record),
        columnNumber: rows.columnNumber(Column.team.index), effect)
      {
        state.addDeploymentBatch()
      }
    } catch {
      state.addBatches()
      let deployment = try Deployment(row: rows.row(record))
      let fate = fate(of: deployment)
      if case .counted = fate { tally(deployment, causing: causing.ids, delivery: &state.deliveryByTeam) }
      state.deploymentRows.record(fate, record, rows, column: Column.team.index)
    }
  }

  func foldReview(_ record: CSVRecordBytes, _ rows: CSVChunkRows, into state: inout EventTallies) throws(InputError) {
    typealias Column = Review.Column
    do throws(FastPathMiss) {
      guard record.isPlainASCII, !record.bytes(Column.prID.index).isEmpty,
        !record.bytes(Column.reviewerID.index).isEmpty
      else { throw FastPathMiss() }
      let submitted = try record.timestamp(Column.submittedAt.index).required()
      let comments = try record.count(Column.comments.index).optional()
      let substantive = try record.count(Column.substantiveComments.index).optional()
      guard Review.isConsistent(comments: comments, substantiveComments: substantive) else { throw FastPathMiss() }
      if let reason = leftOut(reviewAt: submitted) {
        return state.reviewers.rows.leaveOut(reason, line: rows.line(record))
      }
      let authorTeam = record.bytes(Column.authorTeam.index)
      let reviewerTeam = record.bytes(Column.reviewerTeam.index)
      // Without both teams the roster decides, by day: the record path does that.
      guard !authorTeam.isEmpty, !reviewerTeam.isEmpty else { throw FastPathMiss() }
      let crosses =
        authorTeam.count != reviewerTeam.count
        || memcmp(authorTeam.baseAddress!, reviewerTeam.baseAddress!, authorTeam.count) != 0
      // Two spellings of one team are not a cross-team review: the record path resolves team aliases.
      if crosses && !aliases.teams.isEmpty { throw FastPathMiss() }
      if crosses { state.reviewers.rows.countCrossTeam(record, rows, columns: Self.reviewTeamColumns) }
      let counted = ReviewTally.Counted(comments: comments, substantiveComments: substantive, crossTeam: crosses)
      if state.reviewBatch.append(
        key: record.bytes(Column.reviewerID.index), line: rows.line(record),
        columnNumber: rows.columnNumber(Column.reviewerID.index), counted)
      {
        state.reviewBatch.add(to: &state.reviewers)
      }
    } catch {
      state.addBatches()
      let review = try Review(row: rows.row(record))
      let fate = account(review, into: &state.reviewers.byText)
      state.reviewers.rows.record(fate, record, rows, column: Column.reviewerID.index)
    }
  }

  /// The team columns a cross-team review's accounting keeps (see `TeamCell`).
  private static let reviewTeamColumns = [Review.Column.authorTeam.index, Review.Column.reviewerTeam.index]

  func foldShift(_ record: CSVRecordBytes, _ rows: CSVChunkRows, into state: inout EventTallies) throws(InputError) {
    typealias Column = OncallShift.Column
    do throws(FastPathMiss) {
      guard record.isPlainASCII, !record.bytes(Column.engineerID.index).isEmpty else { throw FastPathMiss() }
      let start = try record.timestamp(Column.start.index).required()
      let end = try record.timestamp(Column.end.index).required()
      let pages = try record.count(Column.pages.index).optional()
      let afterHours = try record.count(Column.afterHoursPages.index).optional()
      guard OncallShift.isConsistent(start: start, end: end, pages: pages, afterHoursPages: afterHours) else {
        throw FastPathMiss()
      }
      guard counts(shiftFrom: start, to: end) else {
        return state.onCall.rows.leaveOut(.outsidePeriod, line: rows.line(record))
      }
      if state.shiftBatch.append(
        key: record.bytes(Column.engineerID.index), line: rows.line(record),
        columnNumber: rows.columnNumber(Column.engineerID.index), afterHours)
      {
        state.shiftBatch.add(to: &state.onCall)
      }
    } catch {
      state.addBatches()
      let shift = try OncallShift(row: rows.row(record))
      tally(shift, oncall: &state.onCall.byText)
      state.onCall.rows.record(fate(of: shift), record, rows, column: Column.engineerID.index)
    }
  }
}
