/// A team paid on a team component whose source file has rows for other teams but none for it: most likely its
/// name is spelled differently in that export (or its rows went to another file), and its component falls back to
/// `on_missing` without a word.
enum TeamCoverage {
  static func findings(plan: Plan, roster: Roster, inputs: InputAccounting) -> [DataFinding] {
    var findings: [DataFinding] = []
    var seen = Set<String>()
    // Everyone on one team paid by one track asks the same questions, so each pair is asked once (marked by the
    // team's number in the roster and the track's place in the plan: no name is hashed per person), and which file
    // each team component of a track reads is found once per track: the findings and their order are those of asking
    // for every person, without a search of the files per person of a 100,000-person roster.
    let tracks = plan.tracks.count
    var asked = [Bool](repeating: false, count: roster.teamNames.count * tracks)
    var checksByTrack = [[Check]?](repeating: nil, count: tracks)
    // By position, each person read in place: a copy of an engineer retains a dozen strings.
    for position in roster.engineers.indices {
      guard let track = plan.trackIndex(for: roster.engineers[position].role) else { continue }
      let pair = roster.rosterTeamNumber(at: position) * tracks + track
      guard !asked[pair] else { continue }
      asked[pair] = true
      let team = roster.engineers[position].team
      let trackChecks = checksByTrack[track] ?? checks(of: plan.tracks[track], inputs)
      checksByTrack[track] = trackChecks
      for check in trackChecks where !check.hasRows(for: team) {
        let key = "\(check.file)\u{0}\(team)\u{0}\(check.component.id)"
        guard seen.insert(key).inserted else { continue }
        findings.append(
          .teamWithoutRows(
            file: check.file, team: team, component: check.component.id, metric: check.component.metric.name))
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

  /// A team component and a file it reads: a team without rows in the file is a finding. Holds the file's counted
  /// values alone (`FileAccounting.CountedValues`): a copy of the whole accounting retained a dozen tables, and the
  /// optimiser copied it for each team asked (37,000 times at 100,000 people). A class, so a check is asked in place.
  private final class Check {
    let component: Component
    /// The file as messages name it.
    let file: String
    private let counted: FileAccounting.CountedValues

    init(component: Component, file: FileAccounting) {
      self.component = component
      self.file = file.file
      counted = file.countedValues
    }

    /// Whether the file counted rows for `team`.
    func hasRows(for team: String) -> Bool { counted.contains(team) }
  }
}
