import Foundation
import Testing

@testable import IncentiveKit

/// `calculate --format json` writes each engineer from text made once (`EngineerJSONText`); the engineer must be the
/// bytes of the tree `engineerJSON` builds, written where the engineers sit in the document, whatever the payout holds.
@Suite("An engineer of the streamed payout report written from fixed text")
struct EngineerJSONTextTests {
  /// A fixture paid, its report (for the currencies it names) and its plan's runs.
  static func paid(_ fixture: String) throws -> (report: PayoutReport, runs: ComponentMemberRuns) {
    let path = URL(fileURLWithPath: WorkflowFixtures.acme).deletingLastPathComponent().appendingPathComponent(fixture)
    let run = try PayoutRun(datasetPath: path.path)
    return (try run.payouts(strictConflicts: false), ComponentMemberRuns(plan: run.plan))
  }

  /// The definition: the engineer's tree, pretty-printed as an element of `engineers` (its braces four spaces in).
  static func tree(_ payout: EngineerPayout, in report: PayoutReport) -> String {
    var bytes: [UInt8] = []
    JSONWriter.writePretty(report.engineerJSON(payout), indent: 4, into: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  static func fixedText(_ payout: EngineerPayout, in report: PayoutReport, runs: ComponentMemberRuns?) -> String {
    var out = OutputBuffer(capacity: 16)
    EngineerJSONText(runs: runs, namesCurrency: report.isMultiCurrency).write(payout, into: &out)
    return String(decoding: out.bytes, as: UTF8.self)
  }

  @Test("every engineer of a fixture, every track, in one currency and in several", arguments: ["acme", "currencies"])
  func everyEngineer(fixture: String) throws {
    let (report, runs) = try Self.paid(fixture)
    #expect(report.engineers.count >= 3)
    for payout in report.engineers {
      #expect(Self.fixedText(payout, in: report, runs: runs) == Self.tree(payout, in: report))
      // Without the plan's runs (a kept report's JSON), each component's members written one by one.
      #expect(Self.fixedText(payout, in: report, runs: nil) == Self.tree(payout, in: report))
    }
  }

  @Test("the currencies fixture names each engineer's currency, acme none")
  func currencyMember() throws {
    let (several, severalRuns) = try Self.paid("currencies")
    #expect(several.isMultiCurrency)
    let first = try #require(several.engineers.first)
    #expect(Self.fixedText(first, in: several, runs: severalRuns).contains("\n      \"currency\": \""))
    let (acme, acmeRuns) = try Self.paid("acme")
    #expect(!acme.isMultiCurrency)
    let someone = try #require(acme.engineers.first)
    #expect(!Self.fixedText(someone, in: acme, runs: acmeRuns).contains("\"currency\""))
  }

  /// An acme payout changed by `edit`, written both ways.
  static func edited(_ edit: (inout EngineerPayout) -> Void) throws -> (fixed: String, tree: String) {
    let (report, runs) = try paid("acme")
    var payout = try #require(report.engineers.first { $0.components.count > 1 })
    edit(&payout)
    return (fixedText(payout, in: report, runs: runs), tree(payout, in: report))
  }

  /// Changes a payout can carry that acme's own do not, each needing another part of the text.
  static let edits: [(String, @Sendable (inout EngineerPayout) -> Void)] = [
    ("no components", { $0.components = [] }),
    ("one component", { $0.components = Array($0.components.prefix(1)) }),
    ("no value", { $0.components[0].value = nil }),
    ("no name", { $0.engineer.name = nil }),
    (
      "names that need escaping",
      {
        $0.engineer.name = "O\"Brien \\ \u{1}\u{7F} \u{2028} d\u{E9}j\u{E0} <script>"
        $0.engineer.id = "E\t1"
        $0.team = "=HYPERLINK(\"x\")\n"
      }
    ),
    ("a role no track names", { $0.engineer.role = "intern" }),
    ("a component not the plan's", { $0.components[0].component.id = "renamed \"id\"" }),
    (
      "scaled, so every component has a note",
      { $0.scaling = [.cap(FixedDecimal(units: 15, scale: 1), raw: FixedDecimal(units: 1_62, scale: 2))] }
    ),
    (
      "pay outside the bonus",
      {
        $0.extras = [
          ExtraPay(kind: .oncallPremium, amount: Money(minorUnits: 12_50), detail: "2 shifts"),
          ExtraPay(kind: .retentionTranche, amount: Money(minorUnits: 1_000_00), detail: "t1", reason: "signed"),
        ]
      }
    ),
    ("a negative amount and a long value", {
      $0.components[0].amount = Money(minorUnits: -1_234_56)
      $0.components[0].value = FixedDecimal(units: 123_456_789_012_345, scale: 9)
    }),
  ]

  @Test("a payout's every shape gives the tree's bytes", arguments: edits.indices)
  func shapes(edit: Int) throws {
    let (name, change) = Self.edits[edit]
    let (fixed, tree) = try Self.edited(change)
    #expect(fixed == tree, "\(name)")
  }

  @Test("the text of a component's notes, worked by hand")
  func notesByHand() throws {
    let (fixed, tree) = try Self.edited { payout in
      payout.components = Array(payout.components.prefix(1))
      payout.components[0].trace = []
      payout.scaling = [.cap(FixedDecimal(units: 15, scale: 1), raw: FixedDecimal(units: 1_62, scale: 2))]
    }
    #expect(fixed == tree)
    // One note: `[` on the key's line, the note twelve spaces in, `]` ten spaces in.
    #expect(fixed.contains("\"notes\": [\n            \"payout capped at 1.5 (uncapped 1.62)"))
    #expect(fixed.contains("\"\n          ]\n        }\n      ]\n    }"))
    let (none, _) = try Self.edited { payout in
      payout.components = Array(payout.components.prefix(1))
      payout.components[0].trace = []
      payout.scaling = []
    }
    #expect(none.contains("\"notes\": []\n        }\n      ]\n    }"))
  }
}
