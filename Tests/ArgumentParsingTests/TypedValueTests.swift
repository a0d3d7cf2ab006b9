import ArgumentParsing
import Testing

/// Typed option values: a type conforming to `ExpressibleByArgument` declares the accepted words
/// once, and commands read values of the type instead of comparing strings.
@Suite("Typed option values")
struct TypedValueTests {
  enum Format: String, CaseIterable, ExpressibleByArgument {
    case table, csv, json
  }

  /// A type with an open set of words and its own message, as `--period` is.
  struct Quarter: ExpressibleByArgument, Equatable {
    var number: Int
    init?(argument: String) {
      guard argument.count == 2, argument.first == "Q", let number = Int(argument.dropFirst()), (1...4).contains(number)
      else { return nil }
      self.number = number
    }
    var argument: String { "Q\(number)" }
    static var allValueStrings: [String] { [] }
    static func invalidArgument(_ word: String, option: String) -> UsageError {
      .malformedValue(option: option, value: word, expected: "a quarter, Q1 to Q4")
    }
  }

  enum Tool: String, CaseIterable, ExpressibleByArgument {
    case devlake, jira
  }

  static let spec = CommandSpec(
    name: "report", abstract: "Report.",
    positionals: [PositionalSpec(name: "tool", help: "The tool.")],
    options: [
      .option("format", value: "FORMAT", help: "Format.", allowed: [Format.table, .json], default: .table),
      .option("every", value: "FORMAT", help: "Any format.", allowed: Format.allCases),
      .option("quarter", value: "Q", help: "Quarter."),
      .option("rounds", value: "N", help: "Rounds.", default: "100"),
      .pair("source", first: "KIND", second: "DIR", help: "An export.", allowed: Tool.allValueStrings),
    ])

  @Test("a typed declaration lists the type's words and default as the string one did")
  func declaration() {
    let format = Self.spec.options[0]
    #expect(format.allowedValues == ["table", "json"])
    #expect(format.defaultValue == "table")
    #expect(Self.spec.options[1].allowedValues == ["table", "csv", "json"])
    #expect(Self.spec.options[1].defaultValue == nil)
    #expect(
      Self.spec.usage == "incentive report TOOL [--format table|json] [--every table|csv|json] [--quarter Q] "
        + "[--rounds N] [--source devlake|jira DIR]")
  }

  @Test(
    "values convert to the type; a declared default stands in when the option is absent",
    arguments: [
      (["jira"], Format.table, nil as Quarter?),
      (["jira", "--format", "json"], .json, nil),
      (["jira", "--format=json", "--quarter", "Q3"], .json, Quarter(argument: "Q3")),
    ])
  func converts(arguments: [String], format: Format, quarter: Quarter?) throws {
    let parsed = try Self.spec.parse(arguments)
    #expect(try parsed.value("format", as: Format.self) == format)
    #expect(try parsed.value("every", as: Format.self) == nil)
    #expect(try parsed.value("quarter", as: Quarter.self) == quarter)
    #expect(try parsed.positional("tool", as: Tool.self) == .jira)
  }

  @Test(
    "a word that does not convert is the type's usage error, naming the option or placeholder",
    arguments: [
      (["jira", "--quarter", "Q5"], "--quarter: \"Q5\" is not a quarter, Q1 to Q4"),
      (["linear"], "TOOL: \"linear\" is not one of devlake, jira"),
    ])
  func rejects(arguments: [String], message: String) throws {
    let parsed = try Self.spec.parse(arguments)
    do {
      _ = try parsed.value("quarter", as: Quarter.self)
      _ = try parsed.positional("tool", as: Tool.self)
      Issue.record("no error for \(arguments)")
    } catch {
      #expect(error.description == message)
    }
  }

  @Test(
    "a whole number within a range, else a message that states the range",
    arguments: [
      (["jira"], 1...1_000, 100, nil),
      (["jira", "--rounds", "7"], 1...1_000, 7, nil),
      (["jira", "--rounds", "0"], 1...1_000, nil, "--rounds: \"0\" is not a whole number from 1 to 1000"),
      (["jira", "--rounds", "-1"], 0...Int.max, nil, "--rounds: \"-1\" is not a whole number from 0"),
      (["jira", "--rounds", "1e3"], 0...Int.max, nil, "--rounds: \"1e3\" is not a whole number from 0"),
    ] as [([String], ClosedRange<Int>, Int?, String?)])
  func wholeNumbers(arguments: [String], range: ClosedRange<Int>, expected: Int?, message: String?) throws {
    let parsed = try Self.spec.parse(arguments)
    do {
      #expect(try parsed.value("rounds", as: Int.self, in: range) == expected)
      #expect(message == nil)
    } catch {
      #expect(error.description == message)
    }
  }

  @Test("a two-word option converts its first word and keeps the second")
  func pair() throws {
    let parsed = try Self.spec.parse(["jira", "--source", "devlake", "exports/"])
    let source = try #require(try parsed.pair("source", as: Tool.self))
    #expect(source.0 == .devlake)
    #expect(source.1 == "exports/")
    #expect(try Self.spec.parse(["jira"]).pair("source", as: Tool.self) == nil)
  }
}
