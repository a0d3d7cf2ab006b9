extension CommandSpec {
  /// The `--help` page, generated from the declaration so it always matches what `parse` accepts.
  ///
  /// Sections, in order: the usage line, the abstract, the discussion, ARGUMENTS, OPTIONS (with
  /// allowed values, defaults and `-h, --help` last) and EXAMPLES; empty sections are left out.
  /// Lines wrap at 100 columns and descriptions share one column.
  ///
  /// - Returns: The page without a trailing newline, ready for `print`.
  public func helpText(toolName: String) -> String {
    let argumentEntries = positionals.map { positional in
      let values = positional.allowedValues.map { " (values: " + $0.joined(separator: ", ") + ")" } ?? ""
      return (name: positional.displayName, description: positional.help + values)
    }
    let optionEntries =
      options.map { (name: Self.helpName(of: $0), description: Self.helpDescription(of: $0)) }
      + [(name: "-h, --help", description: "Show this help.")]
    let column = HelpLayout.descriptionColumn(names: (argumentEntries + optionEntries).map(\.name))

    func render(_ entries: [(name: String, description: String)]) -> [String] {
      entries.flatMap { HelpLayout.entry(name: $0.name, description: $0.description, column: column) }
    }

    var sections: [[String]] = []
    sections.append(HelpLayout.wrap(usageFragments(toolName: toolName), firstPrefix: "USAGE: ", indent: 7))
    sections.append(HelpLayout.paragraphs(abstract))
    if let discussion, !discussion.isEmpty {
      sections.append(HelpLayout.paragraphs(discussion))
    }
    if !argumentEntries.isEmpty {
      sections.append(["ARGUMENTS:"] + render(argumentEntries))
    }
    sections.append(["OPTIONS:"] + render(optionEntries))
    if !examples.isEmpty {
      // Examples stay on one line each so they can be copied whole.
      sections.append(["EXAMPLES:"] + examples.map { String(repeating: " ", count: HelpLayout.indent) + $0 })
    }
    return sections.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
  }

  /// `--plan FILE` or `--share`: how the option is typed, with its placeholder.
  static func helpName(of option: OptionSpec) -> String {
    option.valuePlaceholder.map { option.spelling + " " + $0 } ?? option.spelling
  }

  /// The help sentence followed by the facts a person needs to use the option, in parentheses:
  /// `(values: table, csv, json; default: table; repeatable; required)`.
  static func helpDescription(of option: OptionSpec) -> String {
    var facts: [String] = []
    if let allowed = option.allowedValues, !allowed.isEmpty {
      facts.append("values: " + allowed.joined(separator: ", "))
    }
    if let defaultValue = option.defaultValue {
      facts.append("default: " + defaultValue)
    }
    if option.isRepeatable { facts.append("repeatable") }
    if option.isRequired { facts.append("required") }
    guard !facts.isEmpty else { return option.help }
    let annotation = "(" + facts.joined(separator: "; ") + ")"
    return option.help.isEmpty ? annotation : option.help + " " + annotation
  }
}
