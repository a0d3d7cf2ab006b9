/// What a shell should offer for an option's value or a positional argument, inferred from the
/// declaration so completion scripts need no separate description that could drift.
enum CompletionValue: Equatable {
  /// One of the declared values (`--format table|csv|json`).
  case choice([String])
  /// A folder (`DATASET`, `DIR`).
  case directory
  /// A file (`FILE`, `PLAN`, `GOLDEN`, …): the default for a placeholder that names no other kind.
  case file
  /// Free text the shell can't guess (`ID`, `PERIOD`, `AMOUNT`).
  case text

  /// Placeholders whose values are free text rather than paths.
  static let textPlaceholders: Set<String> = [
    "ID", "PERIOD", "AMOUNT", "NAME", "REASON", "VALUE", "TEXT", "SEED", "COUNT", "N", "ATTRIBUTE", "A", "SHELL", "CODE", "PERIODS",
    "P",
  ]

  static func of(_ option: OptionSpec) -> CompletionValue? {
    guard let placeholder = option.valueName else { return nil }
    if let allowed = option.allowedValues, !allowed.isEmpty { return .choice(allowed) }
    return of(placeholder: placeholder)
  }

  static func of(_ positional: PositionalSpec) -> CompletionValue {
    if let allowed = positional.allowedValues, !allowed.isEmpty { return .choice(allowed) }
    return of(placeholder: positional.displayName)
  }

  static func of(placeholder: String) -> CompletionValue {
    let name = placeholder.uppercased()
    if name.contains("DATASET") || name.contains("DIR") || name.contains("FOLDER") { return .directory }
    if textPlaceholders.contains(name) { return .text }
    return .file
  }
}
