import Foundation
import Testing

@testable import IncentiveKit

/// The files a run reads may not be replaced by its outputs, whatever name the output is given: the same path, a
/// path through a symlinked folder, a symlink to the input, a hard link. A checker resolves the protected files once
/// for many outputs (`statement --all`'s 100,000 files) and must answer as a fresh check does.
@Suite("Protected files")
struct ProtectedFilesTests {
  @Test("outputs onto inputs are refused under every name, the first protected file named; others pass")
  func names() throws {
    let folder = NSTemporaryDirectory() + "incentive-protected-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder + "/data", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for name in ["roster.csv", "plan.json"] {
      try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/data/" + name))
    }
    try FileManager.default.createSymbolicLink(atPath: folder + "/via", withDestinationPath: folder + "/data")
    try FileManager.default.createSymbolicLink(atPath: folder + "/link.csv", withDestinationPath: folder + "/data/roster.csv")
    try FileManager.default.linkItem(atPath: folder + "/data/plan.json", toPath: folder + "/hard.json")
    var protected = ProtectedFiles()
    protected.add(folder + "/data/roster.csv", role: "an input file")
    protected.add(folder + "/data/plan.json", role: "the plan")
    protected.add(folder + "/via/roster.csv", role: "a second name")
    protected.addAbsentInputs([folder + "/data/fx.json"])
    let cases: [(output: String, refusal: OutputError?)] = [
      (folder + "/data/roster.csv", .wouldReplaceInput(path: folder + "/data/roster.csv", input: folder + "/data/roster.csv", role: "an input file")),
      (folder + "/via/roster.csv", .wouldReplaceInput(path: folder + "/via/roster.csv", input: folder + "/data/roster.csv", role: "an input file")),
      (folder + "/link.csv", .wouldReplaceInput(path: folder + "/link.csv", input: folder + "/data/roster.csv", role: "an input file")),
      (folder + "/hard.json", .wouldReplaceInput(path: folder + "/hard.json", input: folder + "/data/plan.json", role: "the plan")),
      (folder + "/via/fx.json", .wouldBecomeInput(path: folder + "/via/fx.json")),
      (folder + "/data/out.json", nil), (folder + "/elsewhere/out.json", nil), (folder + "/out.json", nil),
    ]
    var checker = protected.checker()
    // Twice through the same checker, in folder runs and out of them, against a fresh check each time.
    for (output, refusal) in cases + cases.reversed() {
      var fresh: OutputError?
      do throws(OutputError) { try protected.check(output: output) } catch { fresh = error }
      var reused: OutputError?
      do throws(OutputError) { try checker.check(output: output) } catch { reused = error }
      #expect(fresh == refusal, "\(output)")
      #expect(reused == refusal, "\(output)")
    }
  }
}
