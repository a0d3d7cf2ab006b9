/// A minimal well-formedness check for generated HTML: every opened element is closed in order
/// (void elements and `/>` excepted). Enough to catch a renderer that drops a `</svg>` or
/// `</table>`, without an HTML parser.
enum TagBalance {
  static let voidElements: Set<String> = ["meta", "br", "img", "link", "input", "hr"]

  /// Nil when balanced, else what went wrong first.
  static func problem(in html: String) -> String? {
    var stack: [String] = []
    var rest = Substring(html)
    while let open = rest.firstIndex(of: "<") {
      guard let close = rest[open...].firstIndex(of: ">") else { return "unterminated tag" }
      let tag = rest[rest.index(after: open)..<close]
      rest = rest[rest.index(after: close)...]
      if tag.hasPrefix("!") { continue }
      let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
      if tag.hasPrefix("/") {
        guard stack.last == name else { return "</\(name)> closes <\(stack.last ?? "nothing")>" }
        stack.removeLast()
      } else if !tag.hasSuffix("/") && !voidElements.contains(name) {
        stack.append(name)
      }
    }
    return stack.isEmpty ? nil : "unclosed <\(stack.joined(separator: "> <"))>"
  }
}
