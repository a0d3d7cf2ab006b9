import ArgumentParsing
import IncentiveKit

enum VersionCommand: Command {
  static let spec = CommandSpec(
    name: "version",
    abstract: "Print which build of incentive this is (also: incentive --version).",
    discussion: "The same version is written into calculate's JSON (tool_version) and into every ledger entry, "
      + "so a figure can be traced to the build that produced it.",
    examples: ["incentive version", "incentive --version"])

  /// The one line both `incentive version` and `incentive --version` print.
  static var line: String { "incentive \(ToolVersion.current)\n" }

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    try console.out(line)
    return 0
  }
}
