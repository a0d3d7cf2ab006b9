/// What every payout workflow starts from: the dataset, the plan, the period and how to report
/// reading progress; the options `--plan`, `--period` and `--strict` of the commands.
public struct RunOptions: Sendable {
  /// The dataset folder.
  public var dataset: String
  /// The plan file; nil for `plan.json` in the dataset folder.
  public var plan: String?
  /// Overrides the plan's period.
  public var period: Period?
  /// A conflict of interest (a reported metric feeding its reporter's own payout) is an error.
  public var strictConflicts: Bool
  /// Told how far each input file's reading has got (a progress line); nil for silence.
  public var progress: ReadProgress.Handler?
  /// Told each warning of a paying command (standard error); nil for silence. See `loadForPaying`.
  public var warnings: (@Sendable (String) -> Void)?

  public init(
    dataset: String, plan: String? = nil, period: Period? = nil, strictConflicts: Bool = false,
    progress: ReadProgress.Handler? = nil, warnings: (@Sendable (String) -> Void)? = nil
  ) {
    self.dataset = dataset
    self.plan = plan
    self.period = period
    self.strictConflicts = strictConflicts
    self.progress = progress
    self.warnings = warnings
  }

  /// Loads dataset, plan and period.
  ///
  /// - Parameters:
  ///   - overlay: a folder of imported files that replace the dataset's (`--source`).
  ///   - checksPolicy: the run will be asked for its policy findings (`loadForPaying`), so their roster walk starts
  ///     as soon as the roster is read.
  func load(overlay: String? = nil, checksPolicy: Bool = false) throws -> PayoutRun {
    try PayoutRun(
      datasetPath: dataset, planPath: plan, period: period, overlay: overlay, progress: progress,
      checksPolicy: checksPolicy)
  }
}
