import Foundation
import TestSupport
import Testing

@testable import IncentiveKit

/// A roster row's currency is the plan's only when it is the plan's code byte for byte: `==` on `String` takes the
/// Kelvin sign (U+212A) for `K`, so `SE\u{212A}` equals `SEK` as a `String` but is no ISO 4217 code.
@Suite("The currency a person is paid in")
struct PaidCurrencyTests {
  /// acme paid in SEK: the plan's currency and every roster row's, but E01's, written `written`.
  static func dataset(e01Writes written: String) throws -> TemporaryDataset {
    try TemporaryDataset(
      copying: WorkflowFixtures.acme,
      editing: [
        "plan.json": { (text: String) in
          text.replacingOccurrences(of: #""currency": "USD""#, with: #""currency": "SEK""#)
        },
        "roster.csv": { (text: String) in
          text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard line.hasSuffix(",USD") else { return String(line) }
            return line.dropLast(3) + (line.hasPrefix("E01,") ? written : "SEK")
          }.joined(separator: "\n")
        },
      ])
  }

  @Test("the plan's own code is paid in the plan's currency")
  func planCode() throws {
    let dataset = try Self.dataset(e01Writes: "SEK")
    let report = try PayoutRun(datasetPath: dataset.path).payouts()
    #expect(report.engineers.allSatisfy { $0.currency.code == "SEK" })
    #expect(report.engineers.contains { $0.engineer.id == "E01" })
  }

  @Test("a code equal to the plan's only as a String is refused, naming the row")
  func kelvinSign() throws {
    let dataset = try Self.dataset(e01Writes: "SE\u{212A}")
    do {
      _ = try PayoutRun(datasetPath: dataset.path).payouts()
      Issue.record("SE\u{212A} was paid as SEK")
    } catch let error as CalculationError {
      guard case .unknownCurrency(let engineer, let file, let line, let column, let currency) = error else {
        Issue.record("expected unknownCurrency, got \(error)")
        return
      }
      #expect(engineer == "E01")
      #expect(file.hasSuffix("roster.csv"))
      #expect(line == 2)
      #expect(column == 14)  // acme's roster: currency is its 14th column
      #expect(Array(currency.utf8) == Array("SE".utf8) + [0xE2, 0x84, 0xAA])
    }
  }

  @Test(
    "a salary finer than the currency's minor unit names its cell, wherever the roster puts the column",
    arguments: [
      ("engineer_id,team,role,start_date,base_salary,target_bonus_pct", "E1,t1,ic,2020-01-01,100000.123,10", 5),
      ("base_salary,engineer_id,team,role,start_date,target_bonus_pct", "100000.123,E1,t1,ic,2020-01-01,10", 1),
    ])
  func salaryCell(header: String, row: String, column: Int) throws {
    let dataset = try TemporaryDataset([
      "plan.json": PlanValidatorTests.clean, "roster.csv": header + "\n" + row + "\n",
    ])
    do {
      _ = try PayoutRun(datasetPath: dataset.path).payouts()
      Issue.record("a salary of a thousandth of a dollar was paid")
    } catch {
      #expect(
        "\(error)"
          == "\(dataset.path)/roster.csv:2:\(column): base_salary: \"100000.123\" for E1 has more decimals than USD "
          + "allows")
    }
  }
}
