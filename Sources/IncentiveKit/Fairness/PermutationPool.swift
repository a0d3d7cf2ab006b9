/// Everyone's values once, for permutation tests of many groups each against all the others
/// (`audit bias --by-manager` has a group per manager): the layout a test draws from, the group
/// first and then everyone else in order, is read through an index map instead of being copied
/// per group, and a round's swaps are undone afterwards for just the places they touched. A
/// group of `k` costs `permutations × k`, so all groups together cost `permutations × people`,
/// where a copy per group cost `groups × people`.
struct PermutationPool {
  private let values: [Int128]
  private let ranges: [Range<Int>]
  private let total: Int128
  /// `values` with the current test's swaps applied.
  private var work: [Int128]
  private var touched: [Int] = []
  private var isTouched: [Bool]

  init(groups: [[Int128]]) {
    var values: [Int128] = []
    var ranges: [Range<Int>] = []
    for group in groups {
      ranges.append(values.count..<values.count + group.count)
      values += group
    }
    self.values = values
    self.ranges = ranges
    total = values.reduce(0, +)
    work = values
    isTouched = Array(repeating: false, count: values.count)
  }

  /// `PermutationTest` of group `index` against everyone else, exactly as `init(group:rest:…)`
  /// runs it on `group + rest`; nil when either side is empty.
  mutating func test(group index: Int, permutations: Int, seed: UInt64) -> PermutationTest? {
    let range = ranges[index]
    let k = range.count
    let count = values.count
    guard k > 0, count > k else { return nil }
    precondition(permutations >= 1, "a permutation test needs a round")
    // Place `i` of the group-first layout, as an index into `values`.
    func place(_ i: Int) -> Int { i < k ? range.lowerBound + i : (i - k < range.lowerBound ? i - k : i) }
    let n = Int128(count)
    let size = Int128(k)
    func statistic(_ sum: Int128) -> Int128 {
      let difference = n * sum - size * total
      return difference < 0 ? -difference : difference
    }
    let observedSum = values[range].reduce(0, +)
    let observed = statistic(observedSum)
    var generator = SeededGenerator(seed: seed)
    var extreme = 0
    for _ in 0..<permutations {
      var sum: Int128 = 0
      for position in 0..<k {
        let pick = position + Int(generator.uniform(below: UInt64(count - position)))
        let here = place(position)
        let there = place(pick)
        touch(here)
        touch(there)
        work.swapAt(here, there)
        sum += work[here]
      }
      if statistic(sum) >= observed { extreme += 1 }
    }
    for place in touched {
      work[place] = values[place]
      isTouched[place] = false
    }
    touched.removeAll(keepingCapacity: true)
    return PermutationTest(
      gap: Ratio(n * observedSum - size * total, size * (n - size)), extremeCount: extreme,
      permutations: permutations, seed: seed)
  }

  private mutating func touch(_ place: Int) {
    guard !isTouched[place] else { return }
    isTouched[place] = true
    touched.append(place)
  }
}
