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

  /// Lines 6 and 7 (`E000004` and `E000005`) manage each other: a management cycle.
  static func cycleOnLines6And7(_ list: inout [Engineer]) {
    list[4].managerID = "E000005"
    list[5].managerID = "E000004"
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

  /// Two mistakes in one roster, and the message of the one reported: the first in the checks' order.
  struct Case: Sendable, CustomTestStringConvertible {
    let testDescription: String
    /// Applied to a roster of `size` people.
    let edit: @Sendable (_ list: inout [Engineer], _ size: Int) -> Void
    let message: @Sendable (_ size: Int) -> String
  }

  static let nearDuplicateMessage =
    " only in case, spaces or width; rows for one would be paid as the other"

  static let cases = [
    Case(
      testDescription: "a near-duplicate id before an unknown manager",
      edit: { list, _ in
        // Line 4 manages through an id nobody has; line 12 is line 3's id in lower case.
        list[2].managerID = "NOBODY"
        list[10].id = "e000001"
      },
      message: { _ in "line 12: engineer_id \"e000001\" differs from \"E000001\" (line 3)" + nearDuplicateMessage }),
    Case(
      testDescription: "a repeated id before a near duplicate",
      edit: { list, size in
        list[10].id = "e000001"
        // The last row repeats the first's id exactly.
        list[size - 1].id = "E000000"
      },
      message: { size in "line \(size + 1): engineer_id \"E000000\" already appears on line 2" }),
    Case(
      testDescription: "an unknown manager before a cycle",
      edit: { list, _ in
        // Line 9's manager is nobody on the roster.
        cycleOnLines6And7(&list)
        list[7].managerID = "NOBODY"
      },
      message: { _ in "line 9: manager_id \"NOBODY\" is not an engineer_id in the roster" }),
    Case(
      testDescription: "a near-duplicate id before a cycle",
      edit: { list, size in
        // The last line is line 2's id with a trailing space.
        cycleOnLines6And7(&list)
        list[size - 1].id = "E000000 "
      },
      message: { size in
        "line \(size + 1): engineer_id \"E000000 \" differs from \"E000000\" (line 2)" + nearDuplicateMessage
      }),
  ]

  @Test(arguments: cases, sizes)
  func theFirstMistakeInTheChecksOrderIsReported(_ example: Case, size: Int) {
    let engineers = Self.engineers(size) { example.edit(&$0, size) }
    #expect(Self.refusal(engineers) == example.message(size))
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
