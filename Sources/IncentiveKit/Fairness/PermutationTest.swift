/// A two-sided permutation test for the gap in mean between one group and everyone else,
/// in exact integer arithmetic so the result does not depend on floating-point rounding.
///
/// The question it answers: if group membership had nothing to do with the values, how
/// often would a group of the same size, drawn at random from the same people, show a gap in
/// mean at least as large (in either direction) as the one observed?
///
/// Method, exactly: values are integers (multipliers in units of their common scale). With
/// `n` people, `k` in the group, group sum `g` and total `S`, the gap in means is
/// `g/k − (S−g)/(n−k) = (n·g − k·S) / (k·(n−k))`. The denominator is the same for every
/// relabelling, so `|n·g − k·S|` orders the gaps exactly. Each of `permutations` rounds draws
/// `k` of the `n` people uniformly at random without replacement (a partial Fisher–Yates
/// shuffle driven by `SeededGenerator(seed:)`), and counts the rounds whose `|n·g' − k·S|`
/// is at least the observed one. The p-value is `(count + 1) / (permutations + 1)`: the
/// observed labelling counts as one of the possible ones, so p is never 0 and the test is
/// valid at any number of rounds.
struct PermutationTest: Sendable, Equatable {
  /// The observed gap in mean, group minus rest, exact (in the values' own units).
  var gap: Ratio
  /// Rounds whose gap was at least as extreme as the observed one.
  var extremeCount: Int
  var permutations: Int
  var seed: UInt64

  /// `(extremeCount + 1) / (permutations + 1)`.
  var pValue: Ratio { Ratio(Int128(extremeCount + 1), Int128(permutations + 1)) }

  static func == (lhs: PermutationTest, rhs: PermutationTest) -> Bool {
    lhs.extremeCount == rhs.extremeCount && lhs.permutations == rhs.permutations && lhs.seed == rhs.seed
      && lhs.gap.numerator * rhs.gap.denominator == rhs.gap.numerator * lhs.gap.denominator
  }

  /// - Parameters:
  ///   - group: the group's values (at least one).
  ///   - rest: everyone else's values (at least one), in the same units.
  ///   - permutations: rounds of random relabelling (at least 1).
  ///   - seed: seeds `SeededGenerator`; the same inputs and seed give the same result.
  init(group: [Int128], rest: [Int128], permutations: Int, seed: UInt64) {
    precondition(
      !group.isEmpty && !rest.isEmpty && permutations >= 1, "a permutation test needs two groups and a round")
    var pool = PermutationPool(groups: [group, rest])
    self = pool.test(group: 0, permutations: permutations, seed: seed)!
  }

  init(gap: Ratio, extremeCount: Int, permutations: Int, seed: UInt64) {
    self.gap = gap
    self.extremeCount = extremeCount
    self.permutations = permutations
    self.seed = seed
  }
}
