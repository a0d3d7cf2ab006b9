/// A column a dataset file is read for: its header name and whether the file must have it.
///
/// Exports from other tools name the same column differently (`created_on`, `created_at`,
/// `Created`) and some repeat a header on purpose (Jira writes one `Labels` column per
/// label), so a column may list aliases and may collect every field with its header.
public struct TableColumn: Sendable, Hashable {
  public var name: String
  public var isRequired: Bool
  /// Other headers (or JSON keys) that mean the same column, tried after `name`.
  public var aliases: [String] = []
  /// Whether the header may repeat; the row then reads every such field (`TableRow.strings`).
  public var isMultiValued = false

  public init(name: String, isRequired: Bool, aliases: [String] = [], isMultiValued: Bool = false) {
    self.name = name
    self.isRequired = isRequired
    self.aliases = aliases
    self.isMultiValued = isMultiValued
  }

  public static func required(_ name: String, aliases: [String] = []) -> TableColumn {
    TableColumn(name: name, isRequired: true, aliases: aliases)
  }

  public static func optional(_ name: String, aliases: [String] = []) -> TableColumn {
    TableColumn(name: name, isRequired: false, aliases: aliases)
  }

  /// An optional column whose header may appear several times (`Labels, Labels`).
  public static func repeated(_ name: String, aliases: [String] = []) -> TableColumn {
    TableColumn(name: name, isRequired: false, aliases: aliases, isMultiValued: true)
  }

  /// Every spelling, in the order they are tried.
  public var spellings: [String] { [name] + aliases }

  /// The name for messages: `created_on` or `created_on / created_at / created`.
  public var displayName: String { spellings.joined(separator: " / ") }
}
