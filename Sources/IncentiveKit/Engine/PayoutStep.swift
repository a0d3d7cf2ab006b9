/// One thing that happened to a component of one person's payout, with the numbers it used.
///
/// The engine records the steps once, in the order it takes them (docs/calculation.md, "A
/// component, step by step"); every report renders them in its own words: the JSON and table
/// notes, `explain`, statements, the HTML report. Facts cross the layer, never sentences, so
/// no report has to read another's wording back.
enum PayoutStep: Sendable, Equatable {
  /// A team move that started inside the cooling-off window, credited to the team left.
  case coolingOff(TeamMoveCredit)
  /// The component's metric for one subject: its value (nil when absent) and the rows behind it.
  case metricValue(MetricReading)
  /// No multiplier could be read (absent value, a formula that divides by zero, …), and what
  /// the plan's `on_missing` put in its place.
  case missing(subject: String, reason: MissingValue, onMissing: Component.OnMissing, substitute: Ratio)
  /// Where the value landed on the curve and the exact multiplier there.
  case curvePoint(CurveReading)
  /// A formula's exact result; `floored` when it was negative and held at 0.
  case formula(subject: String, result: Ratio, floored: Bool)
  /// A counter-metric: held, or broken and capping the multiplier.
  case guardCheck(GuardReading)
  /// A subject's multiplier after guards, exact and rounded to `Precision.componentMultiplier`.
  case rounding(subject: String, exact: Ratio, rounded: FixedDecimal)
  /// Several credited teams blended by days.
  case teamBlend(terms: [BlendTerm], result: FixedDecimal)
  /// The person's own metric checked against the component's eligibility rule.
  case eligibility(rule: Eligibility, value: FixedDecimal?, isEligible: Bool)
  /// An approved adjustment replaced the component multiplier.
  case adjustment(from: FixedDecimal, to: FixedDecimal, approval: Approval)
  /// The component's input was reported by the person it pays.
  case conflictOfInterest(ConflictOfInterest)
  /// The payout multiplier was capped, floored or set by an approved adjustment, so every
  /// component amount is scaled with it.
  case payoutScaled(PayoutScaling)
}

extension PayoutStep {
  /// A metric value of one subject (a credited team, or the engineer).
  struct MetricReading: Sendable, Equatable {
    var subject: String
    var isTeam: Bool
    /// Credited days, for a team subject.
    var days: Int?
    var metric: MetricID
    /// Fixed to `Precision.metricValue` decimals; nil when absent.
    var value: FixedDecimal?
    /// How many source rows made the value, and where they came from.
    var rows: Int
    var source: String
  }

  struct CurveReading: Sendable, Equatable {
    var subject: String
    var value: FixedDecimal
    var placement: PayoutCurve.Placement
    /// Exact, before guards.
    var multiplier: Ratio
    /// The team whose own curve (a plan override) was used, if any.
    var overridingTeam: String?
  }

  struct GuardReading: Sendable, Equatable {
    var subject: String
    var rule: Guard
    /// The guard metric's value for the subject; nil when absent (which breaks the guard).
    var value: FixedDecimal?
    var isBroken: Bool
  }

  /// One credited team's part of a blend.
  struct BlendTerm: Sendable, Equatable {
    var team: String
    var days: Int
    var multiplier: FixedDecimal
  }

  /// Why no multiplier could be read from the subject's metrics.
  enum MissingValue: Sendable, Equatable {
    case noValue(metric: MetricID)
    case divisionByZero
    case outOfRange
  }

  /// Who approved an adjustment, when, and why: as adjustments.csv records it.
  struct Approval: Sendable, Equatable {
    var approvedBy: String
    var date: CivilDate
    var reason: String
  }

  /// A move credited to the team left because it started inside the cooling-off window.
  struct TeamMoveCredit: Sendable, Equatable {
    var date: CivilDate
    var team: String
    var creditedTo: String
  }

  /// A reported metric feeding its reporter's own payout.
  struct ConflictOfInterest: Sendable, Equatable {
    var metric: MetricID
    var subject: String
    var source: String
    var reporter: String
    enum Relation: Sendable, Equatable { case themselves, teamTheyManage, personTheyManage }
    var relation: Relation
  }

  /// Why the payout multiplier is not the components' raw sum.
  enum PayoutScaling: Sendable, Equatable {
    case cap(FixedDecimal, raw: FixedDecimal)
    case floor(FixedDecimal, raw: FixedDecimal)
    /// A `total` multiplier adjustment: the multiplier before it, and the new one.
    case multiplierAdjusted(from: FixedDecimal, to: FixedDecimal, approval: Approval)
    /// A `total` amount adjustment, with the multiplier that gives it after one rounding.
    case amountSet(Money, multiplier: FixedDecimal, approval: Approval)
  }
}

extension PayoutStep.PayoutScaling {
  /// An approved `total` adjustment rather than the plan's cap or floor.
  var isApprovedAdjustment: Bool {
    switch self {
    case .cap, .floor: false
    case .multiplierAdjusted, .amountSet: true
    }
  }
}
