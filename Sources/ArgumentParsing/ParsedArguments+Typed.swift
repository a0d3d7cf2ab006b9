extension ParsedArguments {
  /// The option's value converted to `Value`: the last one given, else the declared default,
  /// else nil.
  ///
  /// - Parameters:
  ///   - option: The declared name without dashes (`format`).
  ///   - type: What the word converts to.
  /// - Throws: `Value.invalidArgument` for a word that does not convert.
  public func value<Value: ExpressibleByArgument>(_ option: String, as type: Value.Type) throws(UsageError) -> Value? {
    guard let word = value(option) else { return nil }
    guard let converted = Value(argument: word) else { throw Value.invalidArgument(word, option: "--" + option) }
    return converted
  }

  /// A whole-number option within `range`; a word that is not one, or none at all, is a usage
  /// error that says what is accepted ("a whole number from 1 to 10000000").
  ///
  /// - Parameters:
  ///   - option: The declared name without dashes (`seed`); declare it with a default.
  ///   - range: The accepted numbers; an upper bound of `Int.max` goes unmentioned.
  public func value(_ option: String, as type: Int.Type, in range: ClosedRange<Int>) throws(UsageError) -> Int {
    let word = value(option) ?? ""
    guard let number = Int(argument: word), range.contains(number) else {
      let upper = range.upperBound == Int.max ? "" : " to \(range.upperBound)"
      throw .malformedValue(
        option: "--" + option, value: word, expected: "a whole number from \(range.lowerBound)\(upper)")
    }
    return number
  }

  /// The positional's word converted to `Value`, or nil when an optional one was left out.
  ///
  /// - Parameters:
  ///   - name: The declared name (`SOURCE`).
  ///   - type: What the word converts to.
  /// - Throws: `Value.invalidArgument` for a word that does not convert, naming the placeholder.
  public func positional<Value: ExpressibleByArgument>(_ name: String, as type: Value.Type) throws(UsageError) -> Value?
  {
    guard let word = positional(name) else { return nil }
    guard let converted = Value(argument: word) else { throw Value.invalidArgument(word, option: name.uppercased()) }
    return converted
  }
}

extension ParsedArguments {
  /// A two-word option (`--source devlake DIR`) with its first word converted to `First`; nil
  /// when the option was not given.
  ///
  /// - Throws: `First.invalidArgument` for a first word that does not convert.
  public func pair<First: ExpressibleByArgument>(_ option: String, as type: First.Type) throws(UsageError) -> (
    First, String
  )? {
    let words = values(option)
    guard words.count == 2 else { return nil }
    guard let first = First(argument: words[0]) else { throw First.invalidArgument(words[0], option: "--" + option) }
    return (first, words[1])
  }
}
