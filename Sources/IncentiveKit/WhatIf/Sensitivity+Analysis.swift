extension Sensitivity {
  /// Analyses `subject` under `run`'s plan, dataset and period.
  ///
  /// - Throws: `SensitivityError` for an unknown or unpaid subject; otherwise what the run throws.
  public init(run: PayoutRun, subject: Subject, strictConflicts: Bool = false) throws {
    let engine = try run.engine(strictConflicts: strictConflicts)
    let metrics = try run.metrics()
    let probe = Probe(subject: subject, engine: engine, roster: run.roster, metrics: metrics, threads: run.threads)
    let baseline = try probe.pay(metrics)

    let people: [EngineerPayout]
    let team: String
    switch subject {
    case .engineer(let id):
      guard let payout = baseline.engineers.first(where: { $0.engineer.id == id }) else {
        if run.roster[id] == nil { throw SensitivityError.unknownEngineer(id: id, suggestion: run.roster.closestID(to: id)) }
        throw SensitivityError.notEmployed(id: id, period: run.period)
      }
      people = [payout]
      team = payout.credited.principal
      title = "\(id)\(payout.engineer.name.map { " " + $0 } ?? "") (\(payout.team), \(payout.engineer.role))"
    case .team(let name):
      people = baseline.engineers.filter { $0.team == name }
      guard !people.isEmpty else {
        throw SensitivityError.unknownTeam(team: name, known: baseline.teams.map(\.team))
      }
      team = name
      title = "team \(name) (\(people.count) \(people.count == 1 ? "person" : "people"))"
    }
    self.subject = subject
    period = run.period
    // Everyone analysed is paid in one currency, so the payouts add up and print in it.
    let currencies = Set(people.map(\.currency.code)).sorted()
    guard currencies.count <= 1 else {
      throw SensitivityError.severalCurrencies(team: team, currencies: currencies)
    }
    currency = people.first?.currency ?? baseline.currency
    payout = probe.measure(baseline)
    notes = []

    inputs = []
    var seen = Set<String>()
    for person in people {
      for outcome in person.components {
        let component = outcome.component
        let teamScope = component.scope == .team
        if case .team = subject, !teamScope {
          if seen.insert("individual").inserted {
            notes.append("individual components are not varied for a team; use --engineer ID for one person")
          }
          continue
        }
        guard component.curve(for: teamScope ? team : person.team) != nil else {
          if seen.insert("formula " + component.id).inserted {
            notes.append("\(component.id) is a formula: vary the metrics it names with their own components")
          }
          continue
        }
        let key = teamScope ? "team " + component.metric.name : "individual " + component.id
        guard seen.insert(key).inserted else { continue }
        inputs.append(try probe.input(for: component, principalTeam: team, people: people, baseline: baseline))
      }
    }
    if case .engineer = subject, people[0].credited.shares.count > 1 {
      notes.append(
        "team components blend \(people[0].credited.shares.map(\.team).joined(separator: ", ")) by days; "
          + "only \(team)'s values are varied")
    }

    let read = Set(people.flatMap { $0.components.flatMap(\.component.metricsRead) })
    let gameable = read.filter { $0.definition?.isGameable == true }
    moves = []
    for move in GamingMove.all where !gameable.isDisjoint(with: move.targets) {
      moves.append(try probe.outcome(of: move, run: run, team: team, people: people, baseline: baseline))
    }
    let covered = Set(GamingMove.all.flatMap(\.targets))
    for metric in gameable.subtracting(covered).sorted() {
      notes.append("\(metric) is gameable but no move for it is simulated")
    }
  }
}

/// Re-runs the engine on changed metrics and reads back the analysed payout.
private struct Probe {
  let subject: Sensitivity.Subject
  let engine: PayoutEngine
  let roster: Roster
  let metrics: ComputedMetrics
  let threads: Int

  /// Everyone paid on `metrics`, as a run pays them (a run that cannot pay someone still fails), with every step,
  /// but only the subject's payouts kept (`paid(in:)`); the teams and totals are everyone's. At 100,000 people each
  /// probe kept the whole org's payouts, 2.3 GB at the peak.
  func pay(_ metrics: ComputedMetrics) throws -> PayoutReport {
    let paying = PayoutRun.Paying(engine: engine, roster: roster, metrics: metrics, threads: threads)
    var report = paying.shell
    let subject = subject
    let tail = try paying(notesOnly: false, render: { Self.isSubject($0, subject) ? $0 : nil }) {
      (payout: EngineerPayout?) in
      if let payout { report.engineers.append(payout) }
    }
    return report.totalled(by: tail)
  }

  /// Whether `payout` is one of the people `subject` analyses.
  static func isSubject(_ payout: EngineerPayout, _ subject: Sensitivity.Subject) -> Bool {
    switch subject {
    case .engineer(let id): payout.engineer.id == id
    case .team(let team): payout.team == team
    }
  }

  func measure(_ report: PayoutReport) -> Money {
    switch subject {
    case .engineer(let id): return report.engineers.first { $0.engineer.id == id }?.payout ?? .zero
    case .team(let team): return report.teams.first { $0.team == team }?.payout ?? .zero
    }
  }

  /// The payout at each neighbouring curve point of the component's metric.
  func input(
    for component: Component, principalTeam: String, people: [EngineerPayout], baseline: PayoutReport
  ) throws -> Sensitivity.Input {
    let teamScope = component.scope == .team
    let subjectName = teamScope ? principalTeam : people[0].engineer.id
    let set = teamScope ? metrics.team(subjectName) : metrics.engineer(subjectName)
    let current = set[component.metric]
    // Every curve that reads the metric for these people: a team's members may be on several tracks.
    let readers = people.flatMap { person in
      person.components.filter { teamScope ? $0.component.metric == component.metric : $0.component.id == component.id }
        .map { (person, $0) }
    }
    // A set, not `contains` on an array: a 64k-point curve read by a whole team stays n·log n.
    var distinct = Set<FixedDecimal>()
    for (person, outcome) in readers {
      for point in outcome.component.curve(for: teamScope ? principalTeam : person.team)?.points ?? [] {
        distinct.insert(point.value)
      }
    }
    let values = distinct.sorted()
    var notes: [String] = []
    let probes: [FixedDecimal]
    if let current {
      probes = [values.last { $0 < current }, values.first { $0 > current }].compactMap { $0 }
    } else {
      notes.append("no measured value (on_missing \(component.onMissing.rawValue)); the curve's ends are shown")
      probes = [values.first, values.count > 1 ? values.last : nil].compactMap { $0 }
    }
    let ids = readers.map(\.1.component.id).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    let base = measure(baseline)
    var points = [point(value: current, isCurrent: true, report: baseline, ids: ids, subject: subjectName, base: base)]
    for value in probes {
      var changed = metrics
      let entry = set.entry(component.metric)
      let source = "sensitivity probe"
      if teamScope {
        changed.teams[subjectName, default: MetricSet()].set(
          component.metric, value, rows: entry?.rows ?? 0, source: source, reportedBy: entry?.reportedBy)
      } else {
        changed.engineers[subjectName, default: MetricSet()].set(
          component.metric, value, rows: entry?.rows ?? 0, source: source, reportedBy: entry?.reportedBy)
      }
      let report = try pay(changed)
      points.append(point(value: value, isCurrent: false, report: report, ids: ids, subject: subjectName, base: base))
    }
    points.sort { ($0.value ?? FixedDecimal(Int.min)) < ($1.value ?? FixedDecimal(Int.min)) }
    return Sensitivity.Input(
      components: ids, metric: component.metric, subject: subjectName, points: points, notes: notes)
  }

  private func point(
    value: FixedDecimal?, isCurrent: Bool, report: PayoutReport, ids: [String], subject: String, base: Money
  ) -> Sensitivity.Point {
    let outcomes = paid(in: report).flatMap { $0.components.filter { ids.contains($0.component.id) } }
    var broken: [String] = []
    for check in outcomes.flatMap(\.guardReadings) where check.subject == subject && check.isBroken {
      let text = "\(check.rule.metric) \(check.rule.boundsText)"
      if !broken.contains(text) { broken.append(text) }
    }
    let amount = measure(report)
    var multiplier: FixedDecimal?
    if case .engineer = self.subject { multiplier = outcomes.first?.multiplier }
    return Sensitivity.Point(
      value: value, isCurrent: isCurrent, componentMultiplier: multiplier, payout: amount, delta: amount - base,
      brokenGuards: broken)
  }

  private func paid(in report: PayoutReport) -> [EngineerPayout] {
    report.engineers.filter { Self.isSubject($0, subject) }
  }

  /// The move simulated on the dataset's rows, then metrics and payouts recomputed.
  func outcome(
    of move: GamingMove, run: PayoutRun, team: String, people: [EngineerPayout], baseline: PayoutReport
  ) throws -> Sensitivity.MoveOutcome {
    let reviewers = Set(people.map(\.engineer.id))
    let moved = try run.metrics(rewrite: move.rewrite(team: team, reviewers: reviewers))
    let report = try pay(moved)

    var shifts: [Sensitivity.MetricShift] = []
    let subjects =
      [(team, metrics.team(team), moved.team(team))]
      + reviewers.sorted().map { ($0, metrics.engineer($0), moved.engineer($0)) }
    for (name, before, after) in subjects {
      for metric in Set(before.names + after.names).sorted() where before[metric] != after[metric] {
        shifts.append(.init(subject: name, metric: metric, before: before[metric], after: after[metric]))
      }
    }
    let shifted = Set(shifts.map { "\($0.subject) \($0.metric)" })

    var guards: [Sensitivity.GuardStatus] = []
    let after = Dictionary(paid(in: report).map { ($0.engineer.id, $0) }, uniquingKeysWith: { first, _ in first })
    for person in people {
      for (index, outcome) in person.components.enumerated() {
        guard let movedOutcome = after[person.engineer.id]?.components[index] else { continue }
        for (check, movedCheck) in zip(outcome.guardReadings, movedOutcome.guardReadings)
        where shifted.contains("\(check.subject) \(outcome.component.metric)")
          || shifted.contains("\(check.subject) \(check.rule.metric)")
        {
          let rule = "\(check.rule.metric) \(check.rule.boundsText) (cap \(check.rule.cap.trimmed(minimumDecimals: 1)))"
          if let index = guards.firstIndex(where: {
            $0.component == outcome.component.id && $0.rule == rule && $0.subject == check.subject
          }) {
            guards[index].engineers.append(person.engineer.id)
            continue
          }
          guards.append(
            .init(
              component: outcome.component.id, rule: rule, subject: check.subject, before: check.value,
              after: movedCheck.value, brokenBefore: check.isBroken, brokenAfter: movedCheck.isBroken,
              engineers: [person.engineer.id]))
        }
      }
    }
    return Sensitivity.MoveOutcome(
      move: move, shifts: shifts, payout: PayoutDiff.Change(before: measure(baseline), after: measure(report)),
      guards: guards)
  }
}
