import Foundation
import Testing

@testable import IncentiveKit

@Suite("The dataset skeleton of incentive init")
struct DatasetSkeletonTests {
  static let skeleton = DatasetSkeleton(
    period: Period(parsing: "2026-Q3")!, periodText: "2026-Q3", currency: "USD", roles: ["ic", "tech_lead"])

  @Test("every dataset file is there, headed by its record type's columns, with two rows that decode")
  func everyFile() throws {
    let files = Dictionary(uniqueKeysWithValues: Self.skeleton.files.map { ($0.name, $0.text) })
    for type in DatasetRecordTypes.all {
      let text = try #require(files[type.fileName + ".csv"], "\(type.fileName).csv is missing")
      let header = text.prefix { $0 != "\n" }
      #expect(header == type.columns.map(\.name).joined(separator: ","))
      let rows = try DatasetRecordTypes.decodeAll(type, bytes: Array(text.utf8), format: .csv)
      // adjustments.csv: its header only, since an example adjustment would move pay; fx.csv too,
      // since the example people are paid in the plan currency, and identities.csv, with no alias.
      #expect(rows == (["adjustments", "fx", "identities"].contains(type.fileName) ? 0 : 2), "\(type.fileName)")
    }
    #expect(files["demographics.csv"] == "engineer_id,group\nE1,a\nE2,b\n")
  }

  @Test(
    "example dates fall inside the period, whatever its length", arguments: ["2026-Q3", "2026-07", "2027", "2026-H1"])
  func datesInPeriod(text: String) throws {
    let period = try #require(Period(parsing: text))
    let skeleton = DatasetSkeleton(period: period, periodText: text, currency: "EUR", roles: ["manager"])
    let deployments = try #require(skeleton.files.first { $0.name == "deployments.csv" }).text
    let rows = deployments.split(separator: "\n").dropFirst()
    #expect(!rows.isEmpty, "\(text): no example deployments")
    for line in rows {
      let finished = line.split(separator: ",", omittingEmptySubsequences: false)[4]
      let parts = finished.prefix(10).split(separator: "-").compactMap { Int($0) }
      let date = try #require(CivilDate(year: parts[0], month: parts[1], day: parts[2]))
      #expect(period.contains(date), "\(finished) outside \(text)")
    }
  }

  @Test("the current quarter of a date: 2026-08-15 is in 2026-Q3, 2027-01-01 in 2027-Q1")
  func currentQuarter() {
    // 2026-08-15 is 20,680 days after 1970-01-01; 2027-01-01 is 20,819.
    #expect(InitWorkflow.currentQuarter(now: Date(timeIntervalSince1970: 20_680 * 86_400 + 3_600)) == "2026-Q3")
    #expect(InitWorkflow.currentQuarter(now: Date(timeIntervalSince1970: 20_819 * 86_400)) == "2027-Q1")
  }
}
