/// Roster values that are probably typed wrong though they parse: a bonus target written as a fraction, a salary
/// far from its level's others (a missing or extra zero, another currency).
struct RosterPlausibility {
  /// How far (times above or below) a salary may be from its level's median before it is named.
  static let salaryFactor = 3
  /// Levels with fewer other people than this have no meaningful median.
  static let minimumPeers = 2

  let roster: Roster

  var findings: [DataFinding] {
    var findings: [DataFinding] = []
    for engineer in roster.engineers where engineer.targetBonusPercent > .zero && engineer.targetBonusPercent < FixedDecimal(1) {
      findings.append(
        .targetBonusFraction(
          file: roster.file, line: engineer.line, engineer: engineer.id, value: engineer.targetBonusPercent))
    }
    let byLevel = Dictionary(grouping: roster.engineers.filter { $0.level != nil }) { $0.level! }
    for level in byLevel.keys.sorted() {
      let people = byLevel[level]!
      for engineer in people {
        let others = people.filter { $0.id != engineer.id }.map(\.baseSalary).sorted()
        guard others.count >= Self.minimumPeers else { continue }
        // The lower middle of the others: no division, so no rounding.
        let median = others[(others.count - 1) / 2]
        let factor = FixedDecimal(Self.salaryFactor)
        if engineer.baseSalary * factor < median || engineer.baseSalary > median * factor {
          findings.append(
            .salaryOutlier(
              file: roster.file, line: engineer.line, engineer: engineer.id, level: level, value: engineer.baseSalary,
              median: median))
        }
      }
    }
    return findings
  }
}
