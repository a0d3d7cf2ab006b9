import Foundation
import TestSupport
import Testing

@testable import IncentiveKit

/// `CostCoverage.findings` names each team missing months that other teams' rows have, in the order of the team's
/// first row, with its missing months in calendar order, whichever team or row brought a month in.
@Suite("Cost months missing")
struct CostCoverageTests {
  /// The findings of `costs` (a `costs.csv` body), as `line team: missing months / months in all`.
  static func missing(_ costs: String) throws -> [String] {
    let dataset = try TemporaryDataset([
      "roster.csv": "engineer_id,team,role,start_date,base_salary,target_bonus_pct\nE1,core,ic,2024-01-02,90000,10\n",
      "costs.csv": "team,month,actual,budget\n" + costs,
    ])
    var months = CostCoverage.Months()
    for cost in try Dataset(directory: dataset.path).load(CostEntry.self) { months.add(cost) }
    return CostCoverage.findings(months, file: "costs.csv").compactMap { finding in
      guard case .costMonthsMissing(_, let line, let team, let missing, let others) = finding else { return nil }
      return "\(line) \(team): \(missing.joined(separator: " ")) / \(others)"
    }
  }

  @Test(
    "each team's missing months, in calendar order",
    arguments: [
      // Every team has the same months: nothing is missing.
      (
        "core,2026-07,10,10\ncore,2026-08,10,10\nweb,2026-08,10,10\nweb,2026-07,10,10\n", [String]()
      ),
      // web lacks September, which only core has; core lacks nothing.
      (
        "core,2026-09,10,10\ncore,2026-07,10,10\nweb,2026-07,10,10\n", ["4 web: 2026-09 / 2"]
      ),
      // Each lacks what the other brought: core the months web has, in calendar order though web's rows are not.
      (
        "core,2026-08,10,10\nweb,2026-09,10,10\nweb,2026-07,10,10\nweb,2026-09,5,5\n",
        ["2 core: 2026-07 2026-09 / 3", "3 web: 2026-08 / 3"]
      ),
      // Rows of one month are one month: web has all three months core has, and ops's three rows are one month, so
      // it lacks two (counted as rows, they would cover the period).
      (
        "core,2026-07,1,1\ncore,2026-08,1,1\ncore,2026-09,1,1\nweb,2026-07,1,1\nweb,2026-08,1,1\nweb,2026-09,1,1\n"
          + "web,2026-09,2,2\nops,2026-09,1,1\nops,2026-09,1,1\nops,2026-09,3,3\n",
        ["9 ops: 2026-07 2026-08 / 3"]
      ),
    ])
  func missingMonths(costs: String, expected: [String]) throws {
    #expect(try Self.missing(costs) == expected)
  }
}
