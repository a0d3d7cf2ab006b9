/// A team paid on a team component whose source file has rows for other teams but none for it: most likely its
/// name is spelled differently in that export (or its rows went to another file), and its component falls back to
/// `on_missing` without a word.
enum TeamCoverage {
  static func findings(plan: Plan, roster: Roster, inputs: InputAccounting) -> [DataFinding] {
    var findings: [DataFinding] = []
    var seen = Set<String>()
    // Everyone on one team with one role asks the same questions, so each pair is asked once: the findings and their
    // order are those of asking for every person, without a file search per person of a 100,000-person roster.
    var asked = Set<TeamRole>()
    for engineer in roster.engineers where asked.insert(TeamRole(team: engineer.team, role: engineer.role)).inserted {
      guard let track = plan.track(for: engineer.role) else { continue }
      for component in track.components where component.scope == .team {
        for source in component.metric.definition?.sources ?? [] {
          guard case .dataset(let name, _) = source, let file = inputs.files.first(where: { $0.name.hasPrefix(name + ".") }),
            file.rosterColumn?.kind == .team, !file.countedByValue.isEmpty,
            !file.hasCountedRows(for: engineer.team)
          else { continue }
          let key = "\(file.file)\u{0}\(engineer.team)\u{0}\(component.id)"
          guard seen.insert(key).inserted else { continue }
          findings.append(
            .teamWithoutRows(file: file.file, team: engineer.team, component: component.id, metric: component.metric.name))
        }
      }
    }
    return findings
  }

  /// A team and a role, the two things about a person the findings depend on.
  private struct TeamRole: Hashable {
    var team: String
    var role: String
  }
}
