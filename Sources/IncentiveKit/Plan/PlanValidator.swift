import Foundation

/// Plan lint: stops the plans the curriculum warns against — gameable metrics without a
/// counter-metric, dark-pattern metrics, unexplained changes, unequal dual ladders — before
/// they pay anyone. Structural problems (weights, curves) are caught earlier by `PlanDecoder`.
struct PlanValidator: Sendable {
  /// Metric-name fragments that measure attention rather than engineering outcomes
  /// (user engagement, time on site, …): incentives on them reward dark patterns.
  static let prohibitedFragments = [
    "engagement", "dau", "daily_active", "mau", "monthly_active", "time_on_site", "session_length",
    "session_duration", "click_through", "ctr", "notification_open", "notifications_opened",
  ]

  let plan: Plan
  /// Metric names `metrics.csv` supplies, when a dataset was given.
  let suppliedMetrics: Set<MetricID>?
  /// For the metrics the plan reads at a scope the tool does not compute them for, the kinds of subject
  /// `metrics.csv` supplies them for, when a dataset was given.
  let suppliedScopes: MetricScopeCheck.Supplied?
  /// The roster, for the dual-ladder check, when a dataset was given.
  let roster: Roster?
  /// The dataset's approved adjustments, when a dataset was given.
  let adjustments: [Adjustment]
  /// The roster's dual-ladder findings when they were worked out ahead (`PayoutRun.dualLadderFindings`, for this
  /// plan and roster); nil works them out here.
  let dualLadderAhead: (@Sendable () -> [PlanFinding])?

  init(
    plan: Plan, suppliedMetrics: Set<MetricID>? = nil, suppliedScopes: MetricScopeCheck.Supplied? = nil,
    roster: Roster? = nil, adjustments: [Adjustment] = [], dualLadderAhead: (@Sendable () -> [PlanFinding])? = nil
  ) {
    self.plan = plan
    self.suppliedMetrics = suppliedMetrics
    self.suppliedScopes = suppliedScopes
    self.roster = roster
    self.adjustments = adjustments
    self.dualLadderAhead = dualLadderAhead
  }

  /// The dual-ladder findings of `roster` under `plan`: what `findings` lists last, for a run to work out ahead.
  static func dualLadder(plan: Plan, roster: Roster) -> [PlanFinding] {
    PlanValidator(plan: plan, roster: roster).dualLadder()
  }

  func findings(previous: Plan? = nil) -> [PlanFinding] {
    var findings: [PlanFinding] = []
    if (plan.rationale ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      findings.append(
        .init(
          .error, "rationale",
          "missing: write why this plan pays what it pays (and why each change since the last version), "
            + "so the plan can be defended if challenged"))
    }
    for track in plan.tracks {
      for component in track.components {
        findings += check(component, path: Self.path(of: component, in: track))
      }
    }
    findings += MetricScopeCheck.problems(plan, supplied: suppliedScopes).map {
      PlanFinding(.error, $0.path, $0.reason)
    }
    findings += CurveScaleCheck.findings(plan)
    findings += warnings()
    if let previous { findings += changes(since: previous) }
    findings += dualLadderAhead?() ?? dualLadder()
    return findings
  }

  private func check(_ component: Component, path: String) -> [PlanFinding] {
    var findings: [PlanFinding] = []
    let read = component.metricsRead
    for metric in Set(read).sorted() {
      if let fragment = prohibited(metric) {
        findings.append(
          .init(
            .error, path,
            "\(metric) is a prohibited metric (\(fragment)): paying engineers on attention metrics rewards dark patterns"
          ))
      } else if metric.definition == nil && !(suppliedMetrics?.contains(metric) ?? false) {
        findings.append(
          .init(
            .error, path,
            "unknown metric \(metric): not computed by incentive"
              + (suppliedMetrics == nil
                ? " (if metrics.csv supplies it, pass the dataset: incentive validate PLAN DATASET)"
                : " and not in the dataset's metrics.csv")))
      }
    }
    let paidOn: [MetricID]
    switch component.valuation {
    case .curve: paidOn = [component.metric]
    case .formula(let formula): paidOn = formula.metrics
    }
    let gameable = paidOn.filter { $0.definition?.isGameable == true }
    // A guard counters gaming only if it watches another metric and its cap is below what the
    // curve can pay; `deployment_frequency` guarding itself, or a cap of 9, never bites.
    let top = component.curves.map(\.curve.maximum).max()
    let counters = component.guards.filter { rule in
      !paidOn.contains(rule.metric) && (top.map { rule.cap < $0 } ?? true)
    }
    if !gameable.isEmpty && counters.isEmpty && !component.guards.isEmpty {
      findings.append(
        .init(
          .error, path,
          "\(gameable.map(\.name).joined(separator: ", ")) can be gamed and none of its guards can stop it: a guard must watch "
            + "another metric and cap below the curve's top multiplier\(top.map { " (\($0.trimmed()))" } ?? "")"))
    } else if !gameable.isEmpty && counters.isEmpty {
      findings.append(
        .init(
          .error, path,
          "\(gameable.map(\.name).joined(separator: ", ")) can be gamed (split deployments, trivial reviews) and has no counter-metric; "
            + "add a guard, e.g. \(Self.exampleGuard(for: component.scope))"))
    }
    if component.scope == .individual, paidOn.contains(where: DORABenchmark.metrics.contains) {
      findings.append(
        .init(
          .warning, path, "DORA metrics describe a team's delivery; paying them per person invites gaming and blame"))
    }
    return findings + CurveScaleCheck.findings(component, path: path)
  }

  /// A guard to suggest for a gameable metric, on a counter-metric computed for the component's own subjects: a
  /// team's change failure rate can't guard a person's reviews (`MetricScopeCheck` refuses it).
  static func exampleGuard(for scope: MetricDefinition.Scope) -> String {
    switch scope {
    case .team: #"{"metric": "change_failure_rate", "max": 0.15, "cap": 1.0}"#
    case .individual: #"{"metric": "substantive_review_ratio", "min": 0.2, "cap": 1.0}"#
    }
  }

  /// Why `metric` may not be paid on (the plan's list or the built-in one), nil when it may.
  func prohibited(_ metric: MetricID) -> String? {
    let normalized = Self.normalized(metric.name)
    if let listed = plan.prohibited.first(where: { Self.normalized($0.name) == normalized }) {
      return "listed in the plan: \(listed)"
    }
    let words = normalized.split(separator: "_").map(String.init)
    let joined = words.joined()
    for fragment in Self.prohibitedFragments {
      let found =
        fragment.contains("_")
        ? normalized.contains(fragment) || joined.contains(fragment.replacingOccurrences(of: "_", with: ""))
        : words.contains(fragment) || normalized.hasPrefix(fragment)
      if found { return "built-in list: \(fragment)" }
    }
    return nil
  }

  /// `timeOnSite`, `time-on-site` and `Time on site` all read as `time_on_site`.
  static func normalized(_ name: String) -> String {
    var spaced = ""
    for character in name {
      if character.isUppercase, let last = spaced.last, last.isLowercase || last.isNumber { spaced.append("_") }
      spaced.append(character)
    }
    return String(spaced.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
  }

  private func warnings() -> [PlanFinding] {
    var findings: [PlanFinding] = []
    if let period = plan.period {
      for (index, blackout) in plan.metricOptions.blackouts.enumerated()
      where blackout.window.from <= period.to && blackout.window.to >= period.to {
        findings.append(
          .init(
            .warning, "blackouts[\(index)]",
            "the window runs to the end of the period (\(blackout.window.to) ≥ \(period.to)): events right before close "
              + "won't count, and teams can't make up for them"))
      }
    }
    if let cap = plan.payoutCap {
      for adjustment in adjustments where adjustment.isTotal {
        guard case .multiplier(let multiplier) = adjustment.change, multiplier > cap else { continue }
        findings.append(
          .init(
            .warning, "payout_cap",
            "adjustments.csv:\(adjustment.line) sets \(adjustment.engineerID)'s payout multiplier to \(multiplier), above "
              + "payout_cap \(cap): an approved exception, but check it was meant"))
      }
      for track in plan.tracks { findings += capBinding(in: track, cap: cap) }
    }
    return findings
  }

  /// The cap bounds the weighted sum Σ weight × component multiplier, not any one component: a
  /// component whose curve tops out above the cap is still paid in full while the others are
  /// lower. What is worth a warning is a track whose curves, all at their tops, sum above the cap,
  /// because there the cap binds and scales every component amount down. Tracks with a formula
  /// component are left alone (a formula's top is not known from the plan).
  private func capBinding(in track: Track, cap: FixedDecimal) -> [PlanFinding] {
    var best = FixedDecimal(0)
    for component in track.components {
      guard let top = component.curves.map(\.curve.maximum).max(), case .curve = component.valuation else { return [] }
      best = best + component.weight * top
    }
    guard best > cap else { return [] }
    return [
      .init(
        .warning, "tracks.\(track.name)",
        "with every component at the top of its curve the weighted multiplier is \(best.trimmed()), above payout_cap "
          + "\(cap.trimmed()): the cap binds before every curve's top is reached, and then scales each component amount "
          + "down in proportion (a single component above the cap is still paid in full while the others are lower)")
    ]
  }

  /// How a finding names a component: by its id, which the plan's author wrote and searches for,
  /// rather than by its position in the array (`tracks.ic.components[reviews]`).
  static func path(of component: Component, in track: Track) -> String {
    "tracks.\(track.name).components[\(component.id)]"
  }

  /// Every changed, added or removed component since `previous` must be named (by id) in
  /// the rationale, so each change to how people are paid has a written reason.
  private func changes(since previous: Plan) -> [PlanFinding] {
    var findings: [PlanFinding] = []
    let rationale = plan.rationale ?? ""
    var changed: [(String, String)] = []
    let trackNames = Set(plan.tracks.map(\.name)).union(previous.tracks.map(\.name)).sorted()
    for name in trackNames {
      let old = previous.tracks.first { $0.name == name }?.components ?? []
      let new = plan.tracks.first { $0.name == name }?.components ?? []
      for id in Set(old.map(\.id)).union(new.map(\.id)).sorted() {
        let before = old.first { $0.id == id }
        let after = new.first { $0.id == id }
        guard before != after else { continue }
        let how = before == nil ? "added" : after == nil ? "removed" : "changed"
        changed.append((id, "tracks.\(name): component \(id) \(how)"))
      }
    }
    // A component is named when its id stands as a whole word ("delivery", not "deliverymen").
    let words = Set(
      rationale.split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }.map(String.init))
    for (id, what) in changed where !words.contains(id) {
      findings.append(
        .init(.error, "rationale", "\(what) since version \(previous.version), but the rationale doesn't mention \(id)")
      )
    }
    if !changed.isEmpty && plan.version == previous.version {
      findings.append(.init(.error, "version", "components changed but the version is still \(plan.version)"))
    }
    return findings
  }

  /// The dual ladder: an individual contributor and a manager at the same level must have the
  /// same bonus target, or the technical ladder is worth less than the management one.
  private func dualLadder() -> [PlanFinding] {
    guard let roster else { return [] }
    let bands: [String: FixedDecimal]? = if case .band(let bands) = plan.targetBasis { bands } else { nil }
    // One hash per person, for the level's slot: the band is looked up once per level, and a target equal to the
    // last one added to its track's set is not hashed again (a level's targets are nearly always one value).
    var slots: [String: Int] = [:]
    var byLevel: [LadderTargets] = []
    for engineer in roster.engineers {
      guard let level = engineer.level else { continue }
      let slot = slots[level] ?? {
        byLevel.append(LadderTargets(level: level, band: bands?[level]))
        slots[level] = byLevel.count - 1
        return byLevel.count - 1
      }()
      // With band targets the target is pct × band midpoint; with salary targets compare pct.
      let base = bands == nil ? FixedDecimal.one : byLevel[slot].band ?? engineer.baseSalary
      let target = engineer.targetBonusPercent * base
      // Two comparisons of short strings, not a hash per person (100,000 at the largest orgs).
      if engineer.role == "ic" || engineer.role == "tech_lead" {
        byLevel[slot].technical.add(target)
      } else {
        byLevel[slot].management.add(target)
      }
    }
    var findings: [PlanFinding] = []
    for targets in byLevel.sorted(by: { $0.level < $1.level })
    where !targets.technical.targets.isEmpty && !targets.management.targets.isEmpty
      && targets.technical.targets != targets.management.targets
    {
      let ic = targets.technical.targets.sorted().map { $0.trimmed() }.joined(separator: ", ")
      let mgmt = targets.management.targets.sorted().map { $0.trimmed() }.joined(separator: ", ")
      findings.append(
        .init(
          .error, "tracks",
          "dual ladder: at level \(targets.level) the technical track's target_bonus_pct is \(ic) but management's is \(mgmt); "
            + "equal levels should have equal targets"))
    }
    return findings
  }

  /// One level's bonus targets on each ladder, for `dualLadder`.
  private struct LadderTargets {
    let level: String
    /// The level's band midpoint, when the plan's targets are bands and it has one.
    let band: FixedDecimal?
    var technical = Ladder()
    var management = Ladder()

    init(level: String, band: FixedDecimal?) {
      self.level = level
      self.band = band
    }
  }

  /// One ladder's targets at a level.
  private struct Ladder {
    private(set) var targets = Set<FixedDecimal>()
    /// The target added last, which the next person's usually equals: not hashed again.
    private var last: FixedDecimal?

    mutating func add(_ target: FixedDecimal) {
      // Equal as values: a set holds 10 and 10.0 once either way.
      guard last != target else { return }
      targets.insert(target)
      last = target
    }
  }
}
