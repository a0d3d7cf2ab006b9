/// The people of a dataset and their team history: who was on which team on which day.
/// Small (grows with people, not events), so it is loaded whole before events stream.
struct Roster: Sendable {
  /// In file order.
  let engineers: [Engineer]
  /// The roster file as messages name it (`exports/roster.csv`, or `.json`).
  let file: String
  /// Where each row of the roster and assignments files went, when the roster was read from a dataset
  /// (`Dataset.roster()`): the metrics' row accounting takes it from here instead of reading the files again.
  var files: InputAccounting?
  /// Where each of the roster's columns is in a CSV roster file, numbered from 1, read from its header the first
  /// time a problem asks (`Dataset.roster()`): a cell found wrong after the roster was read (a salary finer than the
  /// person's currency, a currency that is no ISO 4217 code) names its column as one found while reading does, and a
  /// run with no such problem reads nothing more. Empty for a JSON roster, or one made in code.
  var columnNumbers = OnDemand<[String: Int]> { [:] }

  /// The number of the roster file's column `name`, when the file is CSV and has it.
  func columnNumber(of name: String) -> Int? { columnNumbers.value[name] }
  /// Everyone's position in `engineers` by id, and id by position: the index the run's per-person tables share.
  let people: PersonIndex
  /// Each person's manager by position in `engineers`, -1 at the top: the walks up the management chain (org
  /// health, retention, the roster checks) follow positions instead of looking each manager up by id, a `String`
  /// hash per step for 100,000 people.
  private let managerPositions: [Int32]
  /// Each person's assignments, latest `from` first.
  private let assignments: [String: [Assignment]]
  /// By position in `engineers`: whether the person has assignment rows (a few do), so the team of everyone else is
  /// their roster team with no look-up.
  private let hasAssignments: [Bool]
  /// Per roster team, the manager_id of everyone on it: answers "does X manage someone on team
  /// T?" without a walk over the roster per question. Made at the first such question (a conflict-of-interest check,
  /// which only runs when metrics.csv names reporters): at 100,000 people it was 200,000 hashes on the thread the
  /// run waits for while the roster is read, for a question most runs never ask.
  private let managersByTeam: OnDemand<[String: Set<String>]>
  /// Assignments to a team resembling a roster team, with it (`nearTeams`), and the file they are in.
  private let nearTeamAssignments: [(Assignment, String)]
  private let assignmentsFile: String
  /// Every team that appears in the roster or the assignments, made once (the aliases, the metrics files and the row
  /// accounting each ask, and at 100,000 people each set built for them took 30 ms): the keys of their numbers, so
  /// the teams are not held twice.
  var teams: Teams { teamNumbers.keys }
  /// A set of team names, answering `contains` by hash: what `teams` is.
  typealias Teams = Dictionary<String, Int>.Keys
  /// The same teams numbered: the roster's in the order of their first row, then the assignments' others. A walk
  /// over the roster that tallies per team (retention, the teams under each leader) keeps its tallies in an array
  /// by number rather than hashing each person's team name (at 100,000 people, 200,000 hashes on the metrics'
  /// finish). Names equal as `String`s (canonical equivalents) share a number, as they share a `Set` member.
  let teamNames: [String]
  private let teamNumbers: [String: Int]
  /// By position in `engineers`: the number of the person's roster team.
  private let rosterTeamNumbers: [Int32]

  init(
    engineers: [Engineer], assignments: [Assignment], file: String = "roster.csv",
    assignmentsFile: String = "assignments.csv"
  ) throws(InputError) {
    // The near-duplicate check only reads the engineers: on a large roster it runs on a thread of its own while this
    // one indexes them and checks their managers (at 100,000 people it was 40 ms of the roster's 150 on the thread
    // everything waits for). Errors still come in the order the checks are listed here.
    let nearDuplicates = BackgroundWork<Result<Void, InputError>, Never>.started(
      inBackground: engineers.count >= Self.backgroundCheckSize
    ) {
      Result { () throws(InputError) in try Self.rejectNearDuplicates(engineers, file: file) }
    }
    // The event readers' interner of the ids (`PersonIndex.interner()`), made on a thread of its own while this one
    // indexes and checks the roster: at 100,000 people it was 16 ms on the thread the run waits for, before the
    // event files could be read.
    let interned = BackgroundWork.started(inBackground: engineers.count >= Self.backgroundCheckSize) {
      PersonIndex.interning(engineers.map(\.id))
    }
    var byID: [String: Int] = [:]
    byID.reserveCapacity(engineers.count)
    // One hash per person: the insert hands back an earlier row of the id.
    for (index, engineer) in engineers.enumerated() {
      if let previous = byID.updateValue(index, forKey: engineer.id) {
        throw .inconsistent(
          file: file, line: engineer.line,
          reason: "engineer_id \"\(engineer.id)\" already appears on line \(engineers[previous].line)")
      }
    }
    let managers = Result { [byID] () throws(InputError) -> [Int32] in
      var positions = [Int32](repeating: -1, count: engineers.count)
      for (index, engineer) in engineers.enumerated() {
        guard let manager = engineer.managerID else { continue }
        guard let position = byID[manager] else {
          throw .inconsistent(
            file: file, line: engineer.line, reason: "manager_id \"\(manager)\" is not an engineer_id in the roster")
        }
        positions[index] = Int32(position)
      }
      try Self.rejectManagementCycles(engineers, managers: positions, file: file)
      return positions
    }
    try nearDuplicates().get()
    managerPositions = try managers.get()
    var history: [String: [Assignment]] = [:]
    for assignment in assignments {
      guard byID[assignment.engineerID] != nil else {
        throw .inconsistent(
          file: assignmentsFile, line: assignment.line,
          reason: "engineer_id \"\(assignment.engineerID)\" is not in the roster")
      }
      history[assignment.engineerID, default: []].append(assignment)
    }
    self.engineers = engineers
    self.file = file
    people = PersonIndex(ids: engineers.map(\.id), positions: byID, interned: interned)
    let sortedHistory = history.mapValues { $0.sorted { ($0.from, $0.line) > ($1.from, $1.line) } }
    // Two rows starting the same day on different teams leave the team of that day to row order ("the latest from
    // wins" has no winner): pay moved with the order of the file, with no word. Named at the later row, the first
    // such in the file whatever order the people are visited in. A repeated row (same team) changes nothing.
    var tie: (later: Assignment, earlier: Assignment)?
    for list in sortedHistory.values {
      for (later, earlier) in zip(list, list.dropFirst()) where later.from == earlier.from && later.team != earlier.team
      {
        if tie == nil || later.line < tie!.later.line { tie = (later, earlier) }
      }
    }
    if let (later, earlier) = tie {
      throw .inconsistent(
        file: assignmentsFile, line: later.line,
        reason: "a second assignment of \(later.engineerID) starting \(later.from) (first on line \(earlier.line)); "
          + "a person is on one team a day, so keep one row, or start the other on another day")
    }
    self.assignments = sortedHistory
    // Set from the few people with assignments, not asked of everyone: a look-up by id per person.
    var hasAssignments = [Bool](repeating: false, count: engineers.count)
    for id in history.keys { hasAssignments[byID[id]!] = true }
    self.hasAssignments = hasAssignments
    managersByTeam = OnDemand {
      var managersByTeam: [String: Set<String>] = [:]
      for engineer in engineers {
        if let manager = engineer.managerID { managersByTeam[engineer.team, default: []].insert(manager) }
      }
      return managersByTeam
    }
    // One hash per person, as the set of teams made before took, and one more per team.
    var teamNumbers: [String: Int] = [:]
    var teamNames: [String] = []
    var rosterTeamNumbers: [Int32] = []
    rosterTeamNumbers.reserveCapacity(engineers.count)
    for engineer in engineers {
      if let number = teamNumbers[engineer.team] {
        rosterTeamNumbers.append(Int32(number))
      } else {
        teamNumbers[engineer.team] = teamNames.count
        rosterTeamNumbers.append(Int32(teamNames.count))
        teamNames.append(engineer.team)
      }
    }
    // The roster file's teams alone, before the assignments' are numbered.
    nearTeamAssignments = Self.nearTeams(assignments, rosterTeams: teamNumbers.keys)
    self.assignmentsFile = assignmentsFile
    for assignment in assignments where teamNumbers[assignment.team] == nil {
      teamNumbers[assignment.team] = teamNames.count
      teamNames.append(assignment.team)
    }
    self.rosterTeamNumbers = rosterTeamNumbers
    self.teamNames = teamNames
    self.teamNumbers = teamNumbers
  }

  /// Assignments, in file order, to a team the roster file does not name but resembles (`Mobile` for `mobile`: case,
  /// spaces or width, `RosterNames.fold`), with the roster team: `rejectNearTeams(in:)` refuses those of a period
  /// paid. A team no roster row resembles may be one since dissolved.
  static func nearTeams(_ assignments: [Assignment], rosterTeams: Teams) -> [(Assignment, String)] {
    let strangers = assignments.filter { !rosterTeams.contains($0.team) }
    guard !strangers.isEmpty else { return [] }
    var folded: [String: String] = [:]
    for team in rosterTeams.sorted() where folded[RosterNames.fold(team)] == nil {
      folded[RosterNames.fold(team)] = team
    }
    return strangers.compactMap { assignment in folded[RosterNames.fold(assignment.team)].map { (assignment, $0) } }
  }

  /// An assignment of `period` to a team that resembles a roster team is an error at its line, as such a value is
  /// in every other file: it made a team of one and paid its person on it, without a word. One that ended before
  /// the period moves no money, and an old spelling in a person's history does not stop a run.
  func rejectNearTeams(in period: Period) throws(InputError) {
    for (assignment, match) in nearTeamAssignments
    where assignment.from <= period.to && (assignment.to.map { $0 >= period.from } ?? true) {
      throw .inconsistent(
        file: assignmentsFile, line: assignment.line,
        reason: "team \"\(assignment.team)\" is no team of the roster but looks like \"\(match)\" (differs in case, "
          + "spaces or width); write it as the roster does")
    }
  }

  /// Rosters this large have their near-duplicate check on a thread of its own; a smaller one is checked in line,
  /// where a thread would cost more than it saves.
  static let backgroundCheckSize = 10_000

  /// Whether `managerID` is the manager_id of anyone whose roster team is `team`.
  func managesSomeone(_ managerID: String, onTeam team: String) -> Bool {
    managersByTeam.value[team]?.contains(managerID) == true
  }

  /// A chain of manager_id links that comes back to where it started (A → B → A) has no top:
  /// retention and org-wide health would count people under themselves. Named at the first
  /// roster line on the cycle, with the whole chain.
  private static func rejectManagementCycles(
    _ engineers: [Engineer], managers: [Int32], file: String
  ) throws(InputError) {
    // 0 unvisited, 1 on the current chain, 2 known to reach the top.
    var state = [UInt8](repeating: 0, count: engineers.count)
    // One chain reused: a new array per person was 100,000 allocations for a 100,000-person roster.
    var chain: [Int] = []
    for start in engineers.indices where state[start] == 0 {
      chain.removeAll(keepingCapacity: true)
      var current: Int? = start
      while let index = current, state[index] == 0 {
        state[index] = 1
        chain.append(index)
        current = managers[index] < 0 ? nil : Int(managers[index])
      }
      if let index = current, state[index] == 1, let loopStart = chain.firstIndex(of: index) {
        let loop = chain[loopStart...]
        let first = loop.min { engineers[$0].line < engineers[$1].line }!
        let names = loop.map { engineers[$0].id } + [engineers[index].id]
        throw .inconsistent(
          file: file, line: engineers[first].line,
          reason: "manager_id forms a cycle (\(names.joined(separator: " → "))); someone on it must report outside it")
      }
      for index in chain { state[index] = 2 }
    }
  }

  subscript(id: String) -> Engineer? { people.position(of: id).map { engineers[$0] } }

  /// Whether `id` is an engineer_id of the roster, asked without copying the person out.
  func contains(id: String) -> Bool { people.position(of: id) != nil }

  /// The position in `engineers` of the manager of the person at `position`; nil for someone at the top.
  func manager(of position: Int) -> Int? {
    let manager = managerPositions[position]
    return manager < 0 ? nil : Int(manager)
  }

  /// `team(of:on:)` for the person at `position` in `engineers`: no look-up at all for someone without assignments.
  func team(at position: Int, on day: CivilDate) -> String {
    let engineer = engineers[position]
    guard hasAssignments[position] else { return engineer.team }
    return team(of: engineer, on: day)
  }

  /// `team(at:on:)` with its number in `teamNames`: the roster team's number with no look-up for someone without
  /// assignments, an assignment's team looked up by name.
  func numberedTeam(at position: Int, on day: CivilDate) -> (name: String, number: Int) {
    guard hasAssignments[position] else { return (engineers[position].team, rosterTeamNumber(at: position)) }
    let name = team(of: engineers[position], on: day)
    // Every assignment's team and every roster team was numbered when the roster was made.
    return (name, teamNumber(of: name)!)
  }

  /// The number in `teamNames` of the roster team (the `team` column) of the person at `position` in `engineers`.
  func rosterTeamNumber(at position: Int) -> Int { Int(rosterTeamNumbers[position]) }

  /// The number in `teamNames` of `team`, nil for a team neither the roster nor the assignments name.
  func teamNumber(of team: String) -> Int? { teamNumbers[team] }

  /// The team `engineerID` was on during `day`: the covering assignment with the latest
  /// `from`, else the roster team.
  func team(of engineerID: String, on day: CivilDate) -> String? {
    assignedTeam(of: engineerID, on: day) ?? self[engineerID]?.team
  }

  /// `team(of:on:)` for someone on the roster already in hand: their roster team without looking them up by id
  /// (and copying them), which paying and the metrics finish did once or twice per person.
  func team(of engineer: Engineer, on day: CivilDate) -> String {
    assignedTeam(of: engineer.id, on: day) ?? engineer.team
  }

  /// The team of the covering assignment with the latest `from`, if any covers `day`.
  private func assignedTeam(of engineerID: String, on day: CivilDate) -> String? {
    assignments[engineerID]?.first(where: { $0.covers(day) })?.team
  }

  /// Consecutive runs of days in `span` on one team, in date order.
  ///
  /// The team can only change where an assignment starts or the day after one ends, so the
  /// span is cut at those days and each piece is looked up once: the work grows with the
  /// person's assignment rows, not with the days of the period.
  func teamSegments(of engineerID: String, in span: Period) -> [TeamSegment] {
    Self.segments(history: assignments[engineerID], rosterTeam: self[engineerID]?.team ?? "", in: span)
  }

  /// `teamSegments(of:in:)` for the person at `position` in `engineers`: no look-up at all for someone without
  /// assignments.
  func teamSegments(at position: Int, in span: Period) -> [TeamSegment] {
    let engineer = engineers[position]
    let history = hasAssignments[position] ? assignments[engineer.id] : nil
    return Self.segments(history: history, rosterTeam: engineer.team, in: span)
  }

  /// The segments of `span` under `history` (latest `from` first), days no assignment covers on `rosterTeam`.
  private static func segments(history: [Assignment]?, rosterTeam: String, in span: Period) -> [TeamSegment] {
    guard span.from <= span.to else { return [] }
    // Someone without assignments (almost everyone) is one segment on their roster team, with no days to cut.
    guard let history else { return [TeamSegment(team: rosterTeam, days: span)] }
    var starts = [span.from]
    for assignment in history {
      if assignment.from > span.from && assignment.from <= span.to { starts.append(assignment.from) }
      if let to = assignment.to, to >= span.from && to < span.to { starts.append(to.advanced(by: 1)) }
    }
    starts.sort()
    var segments: [TeamSegment] = []
    for (index, start) in starts.enumerated() where index == 0 || start != starts[index - 1] {
      let end = starts[(index + 1)...].first { $0 != start }.map { $0.advanced(by: -1) } ?? span.to
      let team = history.first(where: { $0.covers(start) })?.team ?? rosterTeam
      if let last = segments.last, last.team == team {
        segments[segments.count - 1].days.to = end
      } else {
        segments.append(TeamSegment(team: team, days: Period(from: start, to: end)))
      }
    }
    return segments
  }
}

/// A run of days on one team.
struct TeamSegment: Sendable, Equatable {
  var team: String
  var days: Period
}
