/// Parses formula text into a `Formula`, reporting the first problem with its 1-based column
/// (`expected a value at column 23`).
struct FormulaParser {
  typealias Failure = Formula.SyntaxError

  private let text: String
  private let scalars: [Unicode.Scalar]
  private var index = 0
  private var depth = 0
  /// Values, operators and calls read so far (`count(at:)`).
  private var parts = 0

  /// At most this many values, operators and calls in one formula. Evaluating, validating and explaining a formula
  /// walk its tree by recursion, and a chain of operators is as deep as it is long: 100,000 terms (`1+1+…`) or 50,000
  /// minus signs overflowed the stack, a crash where an error belonged. A formula that pays people reads a few
  /// metrics in a few dozen parts.
  static let partLimit = 256

  static func parse(_ text: String) throws(Failure) -> Formula {
    var parser = FormulaParser(text: text)
    let root = try parser.comparison()
    parser.skipSpace()
    guard parser.index == parser.scalars.count else {
      throw Failure(column: parser.index + 1, reason: "unexpected \"\(parser.scalars[parser.index])\"")
    }
    return Formula(text: text, root: root)
  }

  private init(text: String) {
    self.text = text
    scalars = Array(text.unicodeScalars)
  }

  private mutating func skipSpace() {
    while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" || scalars[index] == "\n" { index += 1 }
  }

  /// Column of the next token; at the end, just after the last non-blank character.
  private func column() -> Int {
    if index < scalars.count { return index + 1 }
    var last = scalars.count
    while last > 0, scalars[last - 1] == " " || scalars[last - 1] == "\t" || scalars[last - 1] == "\n" { last -= 1 }
    return last + 1
  }

  private mutating func peek(_ token: String) -> Bool {
    skipSpace()
    let tokenScalars = Array(token.unicodeScalars)
    guard index + tokenScalars.count <= scalars.count else { return false }
    return Array(scalars[index..<(index + tokenScalars.count)]) == tokenScalars
  }

  private mutating func accept(_ token: String) -> Bool {
    guard peek(token) else { return false }
    index += token.unicodeScalars.count
    return true
  }

  private mutating func expect(_ token: String) throws(Failure) {
    guard accept(token) else {
      throw Failure(column: column(), reason: "expected \"\(token)\"")
    }
  }

  /// Counts one more part of the formula, which begins at the next token.
  private mutating func count() throws(Failure) {
    parts += 1
    guard parts <= Self.partLimit else {
      skipSpace()
      throw Failure(column: column(), reason: "too long (at most \(Self.partLimit) values, operators and calls)")
    }
  }

  private mutating func comparison() throws(Failure) -> Formula.Node {
    let lhs = try sum()
    for op in [Formula.BinaryOperator.lessOrEqual, .greaterOrEqual, .equal, .notEqual, .less, .greater]
    where accept(op.rawValue) {
      try count()
      return .binary(op, lhs, try sum())
    }
    return lhs
  }

  private mutating func sum() throws(Failure) -> Formula.Node {
    var node = try product()
    while true {
      if accept("+") {
        try count()
        node = .binary(.add, node, try product())
      } else if accept("-") {
        try count()
        node = .binary(.subtract, node, try product())
      } else {
        return node
      }
    }
  }

  private mutating func product() throws(Failure) -> Formula.Node {
    var node = try unary()
    while true {
      if accept("*") {
        try count()
        node = .binary(.multiply, node, try unary())
      } else if accept("/") {
        try count()
        node = .binary(.divide, node, try unary())
      } else {
        return node
      }
    }
  }

  private mutating func unary() throws(Failure) -> Formula.Node {
    try count()
    if accept("-") { return .negate(try unary()) }
    return try primary()
  }

  private mutating func primary() throws(Failure) -> Formula.Node {
    skipSpace()
    let start = column()
    guard index < scalars.count else { throw Failure(column: start, reason: "expected a value") }
    depth += 1
    defer { depth -= 1 }
    guard depth <= 64 else { throw Failure(column: start, reason: "nested too deeply (at most 64 levels)") }
    let scalar = scalars[index]
    if scalar == "(" {
      index += 1
      let inner = try comparison()
      try expect(")")
      return inner
    }
    if scalar.properties.numericType != nil && scalar.isASCII || scalar == "." {
      return .number(try number())
    }
    if scalar.properties.isAlphabetic || scalar == "_" {
      let name = identifier()
      if accept("(") { return try call(name, column: start) }
      return .metric(MetricID(name))
    }
    throw Failure(column: start, reason: "expected a value")
  }

  private mutating func number() throws(Failure) -> FixedDecimal {
    let start = index
    while index < scalars.count, scalars[index].isASCII,
      scalars[index].properties.numericType != nil || scalars[index] == "."
    {
      index += 1
    }
    let text = String(String.UnicodeScalarView(scalars[start..<index]))
    guard let value = FixedDecimal(text), value.scale <= 9 else {
      throw Failure(column: start + 1, reason: "\"\(text)\" is not a number")
    }
    return value
  }

  private mutating func identifier() -> String {
    let start = index
    while index < scalars.count,
      scalars[index].properties.isAlphabetic || scalars[index] == "_"
        || (scalars[index].isASCII && scalars[index].properties.numericType != nil)
    {
      index += 1
    }
    return String(String.UnicodeScalarView(scalars[start..<index]))
  }

  private mutating func arguments() throws(Failure) -> [Formula.Node] {
    var items = [try comparison()]
    while accept(",") { items.append(try comparison()) }
    try expect(")")
    return items
  }

  private mutating func call(_ name: String, column: Int) throws(Failure) -> Formula.Node {
    switch name {
    case "min", "max":
      let items = try arguments()
      return name == "min" ? .min(items) : .max(items)
    case "clamp", "if":
      let items = try arguments()
      guard items.count == 3 else {
        throw Failure(column: column, reason: "\(name) takes 3 arguments, got \(items.count)")
      }
      return name == "clamp" ? .clamp(items[0], items[1], items[2]) : .ifThenElse(items[0], items[1], items[2])
    case "curve":
      let value = try comparison()
      try expect(",")
      let curve = try points()
      try expect(")")
      return .curve(value, curve)
    default:
      throw Failure(column: column, reason: "unknown function \"\(name)\"; use min, max, clamp, if or curve")
    }
  }

  /// `[[x, y], …]` with non-decreasing x.
  private mutating func points() throws(Failure) -> PayoutCurve {
    try expect("[")
    var points: [PayoutCurve.Point] = []
    repeat {
      try expect("[")
      skipSpace()
      let negative = accept("-")
      let xColumn = self.column()
      var x = try number()
      if negative { x = -x }
      try expect(",")
      skipSpace()
      let y = try number()
      try expect("]")
      if let last = points.last, x < last.value {
        throw Failure(column: xColumn, reason: "curve points must be sorted by value")
      }
      points.append(.init(value: x, multiplier: y))
    } while accept(",")
    try expect("]")
    return PayoutCurve(points: points)
  }
}
