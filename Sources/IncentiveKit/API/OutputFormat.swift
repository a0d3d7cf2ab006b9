/// The formats reports are printed in. Each command accepts some of them (`calculate`: table,
/// csv, json, markdown, html; `check`: text, json, markdown) and the parser refuses the others.
public enum OutputFormat: String, Sendable, CaseIterable {
  /// An aligned table for a terminal.
  case table
  /// Lines of text for people (findings, a check summary).
  case text
  case csv
  /// Pretty-printed JSON, the machine contract.
  case json
  /// GitHub-flavoured Markdown, for a pull-request comment.
  case markdown
  /// A standalone HTML page.
  case html
  /// One line per person and pay line, with earnings codes and control totals, for payroll
  /// imports (`calculate --format payroll`, docs/payroll.md).
  case payroll
}
