import ArgumentParsing
import Foundation
import IncentiveKit

/// Dispatches to a command and maps what went wrong to SPEC's exit codes: 0 ok, 1 a check
/// found differences, 2 bad input or usage, 3 an internal error.
enum CLI {
  static var commands: [any Command.Type] {
    [
      CalculateCommand.self, ExplainCommand.self, MetricsCommand.self, ValidateCommand.self, StatementCommand.self,
      AuditBiasCommand.self, CheckCommand.self, DiffCommand.self, LedgerVerifyCommand.self, LedgerHistoryCommand.self,
      CloseCommand.self, SensitivityCommand.self, CompletionsCommand.self, ImportCommand.self, GenerateCommand.self,
    ]
  }

  static let table = CommandTable(
    toolName: "incentive",
    abstract: "Engineering incentive payouts from metric exports, exact to the cent and explained.",
    commands: commands.map { $0.spec })

  static func run(_ arguments: [String]) -> Int32 {
    var console = Console()
    if arguments.isEmpty || arguments == ["--help"] || arguments == ["-h"] || arguments == ["help"] {
      console.out(table.helpText() + "\n")
      return arguments.isEmpty ? 2 : 0
    }
    if arguments.first == "help", arguments.count >= 2 {
      return run(Array(arguments.dropFirst()) + ["--help"])
    }
    do {
      let (spec, rest) = try table.match(arguments)
      guard let command = commands.first(where: { $0.spec.name == spec.name }) else { return 3 }
      let parsed = try spec.parse(rest)
      if parsed.wantsHelp {
        console.out(spec.helpText(toolName: "incentive") + "\n")
        return 0
      }
      let status = try command.run(parsed, console: &console)
      ProgressLine.standardError.clear()
      return status
    } catch let error as UsageError {
      console.err("error: \(error)\n")
      if let spec = try? table.match(arguments).0 {
        console.err("usage: \(spec.usage)\nSee 'incentive \(spec.name) --help'.\n")
      } else {
        console.err("See 'incentive --help'.\n")
      }
      return 2
    } catch {
      if isBadInput(error) {
        console.err("error: \(error)\n")
        return 2
      }
      console.err("internal error: \(error)\nPlease report this with the command line and the dataset.\n")
      return 3
    }
  }
}

extension CLI {
  /// Errors about what the user gave (files, plan, ledger, subject): exit 2 with the message alone.
  /// Anything else is a bug: exit 3.
  static func isBadInput(_ error: any Error) -> Bool {
    error is InputError || error is PlanError || error is CalculationError || error is SensitivityError
      || error is LedgerError || error is OutputError
  }
}

/// Standard output and error, written as UTF-8; the progress line (if shown) is erased first so
/// nothing lands on its end.
struct Console {
  func out(_ text: String) {
    ProgressLine.standardError.clear()
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  func err(_ text: String) {
    ProgressLine.standardError.clear()
    FileHandle.standardError.write(Data(text.utf8))
  }
}

/// A subcommand: its declaration (from which help and parsing are generated) and its action.
protocol Command {
  static var spec: CommandSpec { get }
  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32
}
