import Foundation
@_spi(Synthetic) import IncentiveKit

/// A reproducible synthetic dataset for one quarter (2026-Q3): roster, assignments, deployments, incidents, reviews,
/// on-call shifts, surveys, coverage, costs, mentorship, metrics.csv and a plan that `calculate` and `validate`
/// accept, for benchmarks and
/// scale tests where real exports cannot be shared.
///
/// Shapes follow what real exports look like: teams of 4 to 12, heavy-tailed lead and restore times, joiners,
/// leavers and team moves, failed and rolled-back deployments, incidents naming the deployment that caused them,
/// and quoted text with commas, `""` and line breaks in incident summaries. Every draw comes from
/// `SeededGenerator`, one stream per file, in integer arithmetic, so the same seed writes byte-identical files.
public struct SyntheticDataset: Sendable {
  /// People on the roster, director included.
  public var engineers: Int
  /// Deployment, incident, review and on-call rows together (the files that grow with activity).
  public var events: Int
  public var seed: UInt64
  /// The quarter the plan pays; events spread from two weeks before it to two weeks after.
  public var period = Period(parsing: "2026-Q3")!

  public init(engineers: Int, events: Int, seed: UInt64) {
    self.engineers = engineers
    self.events = events
    self.seed = seed
  }

  /// Rows per event file: 50 % deployments, 41 % reviews, 6 % on-call shifts, 3 % incidents.
  public var eventCounts: (deployments: Int, reviews: Int, oncall: Int, incidents: Int) {
    let incidents = events * 3 / 100
    let oncall = events * 6 / 100
    let reviews = events * 41 / 100
    return (events - incidents - oncall - reviews, reviews, oncall, incidents)
  }

  /// Writes every file into `directory`, creating it if needed, and returns the data rows written per file name.
  ///
  /// - Throws: `OutputError` naming the file that could not be created or written.
  @discardableResult
  public func write(to directory: String) throws(OutputError) -> [String: Int] {
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw .cannotWrite(path: directory, reason: "it is not a folder and cannot be created as one")
    }
    var random = stream(0)
    let org = SyntheticOrg(engineers: engineers, period: period, random: &random)
    let files = SyntheticFiles(org: org, period: period, counts: eventCounts, directory: directory)
    var rows: [String: Int] = [:]
    rows["roster.csv"] = try files.writeRoster(stream(1))
    rows["assignments.csv"] = try files.writeAssignments()
    rows["deployments.csv"] = try files.writeDeployments(stream(2))
    rows["incidents.csv"] = try files.writeIncidents(stream(3))
    rows["reviews.csv"] = try files.writeReviews(stream(4))
    rows["oncall.csv"] = try files.writeOncall(stream(5))
    rows["surveys.csv"] = try files.writeSurveys(stream(6))
    rows["coverage.csv"] = try files.writeCoverage(stream(7))
    rows["costs.csv"] = try files.writeCosts(stream(8))
    rows["mentorship.csv"] = try files.writeMentorship(stream(9))
    rows["metrics.csv"] = try files.writeExternalMetrics(stream(10))
    var plan = try CSVByteWriter(path: files.path("plan.json"))
    plan.append(Array(SyntheticPlan.json.utf8))
    try plan.close()
    return rows
  }

  /// An independent random stream per file, so changing how one file is drawn leaves the others' bytes alone.
  private func stream(_ file: UInt64) -> SeededGenerator {
    var mixer = SplitMix64(state: seed)
    for _ in 0...file { _ = mixer.next() }
    return SeededGenerator(seed: mixer.next() ^ file)
  }
}
