extension Statement {
  /// The formats a statement can be written in.
  public enum Format: String, Sendable, CaseIterable {
    case text, markdown, html, json

    /// The file extension of `statement --all --output DIR` files.
    public var fileExtension: String {
      switch self {
      case .text: return "txt"
      case .markdown: return "md"
      case .html: return "html"
      case .json: return "json"
      }
    }
  }

  public func render(_ format: Format) -> String {
    switch format {
    case .text: return renderText()
    case .markdown: return renderMarkdown()
    case .html: return renderHTML()
    case .json: return renderJSON()
    }
  }

  /// Every paid person's statement with a file name: `<engineer_id>.<extension>`, the id
  /// reduced to letters, digits, `.`, `_` and `-` (anything else becomes `_`, and a leading
  /// dot is dropped) so an id can't point outside the folder; a name that two ids reduce to
  /// gets `-2`, `-3`, … in engineer-id order.
  ///
  /// Each statement is handed to `body` as it is made, so only one is held at a time; the
  /// roster's names are indexed once for all of them (`RedactionWords`).
  static func forEach(
    report: PayoutReport, roster: Roster, format: Format, _ body: (_ fileName: String, _ text: String) throws -> Void
  ) rethrows {
    let words = RedactionWords(roster: roster)
    var used = Set<String>()
    for payout in report.engineers {
      var stem = String(
        payout.engineer.id.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "_" })
      while stem.hasPrefix(".") { stem.removeFirst() }
      if stem.isEmpty { stem = "_" }
      var name = "\(stem).\(format.fileExtension)"
      var counter = 2
      while used.contains(name) {
        name = "\(stem)-\(counter).\(format.fileExtension)"
        counter += 1
      }
      used.insert(name)
      let redaction = Redaction(words: words, roster: roster, keeping: payout.engineer.id)
      try body(name, Statement(report: report, payout: payout, redaction: redaction).render(format))
    }
  }
}
