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
  static func all(report: PayoutReport, roster: Roster, format: Format) -> [(fileName: String, text: String)] {
    var used = Set<String>()
    return report.engineers.map { payout in
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
      return (name, Statement(report: report, payout: payout, roster: roster).render(format))
    }
  }
}
