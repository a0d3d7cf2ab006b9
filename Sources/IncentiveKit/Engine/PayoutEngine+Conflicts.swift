extension PayoutEngine {
  /// Flags a component whose input was reported (metrics.csv `reported_by`) by the person it
  /// pays, about themselves or about people or a team they manage: someone marking their own
  /// homework. With `strictConflicts` it is an error instead.
  ///
  /// - Parameter credited: the teams a team component read, one per share: taken from here rather than from the
  ///   trace, whose value steps a report written as people are paid leaves out (`ComponentEvaluator.recordsArithmetic`).
  func flagConflicts(
    in outcome: inout ComponentOutcome, engineer: Engineer, credited: CreditedTeams, roster: Roster,
    metrics: ComputedMetrics
  ) throws(CalculationError) {
    let subjects: [(name: String, set: MetricSet, isTeam: Bool)] =
      outcome.component.scope == .team
      ? credited.shares.map { ($0.team, metrics.team($0.team), true) }
      : [(engineer.id, metrics.engineer(engineer.id), false)]
    var seen: [PayoutStep.ConflictOfInterest] = []
    for metric in outcome.component.metricsRead {
      for subject in subjects {
        guard let entry = subject.set.entry(metric), entry.reportedBy == engineer.id,
          subject.name == engineer.id
            || manages(engineer.id, subject: subject.name, isTeam: subject.isTeam, roster: roster)
        else { continue }
        let conflict = PayoutStep.ConflictOfInterest(
          metric: metric, subject: subject.name, source: entry.source, reporter: engineer.id,
          relation: subject.name == engineer.id ? .themselves : subject.isTeam ? .teamTheyManage : .personTheyManage)
        if strictConflicts {
          throw .conflictOfInterest(
            engineer: engineer.id, component: outcome.component.id,
            detail: PayoutStep.conflictOfInterest(conflict).note(in: plan.currency)!)
        }
        guard !seen.contains(conflict) else { continue }
        seen.append(conflict)
        outcome.trace.append(.conflictOfInterest(conflict))
      }
    }
  }

  /// Whether `manager` manages the subject: the engineer's manager, or the manager of anyone
  /// on the team.
  func manages(_ manager: String, subject: String, isTeam: Bool, roster: Roster) -> Bool {
    if !isTeam { return roster[subject]?.managerID == manager }
    return roster.managesSomeone(manager, onTeam: subject)
      || (roster[manager]?.team == subject && roster[manager].map { $0.role != "ic" } == true)
  }
}
