extension DataFinding {
  /// Findings of one kind a paying command prints before it counts the rest in one line.
  static let warningLimit = 20

  /// The lines a paying command prints on stderr: every finding, except that past `limit` findings of one kind
  /// about single teams or people the rest are counted in one line that points to `audit data`, which lists every
  /// one. A 100,000-person org with 12,000 teams had hundreds of "no counted row for team" lines, which hid the
  /// few that matter and the run's own messages.
  static func warnings(_ findings: [DataFinding], limit: Int = warningLimit) -> [String] {
    var lines: [String] = []
    var shown: [String: Int] = [:]
    var more: [(kind: String, count: Int)] = []
    for finding in findings {
      if let kind = finding.repeatedKind {
        shown[kind, default: 0] += 1
        if shown[kind]! > limit {
          if let index = more.firstIndex(where: { $0.kind == kind }) { more[index].count += 1 } else { more.append((kind, 1)) }
          continue
        }
      }
      lines.append("warning: \(finding.message)\n")
    }
    for (kind, count) in more {
      lines.append("warning: \(count) more \(kind) not shown; `incentive audit data` lists every one\n")
    }
    return lines
  }

  /// What a finding that can repeat once per team or person is about, for the count of those not shown.
  private var repeatedKind: String? {
    switch self {
    case .teamWithoutRows: "teams paid on a component with no counted row"
    case .targetBonusFraction: "bonus targets under 1 %"
    case .salaryOutlier: "salaries far from their level's median"
    case .repeatedID: "repeated ids"
    case .rowsLeftOut, .aliasesMapped, .strayFile: nil
    }
  }
}
