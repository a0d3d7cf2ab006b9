/// What a command line said, looked up by the names the command declared.
///
/// Asking for a name the command did not declare is a programming error (the declaration and the
/// code reading it have drifted apart): it traps in debug builds, so tests catch it, and answers
/// "not given" in release builds.
public struct ParsedArguments: Equatable, Sendable {
  /// `-h` or `--help` appeared before any `--`; the command should print its help and exit 0.
  public var wantsHelp: Bool

  /// Values given for each option name, in command-line order.
  var givenValues: [String: [String]]
  /// Names of options that appeared at all, flags included.
  var givenOptions: Set<String>
  /// Declared defaults by option name.
  var defaults: [String: String]
  /// Values of the positionals that were filled, by declared name.
  var positionalValues: [String: String]
  /// Every word a variadic positional took, by declared name.
  var positionalLists: [String: [String]]
  /// Every declared option name, to catch lookups of undeclared ones.
  var declaredOptions: Set<String>
  /// Every declared positional name, to catch lookups of undeclared ones.
  var declaredPositionals: Set<String>

  init(
    wantsHelp: Bool,
    givenValues: [String: [String]],
    givenOptions: Set<String>,
    positionalValues: [String: String],
    positionalLists: [String: [String]] = [:],
    command: CommandSpec
  ) {
    self.wantsHelp = wantsHelp
    self.givenValues = givenValues
    self.givenOptions = givenOptions
    self.positionalValues = positionalValues
    self.positionalLists = positionalLists
    self.defaults = Dictionary(
      command.options.compactMap { option in option.defaultValue.map { (option.name, $0) } },
      uniquingKeysWith: { first, _ in first }
    )
    self.declaredOptions = Set(command.options.map(\.name))
    self.declaredPositionals = Set(command.positionals.map(\.name))
  }

  /// The option's value: the last one given, else the declared default, else nil.
  ///
  /// - Parameter option: The declared name without dashes (`format`).
  public func value(_ option: String) -> String? {
    checkDeclared(option: option)
    return givenValues[option]?.last ?? defaults[option]
  }

  /// Every value given for a repeatable option, in command-line order; when none was given, the
  /// declared default alone (so a default reads the same through `value` and `values`), else empty.
  ///
  /// - Parameter option: The declared name without dashes (`attribute`).
  public func values(_ option: String) -> [String] {
    checkDeclared(option: option)
    if let given = givenValues[option], !given.isEmpty { return given }
    return defaults[option].map { [$0] } ?? []
  }

  /// Whether the flag (or any option of that name) appeared; `flag("help")` is `wantsHelp`.
  ///
  /// - Parameter name: The declared name without dashes (`share`).
  public func flag(_ name: String) -> Bool {
    if name == "help" { return wantsHelp }
    checkDeclared(option: name)
    return givenOptions.contains(name)
  }

  /// Whether the command declares the option, for code shared by commands of which only some
  /// declare it (`--quiet`); asking `flag` or `value` about an undeclared option is a bug.
  public func declares(_ option: String) -> Bool { declaredOptions.contains(option) }

  /// The word that filled the positional, or nil when an optional one was left out.
  ///
  /// - Parameter name: The declared name (`DATASET` if declared so).
  public func positional(_ name: String) -> String? {
    assert(declaredPositionals.contains(name), "positional \(name) is not declared by this command")
    return positionalValues[name]
  }

  /// Every word a variadic positional took (`FILE...`), in order; empty when none.
  public func positionals(_ name: String) -> [String] {
    assert(declaredPositionals.contains(name), "positional \(name) is not declared by this command")
    return positionalLists[name] ?? []
  }

  private func checkDeclared(option: String) {
    assert(option == "help" || declaredOptions.contains(option), "option --\(option) is not declared by this command")
  }
}
