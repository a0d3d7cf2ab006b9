import Foundation

extension CLIRunner {
  /// A scratch copy of a fixture with `edit` applied to one of its files.
  static func copyFixture(_ name: String, editing file: String, _ edit: (String) -> String) throws -> URL {
    let directory = try copyFixture(name)
    let url = directory.appendingPathComponent(file)
    try edit(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
    return directory
  }

  /// A scratch copy of acme whose plan sets `min_group_size`.
  static func acme(minGroupSize: Int) throws -> URL {
    try copyFixture("acme", editing: "plan.json") {
      $0.replacingOccurrences(
        of: #""cooling_off_days": 30,"#, with: #""cooling_off_days": 30, "min_group_size": \#(minGroupSize),"#)
    }
  }
}
