/// Roster values that are probably typed wrong though they parse: a bonus target written as a fraction or over the
/// whole base (a digit too many), a salary or a bonus target far from its level's others (a missing or extra zero,
/// another currency, a slipped decimal point), a leaver of the period without an exit reason, an exit reason without
/// the day the person left (paid as still employed), a manager_id naming an individual contributor.
struct RosterPlausibility {
  /// How far (times above or below) a salary or a bonus target may be from its level's median before it is named.
  static let levelFactor = 3
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
    var managersWhoAreICs: [DataFinding] = []
    var samePeople: [DataFinding] = []
    var firstRows = FirstRows(capacity: roster.engineers.count)
    var byLevel: [String: Level] = [:]
    let (one, wholeBase) = (FixedDecimal(1), FixedDecimal(100))
    for (index, engineer) in roster.engineers.enumerated() {
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
      // The rest only for people paid in the period: a leaver's old target, manager or record moves nothing.
      let isPaid = engineer.employment(in: period) != nil
      if let level = engineer.level {
        // A target of 0 says "no bonus" on purpose; those under 1 % or over 100 % are named already, as what they
        // most likely are.
        byLevel[level, default: Level()].add(index, targetCompared: isPaid && target >= one && target <= wholeBase)
      }
      guard isPaid else { continue }
      if target > wholeBase {
        overBase.append(.targetBonusOverBase(file: file, line: line, engineer: id, value: target))
      }
      if let position = roster.manager(of: index), case let manager = roster.engineers[position], manager.role == "ic" {
        managersWhoAreICs.append(
          .managerIsIC(file: file, line: line, engineer: id, manager: manager.id, managerLine: manager.line))
      }
      if let earlier = firstRows.earlierRow(of: engineer, at: index) {
        let other = roster.engineers[earlier]
        samePeople.append(
          .samePerson(file: file, line: line, engineer: id, other: other.id, otherLine: other.line))
      }
    }
    return leaversWithoutReason + reasonsWithoutEnd + fractions + overBase + levelOutliers(byLevel)
      + managersWhoAreICs + samePeople + teamsNamedTotal
  }

  /// One level's people, by position in the roster (not copies: at 100,000 people a copy per person was 55 MB):
  /// everyone, for the salaries, and those whose bonus target is compared with the others'.
  private struct Level {
    var people: [Int] = []
    /// Paid in the period, with a target from 1 % to 100 %.
    var targetsCompared: [Int] = []

    mutating func add(_ position: Int, targetCompared: Bool) {
      people.append(position)
      if targetCompared { targetsCompared.append(position) }
    }
  }

  /// Salaries and bonus targets far from their level's, level by level: the salaries of each level, then its targets.
  private func levelOutliers(_ byLevel: [String: Level]) -> [DataFinding] {
    var salaries: [DataFinding] = []
    var targets: [DataFinding] = []
    let factor = FixedDecimal(Self.levelFactor)
    // By position in the roster throughout: a person's fields are read where they lie, not from a copy of the person
    // (each copy retains a dozen strings; at 100,000 people the copies were most of this check's time).
    let engineers = roster.engineers
    for (level, group) in byLevel.sorted(by: { $0.key < $1.key }) {
      let (people, compared) = (group.people, group.targetsCompared)
      if people.count > Self.minimumPeers {
        // The lower middle of the level, the person included: no division, so no rounding.
        let median = Self.lowerMiddle(of: people.map { engineers[$0].baseSalary })
        for index in people where PeerMiddles.isFar(engineers[index].baseSalary, from: median, factor: factor) {
          salaries.append(
            .salaryOutlier(
              file: roster.file, line: engineers[index].line, engineer: engineers[index].id, level: level,
              value: engineers[index].baseSalary, median: median))
        }
      }
      // Targets of one level are usually the same, so two people are enough to compare, each against the others'
      // median (one slipped decimal point between two people names both: which one is wrong is the reader's call).
      guard compared.count >= 2 else { continue }
      // Nobody can be three times off the others' middles when the level's highest target is within three times its
      // lowest (one target per level, the usual case, included): the sort is then skipped.
      let lowest = compared.lazy.map { engineers[$0].targetBonusPercent }.min()!
      let highest = compared.lazy.map { engineers[$0].targetBonusPercent }.max()!
      guard highest > lowest * factor else { continue }
      let percents = compared.map { engineers[$0].targetBonusPercent }.sorted()
      for index in compared {
        let value = engineers[index].targetBonusPercent
        // Below both middles of the others, or above both: with an even count of others, one middle is not enough
        // (12.5 beside 3.125 and 12.5 is not far from the others).
        let middles = PeerMiddles.of(percents, without: value)
        guard let median = PeerMiddles.farFrom(value, middles: middles, factor: factor) else { continue }
        targets.append(
          .targetBonusOutlier(
            file: roster.file, line: engineers[index].line, engineer: engineers[index].id, level: level, value: value,
            median: median))
      }
    }
    return salaries + targets
  }

  /// What `salaries.sorted()[(count - 1) / 2]` is, found by selection rather than a sort (a level of 100,000 people
  /// sorted was a tenth of this check's time), and written as that element is: of equal salaries written with more
  /// or fewer decimals (`90000`, `90000.00`), the sort keeps roster order, so the one its position falls on is
  /// picked the same way here.
  static func lowerMiddle(of salaries: [FixedDecimal]) -> FixedDecimal {
    var selected = salaries
    let middle = (salaries.count - 1) / 2
    let value = selected.withUnsafeMutableBufferPointer { buffer in
      Median.select(buffer, middle)
      return buffer[middle]
    }
    // The sorted position among the values equal to `value`, then the salary at that place in roster order.
    var equalsBefore = middle - salaries.lazy.filter { $0 < value }.count
    for salary in salaries where salary == value {
      if equalsBefore == 0 { return salary }
      equalsBefore -= 1
    }
    preconditionFailure("selection returns one of the values")
  }

  /// Teams named as reports name their total row (`TOTAL` in a table, `Total` in Markdown and HTML), at their first
  /// roster row: the team's row reads as a second total above the real one (the second audit's spoof).
  private var teamsNamedTotal: [DataFinding] {
    // Each team's name folded once (12,000 teams at 100,000 people), and rows looked at only for such a team.
    let named = roster.teams.filter { RosterNames.fold($0) == "total" }
    guard !named.isEmpty else { return [] }
    var seen = Set<String>()
    return roster.engineers.compactMap { engineer -> DataFinding? in
      guard named.contains(engineer.team), seen.insert(engineer.team).inserted else { return nil }
      return .teamNamedTotal(file: roster.file, line: engineer.line, team: engineer.team)
    }
  }

  /// The first row of each name and start date, to find a row of the period whose name and start date are an earlier
  /// row's under another id: one person on two rows (an HR system's duplicate record), paid twice.
  private struct FirstRows {
    /// A name as written and a start date: a key with no `String` made per person (folding each name and joining it
    /// with its date cost 7,000 instructions a person at 100,000 people). A duplicated record repeats its name as is.
    struct Person: Hashable {
      var name: String
      var start: CivilDate
    }
    /// The first row of each person, by position in the roster.
    private var first: [Person: Int] = [:]

    init(capacity: Int) { first.reserveCapacity(capacity) }

    /// The position of an earlier row with `engineer`'s name and start date, if any; else `engineer`'s own, at
    /// `index`, is remembered.
    mutating func earlierRow(of engineer: Engineer, at index: Int) -> Int? {
      guard let name = engineer.name else { return nil }
      // One hash of the key: its slot found, or made holding `index`, in a single look-up.
      return Self.remember(index, in: &first[Person(name: name, start: engineer.startDate), default: index])
    }

    /// The row `slot` held before, unless it was just made holding `index`.
    private static func remember(_ index: Int, in slot: inout Int) -> Int? {
      slot == index ? nil : slot
    }
  }
}
