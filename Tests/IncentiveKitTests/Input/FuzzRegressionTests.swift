import Foundation
import Testing

@_spi(Synthetic) @_spi(Testing) @testable import IncentiveKit

/// Replays every input the fuzzers (`Fuzz/run.sh`) ever crashed on through the same entry point
/// the fuzz target uses; a file here that traps again fails the whole test run.
@Suite("Fuzz findings stay fixed")
struct FuzzRegressionTests {
  static let crashes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz/crashes")

  static let targets: [String: @Sendable ([UInt8]) -> Void] = [
    "FuzzCSV": { UntrustedInput.readAsDatasetFiles($0, format: .csv) },
    "FuzzJSON": {
      UntrustedInput.readAsDatasetFiles($0, format: .json)
      UntrustedInput.readAsDatasetFiles($0, format: .jsonl)
    },
    "FuzzPlan": { UntrustedInput.readAsPlan($0) },
    "FuzzFormula": { UntrustedInput.readAsFormula($0) },
  ]

  static func findings() -> [(target: String, file: URL)] {
    targets.keys.sorted().flatMap { target in
      let folder = crashes.appendingPathComponent(target)
      let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
      return files.filter { !$0.lastPathComponent.hasPrefix(".") }.sorted { $0.path < $1.path }.map { (target, $0) }
    }
  }

  @Test("every kept crashing input now returns normally")
  func replay() throws {
    let found = Self.findings()
    #expect(found.count >= 2, "the formula findings are kept in Fuzz/crashes/FuzzFormula")
    for (target, file) in found {
      let run = try #require(Self.targets[target])
      run(Array(try Data(contentsOf: file)))
    }
  }

  @Test(
    "formula values far beyond any payout are out of range, not a trap",
    arguments: [
      // The first two findings: a 33-digit number, and a comparison of huge cross products.
      (".9/-444444444444444444444444444444444-\t9999", FixedDecimal(units: 25, scale: 1)),
      ("max(a, 2 / Py  -1)", FixedDecimal(units: 99_999_999_999_999_999_999_999_999, scale: 6)),
      ("x * x * x * x * x", FixedDecimal(10_000_000)),  // 10^35
    ])
  func outOfRange(text: String, value: FixedDecimal) throws {
    let formula = try Formula(parsing: text)
    #expect(throws: Formula.Missing.outOfRange) { try formula.evaluate { _ in value } }
  }

  @Test("values inside the range still evaluate exactly")
  func insideRange() throws {
    // 10^6 × 10^6 × 10^6 = 10^18, the largest numerator allowed.
    let formula = try Formula(parsing: "x * x * x / 1000000000000000000")
    #expect(try formula.evaluate { _ in FixedDecimal(1_000_000) }.decimalText() == "1")
  }
}
