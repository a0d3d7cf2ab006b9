/// The one way every command that pays (calculate, statement, explain, check, close, diff, sensitivity, audit bias)
/// starts and ends a run, so none can pay on a plan or data the others would have warned about.
///
/// Plan errors (a metric nothing computes, weights not summing to 1, an unsorted or empty curve, a prohibited
/// metric) already refuse the run when it loads (`PayoutRun.init`, exit 2, before any output). Here: files nothing
/// reads and the plan's policy findings are warnings before paying (under `--strict` a policy finding refuses the
/// run), and what the data hides is a warning after the metrics are read.
extension RunOptions {
  /// Loads the run and says what a person should know before paying.
  ///
  /// - Parameters:
  ///   - overlay: a folder of imported files that replace the dataset's (`--source`).
  ///   - warn: told each warning.
  /// - Throws: the errors of loading, and `PlanError.invalid` for a policy finding under `--strict`.
  func loadForPaying(overlay: String? = nil, warn: NoticeHandler) throws -> PayoutRun {
    let run = try load(overlay: overlay, checksPolicy: true)
    try run.warnBeforePaying(strict: strictConflicts, warn)
    return run
  }

  /// `loadForPaying(warn:)` telling `warnings`.
  func loadForPaying() throws -> PayoutRun { try loadForPaying(warn: warningHandler) }

  /// Loads the run, warns before paying, pays everyone, and warns about the data behind the payouts.
  func payouts() throws -> (run: PayoutRun, report: PayoutReport) {
    let run = try loadForPaying()
    let report = try run.payouts(strictConflicts: strictConflicts)
    run.warnAfterPaying(report.metrics, warningHandler)
    return (run, report)
  }

  /// `warnings`, or nothing.
  var warningHandler: NoticeHandler { warnings ?? { _ in } }
}

extension PayoutRun {
  /// Files nothing reads that resemble a dataset file (a missing file may well be why paying fails), then the
  /// plan's policy findings (`policyFindings`).
  ///
  /// - Throws: `PlanError.invalid` for the first policy finding when `strict`.
  func warnBeforePaying(strict: Bool, _ warn: NoticeHandler) throws {
    for finding in strayFileFindings { warn("warning: \(shown: finding.message)\n") }
    for finding in try policyFindings() {
      if strict {
        throw PlanError.invalid(file: planPath, path: finding.path, reason: finding.message + " (--strict)")
      }
      warn("warning: \(PlanError.invalid(file: planPath, path: finding.path, reason: finding.message))\n")
    }
  }

  /// Rows left out for a reason that may be a mistake, rows counted under an alias, implausible roster values.
  func warnAfterPaying(_ metrics: ComputedMetrics, _ warn: NoticeHandler) {
    for line in DataFinding.warnings(dataFindings(metrics)) { warn(line) }
  }

  /// `warnAfterPaying`'s lines, worked out on a thread of their own while the payer threads pay: the roster checks
  /// behind them are a tenth of a second at 100,000 people.
  func dataWarningsInBackground(_ metrics: ComputedMetrics) -> BackgroundWork<[String], Never> {
    let run = self
    return BackgroundWork { DataFinding.warnings(run.dataFindings(metrics)) }
  }
}
