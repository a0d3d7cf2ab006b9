/// A column a dataset file is read for: its header name and whether the file must have it.
///
/// Exports from other tools name the same column differently (`created_on`, `created_at`,
/// `Created`) and some repeat a header on purpose (Jira writes one `Labels` column per
/// label), so a column may list aliases and may collect every field with its header.
struct TableColumn: Sendable, Hashable {
  var name: String
  var isRequired: Bool
  /// Other headers (or JSON keys) that mean the same column, tried after `name`.
  var aliases: [String] = []
  /// Whether the header may repeat; the row then reads every such field (`TableRow.strings`).
  var isMultiValued = false

  init(name: String, isRequired: Bool, aliases: [String] = [], isMultiValued: Bool = false) {
    self.name = name
    self.isRequired = isRequired
    self.aliases = aliases
    self.isMultiValued = isMultiValued
  }

  static func required(_ name: String, aliases: [String] = []) -> TableColumn {
    TableColumn(name: name, isRequired: true, aliases: aliases)
  }

  static func optional(_ name: String, aliases: [String] = []) -> TableColumn {
    TableColumn(name: name, isRequired: false, aliases: aliases)
  }

  /// An optional column whose header may appear several times (`Labels, Labels`).
  static func repeated(_ name: String, aliases: [String] = []) -> TableColumn {
    TableColumn(name: name, isRequired: false, aliases: aliases, isMultiValued: true)
  }

  /// Every spelling, in the order they are tried.
  var spellings: [String] { [name] + aliases }

  /// The name for messages: `created_on` or `created_on / created_at / created`.
  var displayName: String { spellings.joined(separator: " / ") }
}
