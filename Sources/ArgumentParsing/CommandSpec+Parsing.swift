extension CommandSpec {
  /// Reads the words after the command name against this declaration.
  ///
  /// Accepts `--name value` and `--name=value`; a value may itself start with `-` (so
  /// `--tolerance -1` works), except `--`. `--` ends the options: every later word is positional.
  /// A lone `-` is positional (standard input). `-h` and `--help` anywhere before `--` set
  /// `wantsHelp`, which suppresses the errors for missing positionals and required options so
  /// `incentive explain --help` shows help instead of complaining. Positionals fill in
  /// declaration order.
  ///
  /// - Parameter arguments: The words after the command name (without the tool and command).
  /// - Throws: The first `UsageError` found, scanning left to right; missing arguments, then
  ///   broken `rules` (in declaration order), last.
  public func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
    var wantsHelp = false
    var givenValues: [String: [String]] = [:]
    var givenOptions: Set<String> = []
    var words: [String] = []
    var optionsEnded = false
    var index = arguments.startIndex

    while index < arguments.endIndex {
      let word = arguments[index]
      index += 1
      if optionsEnded || word == "-" || !word.hasPrefix("-") {
        words.append(word)
        continue
      }
      if word == "--" {
        optionsEnded = true
        continue
      }
      if word == "-h" || word == "--help" {
        wantsHelp = true
        continue
      }
      guard word.hasPrefix("--") else {
        // Only `-h` has a short form; `-format` is most likely a mistyped `--format`.
        throw .unknownOption(word, suggestion: suggestedOption(for: word))
      }

      let body = word.dropFirst(2)
      let name: String
      let inlineValue: String?
      if let equals = body.firstIndex(of: "=") {
        name = String(body[..<equals])
        inlineValue = String(body[body.index(after: equals)...])
      } else {
        name = String(body)
        inlineValue = nil
      }
      if name == "help" { throw .flagWithValue("--help") }
      guard let option = options.first(where: { $0.name == name }), !name.isEmpty else {
        throw .unknownOption("--" + name, suggestion: suggestedOption(for: name))
      }
      if givenOptions.contains(name) && !option.isRepeatable {
        throw .duplicateOption(option.spelling)
      }
      givenOptions.insert(name)

      guard let valueName = option.valueName else {
        if inlineValue != nil { throw .flagWithValue(option.spelling) }
        continue
      }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else if index < arguments.endIndex, arguments[index] != "--" {
        value = arguments[index]
        index += 1
      } else {
        throw .missingValue(option: option.spelling, valueName: valueName)
      }
      try Self.check(value, allowed: option.allowedValues, name: option.spelling)
      givenValues[name, default: []].append(value)
      if let secondName = option.secondValueName {
        guard index < arguments.endIndex, arguments[index] != "--" else {
          throw .missingValue(option: option.spelling, valueName: secondName)
        }
        givenValues[name, default: []].append(arguments[index])
        index += 1
      }
    }

    let variadic = positionals.last?.isVariadic == true
    if words.count > positionals.count && !variadic {
      throw .unexpectedArgument(words[positionals.count])
    }
    var positionalValues: [String: String] = [:]
    for (positional, word) in zip(positionals, words) {
      try Self.check(word, allowed: positional.allowedValues, name: positional.displayName)
      positionalValues[positional.name] = word
    }
    var positionalLists: [String: [String]] = [:]
    if variadic, let last = positionals.last, words.count >= positionals.count {
      positionalLists[last.name] = Array(words[(positionals.count - 1)...])
    }
    if !wantsHelp {
      if let missing = positionals.dropFirst(words.count).first(where: { !$0.isOptional }) {
        throw .missingArgument(missing.displayName)
      }
      if let missing = options.first(where: { $0.isRequired && !givenOptions.contains($0.name) }) {
        throw .missingArgument(missing.usageFragment)
      }
      if let violation = rules.lazy.compactMap({ $0.violation(given: givenOptions, in: self) }).first {
        throw violation
      }
    }
    return ParsedArguments(
      wantsHelp: wantsHelp,
      givenValues: givenValues,
      givenOptions: givenOptions,
      positionalValues: positionalValues,
      positionalLists: positionalLists,
      command: self
    )
  }

  /// The declared option closest to a mistyped name, spelled with its dashes (`--format`).
  private func suggestedOption(for typed: String) -> String? {
    let bare = String(typed.drop(while: { $0 == "-" }))
    let names = options.map(\.name) + ["help"]
    return EditDistance.suggestion(for: bare, among: names).map { "--" + $0 }
  }

  /// A value outside a declared choice is an error naming the closest allowed value.
  private static func check(_ value: String, allowed: [String]?, name: String) throws(UsageError) {
    guard let allowed, !allowed.contains(value) else { return }
    let suggestion = EditDistance.suggestion(for: value, among: allowed)
    throw .invalidValue(option: name, value: value, allowed: allowed, suggestion: suggestion)
  }
}
