import Foundation
import TestSupport
import Testing

@testable import IncentiveKit

/// `Dataset.groups` lists groups by their first line; groups that share one (every row of a one-line JSON file is on
/// line 1) by their key's bytes, never by the order of a hash table Swift seeds anew for every process.
@Suite("Dataset groups: in the order of their first line, then of their key")
struct DatasetGroupsTests {
  @Test("the rows of a one-line JSON file are grouped in key order, with their counts")
  func oneLineJSON() throws {
    let mentees = ["X6", "X1", "Y3", "X4", "A9", "X1", "Z2", "B5"]
    let rows = mentees.map {
      #"{"mentor_id": "E13", "mentee_id": "\#($0)", "event": "promoted", "date": "2026-08-15"}"#
    }
    let dataset = try TemporaryDataset([
      "roster.csv": "engineer_id,team,role,start_date,base_salary,target_bonus_pct\nE13,core,ic,2024-01-02,90000,10\n",
      "mentorship.json": "[" + rows.joined(separator: ", ") + "]\n",
    ])
    let grouped = try #require(
      try Dataset(directory: dataset.path).groups(MentorshipEvent.self) { (event: MentorshipEvent) in
        (key: event.menteeID, value: event.menteeID)
      })
    #expect(grouped.groups.map(\.value) == ["A9", "B5", "X1", "X4", "X6", "Y3", "Z2"])
    #expect(grouped.groups.map(\.rows.rows) == [1, 1, 2, 1, 1, 1, 1])
    #expect(grouped.groups.allSatisfy { $0.rows.firstLine == 1 })
  }
}
