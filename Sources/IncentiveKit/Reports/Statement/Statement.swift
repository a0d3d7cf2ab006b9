/// One person's own payout statement: their target, each component in plain words, their
/// payout, and the team-level metrics of their own team(s), with nothing about anyone else.
///
/// Built from the same `EngineerPayout` that `calculate` and `explain` print, so the three
/// never disagree; the renderers (`Statement+Text`, `+Markdown`, `+HTML`, `+JSON`) only lay
/// it out. Free text that could name someone else (adjustment approvers, conflict notes) goes
/// through `Redaction`; managers, peers and other teams are never looked up at all.
public struct Statement: Sendable {
  /// One component of the payout.
  public struct Part: Sendable {
    public var id: String
    public var metric: String
    public var scope: String
    public var weight: FixedDecimal
    /// The value the component reads (the principal team's for a team component).
    public var value: FixedDecimal?
    /// 4 decimals.
    public var multiplier: FixedDecimal
    public var amount: Money
    /// How the multiplier came about, step by step, in plain words.
    public var steps: [String]
  }

  /// The metrics of one of the person's own teams.
  public struct TeamFigures: Sendable {
    public struct Metric: Sendable {
      public var name: String
      public var value: FixedDecimal
    }

    public var team: String
    /// Why this team is on the statement, in words.
    public var relation: String
    /// Sorted by metric name.
    public var metrics: [Metric]
    /// The team's overall DORA level, when it has one.
    public var doraLevel: String?
  }

  /// A line of the summary: what, the figure, and how it was reached.
  public struct SummaryLine: Sendable {
    public var label: String
    public var value: String
    public var detail: String
  }

  public var engineerID: String
  public var name: String?
  public var role: String
  public var team: String
  public var plan: PayoutReport.PlanIdentity
  public var period: Period
  public var currency: Currency
  public var employed: Period
  public var proration: Proration
  public var base: Money
  public var targetPercent: FixedDecimal
  public var target: Money
  public var multiplier: FixedDecimal
  /// How the payout multiplier follows from the components, in plain words.
  public var multiplierExplanation: String
  public var payout: Money
  public var parts: [Part]
  /// Pay outside the bonus, with redacted details.
  var extras: [ExtraPay]
  public var teams: [TeamFigures]

  /// - Parameters:
  ///   - report: the payout run.
  ///   - payout: the person's payout from `report`.
  ///   - roster: the roster, only to know whose names and ids to keep out.
  init(report: PayoutReport, payout: EngineerPayout, roster: Roster) {
    self.init(report: report, payout: payout, redaction: Redaction(roster: roster, keeping: payout.engineer.id))
  }

  /// - Parameter redaction: whose names and ids to keep out, from words shared by a whole run.
  init(report: PayoutReport, payout: EngineerPayout, redaction: Redaction) {
    let engineer = payout.engineer
    engineerID = engineer.id
    name = engineer.name
    role = engineer.role
    team = payout.team
    plan = report.plan
    period = report.period
    currency = report.currency
    employed = engineer.employment(in: report.period) ?? report.period
    proration = payout.proration
    base = payout.base
    targetPercent = engineer.targetBonusPercent
    target = payout.target.amount
    multiplier = payout.multiplier
    self.payout = payout.payout
    parts = payout.components.map {
      Self.part($0, currency: report.currency, scaled: !payout.scaling.isEmpty, redaction: redaction)
    }
    multiplierExplanation = redaction.apply(Self.explainMultiplier(payout, report: report))
    extras = payout.extras.map { ExtraPay(kind: $0.kind, amount: $0.amount, detail: redaction.apply($0.detail)) }
    teams = Self.teamFigures(payout, metrics: report.metrics)
  }

  /// The summary every format shows first: employment, target, multiplier, payout.
  public var summary: [SummaryLine] {
    let factor = proration.factor.formatted(decimals: Precision.proration)
    return [
      SummaryLine(
        label: "Employed", value: "\(proration.employedDays) of \(proration.periodDays) days",
        detail: "\(employed.from) to \(employed.to); proration \(factor)"),
      SummaryLine(
        label: "Target bonus", value: target.grouped(in: currency),
        detail: "base \(base.grouped(in: currency)) × \(targetPercent.trimmed())% a year × "
          + "\(period.days)/\(period.daysInStartYear) days × proration \(factor), rounded to the minor unit"),
      SummaryLine(label: "Multiplier", value: multiplier.trimmed(minimumDecimals: 2), detail: multiplierExplanation),
      SummaryLine(
        label: "Payout", value: payout.grouped(in: currency),
        detail: "target × multiplier, rounded half-even to the minor unit"),
    ]
  }

  /// The closing note every format prints.
  public static let privacyNote =
    "This statement shows only your own figures and the team-level metrics of your own team(s). "
    + "It is personal: please keep it private."

  static func explainMultiplier(_ payout: EngineerPayout, report: PayoutReport) -> String {
    let raw = payout.rawMultiplier.trimmed(minimumDecimals: 2)
    // An approved adjustment is the last word on the multiplier, whatever cap or floor did before it.
    guard let scaling = payout.scaling.last(where: \.isApprovedAdjustment) ?? payout.scaling.first else {
      let cap = report.payoutCap.map { "cap \($0.trimmed())" } ?? "no cap"
      return "each component's multiplier times its weight, added up (the plan's floor is "
        + "\(report.payoutFloor.trimmed()), \(cap))"
    }
    switch scaling {
    case .cap(let cap, _):
      return "the components add up to \(raw), above the plan's cap of \(cap.trimmed()), so the multiplier is "
        + "\(cap.trimmed()) and every component amount is scaled down in proportion"
    case .floor(let floor, _):
      return "the components add up to \(raw), below the plan's floor of \(floor.trimmed()), so the multiplier is "
        + "\(floor.trimmed()) and every component amount is scaled up in proportion"
    case .multiplierAdjusted(let from, let to, let approval):
      return "the components add up to \(raw); an approved adjustment changed it: payout multiplier adjusted from "
        + "\(from.trimmed(minimumDecimals: 2)) to \(to.trimmed(minimumDecimals: 2)) \(approval.statementAttribution)"
    case .amountSet(let amount, let multiplier, let approval):
      return "the components add up to \(raw); an approved adjustment changed it: payout set to "
        + "\(amount.formatted(in: report.currency)) (multiplier \(multiplier.trimmed(minimumDecimals: 2))) "
        + approval.statementAttribution
    }
  }

  static func teamFigures(_ payout: EngineerPayout, metrics: ComputedMetrics) -> [TeamFigures] {
    var relations: [(String, String)] = payout.credited.shares.map { share in
      var relation = "\(share.days) of your days are credited to this team"
      for move in payout.credited.cooledMoves where move.creditedTo == share.team {
        relation +=
          "; your move to \(move.team) on \(move.date) came within the plan's cooling-off window, "
          + "so those days count here"
      }
      return (share.team, relation)
    }
    if !relations.contains(where: { $0.0 == payout.team }) {
      relations.append((payout.team, "your team at the end of your time in the period"))
    }
    return relations.map { team, relation in
      let set = metrics.team(team)
      return TeamFigures(
        team: team, relation: relation,
        metrics: set.names.compactMap { name in set[name].map { TeamFigures.Metric(name: name.name, value: $0) } },
        doraLevel: metrics.dora[team]?.overall?.rawValue)
    }
  }
}
