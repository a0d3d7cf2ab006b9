import Testing

@_spi(Synthetic) @_spi(Testing) @testable import IncentiveKit

/// `DatasetRecordTypes.all` is what the fuzz targets (`UntrustedInput.readAsDatasetFiles`) and the ledger's list of
/// input files walk through; a dataset file left out of it is never fuzzed.
@Suite("Every dataset file kind is listed once")
struct DatasetRecordTypesTests {
  @Test("the list holds every file a dataset may have, changes.csv included")
  func everyFile() {
    // SPEC section 3's files without demographics (read only by `audit bias`) and plan.json (not records), plus
    // changes (lead time per change, docs/dora.md), adjustments (approved exceptions, docs/governance.md), fx
    // (exchange rates, docs/calculation.md#currencies) and identities (a person's other spellings,
    // docs/data-quality.md).
    let expected: Set<String> = [
      "roster", "assignments", "deployments", "incidents", "reviews", "oncall", "surveys", "mentorship", "costs",
      "coverage", "metrics", "adjustments", "changes", "fx", "identities",
    ]
    #expect(Set(DatasetRecordTypes.all.map { $0.fileName }) == expected)
    #expect(DatasetRecordTypes.all.count == expected.count)
  }

  @Test("a changes.csv reaches the change decoder the fuzz target runs, and only that one")
  func changesAreDecoded() {
    // Two rows with every required column of changes.csv (change_id, committed_at). No other record type can read
    // them: each of those requires a column this file lacks. So exactly one type decodes 2 rows.
    let bytes = Array(
      """
      change_id,deployment_id,team,committed_at,merged_at,change_lines
      c1,d1,alpha,2026-07-01T08:00:00Z,2026-07-01T09:00:00Z,12
      c2,,,2026-07-02T08:00:00Z,,
      """.utf8)
    let readers = DatasetRecordTypes.all.filter { type in
      (try? DatasetRecordTypes.decodeAll(type, bytes: bytes, format: .csv)) == 2
    }
    #expect(readers.map { $0.fileName } == ["changes"])
  }
}
