/// How a terminal table is drawn: colour, thousands separators and the width it must fit.
///
/// The CLI decides colour (only when stdout is a terminal and `NO_COLOR` is unset); the
/// library only obeys, so rendered text is the same for the same style everywhere.
struct TableStyle: Sendable, Equatable {
  /// ANSI bold headers and totals, dim component rows. Off for files, pipes and `NO_COLOR`.
  var color: Bool
  /// `12,345.67` when true, `12345.67` when false (`--no-thousands`).
  var thousandsSeparators: Bool
  /// Columns marked shrinkable are abbreviated with `…` until each line fits this many characters.
  var maxWidth: Int

  init(color: Bool = false, thousandsSeparators: Bool = true, maxWidth: Int = 100) {
    self.color = color
    self.thousandsSeparators = thousandsSeparators
    self.maxWidth = maxWidth
  }

  /// No colour, separators on, 100 columns: what a pipe or a file gets.
  static let plain = TableStyle()

  /// An amount as this style shows it.
  func money(_ amount: Money, in currency: Currency) -> String {
    thousandsSeparators ? amount.grouped(in: currency) : amount.formatted(in: currency)
  }

  /// `text` wrapped in an SGR sequence when colour is on.
  func paint(_ text: String, _ code: String) -> String {
    color && !text.isEmpty ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text
  }
}
