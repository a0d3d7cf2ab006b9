import Testing

@testable import IncentiveKit

/// The number of allocation arenas: one per core and one more, never more than three (the memory budget was
/// measured with three on two cores; four peaked 8 MB higher).
@Suite("Allocator arenas")
struct AllocatorTests {
  @Test(arguments: [(0, 2), (1, 2), (2, 3), (3, 3), (4, 3), (64, 3)])
  func arenaCount(cores: Int, arenas: Int) {
    #expect(Allocator.arenaCount(cores: cores) == arenas)
  }
}
