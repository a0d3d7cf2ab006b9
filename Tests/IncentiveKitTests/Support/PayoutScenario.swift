import Foundation
import TestSupport

@testable import IncentiveKit

/// A tiny dataset and plan for one feature test, paid for 2026-Q3 (92 days of 365).
///
/// Every engineer earns 73,000 at 10 %, so each full-quarter target is
/// 7,300 × 92 / 365 = 1,840.00 exactly, and a payout is 1,840.00 × the multiplier.
struct PayoutScenario {
  var roster: [String]
  var components: String
  var planExtras: String = ""
  var files: [String: String] = [:]

  static let rosterHeader =
    "engineer_id,name,team,role,level,manager_id,start_date,end_date,exit_reason,base_salary,target_bonus_pct"

  /// A roster line for someone employed all quarter at 73,000 and 10 %.
  static func engineer(
    _ id: String, team: String, role: String = "ic", level: String = "L5", manager: String = "",
    end: String = "", exitReason: String = "", salary: String = "73000"
  ) -> String {
    "\(id),Name \(id),\(team),\(role),\(level),\(manager),2020-01-01,\(end),\(exitReason),\(salary),10"
  }

  var planText: String {
    """
    {"name": "Scenario", "version": "1", "rationale": "test", "period": "2026-Q3", "currency": "USD",
     "payout_cap": 2.0, "payout_floor": 0 \(planExtras.isEmpty ? "" : ", " + planExtras),
     "tracks": {"default": {"components": [\(components)]}}}
    """
  }

  func dataset() throws -> TemporaryDataset {
    var all = files
    all["roster.csv"] = ([Self.rosterHeader] + roster).joined(separator: "\n") + "\n"
    all["plan.json"] = planText
    return try TemporaryDataset(all)
  }

  func report(strict: Bool = false) throws -> PayoutReport {
    let folder = try dataset()
    return try PayoutRun(datasetPath: folder.path).payouts(strictConflicts: strict)
  }

  func metrics() throws -> ComputedMetrics {
    let folder = try dataset()
    return try PayoutRun(datasetPath: folder.path).metrics()
  }
}

extension PayoutReport {
  func engineer(_ id: String) -> EngineerPayout? { engineers.first { $0.engineer.id == id } }
}

extension EngineerPayout {
  /// Each component's multiplier as the JSON contract prints it (4 decimals).
  var componentMultipliers: [String] { components.map { $0.multiplier.formatted(decimals: 4) } }
  /// Each component's amount in cents.
  var componentCents: [Int64] { components.map(\.amount.minorUnits) }
  /// Every note of every component, in order.
  var notes: [String] { components.flatMap { notes(for: $0, in: Currency(code: "USD")!) } }
}
