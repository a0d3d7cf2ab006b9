import Testing

@testable import IncentiveKit

/// Two reader threads' tallies of one team become one (`DeliveryTally.merge`): every count and share is the sum of
/// the two, whichever thread read a row.
@Suite("A team's delivery tally merged from two reader threads")
struct DeliveryTallyTests {
  /// A tally with these counts; each share is (hits, rows).
  static func tally(
    deployments: Int, rollbacksWithoutCause: Int, shares: [(hits: Int, rows: Int)], leadTimes: [Int64],
    restoreTimes: [Int64], longRestore: Int64
  ) -> DeliveryTally {
    var tally = DeliveryTally()
    tally.successfulDeployments = deployments
    tally.rollbacksWithoutCause = rollbacksWithoutCause
    let share = { (index: Int) in DeliveryTally.Share(hits: shares[index].hits, rows: shares[index].rows) }
    (tally.changeFailures, tally.rework, tally.attributableRollbacks, tally.smallChanges) =
      (share(0), share(1), share(2), share(3))
    for milliseconds in leadTimes { tally.leadTimes.append(milliseconds: milliseconds) }
    for milliseconds in restoreTimes { tally.restoreTimes.append(milliseconds: milliseconds) }
    tally.longRestores.add(longRestore)
    return tally
  }

  @Test("counts and shares add up; samples and long restores are kept from both")
  func merge() {
    var first = Self.tally(
      deployments: 3, rollbacksWithoutCause: 1, shares: [(1, 4), (0, 4), (2, 3), (3, 4)], leadTimes: [3_600_000],
      restoreTimes: [], longRestore: 100 * 86_400_000)
    first.merge(
      Self.tally(
        deployments: 5, rollbacksWithoutCause: 2, shares: [(2, 6), (1, 6), (0, 1), (4, 6)],
        leadTimes: [7_200_000, 60_000], restoreTimes: [1_800_000], longRestore: 120 * 86_400_000))
    #expect(first.successfulDeployments == 8)
    #expect(first.rollbacksWithoutCause == 3)
    #expect(first.changeFailures.hits == 3 && first.changeFailures.rows == 10)
    #expect(first.rework.hits == 1 && first.rework.rows == 10)
    #expect(first.attributableRollbacks.hits == 2 && first.attributableRollbacks.rows == 4)
    #expect(first.smallChanges.hits == 7 && first.smallChanges.rows == 10)
    #expect(first.leadTimes.count == 3)
    #expect(first.restoreTimes.count == 1)
    #expect(first.longRestores == .init(incidents: 2, longestMilliseconds: 120 * 86_400_000))
  }
}
