import Testing

@testable import IncentiveKit

/// The open containers' member counts: a stack that grows past the depth it was made for and gives back each count.
@Suite("JSON container counts")
struct JSONContainerCountsTests {
  @Test func opensBumpsAndClosesInnermostFirst() {
    var counts = JSONContainerCounts(capacity: 2)
    #expect(counts.depth == 0 && counts.innermost == nil)
    // Twelve containers, past the room for two (and past the four it rounds up to): each opened with its depth.
    for depth in 0..<12 { counts.open(count: depth) }
    #expect(counts.depth == 12 && counts.innermost == 11)
    counts.setInnermost(40)
    #expect(counts.close() == 40)
    #expect(counts.innermost == 10)
    var closed: [Int] = []
    while counts.depth > 0 { closed.append(counts.close()) }
    #expect(closed == Array((0...10).reversed()))
    counts.open()
    #expect(counts.innermost == 0)
  }
}
