/// A small inline-SVG canvas for the HTML report's charts: rectangles, circles, lines and
/// text, every piece of text escaped, with a `<title>` tooltip where given.
///
/// Geometry is `Double` because it is drawing, not money: amounts shown as text are always
/// rendered from the exact report by the caller.
struct SVGChart: Sendable {
  let width: Double
  let height: Double
  /// Read by screen readers and shown when the chart can't be drawn.
  let label: String
  private var elements: [String] = []

  init(width: Double, height: Double, label: String) {
    self.width = width
    self.height = height
    self.label = label
  }

  enum Anchor: String, Sendable { case start, middle, end }

  mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, title: String? = nil) {
    elements.append(
      "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(max(width, 0)))\" "
        + "height=\"\(Self.number(max(height, 0)))\" fill=\"\(HTMLText.escape(fill))\"" + Self.close("rect", title))
  }

  mutating func circle(x: Double, y: Double, radius: Double, fill: String, title: String? = nil) {
    elements.append(
      "<circle cx=\"\(Self.number(x))\" cy=\"\(Self.number(y))\" r=\"\(Self.number(radius))\" "
        + "fill=\"\(HTMLText.escape(fill))\"" + Self.close("circle", title))
  }

  mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String = "#999") {
    elements.append(
      "<line x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\" "
        + "stroke=\"\(HTMLText.escape(stroke))\" stroke-width=\"1\"/>")
  }

  mutating func text(
    _ content: String, x: Double, y: Double, anchor: Anchor = .start, size: Double = 12, bold: Bool = false,
    fill: String = "#222"
  ) {
    elements.append(
      "<text x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" text-anchor=\"\(anchor.rawValue)\" "
        + "font-size=\"\(Self.number(size))\"" + (bold ? " font-weight=\"bold\"" : "")
        + " fill=\"\(HTMLText.escape(fill))\">\(HTMLText.escape(content))</text>")
  }

  /// The `<svg>` element, sized in CSS pixels and scaling down with its container.
  func render() -> String {
    "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"\(HTMLText.escape(label))\" "
      + "viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" width=\"\(Self.number(width))\" "
      + "height=\"\(Self.number(height))\">\n" + elements.joined(separator: "\n") + "\n</svg>\n"
  }

  /// `/>`, or a `<title>` child and the closing tag when there is a tooltip.
  private static func close(_ tag: String, _ title: String?) -> String {
    guard let title else { return "/>" }
    return "><title>\(HTMLText.escape(title))</title></\(tag)>"
  }

  /// A coordinate to one decimal, without exponent or trailing `.0` (`12`, `3.5`).
  static func number(_ value: Double) -> String {
    let tenths = (value * 10).rounded()
    guard tenths.isFinite else { return "0" }
    let whole = Int(tenths) / 10
    let fraction = abs(Int(tenths) % 10)
    let sign = tenths < 0 && whole == 0 ? "-" : ""
    return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
  }
}
