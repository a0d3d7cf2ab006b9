/// One `--name` option of a command, declared once so that parsing, the usage line and `--help`
/// all read the same facts and can't drift apart.
///
/// Options are long-form only (`--format`); the one short spelling the parser knows is `-h`.
public struct OptionSpec: Equatable, Sendable {
  /// The name without dashes (`format`); what the command passes to `ParsedArguments.value(_:)`.
  public var name: String
  /// The placeholder shown in usage and help (`FORMAT`, `FILE`); nil makes the option a flag
  /// that takes no value.
  public var valueName: String?
  /// One or two sentences for the OPTIONS section of `--help`.
  public var help: String
  /// The only values accepted, in the order help lists them; a typo gets a suggestion from this
  /// list instead of a failure deep inside the command.
  public var allowedValues: [String]?
  /// What `ParsedArguments.value(_:)` returns when the option is not given; shown in help.
  public var defaultValue: String?
  /// Whether the option may appear more than once (`--attribute gender --attribute region`);
  /// a non-repeatable option given twice is an error rather than a silent "last one wins".
  public var isRepeatable: Bool
  /// Whether the command can't run without this option (`explain --engineer ID`); shown without
  /// brackets in the usage line and checked by the parser unless help was asked for.
  public var isRequired: Bool
  /// The placeholder of a second word the option takes (`--source KIND DIR`: `DIR`); nil for
  /// the usual one value. Both words come back, in order, from `ParsedArguments.values(_:)`.
  public var secondValueName: String? = nil

  public init(
    name: String,
    valueName: String?,
    help: String,
    allowedValues: [String]? = nil,
    defaultValue: String? = nil,
    isRepeatable: Bool = false,
    isRequired: Bool = false
  ) {
    self.name = name
    self.valueName = valueName
    self.help = help
    self.allowedValues = allowedValues
    self.defaultValue = defaultValue
    self.isRepeatable = isRepeatable
    self.isRequired = isRequired
  }

  /// A switch such as `--share` that is either present or absent.
  public static func flag(_ name: String, help: String) -> OptionSpec {
    OptionSpec(name: name, valueName: nil, help: help)
  }

  /// An option that takes one value, as `--name VALUE` or `--name=VALUE`.
  ///
  /// - Parameters:
  ///   - name: The name without dashes (`format`).
  ///   - value: The placeholder for usage and help (`FORMAT`).
  ///   - allowed: The accepted values, when the option is a choice.
  ///   - default: The value a command sees when the option is not given.
  ///   - repeatable: Whether the option may be given more than once.
  ///   - required: Whether a command can't run without it.
  public static func option(
    _ name: String,
    value: String,
    help: String,
    allowed: [String]? = nil,
    default defaultValue: String? = nil,
    repeatable: Bool = false,
    required: Bool = false
  ) -> OptionSpec {
    OptionSpec(
      name: name,
      valueName: value,
      help: help,
      allowedValues: allowed,
      defaultValue: defaultValue,
      isRepeatable: repeatable,
      isRequired: required
    )
  }

  /// An option whose value converts to `Value` (read it with `ParsedArguments.value(_:as:)`);
  /// the accepted words and the default come from the type, so help and parsing can't drift.
  ///
  /// - Parameters:
  ///   - allowed: The accepted values, in the order help lists them; nil for every value of the type.
  ///   - default: The value a command sees when the option is not given.
  public static func option<Value: ExpressibleByArgument>(
    _ name: String,
    value: String,
    help: String,
    allowed: [Value]? = nil,
    default defaultValue: Value? = nil,
    required: Bool = false
  ) -> OptionSpec {
    let words = allowed.map { $0.map(\.argument) } ?? Value.allValueStrings
    return option(
      name, value: value, help: help, allowed: words.isEmpty ? nil : words, default: defaultValue?.argument,
      required: required)
  }

  /// An option that takes two words, `--name FIRST SECOND` (`--source devlake exports/`); the
  /// first may be limited to `allowed`. Read both with `ParsedArguments.values(_:)`.
  public static func pair(
    _ name: String, first: String, second: String, help: String, allowed: [String]? = nil
  ) -> OptionSpec {
    var spec = OptionSpec(name: name, valueName: first, help: help, allowedValues: allowed)
    spec.secondValueName = second
    return spec
  }

  /// The value placeholders as usage and help show them: `FILE`, or `KIND DIR` for a pair.
  var valuePlaceholder: String? {
    valueName.map { first in secondValueName.map { first + " " + $0 } ?? first }
  }

  /// Whether the option is a flag, i.e. takes no value.
  public var isFlag: Bool { valueName == nil }

  /// The option as a person types it (`--format`), used in every message about it.
  public var spelling: String { "--" + name }

  /// The option as the usage line shows it: `--format table|csv|json` when the values are a short
  /// list, else `--plan FILE`; a flag is just `--share`.
  var usageFragment: String {
    guard let valueName else { return spelling }
    let second = secondValueName.map { " " + $0 } ?? ""
    if let allowedValues, !allowedValues.isEmpty {
      return spelling + " " + allowedValues.joined(separator: "|") + second
    }
    return spelling + " " + valueName + second
  }
}
