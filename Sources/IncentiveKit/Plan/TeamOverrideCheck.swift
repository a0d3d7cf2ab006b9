import ArgumentParsing

/// A component's `team_overrides` are looked up by the roster team a person is paid under. A key that is no roster
/// team (the team in another case, an alias, a team since renamed) is never found, so that team is paid by the
/// component's own curve and weight, and nothing says so. Paying commands refuse the first such key; `validate
/// PLAN DATASET` lists them all.
enum TeamOverrideCheck {
  /// Every override key that is not a team of the roster, by its path in the plan, in plan order.
  static func problems(_ plan: Plan, rosterTeams: Roster.Teams) -> [(path: String, reason: String)] {
    var problems: [(path: String, reason: String)] = []
    let teams = rosterTeams.sortedInByteOrder()
    for track in plan.tracks {
      for (index, component) in track.components.enumerated() {
        let keys = component.teamOverrides.keys.sortedInByteOrder()
        for team in keys where !rosterTeams.contains(team) {
          let meant = plan.teamAliases[team] ?? EditDistance.suggestion(for: team, among: teams)
          problems.append(
            (
              "tracks.\(track.name).components[\(index)].team_overrides.\(team)",
              "\"\(team)\" is not a team of the roster, so its override would never apply"
                + (meant.map { "; did you mean \"\($0)\"?" } ?? "; remove it, or key it by a roster team")
            ))
        }
      }
    }
    return problems
  }
}
