/// Roster values that are probably typed wrong though they parse: a bonus target written as a fraction or over the
/// whole base (a digit too many), a salary
/// far from its level's others (a missing or extra zero, another currency), a leaver of the period without an
/// exit reason, an exit reason without the day the person left (paid as still employed).
struct RosterPlausibility {
  /// How far (times above or below) a salary may be from its level's median before it is named.
  static let salaryFactor = 3
  /// Levels with no more people than this have no meaningful median.
  static let minimumPeers = 2

  let roster: Roster
  /// The period paid, for its leavers.
  let period: Period

  var findings: [DataFinding] {
    var findings: [DataFinding] = []
    for engineer in roster.engineers where engineer.exitReason == nil {
      guard let end = engineer.endDate, period.contains(end) else { continue }
      findings.append(
        .exitWithoutReason(file: roster.file, line: engineer.line, engineer: engineer.id, endDate: end.description))
    }
    for engineer in roster.engineers where engineer.endDate == nil {
      guard let reason = engineer.exitReason else { continue }
      findings.append(
        .exitReasonWithoutEnd(file: roster.file, line: engineer.line, engineer: engineer.id, reason: reason.rawValue))
    }
    for engineer in roster.engineers where engineer.targetBonusPercent > .zero && engineer.targetBonusPercent < FixedDecimal(1) {
      findings.append(
        .targetBonusFraction(
          file: roster.file, line: engineer.line, engineer: engineer.id, value: engineer.targetBonusPercent))
    }
    let wholeBase = FixedDecimal(100)
    // Only for people paid in the period: a leaver's old target moves nothing.
    for engineer in roster.engineers
    where engineer.targetBonusPercent > wholeBase
      && period.overlaps(Period(from: engineer.startDate, to: engineer.endDate ?? period.to))
    {
      findings.append(
        .targetBonusOverBase(
          file: roster.file, line: engineer.line, engineer: engineer.id, value: engineer.targetBonusPercent))
    }
    // Positions in the roster, not copies of each engineer: at 100,000 people a copy per person was 55 MB.
    var byLevel: [String: [Int]] = [:]
    for (index, engineer) in roster.engineers.enumerated() {
      if let level = engineer.level { byLevel[level, default: []].append(index) }
    }
    for level in byLevel.keys.sorted() {
      let people = byLevel[level]!.lazy.map { roster.engineers[$0] }
      guard people.count > Self.minimumPeers else { continue }
      // The lower middle of the level, the person included: sorted once, no division, so no rounding.
      let salaries = people.map(\.baseSalary).sorted()
      let median = salaries[(salaries.count - 1) / 2]
      let factor = FixedDecimal(Self.salaryFactor)
      for engineer in people where engineer.baseSalary * factor < median || engineer.baseSalary > median * factor {
        findings.append(
          .salaryOutlier(
            file: roster.file, line: engineer.line, engineer: engineer.id, level: level, value: engineer.baseSalary,
            median: median))
      }
    }
    return findings
  }
}
