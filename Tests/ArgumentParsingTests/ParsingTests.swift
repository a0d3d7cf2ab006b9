import ArgumentParsing
import Testing

/// The parsing rules of `CommandSpec.parse`, each with the exact values a command would read.
@Suite("Parsing")
struct ParsingTests {
  let check = SampleCommands.check

  @Test(
    "--k v and --k=v give the same value",
    arguments: [
      ["data", "--format", "csv"],
      ["data", "--format=csv"],
      ["--format", "csv", "data"],
      ["--format=csv", "data"],
    ])
  func bothValueSpellings(arguments: [String]) throws {
    let parsed = try check.parse(arguments)
    #expect(parsed.value("format") == "csv")
    #expect(parsed.positional("dataset") == "data")
  }

  @Test(
    "A value is taken as given, even when it starts with a dash or holds '='",
    arguments: [
      (["d", "--tolerance", "-1"], "tolerance", "-1"),
      (["d", "--tolerance=-1"], "tolerance", "-1"),
      (["d", "--output", "-"], "output", "-"),
      (["d", "--output", "--format"], "output", "--format"),
      (["d", "--output", "-h"], "output", "-h"),
      (["d", "--output=a=b"], "output", "a=b"),
      (["d", "--output="], "output", ""),
      (["d", "--output", ""], "output", ""),
    ])
  func valueTakenAsGiven(arguments: [String], option: String, expected: String) throws {
    let parsed = try check.parse(arguments)
    #expect(parsed.value(option) == expected)
    #expect(parsed.wantsHelp == false)
  }

  @Test("Options not given read as their default, or nil, false and empty")
  func defaults() throws {
    let parsed = try check.parse(["data"])
    #expect(parsed.value("format") == "table")
    #expect(parsed.value("tolerance") == "0.00")
    #expect(parsed.value("output") == nil)
    #expect(parsed.values("tolerance") == ["0.00"])
    #expect(parsed.values("attribute") == [])
    #expect(parsed.values("output") == [])
    #expect(parsed.flag("share") == false)
    #expect(parsed.flag("format") == false)
    #expect(parsed.positional("golden") == nil)
    #expect(parsed.wantsHelp == false)
  }

  @Test("A given value replaces the default")
  func givenOverridesDefault() throws {
    let parsed = try check.parse(["data", "--tolerance", "0.01", "--share"])
    #expect(parsed.value("tolerance") == "0.01")
    #expect(parsed.values("tolerance") == ["0.01"])
    #expect(parsed.flag("share") == true)
    #expect(parsed.flag("tolerance") == true)
  }

  @Test("A repeatable option keeps every value in order; value() is the last")
  func repeatable() throws {
    let parsed = try check.parse(["d", "--attribute", "gender", "--attribute=region", "--attribute", "level"])
    #expect(parsed.values("attribute") == ["gender", "region", "level"])
    #expect(parsed.value("attribute") == "level")
  }

  @Test(
    "Positionals fill in declaration order, wherever the options are",
    arguments: [
      (["a", "b"], "a", "b"),
      (["--share", "a", "--format", "json", "b"], "a", "b"),
      (["a", "--output", "x", "b", "--share"], "a", "b"),
      (["a"], "a", nil),
    ] as [([String], String, String?)])
  func positionalOrder(arguments: [String], dataset: String, golden: String?) throws {
    let parsed = try check.parse(arguments)
    #expect(parsed.positional("dataset") == dataset)
    #expect(parsed.positional("golden") == golden)
  }

  @Test(
    "'--' ends the options: later words are positionals even with dashes",
    arguments: [
      (["--", "-weird", "--format"], "-weird", "--format"),
      (["--", "--help", "-h"], "--help", "-h"),
      (["a", "--", "--"], "a", "--"),
      (["--share", "--", "-"], "-", nil),
    ] as [([String], String, String?)])
  func doubleDash(arguments: [String], dataset: String, golden: String?) throws {
    let parsed = try check.parse(arguments)
    #expect(parsed.positional("dataset") == dataset)
    #expect(parsed.positional("golden") == golden)
    #expect(parsed.wantsHelp == false)
    #expect(parsed.value("format") == "table")
  }

  @Test("Options after '--' are not read as options")
  func optionsAfterDoubleDash() throws {
    let parsed = try check.parse(["--share", "--", "a", "--share"])
    #expect(parsed.flag("share") == true)
    #expect(parsed.positional("dataset") == "a")
    #expect(parsed.positional("golden") == "--share")
  }

  @Test("A lone '-' is a positional (standard input)")
  func loneDash() throws {
    let parsed = try check.parse(["-", "--format", "json"])
    #expect(parsed.positional("dataset") == "-")
    #expect(parsed.value("format") == "json")
  }

  @Test(
    "-h and --help anywhere ask for help and excuse missing arguments",
    arguments: [
      ["-h"], ["--help"], ["--share", "--help"], ["--help", "--share"], ["data", "-h"], ["data", "golden", "--help"],
    ])
  func help(arguments: [String]) throws {
    let parsed = try check.parse(arguments)
    #expect(parsed.wantsHelp == true)
    #expect(parsed.flag("help") == true)
  }

  @Test("--help excuses a missing required option too")
  func helpExcusesRequiredOption() throws {
    let parsed = try SampleCommands.explain.parse(["--help"])
    #expect(parsed.wantsHelp == true)
    #expect(parsed.value("engineer") == nil)
    #expect(parsed.positional("dataset") == nil)
  }

  @Test("--help does not excuse other mistakes: they are reported in order")
  func helpKeepsOtherErrors() {
    #expect(throws: UsageError.unknownOption("--fromat", suggestion: "--format")) {
      try check.parse(["--help", "--fromat", "json"])
    }
    #expect(throws: UsageError.unexpectedArgument("c")) {
      try check.parse(["a", "b", "c", "--help"])
    }
  }

  @Test("A required option given")
  func requiredOptionGiven() throws {
    let parsed = try SampleCommands.explain.parse(["data", "--engineer", "e1"])
    #expect(parsed.value("engineer") == "e1")
    #expect(parsed.positional("dataset") == "data")
  }

  @Test("Parsing nothing against a command with no arguments")
  func emptyCommand() throws {
    let parsed = try CommandSpec(name: "version", abstract: "Print the version.").parse([])
    #expect(parsed.wantsHelp == false)
  }
}

#if DEBUG
  /// Lookups of names the command never declared: the declaration and the code reading it drifted.
  /// The check is an `assert`, so these run only in debug builds.
  @Suite("Undeclared names")
  struct UndeclaredNameTests {
    @Test("Reading an undeclared option traps in debug builds", arguments: ["fromat", "plan"])
    func undeclaredOption(name: String) async {
      await #expect(processExitsWith: .failure) { [name] in
        _ = try SampleCommands.check.parse(["data"]).value(name)
      }
    }

    @Test("Reading an undeclared positional traps in debug builds")
    func undeclaredPositional() async {
      await #expect(processExitsWith: .failure) {
        _ = try SampleCommands.check.parse(["data"]).positional("DATASET")
      }
    }
  }
#endif
