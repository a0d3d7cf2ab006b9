import ArgumentParsing
import Testing

/// `--source KIND DIR`: an option followed by two words.
@Suite("Options that take two words")
struct PairOptionTests {
  static let spec = CommandSpec(
    name: "calculate", abstract: "Pay.",
    positionals: [PositionalSpec(name: "dataset", help: "The dataset.", isOptional: true)],
    options: [.pair("source", first: "KIND", second: "DIR", help: "An export.", allowed: ["devlake"])])

  @Test("both words come back in order, and the positional is still free")
  func parses() throws {
    let parsed = try Self.spec.parse(["people/", "--source", "devlake", "exports/devlake"])
    #expect(parsed.values("source") == ["devlake", "exports/devlake"])
    #expect(parsed.positional("dataset") == "people/")
  }

  @Test(
    "a missing second word, or a first word outside the choices, is a usage error",
    arguments: [
      (["--source", "devlake"], "--source needs a value (DIR)"),
      (["--source", "devlake", "--"], "--source needs a value (DIR)"),
      (["--source", "jira", "dir"], "--source: \"jira\" is not one of devlake"),
    ])
  func errors(arguments: [String], message: String) {
    #expect(throws: UsageError.self) { try Self.spec.parse(arguments) }
    do {
      _ = try Self.spec.parse(arguments)
    } catch {
      #expect(error.description.hasPrefix(message), "\(error)")
    }
  }

  @Test("usage shows both placeholders")
  func usage() {
    #expect(Self.spec.usage.contains("[--source devlake DIR]"))
  }
}
