import ArgumentParsing
import Foundation
import IncentiveKit

/// Dispatches to a command and maps what went wrong to SPEC's exit codes: 0 ok, 1 a check
/// found differences, a `UserFacingError`'s own code (2: bad input or usage), 3 anything else,
/// which is a bug.
enum CLI {
  static var commands: [any Command.Type] {
    [
      CalculateCommand.self, ExplainCommand.self, MetricsCommand.self, ValidateCommand.self, StatementCommand.self,
      AuditBiasCommand.self, AuditDataCommand.self, CheckCommand.self, DiffCommand.self, LedgerVerifyCommand.self,
      LedgerHeadCommand.self, LedgerRepairCommand.self, LedgerHistoryCommand.self,
      CloseCommand.self, SensitivityCommand.self, CompletionsCommand.self, ImportCommand.self, GenerateCommand.self,
      ForecastCommand.self, VersionCommand.self, InitCommand.self, TrendCommand.self,
    ]
  }

  static let table = CommandTable(
    toolName: "incentive",
    abstract: "Engineering incentive payouts from metric exports, exact to the cent and explained.",
    commands: commands.map { $0.spec })

  static func run(_ arguments: [String]) -> Int32 {
    var console = Console()
    if arguments.first == "help", arguments.count >= 2 {
      return run(Array(arguments.dropFirst()) + ["--help"])
    }
    do {
      if arguments.isEmpty || arguments == ["--help"] || arguments == ["-h"] || arguments == ["help"] {
        try console.out(table.helpText() + "\n")
        return arguments.isEmpty ? 2 : 0
      }
      if arguments == ["--version"] {
        try console.out(VersionCommand.line)
        return 0
      }
      if arguments.count == 2, ["--help", "-h"].contains(arguments[1]), let page = table.groupHelpText(arguments[0]) {
        try console.out(page + "\n")
        return 0
      }
      let (spec, rest) = try table.match(arguments)
      guard let command = commands.first(where: { $0.spec.name == spec.name }) else { return 3 }
      let parsed = try spec.parse(rest)
      if parsed.wantsHelp {
        try console.out(spec.helpText(toolName: "incentive") + "\n")
        return 0
      }
      // A machine format printed on a terminal is shown, not obeyed: control characters from the data are escaped
      // (tables and text escape each value as they are built). To a file or a pipe it keeps its bytes.
      if parsed.declares("format"), let format = parsed.value("format"), Self.machineFormats.contains(format),
        Terminal.isTerminal(STDOUT_FILENO)
      {
        console.escapesLines = true
      }
      let status = try command.run(parsed, console: &console)
      ProgressLine.standardError.clear()
      return status
    } catch {
      console.err(message(for: error, arguments: arguments))
      return exitCode(for: error)
    }
  }

  /// Formats written for programs, which escape nothing of their own for a terminal.
  static let machineFormats: Set<String> = ["json", "csv", "payroll"]

  /// The exit status an error ends the command with: a `UserFacingError`'s own; anything else
  /// is a bug, 3.
  static func exitCode(for error: any Error) -> Int32 {
    (error as? any UserFacingError)?.exitCode ?? 3
  }

  /// What standard error says about an error: its message, then for a usage error the
  /// command's usage line (when the words name a command); anything else is an internal error.
  ///
  /// The library's errors escape the values they quote as they build their text (one per line of a
  /// several-row error); the parser's are escaped here, an unknown error whole, since its text may
  /// quote anything and is meant as one line.
  static func message(for error: any Error, arguments: [String]) -> String {
    guard let error = error as? any UserFacingError else {
      return "internal error: \(TerminalText.escaped("\(error)"))\nPlease report this with the command line and the "
        + "dataset.\n"
    }
    let text = (error as? UsageError)?.escapedForTerminal.description ?? error.description
    guard error.isUsageError else { return "error: \(text)\n" }
    guard let spec = try? table.match(arguments).0 else { return "error: \(text)\nSee 'incentive --help'.\n" }
    return "error: \(text)\nusage: \(spec.usage)\nSee 'incentive \(spec.name) --help'.\n"
  }
}

/// Standard output and error, written as UTF-8; the progress line (if shown) is erased first so
/// nothing lands on its end. A failed write to standard output is an error (`StandardStream`), not a crash.
struct Console {
  /// Standard output is a terminal showing a machine format: each line is escaped (`TerminalText.escapedLines`).
  var escapesLines = false

  func out(_ text: String) throws(OutputError) {
    ProgressLine.standardError.clear()
    try StandardStream.writeOutput(escapesLines ? TerminalText.escapedLines(text) : text)
  }

  /// Messages carry names, reasons and paths from the data, escaped value by value where each message
  /// is built (`"\(shown: file)"`); this escapes what is left line by line, a safety net for a value a
  /// message forgot: it can't stop a forgotten value's line feed from starting a line.
  func err(_ text: String) {
    ProgressLine.standardError.clear()
    let safe = text.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.escaped(String($0)) }
    StandardStream.writeError(safe.joined(separator: "\n"))
  }

  /// Prints a workflow's output and hands back its exit status.
  func show(_ result: WorkflowResult) throws -> Int32 {
    try out(result.output)
    if let spooled = result.spooledOutput { try out(spooled) }
    return result.exitCode
  }

  /// A report set aside on disk, copied to standard output a block at a time. On a terminal each line is escaped as
  /// `out` escapes text, so a block is cut after its last line feed (never inside a character) and the rest carried.
  func out(_ spooled: SpooledOutput) throws {
    ProgressLine.standardError.clear()
    var carried: [UInt8] = []
    try spooled.forEachBlock { (block) throws(OutputError) in
      guard escapesLines else { return try StandardStream.writeOutput(block) }
      carried.append(contentsOf: block)
      guard let end = carried.lastIndex(of: UInt8(ascii: "\n")) else { return }
      try out(String(decoding: carried[...end], as: UTF8.self))
      carried.removeSubrange(...end)
    }
    if !carried.isEmpty { try out(String(decoding: carried, as: UTF8.self)) }
  }
}

/// A subcommand: its declaration (from which help and parsing are generated) and its action.
protocol Command {
  static var spec: CommandSpec { get }
  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32
}
