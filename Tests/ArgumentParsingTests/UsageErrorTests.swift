import ArgumentParsing
import Testing

/// Every `UsageError`: the command line that causes it, the exact case, and the exact message.
@Suite("Usage errors")
struct UsageErrorTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var error: UsageError
    var message: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let checkCases: [Case] = [
    Case(
      arguments: ["d", "--fromat", "json"],
      error: .unknownOption("--fromat", suggestion: "--format"),
      message: "unknown option --fromat; did you mean --format?"
    ),
    Case(
      arguments: ["d", "--fromat=json"],
      error: .unknownOption("--fromat", suggestion: "--format"),
      message: "unknown option --fromat; did you mean --format?"
    ),
    Case(
      arguments: ["d", "-format", "json"],
      error: .unknownOption("-format", suggestion: "--format"),
      message: "unknown option -format; did you mean --format?"
    ),
    Case(
      arguments: ["d", "--out", "x"],
      error: .unknownOption("--out", suggestion: "--output"),
      message: "unknown option --out; did you mean --output?"
    ),
    Case(
      arguments: ["d", "--hlep"],
      error: .unknownOption("--hlep", suggestion: "--help"),
      message: "unknown option --hlep; did you mean --help?"
    ),
    Case(
      arguments: ["d", "--xyzzy"],
      error: .unknownOption("--xyzzy", suggestion: nil),
      message: "unknown option --xyzzy"
    ),
    Case(
      arguments: ["d", "-5"],
      error: .unknownOption("-5", suggestion: nil),
      message: "unknown option -5"
    ),
    Case(
      arguments: ["d", "--=x"],
      error: .unknownOption("--", suggestion: nil),
      message: "unknown option --"
    ),
    Case(
      arguments: ["d", "--format"],
      error: .missingValue(option: "--format", valueName: "FORMAT"),
      message: "--format needs a value (FORMAT)"
    ),
    Case(
      arguments: ["d", "--output", "--", "x"],
      error: .missingValue(option: "--output", valueName: "FILE"),
      message: "--output needs a value (FILE)"
    ),
    Case(
      arguments: ["d", "--format", "jsn"],
      error: .invalidValue(option: "--format", value: "jsn", allowed: ["table", "csv", "json"], suggestion: "json"),
      message: "--format: \"jsn\" is not one of table, csv, json; did you mean json?"
    ),
    Case(
      arguments: ["d", "--format=JSON"],
      error: .invalidValue(option: "--format", value: "JSON", allowed: ["table", "csv", "json"], suggestion: "json"),
      message: "--format: \"JSON\" is not one of table, csv, json; did you mean json?"
    ),
    Case(
      arguments: ["d", "--format", "js"],
      error: .invalidValue(option: "--format", value: "js", allowed: ["table", "csv", "json"], suggestion: "json"),
      message: "--format: \"js\" is not one of table, csv, json; did you mean json?"
    ),
    Case(
      arguments: ["d", "--format", "xml"],
      error: .invalidValue(option: "--format", value: "xml", allowed: ["table", "csv", "json"], suggestion: nil),
      message: "--format: \"xml\" is not one of table, csv, json"
    ),
    Case(
      arguments: ["d", "--format="],
      error: .invalidValue(option: "--format", value: "", allowed: ["table", "csv", "json"], suggestion: nil),
      message: "--format: \"\" is not one of table, csv, json"
    ),
    Case(
      arguments: ["d", "g", "extra"],
      error: .unexpectedArgument("extra"),
      message: "unexpected argument \"extra\""
    ),
    Case(
      arguments: ["d", "g", "--", "--share"],
      error: .unexpectedArgument("--share"),
      message: "unexpected argument \"--share\""
    ),
    Case(
      arguments: [],
      error: .missingArgument("DATASET"),
      message: "missing argument DATASET"
    ),
    Case(
      arguments: ["--share"],
      error: .missingArgument("DATASET"),
      message: "missing argument DATASET"
    ),
    Case(
      arguments: ["d", "--format", "csv", "--format", "json"],
      error: .duplicateOption("--format"),
      message: "--format may be given only once"
    ),
    Case(
      arguments: ["d", "--share", "--share"],
      error: .duplicateOption("--share"),
      message: "--share may be given only once"
    ),
    Case(
      arguments: ["d", "--share=yes"],
      error: .flagWithValue("--share"),
      message: "--share is a flag and takes no value"
    ),
    Case(
      arguments: ["d", "--help=yes"],
      error: .flagWithValue("--help"),
      message: "--help is a flag and takes no value"
    ),
  ]

  @Test("Each mistake gives its error and message", arguments: checkCases)
  func errorAndMessage(testCase: Case) {
    #expect(throws: testCase.error) { try SampleCommands.check.parse(testCase.arguments) }
    #expect(testCase.error.description == testCase.message)
  }

  @Test("A required option left out names the option and its placeholder")
  func missingRequiredOption() {
    let error = UsageError.missingArgument("--engineer ID")
    #expect(throws: error) { try SampleCommands.explain.parse(["data"]) }
    #expect(error.description == "missing required option --engineer ID")
  }

  @Test("A missing positional is reported before a missing required option")
  func missingPositionalFirst() {
    #expect(throws: UsageError.missingArgument("DATASET")) { try SampleCommands.explain.parse([]) }
  }

  @Test(
    "Messages of the cases a command line can't produce from a parse",
    arguments: [
      (
        UsageError.unknownCommand("calcualte", suggestion: "calculate"),
        "unknown command calcualte; did you mean calculate?"
      ),
      (UsageError.unknownCommand("frobnicate", suggestion: nil), "unknown command frobnicate"),
      (UsageError.missingValue(option: "--plan"), "--plan needs a value"),
      (UsageError.missingValue(option: "--plan", valueName: "FILE"), "--plan needs a value (FILE)"),
      (
        UsageError.exclusiveOptions("--engineer ID", "--team TEAM", bothGiven: true),
        "give either --engineer ID or --team TEAM, not both"
      ),
      (UsageError.exclusiveOptions("--engineer ID", "--all", bothGiven: false), "give either --engineer ID or --all, not neither"),
      (
        UsageError.malformedValue(option: "--seed", value: "-1", expected: "a whole number from 0"),
        "--seed: \"-1\" is not a whole number from 0"
      ),
    ])
  func otherMessages(error: UsageError, message: String) {
    #expect(error.description == message)
    #expect("\(error)" == message)
  }
}
