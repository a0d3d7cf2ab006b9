/// A type an option's or positional's word converts to, so a command reads `OutputFormat.json`
/// instead of comparing strings, and declares the accepted words once, with the type.
///
/// As swift-argument-parser's `ExpressibleByArgument`: an enum of strings conforms with an empty
/// extension (its cases are the accepted words, in declaration order); other types say how they
/// read a word and what the error for a bad one is.
public protocol ExpressibleByArgument: Sendable {
  /// The value a word stands for; nil when the word is not one.
  init?(argument: String)
  /// The word that stands for this value, as help shows a default.
  var argument: String { get }
  /// Every word accepted, in the order help lists them; empty when the type reads an open set
  /// of words (a number, a period).
  static var allValueStrings: [String] { get }
  /// The usage error for a word that does not convert.
  ///
  /// - Parameters:
  ///   - word: The word as typed.
  ///   - option: The option as typed (`--period`) or the positional's placeholder (`SOURCE`).
  static func invalidArgument(_ word: String, option: String) -> UsageError
}

extension ExpressibleByArgument where Self: RawRepresentable, RawValue == String {
  public init?(argument: String) { self.init(rawValue: argument) }
  public var argument: String { rawValue }
}

extension ExpressibleByArgument where Self: CaseIterable, Self: RawRepresentable, RawValue == String {
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }

  /// "is not one of" the cases; no suggestion, since a declared choice already gets one from
  /// the parser and a positional choice lists its words in help.
  public static func invalidArgument(_ word: String, option: String) -> UsageError {
    .invalidValue(option: option, value: word, allowed: allValueStrings, suggestion: nil)
  }
}

extension Int: ExpressibleByArgument {
  public init?(argument: String) { self.init(argument) }
  public var argument: String { String(self) }
  public static var allValueStrings: [String] { [] }

  public static func invalidArgument(_ word: String, option: String) -> UsageError {
    .malformedValue(option: option, value: word, expected: "a whole number")
  }
}
