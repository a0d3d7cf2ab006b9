import Foundation
@_spi(Synthetic) import IncentiveKit

/// The people and teams of a synthetic dataset: teams of 4 to 12, each with a manager and a tech lead under one
/// director, some joiners and leavers inside the quarter and a few people who moved team during it.
///
/// Ids and team names are kept as bytes because every event row repeats them.
struct SyntheticOrg {
  struct Person {
    var id: [UInt8]
    var team: Int
    var role: Role
    var managerIndex: Int?
    var start: CivilDate
    var end: CivilDate?
    /// Team before a move inside the quarter, and the first day on the new team.
    var move: (from: Int, on: CivilDate)?
  }

  enum Role {
    case director, manager, techLead, ic

    /// The roster's `role` cell, which names the plan track.
    var spelling: StaticString {
      switch self {
      case .director: "director"
      case .manager: "manager"
      case .techLead: "tech_lead"
      case .ic: "ic"
      }
    }

    var level: StaticString {
      switch self {
      case .director: "D1"
      case .manager: "M1"
      case .techLead: "L6"
      case .ic: "L4"
      }
    }
  }

  var people: [Person] = []
  var teams: [[UInt8]] = []
  /// Indices into `people`, per team.
  var members: [[Int]] = []

  init(engineers: Int, period: Period, random: inout SeededGenerator) {
    var sizes: [Int] = []
    var left = max(engineers - 1, 1)
    while left > 0 {
      // 13 to 15 left split in two, so no team ends up under 4 or over 12.
      let size = left <= 12 ? left : left < 16 ? left / 2 : random.int(4...12)
      sizes.append(size)
      left -= size
    }
    teams = sizes.indices.map { Array("team-\(String(format: "%03d", $0))".utf8) }
    members = Array(repeating: [], count: sizes.count)
    let longAgo = CivilDate(year: 2018, month: 1, day: 1)!
    let hiredBy = period.from.advanced(by: -60)
    func hire(team: Int, role: Role, manager: Int?) {
      let index = people.count
      var person = Person(
        id: Array("E\(String(format: "%06d", index))".utf8), team: team, role: role, managerIndex: manager,
        start: longAgo.advanced(by: random.int(0...longAgo.distance(to: hiredBy))))
      if role == .ic {
        if random.chance(6) { person.start = period.from.advanced(by: random.int(1...(period.days - 1))) }
        if person.start < period.from, random.chance(5) {
          person.end = period.from.advanced(by: random.int(0...(period.days - 2)))
        }
        if sizes.count > 1, person.end == nil, person.start < period.from, random.chance(3) {
          let from = (team + random.int(1...(sizes.count - 1))) % sizes.count
          person.move = (from, period.from.advanced(by: random.int(10...(period.days - 10))))
        }
      }
      people.append(person)
      members[team].append(index)
    }
    hire(team: 0, role: .director, manager: nil)
    for (team, size) in sizes.enumerated() {
      let manager = people.count
      hire(team: team, role: .manager, manager: 0)
      if size >= 2 { hire(team: team, role: .techLead, manager: manager) }
      for _ in 0..<max(size - 2, 0) { hire(team: team, role: .ic, manager: manager) }
    }
  }
}
