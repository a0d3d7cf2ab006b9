/// A team paid on a team component whose source file has rows for other teams but none for it: most likely its
/// name is spelled differently in that export (or its rows went to another file), and its component falls back to
/// `on_missing` without a word.
enum TeamCoverage {
  static func findings(plan: Plan, roster: Roster, inputs: InputAccounting) -> [DataFinding] {
    var findings: [DataFinding] = []
    var seen = Set<String>()
    // Everyone on one team paid by one track asks the same questions, so each pair is asked once, and which file
    // each team component of a track reads is found once per track (kept by the track's place in the plan): the
    // findings and their order are those of asking for every person, without a search of the files per person of a
    // 100,000-person roster.
    var asked = Set<TeamTrack>()
    var checksByTrack = [[Check]?](repeating: nil, count: plan.tracks.count)
    // A row with the previous row's team and track was asked already: rosters listed by team repeat the pair row
    // after row, and comparing it costs less than hashing it.
    var previous: TeamTrack?
    for engineer in roster.engineers {
      guard let track = plan.trackIndex(for: engineer.role) else { continue }
      let pair = TeamTrack(team: engineer.team, track: track)
      guard pair != previous else { continue }
      previous = pair
      guard asked.insert(pair).inserted else { continue }
      let trackChecks = checksByTrack[track] ?? checks(of: plan.tracks[track], inputs)
      checksByTrack[track] = trackChecks
      for check in trackChecks where !check.file.hasCountedRows(for: engineer.team) {
        let key = "\(check.file.file)\u{0}\(engineer.team)\u{0}\(check.component.id)"
        guard seen.insert(key).inserted else { continue }
        findings.append(
          .teamWithoutRows(
            file: check.file.file, team: engineer.team, component: check.component.id,
            metric: check.component.metric.name))
      }
    }
    return findings
  }

  /// Each team component of `track` with the file that counts rows by team which the metric it pays on is computed
  /// from, in plan order.
  private static func checks(of track: Track, _ inputs: InputAccounting) -> [Check] {
    var checks: [Check] = []
    for component in track.components where component.scope == .team {
      // The metric's first file is the one without which a team has no value; a later one only adds to it (a team
      // with no incident in the quarter still has a change failure rate, from its deployments).
      for source in (component.metric.definition?.sources ?? []).prefix(1) {
        guard case .dataset(let name, _) = source,
          let file = inputs.files.first(where: { $0.name.hasPrefix(name + ".") }),
          file.rosterColumn?.kind == .team, !file.countedByValue.isEmpty
        else { continue }
        checks.append(Check(component: component, file: file))
      }
    }
    return checks
  }

  /// A team and the place in the plan of the track that pays a person, the two things about a person the findings
  /// depend on (several roles may share a track: the `default` one).
  private struct TeamTrack: Hashable {
    var team: String
    var track: Int
  }

  /// A team component and a file it reads: a team without rows in the file is a finding. A class, so asking a check
  /// about a team reads its file's accounting in place (a copied accounting retains a dozen tables, and the
  /// optimiser copied it for each of 100,000 people asked).
  private final class Check {
    let component: Component
    let file: FileAccounting

    init(component: Component, file: FileAccounting) {
      self.component = component
      self.file = file
    }
  }
}
