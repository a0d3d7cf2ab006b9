/// Roster values that are probably typed wrong though they parse: a bonus target written as a fraction or over the
/// whole base (a digit too many), a salary far from its level's others (a missing or extra zero, another currency), a
/// leaver of the period without an exit reason, an exit reason without the day the person left (paid as still
/// employed).
struct RosterPlausibility {
  /// How far (times above or below) a salary may be from its level's median before it is named.
  static let salaryFactor = 3
  /// Levels with no more people than this have no meaningful median.
  static let minimumPeers = 2

  let roster: Roster
  /// The period paid, for its leavers.
  let period: Period

  var findings: [DataFinding] {
    // One walk over the roster, the findings kept by kind so each kind is listed in roster order, kind after kind.
    var leaversWithoutReason: [DataFinding] = []
    var reasonsWithoutEnd: [DataFinding] = []
    var fractions: [DataFinding] = []
    var overBase: [DataFinding] = []
    let (one, wholeBase) = (FixedDecimal(1), FixedDecimal(100))
    for engineer in roster.engineers {
      let (file, line, id, target) = (roster.file, engineer.line, engineer.id, engineer.targetBonusPercent)
      switch (engineer.endDate, engineer.exitReason) {
      case (let end?, nil) where period.contains(end):
        leaversWithoutReason.append(.exitWithoutReason(file: file, line: line, engineer: id, endDate: end.description))
      case (nil, let reason?):
        reasonsWithoutEnd.append(.exitReasonWithoutEnd(file: file, line: line, engineer: id, reason: reason.rawValue))
      default: break
      }
      if target > .zero && target < one {
        fractions.append(.targetBonusFraction(file: file, line: line, engineer: id, value: target))
      }
      // Only for people paid in the period: a leaver's old target moves nothing.
      if target > wholeBase && engineer.employment(in: period) != nil {
        overBase.append(.targetBonusOverBase(file: file, line: line, engineer: id, value: target))
      }
    }
    var findings = leaversWithoutReason + reasonsWithoutEnd + fractions + overBase
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
