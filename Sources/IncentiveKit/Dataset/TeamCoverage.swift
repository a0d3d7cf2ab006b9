/// A team paid on a team component whose source file has rows for other teams but none for it: most likely its
/// name is spelled differently in that export (or its rows went to another file), and its component falls back to
/// `on_missing` without a word.
enum TeamCoverage {
  static func findings(plan: Plan, roster: Roster, inputs: InputAccounting) -> [DataFinding] {
    var findings: [DataFinding] = []
    var seen = Set<String>()
    for engineer in roster.engineers {
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
}
