extension DefaultStringInterpolation {
  /// Interpolates a value from the data or the command line (a file path, a cell, an id, an option's
  /// value) into text bound for a terminal, with its control characters shown as escapes
  /// (`TerminalText.escaped`): `"\(shown: file):\(line): ..."`.
  ///
  /// Messages are escaped value by value where they are built, not line by line where they are
  /// printed: a line feed inside a value must not start a line of its own (`error: ...` forged by a
  /// cell), while the line breaks a message puts between its own lines (one per bad row) must stay.
  mutating func appendInterpolation(shown value: some StringProtocol) {
    appendLiteral(TerminalText.escaped(String(value)))
  }

  /// Several values from the data, each escaped, joined by `separator` (`tracks: ic, tech_lead`).
  mutating func appendInterpolation(shown values: some Sequence<String>, separator: String) {
    appendLiteral(values.map(TerminalText.escaped).joined(separator: separator))
  }
}
