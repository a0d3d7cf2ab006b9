import Foundation
@testable import IncentiveKit

/// The acme fixture and scratch folders for the workflow tests.
enum WorkflowFixtures {
  static let acme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/acme").path

  /// acme's dataset and plan, for 2026-Q3 as its plan says.
  static let run = RunOptions(dataset: acme)

  /// The engineers acme pays in 2026-Q3: every roster row but E16, who left on 2026-06-19.
  static let paid = (1...15).map { String(format: "E%02d", $0) }

  static func text(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

  static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
}
