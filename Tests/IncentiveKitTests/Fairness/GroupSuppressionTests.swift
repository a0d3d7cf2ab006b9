import Testing

@testable import IncentiveKit

@Suite("Small-group suppression")
struct GroupSuppressionTests {
  @Test(
    "a group of min − 1 is suppressed, a group of min is shown; the total only when it can't give a group away",
    arguments: [
      // (sizes, minimum, shown sizes, suppressed count, total shown)
      ([4, 5], 5, [5], 1, false),  // one hidden group of 4: total − 5's figure = the 4's figure
      ([5, 5], 5, [5, 5], 0, true),  // nothing hidden
      ([2, 2, 9], 5, [9], 2, false),  // hidden 2 + 2 = 4 people < 5: still too few
      ([3, 3, 9], 5, [9], 2, true),  // hidden 3 + 3 = 6 ≥ 5: the difference is a 6-person figure
      ([1], 1, [1], 0, true),  // min_group_size 1 hides nothing
      ([6, 7], 8, [], 2, true),  // all hidden, 13 people together
    ] as [([Int], Int, [Int], Int, Bool)])
  func rule(sizes: [Int], minimum: Int, shown: [Int], suppressed: Int, total: Bool) {
    let suppression = GroupSuppression(sizes, minimum: minimum) { $0 }
    #expect(suppression.shown == shown)
    #expect(suppression.suppressedCount == suppressed)
    #expect(suppression.totalIsShareable == total)
    #expect((suppression.totalWithheldReason == nil) == total)
  }

  @Test("the notice counts the suppressed groups and names the threshold")
  func notice() {
    let suppression = GroupSuppression([1, 4, 5], minimum: 5) { $0 }
    #expect(suppression.notice(noun: "team", plural: "teams") == "2 teams with fewer than 5 people suppressed")
    #expect(
      GroupSuppression([4, 5], minimum: 5) { $0 }.notice(noun: "team", plural: "teams")
        == "1 team with fewer than 5 people suppressed")
    #expect(GroupSuppression([5], minimum: 5) { $0 }.notice(noun: "team", plural: "teams") == nil)
  }
}
