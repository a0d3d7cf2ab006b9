import Foundation
import Testing

@_spi(Synthetic) @_spi(Testing) @testable import IncentiveKit

/// The catalogue is what help, reports and plan validation say about a metric, so it must describe exactly what the
/// calculators compute: no metric computed without an entry, no entry never computed, sources that exist.
@Suite("The metric catalogue describes what is computed")
struct MetricCatalogueTests {
  static let acme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/acme").path

  /// Fixtures/acme's metrics, with a market attrition rate so `retention_vs_market` is computed too.
  static func acmeMetrics() throws -> ComputedMetrics {
    let run = try PayoutRun(datasetPath: acme)
    var calculator = run.calculator()
    calculator.marketAttritionRate = FixedDecimal("0.13")
    return try calculator.compute(run.dataset)
  }

  @Test("every metric the calculators write has an entry of that scope, and every entry is written")
  func computedMetrics() throws {
    let metrics = try Self.acmeMetrics()
    func computed(_ sets: [String: MetricSet]) -> Set<MetricID> {
      Set(sets.values.flatMap { set in set.names.filter { !set.entry($0)!.source.hasPrefix("metrics.csv") } })
    }
    let teams = computed(metrics.teams)
    let engineers = computed(metrics.engineers.dictionary)
    for id in teams { #expect(id.definition?.scope == .team, "\(id)") }
    // A manager's retention is kept with their own metrics, as their reports' (SPEC: scope team, manager).
    let managers: Set<MetricID> = [.retentionRate, .retentionVsMarket]
    for id in engineers.subtracting(managers) { #expect(id.definition?.scope == .individual, "\(id)") }
    #expect(Set(MetricCatalogue.all.map(\.id)) == teams.union(engineers))
  }

  @Test("ids are unique; each prints, compares and hashes by its name")
  func ids() {
    let ids = MetricCatalogue.all.map(\.id)
    #expect(Set(ids).count == ids.count)
    // SPEC section 4's 18 metrics, retention_vs_market and org_team_health.
    #expect(ids.count == 20)
    #expect("\(MetricID.leadTimeHours)" == "lead_time_hours")
    #expect(MetricID("lead_time_hours") == .leadTimeHours)
    // Equal by name as text: canonically equivalent spellings of one name are one id (a byte-length shortcut would split them).
    #expect(MetricID("reviews") != MetricID("reviewz"))
    #expect(MetricID("reviews") != MetricID("reviews_"))
    #expect(MetricID(String("deployment_" + "frequency")) == .deploymentFrequency)
    #expect(MetricID("caf\u{E9}") == MetricID("cafe\u{301}"))
    #expect(MetricID.changeFailureRate < .deploymentFrequency)
    #expect(MetricID("internal_customer_satisfaction").definition == nil)
  }

  @Test("each dataset source names a file of the dataset and columns that file declares")
  func sources() {
    let records = Dictionary(uniqueKeysWithValues: DatasetRecordTypes.all.map { ($0.fileName, $0.columns) })
    for definition in MetricCatalogue.all {
      #expect(!definition.sources.isEmpty, "\(definition.id)")
      for case .dataset(let file, let columns) in definition.sources {
        let declared = Set(records[file]?.map(\.name) ?? [])
        #expect(!declared.isEmpty, "\(definition.id): no dataset file \(file)")
        #expect(Set(columns).isSubset(of: declared), "\(definition.id): \(file) lacks \(columns)")
      }
    }
  }

  @Test(
    "labels carry title, unit and direction (the HTML report's DORA panels)",
    arguments: [
      (MetricID.deploymentFrequency, "Deployment frequency (per week, higher is better)"),
      (.leadTimeHours, "Lead time for changes (hours, lower is better)"),
      (.changeFailureRate, "Change failure rate (share of deployments, lower is better)"),
      (.timeToRestoreHours, "Time to restore service (hours, lower is better)"),
      (.costVsBudget, "Cost against budget (multiple of budget, lower is better)"),
      (.teamHealth, "Team health (score 0–100, higher is better)"),
    ])
  func labels(id: MetricID, label: String) {
    #expect(id.definition?.label == label)
  }
}
