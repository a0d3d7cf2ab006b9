import Testing

@testable import IncentiveKit

/// What a ledger entry records of a run, taken as people are paid (`close`) or from a kept report (`calculate
/// --ledger`): the two must be the same, or a close and a recalculation of the same data would disagree.
@Suite("A ledger entry's payouts and digest, taken as people are paid")
struct LedgerPaidTests {
  @Test("the same pay per person and the same JSON digest as from the kept report, for acme and four currencies",
    arguments: ["acme", "currencies"])
  func sameAsKept(fixture: String) throws {
    let run = try PayoutRun(datasetPath: PaidSnapshotTests.fixtures + "/" + fixture)
    let kept = try LedgerEntry.Paid(report: try run.payouts())
    let (shell, paying) = try run.paying(strictConflicts: false)
    let (paid, report) = try LedgerEntry.Paid.paying(paying, shell: shell, runs: ComponentMemberRuns(plan: run.plan))
    #expect(paid.payouts == kept.payouts)
    #expect(paid.outputSHA256 == kept.outputSHA256)
    #expect(paid.period == kept.period)
    #expect(report.engineers.isEmpty)
    // The digest is of `calculate --format json`'s bytes.
    var digest = SHA256()
    let json = try run.payouts().renderJSON()
    digest.update(Array(json.utf8))
    #expect(paid.outputSHA256 == SHA256.hex(digest.finalize()))
  }

  /// Fixtures/acme/README.md: E01 16,305.34; Fixtures/currencies/README.md: M4 302,466 JPY (no minor digits).
  @Test("each person's pay as the report prints it, in their own currency")
  func payText() throws {
    let acme = try PayoutRun(datasetPath: PaidSnapshotTests.fixtures + "/acme")
    let (shell, paying) = try acme.paying(strictConflicts: false)
    let paid = try LedgerEntry.Paid.paying(paying, shell: shell, runs: ComponentMemberRuns(plan: acme.plan)).paid
    #expect(paid.payouts.count == 15)
    #expect(paid.payouts["E01"] == "16305.34")
    let currencies = try PayoutRun(datasetPath: PaidSnapshotTests.fixtures + "/currencies")
    let (currencyShell, currencyPaying) = try currencies.paying(strictConflicts: false)
    let inYen = try LedgerEntry.Paid.paying(
      currencyPaying, shell: currencyShell, runs: ComponentMemberRuns(plan: currencies.plan)
    ).paid
    #expect(inYen.payouts["M4"] == "302466")
  }
}
