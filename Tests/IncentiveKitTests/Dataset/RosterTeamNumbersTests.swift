import Foundation
import TestSupport
import Testing

@testable import IncentiveKit

/// The roster numbers its teams so the walks over it (retention, the teams under each leader) tally per team in
/// arrays: a number must name exactly the team a `String` key would, on the day asked.
@Suite("Roster: teams numbered in order of their first row")
struct RosterTeamNumbersTests {
  static let day = CivilDate(year: 2026, month: 8, day: 1)!

  /// E3's team is written `Caf\u{E9}` (precomposed) and E4's `Cafe\u{301}` (combining accent): equal as `String`s,
  /// so one team with one number, named as its first row writes it. E2 is on `mobile` from July by assignment, a
  /// team no roster row names, numbered after the roster's.
  static func roster() throws -> Roster {
    let dataset = try TemporaryDataset([
      "roster.csv": """
      engineer_id,name,team,role,level,region,timezone,manager_id,start_date,end_date,exit_reason,base_salary,target_bonus_pct,currency
      E1,Ann,web,ic,L3,eu,UTC,,2020-01-01,,,100000,10,USD
      E2,Bo,api,ic,L3,eu,UTC,,2020-01-01,,,100000,10,USD
      E3,Cy,Caf\u{E9},ic,L3,eu,UTC,,2020-01-01,,,100000,10,USD
      E4,Di,Cafe\u{301},ic,L3,eu,UTC,,2020-01-01,,,100000,10,USD
      E5,Ed,web,ic,L3,eu,UTC,,2020-01-01,,,100000,10,USD

      """,
      "assignments.csv": "engineer_id,team,from,to\nE2,mobile,2026-07-01,\n",
    ])
    let data = try Dataset(directory: dataset.path)
    return try Roster(engineers: try data.load(Engineer.self), assignments: try data.load(Assignment.self))
  }

  @Test func numbersFollowFirstRowsThenAssignments() throws {
    let roster = try Self.roster()
    #expect(roster.teamNames == ["web", "api", "Caf\u{E9}", "mobile"])
    #expect(roster.teamNames[2].utf8.count == 5, "the first row's spelling, precomposed")
    #expect(Set(roster.teams) == Set(["web", "api", "Caf\u{E9}", "mobile"]))
  }

  /// (position, expected name bytes as the person's own row or assignment writes it, expected number).
  static let people: [(Int, String, Int)] = [
    (0, "web", 0), (1, "mobile", 3), (2, "Caf\u{E9}", 2), (3, "Cafe\u{301}", 2), (4, "web", 0),
  ]

  @Test(arguments: people)
  func numberedTeam(position: Int, name: String, number: Int) throws {
    let team = try Self.roster().numberedTeam(at: position, on: Self.day)
    #expect(Array(team.name.utf8) == Array(name.utf8))
    #expect(team.number == number)
  }

  @Test func numberOfAName() throws {
    let roster = try Self.roster()
    #expect(roster.teamNumber(of: "api") == 1)
    #expect(roster.teamNumber(of: "Cafe\u{301}") == 2)
    #expect(roster.teamNumber(of: "mobile") == 3)
    #expect(roster.teamNumber(of: "Web") == nil)
  }

  /// Retention counts teams by number but keys each by the spelling its first counted person is on, as a table keyed
  /// by name per person did: E1 writes the team precomposed and comes first, but joins after the quarter starts, so
  /// the first counted is E2, whose row writes it with a combining accent. Headcount 2 (E2, E3), no exits.
  @Test func retentionKeysATeamByItsFirstCountedSpelling() throws {
    let dataset = try TemporaryDataset([
      "roster.csv": """
      engineer_id,name,team,role,level,region,timezone,manager_id,start_date,end_date,exit_reason,base_salary,target_bonus_pct,currency
      E1,Ann,Caf\u{E9},ic,L3,eu,UTC,,2026-08-15,,,100000,10,USD
      E2,Bo,Cafe\u{301},ic,L3,eu,UTC,,2020-01-01,,,100000,10,USD
      E3,Cy,Caf\u{E9},ic,L3,eu,UTC,,2020-01-01,,,100000,10,USD

      """
    ])
    let data = try Dataset(directory: dataset.path)
    let roster = try Roster(engineers: try data.load(Engineer.self), assignments: [])
    let quarter = Period(from: CivilDate(year: 2026, month: 7, day: 1)!, to: CivilDate(year: 2026, month: 9, day: 30)!)
    let teams = RetentionRate(roster: roster, period: quarter).counts().teams
    #expect(teams.count == 1)
    #expect(teams.keys.map { Array($0.utf8) } == [Array("Cafe\u{301}".utf8)])
    #expect(teams["Caf\u{E9}"]?.headcount == 2 && teams["Caf\u{E9}"]?.exits == 0)
  }

  /// Before the assignment starts E2 is on the roster team, by number too.
  @Test func beforeTheAssignment() throws {
    let team = try Self.roster().numberedTeam(at: 1, on: CivilDate(year: 2026, month: 6, day: 30)!)
    #expect(team.name == "api" && team.number == 1)
  }
}
