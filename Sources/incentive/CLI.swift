import ArgumentParsing
import Foundation
import IncentiveKit

/// Dispatches to a command and maps what went wrong to SPEC's exit codes: 0 ok, 1 a check
/// found differences, 2 bad input or usage, 3 an internal error.
enum CLI {
  static var commands: [any Command.Type] {
    [CalculateCommand.self, ExplainCommand.self, MetricsCommand.self, ValidateCommand.self, ImportCommand.self]
  }

  static let table = CommandTable(
    toolName: "incentive",
    abstract: "Engineering incentive payouts from metric exports, exact to the cent and explained.",
    commands: commands.map { $0.spec })

  static func run(_ arguments: [String]) -> Int32 {
    var console = Console()
    if arguments.isEmpty || arguments == ["--help"] || arguments == ["-h"] || arguments == ["help"] {
      console.out(table.helpText())
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
        console.out(spec.helpText(toolName: "incentive"))
        return 0
      }
      return try command.run(parsed, console: &console)
    } catch let error as UsageError {
      console.err("error: \(error)\n")
      if let spec = try? table.match(arguments).0 {
        console.err("usage: \(spec.usage)\nSee 'incentive \(spec.name) --help'.\n")
      } else {
        console.err("See 'incentive --help'.\n")
      }
      return 2
    } catch let error as InputError {
      console.err("error: \(error)\n")
      return 2
    } catch let error as PlanError {
      console.err("error: \(error)\n")
      return 2
    } catch let error as CalculationError {
      console.err("error: \(error)\n")
      return 2
    } catch let error as OutputError {
      console.err("error: \(error)\n")
      return 2
    } catch {
      console.err("internal error: \(error)\nPlease report this with the command line and the dataset.\n")
      return 3
    }
  }
}

/// Standard output and error, written as UTF-8.
struct Console {
  func out(_ text: String) { FileHandle.standardOutput.write(Data(text.utf8)) }
  func err(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}

/// A subcommand: its declaration (from which help and parsing are generated) and its action.
protocol Command {
  static var spec: CommandSpec { get }
  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32
}
