/// A component formula: a small, safe expression over the subject's metric names, parsed
/// once when the plan is read. Only arithmetic, comparisons and a handful of functions exist;
/// nothing else can be evaluated, so a plan can't run code.
///
/// Grammar (precedence low to high):
/// ```
/// comparison := sum (('<' | '<=' | '>' | '>=' | '==' | '!=') sum)?
/// sum        := product (('+' | '-') product)*
/// product    := unary (('*' | '/') unary)*
/// unary      := '-' unary | primary
/// primary    := number | metric | '(' comparison ')' | call
/// call       := min(e, …) | max(e, …) | clamp(e, lo, hi) | if(cond, a, b) | curve(e, [[x, y], …])
/// ```
/// Comparisons give 1 (true) or 0 (false); `if` takes its first branch for any non-zero condition.
public struct Formula: Sendable, Equatable {
  /// The text as written in the plan.
  public let text: String
  let root: Node

  indirect enum Node: Sendable, Equatable {
    case number(FixedDecimal)
    case metric(MetricID)
    case negate(Node)
    case binary(BinaryOperator, Node, Node)
    case min([Node])
    case max([Node])
    case clamp(Node, Node, Node)
    case ifThenElse(Node, Node, Node)
    case curve(Node, PayoutCurve)
  }

  enum BinaryOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/"
    case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=", equal = "==", notEqual = "!="
  }

  /// Metric names the formula reads, in first-use order (for validation and `explain`).
  public var metrics: [MetricID] {
    var names: [MetricID] = []
    func walk(_ node: Node) {
      switch node {
      case .number: break
      case .metric(let name): if !names.contains(name) { names.append(name) }
      case .negate(let inner): walk(inner)
      case .binary(_, let lhs, let rhs): walk(lhs); walk(rhs)
      case .min(let items), .max(let items): items.forEach(walk)
      case .clamp(let a, let b, let c), .ifThenElse(let a, let b, let c): walk(a); walk(b); walk(c)
      case .curve(let inner, _): walk(inner)
      }
    }
    walk(root)
    return names
  }

  /// Why formula text doesn't parse: the 1-based column and what was expected there.
  struct SyntaxError: Error, Equatable, Sendable {
    public var column: Int
    public var reason: String
  }

  /// Why a formula has no value for a subject; both follow the component's `on_missing`.
  enum Missing: Error, Equatable, Sendable {
    case metric(MetricID)
    case divisionByZero
    case outOfRange
  }

  /// Evaluates exactly. Metric values come from `lookup` (nil = absent).
  func evaluate(_ lookup: (MetricID) -> FixedDecimal?) throws(Missing) -> Ratio {
    try Self.evaluate(root, lookup)
  }

  /// Every value a formula reads or makes must keep numerator and denominator within 10^18, so
  /// that the cross products of two values (comparisons, sums) and rounding to 6 decimals always
  /// fit in `Int128`; beyond it a value is out of range (no payout needs such a number) and
  /// follows `on_missing`, never wraps around or traps.
  static let limit: Int128 = 1_000_000_000_000_000_000

  private static func evaluate(_ node: Node, _ lookup: (MetricID) -> FixedDecimal?) throws(Missing) -> Ratio {
    let value = try unboundedEvaluate(node, lookup)
    guard value.numerator.magnitude <= limit.magnitude, value.denominator <= limit else { throw .outOfRange }
    return value
  }

  private static func unboundedEvaluate(_ node: Node, _ lookup: (MetricID) -> FixedDecimal?) throws(Missing) -> Ratio {
    switch node {
    case .number(let value):
      return try bounded(value)
    case .metric(let name):
      guard let value = lookup(name) else { throw .metric(name) }
      return try bounded(value)
    case .negate(let inner):
      let value = try evaluate(inner, lookup)
      return Ratio(-value.numerator, value.denominator)
    case .binary(let op, let lhsNode, let rhsNode):
      let lhs = try evaluate(lhsNode, lookup)
      let rhs = try evaluate(rhsNode, lookup)
      return try apply(op, lhs, rhs)
    case .min(let items):
      var best = try evaluate(items[0], lookup)
      for item in items.dropFirst() { best = Ratio.min(best, try evaluate(item, lookup)) }
      return best
    case .max(let items):
      var best = try evaluate(items[0], lookup)
      for item in items.dropFirst() {
        let value = try evaluate(item, lookup)
        if best < value { best = value }
      }
      return best
    case .clamp(let valueNode, let lowNode, let highNode):
      let value = try evaluate(valueNode, lookup)
      let low = try evaluate(lowNode, lookup)
      let high = try evaluate(highNode, lookup)
      if value < low { return low }
      if high < value { return high }
      return value
    case .ifThenElse(let condition, let then, let otherwise):
      return try evaluate(condition, lookup).numerator != 0 ? evaluate(then, lookup) : evaluate(otherwise, lookup)
    case .curve(let inner, let curve):
      // Curves read 6-decimal values, like components do.
      return curve.multiplier(at: try evaluate(inner, lookup).rounded(toScale: Precision.metricValue))
    }
  }

  private static func bounded(_ value: FixedDecimal) throws(Missing) -> Ratio {
    guard value.scale <= 18, value.units.magnitude <= limit.magnitude else { throw .outOfRange }
    return Ratio(value).reduced()
  }

  private static func apply(_ op: BinaryOperator, _ lhs: Ratio, _ rhs: Ratio) throws(Missing) -> Ratio {
    func bool(_ flag: Bool) -> Ratio { Ratio(flag ? 1 : 0, 1) }
    // Cross products of two reduced fractions; overflow is an absent value, not a crash.
    func checked(_ a: Int128, _ b: Int128) throws(Missing) -> Int128 {
      let (product, overflow) = a.multipliedReportingOverflow(by: b)
      if overflow || product == .min { throw .outOfRange }
      return product
    }
    let ad = try checked(lhs.numerator, rhs.denominator)
    let cb = try checked(rhs.numerator, lhs.denominator)
    let bd = try checked(lhs.denominator, rhs.denominator)
    func sum(_ result: (partialValue: Int128, overflow: Bool)) throws(Missing) -> Int128 {
      if result.overflow || result.partialValue == .min { throw .outOfRange }
      return result.partialValue
    }
    switch op {
    case .add: return Ratio(try sum(ad.addingReportingOverflow(cb)), bd).reduced()
    case .subtract: return Ratio(try sum(ad.subtractingReportingOverflow(cb)), bd).reduced()
    case .multiply:
      return Ratio(try checked(lhs.numerator, rhs.numerator), bd).reduced()
    case .divide:
      guard rhs.numerator != 0 else { throw .divisionByZero }
      guard ad != .min, cb != .min else { throw .outOfRange }  // the sign flip of .min overflows
      return Ratio(ad, cb).reduced()
    case .less: return bool(ad < cb)
    case .lessOrEqual: return bool(ad <= cb)
    case .greater: return bool(ad > cb)
    case .greaterOrEqual: return bool(ad >= cb)
    case .equal: return bool(ad == cb)
    case .notEqual: return bool(ad != cb)
    }
  }
}

extension Formula {
  /// Parses `text` once; the plan decoder does this for every `formula` key.
  init(parsing text: String) throws(SyntaxError) {
    self = try FormulaParser.parse(text)
  }
}

extension Ratio {
  /// Lowest terms, so chained formula arithmetic stays far from overflow.
  func reduced() -> Ratio {
    let common = greatestCommonDivisor(numerator, denominator)
    guard common > 1 else { return self }
    return Ratio(numerator / common, denominator / common)
  }
}
