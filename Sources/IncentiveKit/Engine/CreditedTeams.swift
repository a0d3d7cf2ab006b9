/// Which teams' results an engineer is paid on, and for how many days: the team segments of
/// their employed days, with moves inside the cooling-off window credited to the team they
/// left, so nobody can hop onto a team with great numbers just before the quarter closes.
struct CreditedTeams: Sendable, Equatable {
  struct Share: Sendable, Equatable {
    var team: String
    var days: Int
  }

  /// In segment order; consecutive shares of the same team are merged.
  var shares: [Share]
  /// Moves that were credited to the previous team: (date, new team, credited team).
  var cooledMoves: [(date: CivilDate, team: String, creditedTo: String)]

  static func == (lhs: CreditedTeams, rhs: CreditedTeams) -> Bool {
    lhs.shares == rhs.shares && lhs.cooledMoves.map(\.date) == rhs.cooledMoves.map(\.date)
  }

  init(segments: [TeamSegment], periodEnd: CivilDate, coolingOffDays: Int) {
    var shares: [Share] = []
    var cooled: [(CivilDate, String, String)] = []
    for segment in segments {
      var team = segment.team
      if let previous = shares.last, segment.days.from.distance(to: periodEnd) < coolingOffDays {
        cooled.append((segment.days.from, segment.team, previous.team))
        team = previous.team
      }
      if let last = shares.last, last.team == team {
        shares[shares.count - 1].days += segment.days.days
      } else {
        shares.append(Share(team: team, days: segment.days.days))
      }
    }
    self.shares = shares
    cooledMoves = cooled
  }

  /// The team with the most credited days (earliest on a tie): whose value a report shows.
  var principal: String {
    var best = shares[0]
    for share in shares.dropFirst() where share.days > best.days { best = share }
    return best.team
  }
}
