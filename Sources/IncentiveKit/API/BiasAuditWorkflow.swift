/// `incentive audit bias`: payout outcomes compared across the groups of a demographic attribute,
/// or across managers.
public enum BiasAuditWorkflow {
  /// What to group people by.
  public enum Grouping: Sendable, Equatable {
    /// A demographics column, read from `demographics` (nil: the dataset's demographics file).
    case attribute(String, demographics: String?)
    /// The roster's manager_id, on individual-component multipliers (a calibration audit).
    case manager
  }

  public struct Options: Sendable {
    public var run: RunOptions
    public var grouping: Grouping
    /// Rounds of the permutation test.
    public var permutations: Int
    /// Seed of the permutation test; the same seed gives the same p-values.
    public var seed: UInt64
    /// table or json.
    public var format: OutputFormat

    public init(
      run: RunOptions, grouping: Grouping, permutations: Int = 10_000, seed: UInt64 = 1, format: OutputFormat = .table
    ) {
      self.run = run
      self.grouping = grouping
      self.permutations = permutations
      self.seed = seed
      self.format = format
    }
  }

  /// - Throws: `InputError` when there is no demographics file, or it lacks the attribute.
  public static func run(_ options: Options) throws -> WorkflowResult {
    let run = try options.run.loadForPaying()
    let (shell, paying) = try run.paying(strictConflicts: options.run.strictConflicts)
    let warnings = run.dataWarningsInBackground(shell.metrics)
    var people: [BiasAudit.PaidPerson] = []
    _ = try paying(render: BiasAudit.PaidPerson.init) { people.append($0) }
    warnings.wait().forEach(options.run.warningHandler)
    let minGroupSize = run.plan.minGroupSize
    let audit: BiasAudit
    switch options.grouping {
    case .attribute(let attribute, let demographics):
      guard let path = try demographics ?? Demographics.defaultPath(in: run.dataset) else {
        throw InputError.unreadable(
          file: run.dataset.directory, reason: "no demographics.csv in the dataset folder; give --demographics FILE")
      }
      audit = BiasAudit(
        people: people, of: shell, demographics: try Demographics(path: path, attribute: attribute),
        minGroupSize: minGroupSize, permutations: options.permutations, seed: options.seed)
    case .manager:
      audit = BiasAudit(
        managersOf: people, of: shell, minGroupSize: minGroupSize, permutations: options.permutations,
        seed: options.seed)
    }
    return WorkflowResult(output: options.format == .json ? audit.renderJSON() : audit.renderTable())
  }
}
