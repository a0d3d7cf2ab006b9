/// The name of a metric, as plan.json, metrics.csv and every report spell it.
///
/// Not a closed enum: a plan may pay on any metric `metrics.csv` supplies, so an id the tool does not compute is
/// as valid as one it does; `definition` tells them apart. The constants below are the only place the tool spells
/// the names of the metrics it computes, so the calculators, the plan validator and the reports can't drift apart.
///
/// A string literal is accepted where an id is expected, for tests and fixtures that name metrics as a plan does;
/// library code uses the constants.
public struct MetricID: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
  /// The snake_case name (`deployment_frequency`), spelled as it was given.
  public var name: String { spelling._withUnsafeGuaranteedRef { $0.name } }
  /// The number every spelling `String` takes as equal shares (`MetricNames`): ids compare and hash by it. Paying
  /// looks a metric up in a set about ten times a component, and comparing names as `String`s there was 280 M
  /// instructions at 100,000 people.
  private let number: Int
  /// The spelling's entry in `MetricNames`, kept for the life of the process and never retained here: an id is
  /// two words that copy without reference counting (a `String` name was two words and a count on every copy).
  private let spelling: Unmanaged<MetricNames.Spelling>

  public init(_ name: String) {
    let spelling = MetricNames.shared.spelling(of: name)
    number = spelling.number
    self.spelling = Unmanaged.passUnretained(spelling)
  }

  public init(stringLiteral name: String) {
    self.init(name)
  }

  /// Equal names, as `String` compares them: one integer comparison.
  public static func == (lhs: MetricID, rhs: MetricID) -> Bool { lhs.number == rhs.number }

  public func hash(into hasher: inout Hasher) { hasher.combine(number) }

  /// By name, as `String` orders names, so reports list metrics the same way whether they hold ids or names: by
  /// the names' ASCII prefixes where both have one and they differ (`Spelling.asciiOrderPrefix`), else by the names.
  public static func < (lhs: MetricID, rhs: MetricID) -> Bool {
    let prefixes = (
      lhs.spelling._withUnsafeGuaranteedRef { $0.asciiOrderPrefix },
      rhs.spelling._withUnsafeGuaranteedRef { $0.asciiOrderPrefix }
    )
    if let left = prefixes.0, let right = prefixes.1, left != right { return left < right }
    return lhs.name < rhs.name
  }

  /// The name: messages and notes print a metric as the plan spells it.
  public var description: String { name }

  /// `no value for <name>: on_missing <mode>`, made when the name was first met.
  func noValueNote(onMissing: Component.OnMissing) -> String {
    spelling._withUnsafeGuaranteedRef { $0.noValueNotes.first { $0.mode == onMissing }!.note }
  }

  /// What the tool computes for this metric; nil for one only `metrics.csv` supplies.
  var definition: MetricDefinition? { MetricCatalogue.definition(of: self) }
}

extension MetricID {
  // Delivery (DORA and around it), per team.
  public static let deploymentFrequency = MetricID("deployment_frequency")
  public static let leadTimeHours = MetricID("lead_time_hours")
  public static let changeFailureRate = MetricID("change_failure_rate")
  public static let timeToRestoreHours = MetricID("time_to_restore_hours")
  public static let reworkRate = MetricID("rework_rate")
  public static let attributableRollbackRate = MetricID("attributable_rollback_rate")
  public static let smallChangeShare = MetricID("small_change_share")

  // Slower team signals.
  public static let coverageDelta = MetricID("coverage_delta")
  public static let iacCoverage = MetricID("iac_coverage")
  public static let costVsBudget = MetricID("cost_vs_budget")
  public static let teamHealth = MetricID("team_health")

  // People: teams' and managers' retention, leaders' organisation health.
  public static let retentionRate = MetricID("retention_rate")
  public static let retentionVsMarket = MetricID("retention_vs_market")
  public static let orgTeamHealth = MetricID("org_team_health")

  // Individual.
  public static let reviews = MetricID("reviews")
  public static let substantiveReviewRatio = MetricID("substantive_review_ratio")
  public static let crossTeamReviews = MetricID("cross_team_reviews")
  public static let oncallShifts = MetricID("oncall_shifts")
  public static let afterHoursPages = MetricID("after_hours_pages")
  public static let menteePromotions = MetricID("mentee_promotions")
}
