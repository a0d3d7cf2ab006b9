import Foundation
import TestSupport
import Testing

@_spi(Synthetic) @_spi(Testing) @testable import IncentiveKit
@testable import IncentiveSynthetic

/// `incentive generate`'s library: reproducible bytes, the documented row counts and shapes, and a plan that
/// `calculate` accepts.
@Suite("Synthetic dataset")
struct SyntheticDatasetTests {
  static let files = [
    "roster.csv", "assignments.csv", "deployments.csv", "incidents.csv", "reviews.csv", "oncall.csv", "surveys.csv",
    "coverage.csv", "costs.csv", "mentorship.csv", "metrics.csv", "plan.json",
  ]

  static func write(_ dataset: SyntheticDataset) throws -> (TemporaryDataset, [String: Int]) {
    let folder = try TemporaryDataset([:])
    let rows = try dataset.write(to: folder.path)
    return (folder, rows)
  }

  static func bytes(_ folder: TemporaryDataset, _ name: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: folder.path + "/" + name))
  }

  @Test("the same seed writes byte-identical files; another seed changes the events")
  func deterministic() throws {
    let (first, _) = try Self.write(SyntheticDataset(engineers: 40, events: 500, seed: 11))
    let (second, _) = try Self.write(SyntheticDataset(engineers: 40, events: 500, seed: 11))
    let (other, _) = try Self.write(SyntheticDataset(engineers: 40, events: 500, seed: 12))
    for name in Self.files {
      #expect(try Self.bytes(first, name) == Self.bytes(second, name), "\(name) differs between two runs")
    }
    #expect(try Self.bytes(first, "deployments.csv") != Self.bytes(other, "deployments.csv"))
  }

  @Test("row counts: 200 events are 100 deployments, 82 reviews, 12 shifts and 6 incidents; 30 people on the roster")
  func rowCounts() throws {
    // 200 × 3 % = 6 incidents, 200 × 6 % = 12 shifts, 200 × 41 % = 82 reviews, 200 − 6 − 12 − 82 = 100 deployments.
    let (folder, rows) = try Self.write(SyntheticDataset(engineers: 30, events: 200, seed: 5))
    let dataset = try Dataset(directory: folder.path)
    #expect(try dataset.load(Deployment.self).count == 100)
    #expect(try dataset.load(Review.self).count == 82)
    #expect(try dataset.load(OncallShift.self).count == 12)
    #expect(try dataset.load(Incident.self).count == 6)
    #expect(try dataset.load(Engineer.self).count == 30)
    #expect(rows["deployments.csv"] == 100 && rows["incidents.csv"] == 6 && rows["roster.csv"] == 30)
    #expect(Set(rows.keys) == Set(Self.files.filter { $0 != "plan.json" }))
    // Surveys and costs: one row per team per month of 2026-Q3 (3 months).
    let teams = Set(try dataset.load(Engineer.self).map(\.team)).count
    #expect(try dataset.load(SurveyResult.self).count == teams * 3)
    #expect(try dataset.load(CostEntry.self).count == teams * 3)
  }

  @Test("teams have 4 to 12 people besides the director, each with one manager")
  func teamShapes() throws {
    let (folder, _) = try Self.write(SyntheticDataset(engineers: 400, events: 0, seed: 3))
    let people = try Dataset(directory: folder.path).load(Engineer.self)
    let teams = Dictionary(grouping: people.filter { $0.role != "director" }, by: \.team)
    #expect(teams.count >= 400 / 13)
    for (team, members) in teams {
      #expect((4...12).contains(members.count), "\(team) has \(members.count)")
      #expect(members.filter { $0.role == "manager" }.count == 1, "\(team)")
    }
  }

  @Test("the dataset has joiners, leavers, failures, rollbacks and quoted text, and calculate pays it")
  func realisticAndPayable() throws {
    let (folder, _) = try Self.write(SyntheticDataset(engineers: 120, events: 4000, seed: 9))
    let run = try PayoutRun(datasetPath: folder.path)
    let people = run.roster.engineers
    #expect(people.contains { $0.endDate.map(run.period.contains) == true })
    #expect(people.contains { run.period.contains($0.startDate) })
    let deployments = try run.dataset.load(Deployment.self)
    #expect(deployments.contains { $0.status == .failed } && deployments.contains { $0.status == .rolledBack })
    let incidents = try String(contentsOfFile: folder.path + "/incidents.csv", encoding: .utf8)
    #expect(incidents.contains("\"\"nightly-sync\"\" stuck\nafter deploy"))
    let report = try run.payouts()
    #expect(report.engineers.count > 100)
    #expect(report.total.minorUnits > 0)
  }
}
