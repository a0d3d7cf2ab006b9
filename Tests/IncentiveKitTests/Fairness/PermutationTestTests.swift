import Testing

@testable import IncentiveKit

@Suite("Permutation test")
struct PermutationTestTests {
  @Test("identical groups give p = 1: every relabelling is at least as extreme as a zero gap")
  func identicalGroups() {
    // Same multiset {1, 2, 3, 4} in both groups: observed gap 0, and |gap| ≥ 0 always holds,
    // so all 999 rounds count and p = (999 + 1) / (999 + 1) = 1.
    let test = PermutationTest(group: [1, 2, 3, 4], rest: [4, 3, 2, 1], permutations: 999, seed: 1)
    #expect(test.gap.numerator == 0)
    #expect(test.extremeCount == 999)
    #expect(test.pValue.rounded(toScale: 4) == FixedDecimal(1))
  }

  @Test("clearly separated groups give p < 0.01")
  func separated() {
    // Ten values around 0.5 against ten around 1.5 (units of 1/100). Only 2 of the
    // C(20, 10) = 184,756 splits are as extreme (this one and its mirror), so the exact p is
    // about 1.1e-5; 9,999 rounds almost surely find none, giving p = 1 / 10,000.
    let low: [Int128] = [48, 49, 50, 50, 51, 52, 47, 53, 50, 50]
    let high: [Int128] = [148, 149, 150, 150, 151, 152, 147, 153, 150, 150]
    let test = PermutationTest(group: low, rest: high, permutations: 9_999, seed: 1)
    #expect(test.pValue < Ratio(1, 100))
    // Gap in means: (500 − 1500) / 10 = −100 units.
    #expect(test.gap.numerator * 1 == -100 * test.gap.denominator)
  }

  @Test("a fixed seed gives a fixed result, in the range the exact p-value predicts")
  func fixedSeed() {
    // Group {1, 2, 3} against {4, 5, 6}: of the C(6, 3) = 20 possible groups, only {1, 2, 3}
    // (sum 6) and {4, 5, 6} (sum 15) are as far from the mean, so the exact p is 2/20 = 0.1.
    // With 1,000 rounds the count is Binomial(1000, 0.1): mean 100, sd 9.5; ±3 sd gives
    // 72...128, i.e. p = (count + 1) / 1001 between 0.072 and 0.129.
    let first = PermutationTest(group: [1, 2, 3], rest: [4, 5, 6], permutations: 1_000, seed: 20_260_701)
    let second = PermutationTest(group: [1, 2, 3], rest: [4, 5, 6], permutations: 1_000, seed: 20_260_701)
    #expect(first == second)
    #expect(first.extremeCount == second.extremeCount)
    #expect(first.pValue.rounded(toScale: 4) >= FixedDecimal("0.072")!)
    #expect(first.pValue.rounded(toScale: 4) <= FixedDecimal("0.129")!)
    // Gap: mean 2 − mean 5 = −3.
    #expect(first.gap.numerator == -3 * first.gap.denominator)
  }

  @Test("p is (count + 1) / (N + 1)")
  func formula() {
    let test = PermutationTest(group: [1, 2, 3], rest: [4, 5, 6], permutations: 10, seed: 3)
    #expect(test.pValue.numerator * 11 == Int128(test.extremeCount + 1) * test.pValue.denominator)
  }
}
