import ArgumentParsing
import Foundation
import IncentiveKit

enum StatementCommand: Command {
  static let spec = CommandSpec(
    name: "statement",
    abstract: "Write one person's own payout statement, with no one else's numbers.",
    discussion: "Target, each component with its metric value, curve point, counter-metric guards and eligibility "
      + "in plain words, the payout, and the team-level metrics of the person's own team(s). No other person's "
      + "name, id or payout appears. --all --output DIR writes one file per paid person (mode 0600).",
    positionals: [CommonOptions.dataset],
    options: [
      .option("engineer", value: "ID", help: "The engineer_id whose statement to write."),
      .flag("all", help: "Write every paid person's statement into --output DIR, one file each."),
      .option(
        "format", value: "FORMAT", help: "Output format.", allowed: Statement.Format.allCases.map(\.rawValue),
        default: "text"),
      .option(
        "output", value: "PATH",
        help: "A file (with --engineer) or a folder (with --all); written atomically, mode 0600."),
      CommonOptions.plan, CommonOptions.period, CommonOptions.strict,
    ],
    examples: [
      "incentive statement Fixtures/acme --engineer E04",
      "incentive statement Fixtures/acme --engineer E04 --format html --output E04.html",
      "incentive statement Fixtures/acme --all --format markdown --output statements/",
    ])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    let format = Statement.Format(rawValue: arguments.value("format") ?? "text") ?? .text
    let id = arguments.value("engineer")
    let all = arguments.flag("all")
    guard (id == nil) == all else { throw UsageError.exclusiveOptions("--engineer ID", "--all", bothGiven: all) }
    if all && arguments.value("output") == nil { throw UsageError.missingArgument("--output") }
    let run = try CommonOptions.run(arguments)
    let report = try run.payouts(strictConflicts: arguments.flag("strict"))
    if let id {
      guard let payout = try CommonOptions.payout(of: id, in: report, run: run, console: console) else { return 2 }
      let text = Statement(report: report, payout: payout, roster: run.roster).render(format)
      try CommonOptions.emit(text, to: arguments.value("output"), console: console)
      return 0
    }
    let directory = arguments.value("output")!
    let files = Statement.all(report: report, roster: run.roster, format: format)
    do {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      throw OutputError.cannotCreate(
        path: directory, reason: "cannot create the folder (\(error.localizedDescription))")
    }
    for file in files {
      try AtomicFile.write(
        Array(file.text.utf8), to: (directory as NSString).appendingPathComponent(file.fileName), mode: 0o600)
    }
    console.out("wrote \(files.count) statements to \(directory)\n")
    return 0
  }
}
