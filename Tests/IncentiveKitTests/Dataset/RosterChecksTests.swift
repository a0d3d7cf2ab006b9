import Testing

@testable import IncentiveKit

/// A roster's own checks report the first mistake in a fixed order (repeated id, near-duplicate id, unknown
/// manager, management cycle), whatever the roster's size: a large roster runs the near-duplicate check on a thread
/// of its own, and must still report what a small one would.
@Suite("Roster checks in order, small and large")
struct RosterChecksTests {
  /// `count` people `E000000`… with no manager, on team `t`, with `edit` applied to the list.
  static func engineers(_ count: Int, _ edit: (inout [Engineer]) -> Void = { _ in }) -> [Engineer] {
    var engineers = (0..<count).map { index in
      Engineer(
        id: "E" + String(index).leftPadded(to: 6), name: nil, team: "t", role: "ic", level: nil, region: nil,
        timezone: nil, managerID: nil, startDate: CivilDate(year: 2020, month: 1, day: 1)!, endDate: nil,
        exitReason: nil, baseSalary: FixedDecimal(100_000), targetBonusPercent: FixedDecimal(10), currency: nil,
        line: index + 2)
    }
    edit(&engineers)
    return engineers
  }

  /// The reason of the error the roster refuses `engineers` with, nil when it takes them.
  static func refusal(_ engineers: [Engineer]) -> String? {
    do throws(InputError) {
      _ = try Roster(engineers: engineers, assignments: [])
      return nil
    } catch {
      guard case .inconsistent(_, let line, let reason) = error else { return "unexpected: \(error)" }
      return "line \(line): \(reason)"
    }
  }

  // Below and above `Roster.backgroundCheckSize`.
  static let sizes = [50, Roster.backgroundCheckSize + 5]

  @Test(arguments: sizes)
  func aNearDuplicateIdIsReportedBeforeAnUnknownManager(size: Int) {
    let engineers = Self.engineers(size) { list in
      // Line 4 manages through an id nobody has; line 12 is line 3's id in lower case.
      list[2].managerID = "NOBODY"
      list[10].id = "e000001"
    }
    #expect(
      Self.refusal(engineers)
        == "line 12: engineer_id \"e000001\" differs from \"E000001\" (line 3) only in case, spaces or width; "
        + "rows for one would be paid as the other")
  }

  @Test(arguments: sizes)
  func aRepeatedIdIsReportedBeforeANearDuplicate(size: Int) {
    let engineers = Self.engineers(size) { list in
      list[10].id = "e000001"
      // The last row repeats the first's id exactly.
      list[size - 1].id = "E000000"
    }
    #expect(Self.refusal(engineers) == "line \(size + 1): engineer_id \"E000000\" already appears on line 2")
  }

  @Test(arguments: sizes)
  func anUnknownManagerIsReportedBeforeACycle(size: Int) {
    let engineers = Self.engineers(size) { list in
      // Lines 6 and 7 manage each other; line 9's manager is nobody on the roster.
      list[4].managerID = "E000005"
      list[5].managerID = "E000004"
      list[7].managerID = "NOBODY"
    }
    #expect(Self.refusal(engineers) == "line 9: manager_id \"NOBODY\" is not an engineer_id in the roster")
  }

  @Test(arguments: sizes)
  func aNearDuplicateIdIsReportedBeforeACycle(size: Int) {
    let engineers = Self.engineers(size) { list in
      // Lines 6 and 7 manage each other; the last line is line 2's id with a trailing space.
      list[4].managerID = "E000005"
      list[5].managerID = "E000004"
      list[size - 1].id = "E000000 "
    }
    #expect(
      Self.refusal(engineers)
        == "line \(size + 1): engineer_id \"E000000 \" differs from \"E000000\" (line 2) only in case, spaces or "
        + "width; rows for one would be paid as the other")
  }

  @Test(arguments: sizes)
  func aCleanRosterIsTaken(size: Int) {
    #expect(Self.refusal(Self.engineers(size)) == nil)
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
